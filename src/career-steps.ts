import type { CareerId, OccupationCode } from "./generated/ids.js";
import { careerById, careerForCode } from "./internal/data.js";
import { generatedSteps } from "./internal/generated-steps.js";
import { resolveTarget } from "./internal/resolve.js";
import type { CareerStep } from "./schemas/career.js";

/** Steps for a resolved target: the curated guide's, else the generated ones. */
export function stepsFor(careerOrCode: string): {
  readonly owner: string;
  readonly steps: readonly CareerStep[];
} {
  const target = resolveTarget(careerOrCode);
  if (target.kind === "career") return { owner: target.id, steps: target.career.steps };
  const curated = careerForCode(target.code);
  const career = curated && careerById(curated);
  if (career) return { owner: career.id, steps: career.steps };
  return { owner: target.code, steps: generatedSteps(target.code) ?? [] };
}

/**
 * The ordered steps into a career: a curated guide's own steps, or steps generated from the
 * occupation's BLS education, experience and training categories.
 *
 * A code with a curated guide (e.g. `"29-2072"` → insurance coder) gets the guide's steps.
 * Generated steps have `generated: true` and a `basis` naming the BLS category.
 *
 * @param careerOrCode - A career id or an occupation code.
 * @returns The steps in order, deeply frozen. The same array is returned on every call.
 * @throws {@link UnknownCareerError} or {@link UnknownOccupationError} with suggestions.
 * @category Steps
 * @example
 * ```ts
 * import { careerSteps } from "careerpath";
 * careerSteps("insurance-coder").map((s) => s.id);
 * // ["high-school", "training-program", "first-job", "certification", "advancement"]
 * careerSteps("29-1141")[0]?.generated; // true
 * ```
 */
export function careerSteps(
  careerOrCode: CareerId | OccupationCode | (string & {}),
): readonly CareerStep[] {
  return stepsFor(careerOrCode).steps;
}
