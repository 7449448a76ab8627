// The CIP 2020 programs, each decoded on its first look-up. Only the careerpath/programs entry imports this
// module, so the main entry and a one-guide bundle never carry the program tables.
import {
  programCodes,
  programRecords,
  programShapes,
  programStrings,
} from "../generated/programs.js";
import type { Program } from "../schemas/program.js";
import { compactLookup } from "./compact-json.js";

let byOccupation: Map<string, readonly Program[]> | undefined;

/** The program with this CIP code, frozen, or undefined (decoded on its first look-up). */
export const programByCode: (code: string) => Program | undefined = compactLookup(
  programRecords,
  programShapes,
  programStrings,
);

/** The programs that lead to an occupation, in CIP order, frozen; empty when none does. */
export function programsOfOccupation(code: string): readonly Program[] {
  if (!byOccupation) {
    const index = new Map<string, Program[]>();
    for (const cip of programCodes) {
      const program = programByCode(cip) as Program;
      for (const occ of program.occupations) index.set(occ, [...(index.get(occ) ?? []), program]);
    }
    byOccupation = new Map([...index].map(([occ, list]) => [occ, Object.freeze(list)]));
  }
  return byOccupation.get(code) ?? EMPTY;
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
