// The 832 occupation records, decoded one at a time on first use (src/internal/compact-json.ts).
// Only helpers that need official figures import this module, so a bundle that uses guides
// alone does not carry the dataset.
import { occupationCodes } from "../generated/ids.js";
import {
  occupationRecords,
  occupationShapes,
  occupationStrings,
} from "../generated/occupations.js";
import type { Occupation } from "../schemas/occupation.js";
import { type CompactTables, unpackValue } from "./compact-json.js";
import { freezeJson } from "./freeze.js";

let tables: CompactTables | undefined;
let position: Map<string, number> | undefined;
/** The records decoded so far, frozen: one object per code, however often it is looked up. */
const decoded = new Map<string, Occupation>();

/** The occupation with this code, frozen, or undefined. */
export function occupationByCode(code: string): Occupation | undefined {
  const known = decoded.get(code);
  if (known) return known;
  position ??= new Map(occupationCodes.map((c, i) => [c, i]));
  const i = position.get(code);
  if (i === undefined) return undefined;
  tables ??= {
    shapes: JSON.parse(occupationShapes) as string[][],
    strings: JSON.parse(occupationStrings) as string[],
  };
  const record = freezeJson(
    unpackValue(JSON.parse(occupationRecords[i] as string), tables) as Occupation,
  );
  decoded.set(code, record);
  return record;
}
