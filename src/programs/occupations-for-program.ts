import type { OccupationCode } from "../generated/ids.js";
import type { ProgramCode } from "../generated/programs.js";
import { getProgramOrThrow } from "./get-program.js";

/**
 * The occupations an instructional program leads to, per the NCES CIP 2020 ↔ SOC 2018
 * crosswalk. SOC codes that a BLS projections aggregate covers are given as the aggregate.
 *
 * @param cip - A CIP 2020 code such as `"51.3801"`.
 * @returns Occupation codes in code order, frozen; never empty (a CIP code that leads to none of
 *   our occupations is not a program here).
 * @throws {@link UnknownProgramError} with suggestions for an unknown CIP code.
 * @category Programs
 * @example
 * ```ts
 * import { occupationsForProgram } from "careerpath/programs";
 * occupationsForProgram("51.3801"); // ["25-1072", "29-1141"]
 * occupationsForProgram("51.0707"); // ["29-2072", "29-9021"]
 * ```
 */
export function occupationsForProgram(cip: ProgramCode | (string & {})): readonly OccupationCode[] {
  return getProgramOrThrow(cip).occupations as readonly OccupationCode[];
}
