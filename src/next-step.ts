import { stepsFor } from "./career-steps.js";
import type { CareerId, OccupationCode } from "./generated/ids.js";
import { readStepOptions, walkSteps } from "./internal/step-walk.js";
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
 * Any id or code is accepted at run time, so a bundle that calls `nextStep` carries every guide
 * and the generated steps of all occupations. An app that walks one guide can import that guide
 * alone from `careerpath/guides/<id>` and pass it to {@link nextStepIn}, which gives the same
 * results.
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
  const read = readStepOptions(options);
  const { owner, steps } = stepsFor(careerOrCode);
  return walkSteps(owner, steps, read);
}
