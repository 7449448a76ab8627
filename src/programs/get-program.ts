import { UnknownProgramError } from "../errors.js";
import { type ProgramCode, programCodes } from "../generated/programs.js";
import { readText } from "../internal/input.js";
import { programByCode, programNames } from "../internal/programs.js";
import { suggest } from "../internal/suggest.js";
import type { Program } from "../schemas/program.js";

let codeSet: Set<string> | undefined;

/**
 * Tells whether a value is a CIP 2020 code that leads to at least one occupation, narrowing it
 * to {@link ProgramCode}.
 *
 * @param value - Any value.
 * @returns `true` for a known program code such as `"51.0713"`.
 * @category Programs
 * @example
 * ```ts
 * import { isProgramCode } from "careerpath/programs";
 * isProgramCode("51.0713"); // true
 * isProgramCode("51.713"); // false
 * ```
 */
export function isProgramCode(value: unknown): value is ProgramCode {
  codeSet ??= new Set(programCodes);
  return typeof value === "string" && codeSet.has(value);
}

/**
 * Looks up an instructional program by its CIP 2020 code.
 *
 * @param cip - A six-digit CIP 2020 code as a string, such as `"51.0713"` (keep leading zeros:
 *   `"01.0000"`, not `"1.0000"`).
 * @returns The program with its NCES title, family, series and the occupations it leads to,
 *   deeply frozen; `undefined` for a code that is unknown or leads to none of our occupations.
 * @category Programs
 * @example
 * ```ts
 * import { getProgram } from "careerpath/programs";
 * getProgram("51.0713");
 * // {
 * //   code: "51.0713",
 * //   title: "Medical Insurance Coding Specialist/Coder",
 * //   family: { code: "51", title: "HEALTH PROFESSIONS AND RELATED PROGRAMS" },
 * //   series: { code: "51.07", title: "Health and Medical Administrative Services" },
 * //   occupations: ["29-2072", "29-9021"],
 * //   source: "nces-cip-2020",
 * // }
 * getProgram("99.9999"); // undefined
 * ```
 */
export function getProgram(cip: ProgramCode): Program;
export function getProgram(cip: string): Program | undefined;
export function getProgram(cip: string): Program | undefined {
  const code = readText(cip, "cip");
  return isProgramCode(code) ? programByCode(code) : undefined;
}

/**
 * Looks up an instructional program, or throws with "did you mean" suggestions.
 *
 * @param cip - A CIP 2020 code such as `"51.0713"`.
 * @returns The program, deeply frozen.
 * @throws {@link UnknownProgramError} when the code is not a program that leads to an
 *   occupation; `suggestions` holds the closest codes (`"510713"` → `["51.0713"]`).
 * @category Programs
 * @example
 * ```ts
 * import { getProgramOrThrow } from "careerpath/programs";
 * getProgramOrThrow("51.3801").title; // "Registered Nursing/Registered Nurse"
 * ```
 */
export function getProgramOrThrow(cip: ProgramCode | (string & {})): Program {
  const program = getProgram(cip);
  if (!program) {
    const code = readText(cip, "cip");
    throw new UnknownProgramError(code, suggest(code, programNames()));
  }
  return program;
}
