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
let index: Map<string, Program[]> | undefined;

/** How many occupations are looked up by scanning before the full index pays off. */
const SCANS = 16;

/**
 * The programs that lead to an occupation, in CIP order, frozen; empty when none does. The first
 * few look-ups decode only the programs whose record text names the code (the encoder writes a
 * string either as itself or, when it is in the string table, always as its table reference);
 * after SCANS of them, all programs are decoded once into an index by occupation.
 */
export function programsOfOccupation(code: string): readonly Program[] {
  const known = byOccupation.get(code);
  if (known) return known;
  const list = byOccupation.size < SCANS ? scan(code) : (fullIndex().get(code) ?? []);
  const frozen = list.length === 0 ? EMPTY : Object.freeze(list);
  byOccupation.set(code, frozen);
  return frozen;
}

/** The programs of `code`, decoding only those whose text names it. */
function scan(code: string): Program[] {
  strings ??= JSON.parse(programStrings) as string[];
  const at = strings.indexOf(code);
  const token =
    at === -1 ? JSON.stringify(code.startsWith("~") ? `~${code}` : code) : `"~${at.toString(36)}"`;
  return programCodes
    .filter((cip) => programText(cip)?.includes(token))
    .map((cip) => programByCode(cip) as Program)
    .filter((program) => program.occupations.includes(code));
}

/** Every occupation's programs, in CIP order, decoding every program once. */
function fullIndex(): Map<string, Program[]> {
  if (!index) {
    index = new Map();
    for (const cip of programCodes) {
      const program = programByCode(cip) as Program;
      for (const occ of program.occupations) index.set(occ, [...(index.get(occ) ?? []), program]);
    }
  }
  return index;
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
