import { stepsFor } from "./career-steps.js";
import { InvalidOptionError, UnknownStepError } from "./errors.js";
import type { CareerId, OccupationCode } from "./generated/ids.js";
import { readOptions as readOptionsObject, readText } from "./internal/input.js";
import { suggest } from "./internal/suggest.js";
import type { CareerStep } from "./schemas/career.js";

/** Options for {@link nextStep}. */
export interface NextStepOptions {
  /**
   * Steps already done, by id (`"high-school"`) or by order number (`1`). Duplicates and any
   * order are fine.
   * @defaultValue `[]`
   */
  readonly completed?: readonly (string | number)[];
  /**
   * Skip optional steps (such as a voluntary certification) instead of returning them.
   * @defaultValue `false`
   */
  readonly skipOptional?: boolean;
}

/** The result of {@link nextStep}: the next step, or `done`. */
export type NextStepResult =
  | {
      readonly kind: "next";
      /** The step to take next. */
      readonly step: CareerStep;
      /** The career id, or the occupation code for generated steps. */
      readonly career: string;
      /** How many steps are done, counting skipped optional ones. */
      readonly completedCount: number;
      /** How many steps the path has. */
      readonly total: number;
      /** Optional steps passed over because `skipOptional` was set. */
      readonly skipped: readonly CareerStep[];
    }
  | { readonly kind: "done"; readonly career: string; readonly total: number };

/**
 * Works out the next step towards a career, given the steps already completed.
 *
 * The next step is the first one, in order, that is not completed and whose prerequisites are
 * met. Optional steps are returned like any other unless `skipOptional` is set.
 *
 * @param careerOrCode - A career id or an occupation code.
 * @param options - Completed steps and whether to skip optional ones.
 * @returns `{ kind: "next", step, … }`, or `{ kind: "done" }` when every step is complete.
 * @throws {@link UnknownStepError} for a completed id or number that is not a step of the career;
 *   {@link InvalidOptionError} for malformed options; {@link UnknownCareerError} or
 *   {@link UnknownOccupationError} for an unknown career or code.
 * @category Steps
 * @example
 * ```ts
 * import { nextStep } from "careerpath";
 * const first = nextStep("insurance-coder", { completed: [] });
 * first.kind === "next" && first.step.id; // "high-school"
 * const third = nextStep("insurance-coder", { completed: ["high-school", "training-program"] });
 * third.kind === "next" && third.step.id; // "first-job"
 * nextStep("insurance-coder", { completed: [1, 2, 3, 4, 5] }).kind; // "done"
 * ```
 */
export function nextStep(
  careerOrCode: CareerId | OccupationCode | (string & {}),
  options?: NextStepOptions,
): NextStepResult {
  const { completed, skipOptional } = readOptions(options);
  const { owner, steps } = stepsFor(careerOrCode);
  const done = new Set<string>();
  for (const item of completed) done.add(stepId(owner, steps, item));

  const skipped: CareerStep[] = [];
  const passed = (step: CareerStep) => done.has(step.id) || (skipOptional && step.optional);
  for (const step of steps) {
    if (done.has(step.id)) continue;
    if (skipOptional && step.optional) {
      skipped.push(step);
      continue;
    }
    const ready = step.prerequisites.every((p) => {
      const prerequisite = steps.find((s) => s.id === p);
      return prerequisite === undefined || passed(prerequisite);
    });
    if (!ready) continue;
    return {
      kind: "next",
      step,
      career: owner,
      completedCount: done.size + skipped.length,
      total: steps.length,
      skipped,
    };
  }
  return { kind: "done", career: owner, total: steps.length };
}

function readOptions(options: unknown): {
  completed: readonly (string | number)[];
  skipOptional: boolean;
} {
  const { completed: given = [], skipOptional = false } = readOptionsObject(options);
  if (!Array.isArray(given))
    throw new InvalidOptionError("completed", "an array of step ids or numbers", given);
  // One copy, read once: a list that changes between reads cannot pass the checks and then
  // hand something else to the walk below.
  const completed: (string | number)[] = [];
  for (const item of Array.from(given as unknown[])) {
    if (typeof item === "number" && Number.isInteger(item)) completed.push(item);
    else if (typeof item === "string") completed.push(readText(item, "completed"));
    else
      throw new InvalidOptionError(
        "completed",
        "step ids (strings) or step numbers (integers)",
        item,
      );
  }
  if (typeof skipOptional !== "boolean")
    throw new InvalidOptionError("skipOptional", "a boolean", skipOptional);
  return { completed, skipOptional };
}

function stepId(owner: string, steps: readonly CareerStep[], item: string | number): string {
  if (typeof item === "number") {
    const step = steps[item - 1];
    if (step) return step.id;
    throw new UnknownStepError(owner, String(item), [`1–${steps.length}`]);
  }
  if (steps.some((s) => s.id === item)) return item;
  throw new UnknownStepError(
    owner,
    item,
    suggest(
      item,
      steps.map((s) => [s.id, s.id] as const),
    ),
  );
}
