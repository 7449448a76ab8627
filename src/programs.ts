/**
 * Instructional programs that lead to each occupation: the NCES CIP 2020 ↔ SOC 2018 crosswalk
 * behind the "attend a training program" step. 1,926 CIP 2020 programs lead to 665 of the 832
 * occupations. This entry point carries the program tables so that the main entry does not.
 *
 * @module careerpath/programs
 */
export { UnknownProgramError } from "./errors.js";
export { type ProgramCode, programCodes } from "./generated/programs.js";
export { getProgram, getProgramOrThrow, isProgramCode } from "./programs/get-program.js";
export { occupationsForProgram } from "./programs/occupations-for-program.js";
export { programsFor } from "./programs/programs-for.js";
export { stepsWithPrograms } from "./programs/steps-with-programs.js";
export type { CipGroup, Program } from "./schemas/program.js";
