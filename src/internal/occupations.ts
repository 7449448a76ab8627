// The 832 occupation records, parsed on first use. Only helpers that need official figures
// import this module, so a bundle that uses guides alone does not carry the dataset.
import { occupationsJson } from "../generated/occupations.js";
import type { Occupation } from "../schemas/occupation.js";
import { freezeJson } from "./freeze.js";

let table: Record<string, Occupation> | undefined;
/** Codes whose records have been frozen: 832 strings, rather than a WeakSet of every object. */
const frozen = new Set<string>();

function load(): Record<string, Occupation> {
  table ??= JSON.parse(occupationsJson) as Record<string, Occupation>;
  return table;
}

/** The occupation with this code, frozen, or undefined. */
export function occupationByCode(code: string): Occupation | undefined {
  const all = load();
  if (!Object.hasOwn(all, code)) return undefined;
  const record = all[code] as Occupation;
  if (!frozen.has(code)) {
    freezeJson(record);
    frozen.add(code);
  }
  return record;
}
