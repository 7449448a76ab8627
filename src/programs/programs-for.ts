import type { CareerId, OccupationCode } from "../generated/ids.js";
import { programByCode, programsOfOccupation } from "../internal/programs.js";
import { resolveTarget } from "../internal/resolve.js";
import type { Program } from "../schemas/program.js";

/**
 * The instructional programs (CIP 2020) that lead to a career or an occupation.
 *
 * For a career guide, the programs its own steps name come first, in step order; then every
 * program that leads to one of its occupations, occupation by occupation in CIP order, without
 * repeats. For an occupation code, the programs that lead to that occupation, in CIP order.
 *
 * @param careerOrCode - A career id or an occupation code.
 * @returns The programs, deeply frozen; an empty array when no program leads to the occupation
 *   (167 of the 832, such as most sales and labouring occupations).
 * @throws `UnknownCareerError` or `UnknownOccupationError` (from `careerpath`) with suggestions.
 * @category Programs
 * @example
 * ```ts
 * import { programsFor } from "careerpath/programs";
 * programsFor("insurance-coder").map((p) => p.code);
 * // ["51.0713", "51.0707", "51.0706", "51.0721"]
 * programsFor("29-9021").map((p) => p.code);
 * // ["51.0706", "51.0707", "51.0713", "51.0721", "51.0723", "51.2706"]
 * programsFor("41-2031"); // []
 * ```
 */
export function programsFor(
  careerOrCode: CareerId | OccupationCode | (string & {}),
): readonly Program[] {
  const target = resolveTarget(careerOrCode);
  if (target.kind === "occupation") return programsOfOccupation(target.code);
  const out = new Map<string, Program>();
  for (const step of target.career.steps) {
    for (const cip of step.programs) {
      const program = programByCode(cip);
      if (program && !out.has(cip)) out.set(cip, program);
    }
  }
  for (const code of target.career.occupations) {
    for (const program of programsOfOccupation(code))
      if (!out.has(program.code)) out.set(program.code, program);
  }
  return Object.freeze([...out.values()]);
}
