// The one walk over a path's steps, shared by nextStep (a career id or occupation code) and
// nextStepIn (a guide object). It imports no data, so a bundle that only walks one guide's steps
// carries none of the generated-step tables.
import { InvalidOptionError, UnknownStepError } from "../errors.js";
import type { NextStepResult } from "../next-step.js";
import type { CareerStep } from "../schemas/career.js";
import { readOptions as readOptionsObject, readText } from "./input.js";
import { suggest } from "./suggest.js";

/** The options of a walk, read and checked by {@link readStepOptions}. */
export interface StepOptions {
  readonly completed: readonly (string | number)[];
  readonly skipOptional: boolean;
}

/**
 * The next step of `steps` (owned by `owner`, a career id or occupation code) after the
 * completed ones: the first step, in order, that is not completed and whose prerequisites are
 * met. Throws UnknownStepError for a completed id or number that is not one of `steps`.
 */
export function walkSteps(
  owner: string,
  steps: readonly CareerStep[],
  { completed, skipOptional }: StepOptions,
): NextStepResult {
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

/** Reads the options of a walk with the input rule; InvalidOptionError names what is wrong. */
export function readStepOptions(options: unknown): StepOptions {
  const { completed: given = [], skipOptional = false } = readOptionsObject(options);
  if (!Array.isArray(given))
    throw new InvalidOptionError("completed", "an array of step ids or numbers", given);
  // One copy, read once: a list that changes between reads cannot pass the checks and then
  // hand something else to the walk above.
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
