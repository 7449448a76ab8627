// The CIP 2020 programs, parsed on first use. Only the careerpath/programs entry imports this
// module, so the main entry and a one-guide bundle never carry the program tables.
import { programCodes, programsJson } from "../generated/programs.js";
import type { Program } from "../schemas/program.js";
import { deepFreeze } from "./freeze.js";

let table: Record<string, Program> | undefined;
let byOccupation: Map<string, readonly Program[]> | undefined;

function load(): Record<string, Program> {
  table ??= JSON.parse(programsJson) as Record<string, Program>;
  return table;
}

/** The program with this CIP code, frozen, or undefined. */
export function programByCode(code: string): Program | undefined {
  const all = load();
  return Object.hasOwn(all, code) ? deepFreeze(all[code]) : undefined;
}

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
  const all = load();
  for (const code of programCodes) {
    yield [code, code];
    yield [code.replace(".", ""), code];
    if (code.startsWith("0")) yield [code.slice(1), code]; // a spreadsheet ate the leading zero
    const title = all[code]?.title;
    if (title) yield [title, code];
  }
}
