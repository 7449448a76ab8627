import { InvalidOptionError } from "./errors.js";
import { readStepOptions, walkSteps } from "./internal/step-walk.js";
import type { NextStepOptions, NextStepResult } from "./next-step.js";
import type { CareerStep } from "./schemas/career.js";

/**
 * Works out the next step of a guide you already hold, given the steps already completed: the
 * same walk and the same results as {@link nextStep}, without looking anything up.
 *
 * It imports no data, so together with one guide from `careerpath/guides/<id>` it bundles that
 * guide alone, not the nine guides and generated steps that a lookup by id needs. It takes any
 * object with an `id` and `steps`: a guide from `careerpath/guides/<id>`, from `getCareer`, or
 * `{ id: code, steps: careerSteps(code) }` for an occupation.
 *
 * @param guide - The guide, or any path with an `id` and its ordered `steps`.
 * @param options - Completed steps and whether to skip optional ones.
 * @returns `{ kind: "next", step, … }`, or `{ kind: "done" }` when every step is complete;
 *   `career` is the guide's id.
 * @throws {@link UnknownStepError} for a completed id or number that is not a step of the guide;
 *   {@link InvalidOptionError} for malformed options or a `guide` without an id and steps.
 * @category Steps
 * @example
 * ```ts
 * import { nextStepIn } from "careerpath";
 * import { guide } from "careerpath/guides/insurance-coder";
 * const next = nextStepIn(guide, { completed: ["high-school"] });
 * next.kind === "next" && next.step.id; // "training-program"
 * nextStepIn(guide, { completed: [1, 2, 3], skipOptional: true }).kind; // "next"
 * nextStepIn(guide, { completed: [1, 2, 3, 4, 5] }).kind; // "done"
 * ```
 */
export function nextStepIn(
  guide: { readonly id: string; readonly steps: readonly CareerStep[] },
  options?: NextStepOptions,
): NextStepResult {
  const read = readStepOptions(options);
  const { id, steps } = readGuide(guide);
  return walkSteps(id, steps, read);
}

const GUIDE = "a career guide (an object with a string id and an array of steps)";

/** Checks the guide's shape once and copies its step list, so later reads see the same steps. */
function readGuide(value: unknown): { id: string; steps: readonly CareerStep[] } {
  if (typeof value !== "object" || value === null)
    throw new InvalidOptionError("guide", GUIDE, value);
  const { id, steps } = value as { id?: unknown; steps?: unknown };
  if (typeof id !== "string" || !Array.isArray(steps))
    throw new InvalidOptionError("guide", GUIDE, value);
  const copy = Array.from(steps as unknown[]);
  for (const step of copy) {
    const { id: stepId, prerequisites } = (step ?? {}) as { id?: unknown; prerequisites?: unknown };
    if (typeof step !== "object" || typeof stepId !== "string" || !Array.isArray(prerequisites))
      throw new InvalidOptionError(
        "guide.steps",
        "steps that each have a string id and an array of prerequisites",
        step,
      );
  }
  return { id, steps: copy as CareerStep[] };
}
