// The CIP 2020 programs, each decoded on its first look-up. Only the careerpath/programs entry imports this
// module, so the main entry and a one-guide bundle never carry the program tables.
import {
  programCodes,
  programRecords,
  programShapes,
  programStrings,
} from "../generated/programs.js";
import type { Program } from "../schemas/program.js";
import { compactLookup, compactReader } from "./compact-json.js";

/** The program with this CIP code, frozen, or undefined (decoded on its first look-up). */
export const programByCode: (code: string) => Program | undefined = compactLookup(
  programRecords,
  programShapes,
  programStrings,
);

const programText = compactReader(programRecords);
const byOccupation = new Map<string, readonly Program[]>();
let strings: readonly string[] | undefined;

/**
 * The programs that lead to an occupation, in CIP order, frozen; empty when none does. Only the
 * programs whose record text names the code are decoded: the encoder writes a string either as
 * itself or, when it is in the string table, always as its table reference.
 */
export function programsOfOccupation(code: string): readonly Program[] {
  const known = byOccupation.get(code);
  if (known) return known;
  strings ??= JSON.parse(programStrings) as string[];
  const at = strings.indexOf(code);
  const token =
    at === -1 ? JSON.stringify(code.startsWith("~") ? `~${code}` : code) : `"~${at.toString(36)}"`;
  const list = programCodes
    .filter((cip) => programText(cip)?.includes(token))
    .map((cip) => programByCode(cip) as Program)
    .filter((program) => program.occupations.includes(code));
  const frozen = list.length === 0 ? EMPTY : Object.freeze(list);
  byOccupation.set(code, frozen);
  return frozen;
}

const EMPTY: readonly Program[] = Object.freeze([]);

/** Names that identify programs, for "did you mean": codes, codes without the dot, and titles. */
export function* programNames(): Generator<readonly [string, string]> {
  for (const code of programCodes) {
    yield [code, code];
    yield [code.replace(".", ""), code];
    if (code.startsWith("0")) yield [code.slice(1), code]; // a spreadsheet ate the leading zero
    const title = programByCode(code)?.title;
    if (title) yield [title, code];
  }
}
