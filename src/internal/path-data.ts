// The path table behind generated steps, parsed on first use (see scripts/data/emit-paths.ts).
import {
  pathSources,
  pathTableJson,
  pathTitlesJson,
  programTitlesJson,
} from "../generated/path-table.js";

/** One occupation's row: programs, advancement, alternatives, O*NET education shares, specialty guides. */
export interface PathRow {
  readonly p?: readonly string[];
  readonly a?: readonly string[];
  readonly o?: readonly string[];
  readonly e?: readonly number[];
  readonly s?: readonly (readonly [string, string])[];
}

let rows: Record<string, PathRow> | undefined;
let titles: Record<string, string> | undefined;
let programs: Record<string, string> | undefined;

/** The path row of a code; empty when the code has none. */
export function pathRow(code: string): PathRow {
  rows ??= JSON.parse(pathTableJson()) as Record<string, PathRow>;
  return rows[code] ?? {};
}

/** The official title of an occupation code, or the code itself when unknown. */
export function pathTitle(code: string): string {
  titles ??= JSON.parse(pathTitlesJson()) as Record<string, string>;
  return Object.hasOwn(titles, code) ? (titles[code] as string) : code;
}

/** The CIP 2020 title of a program the path table names. */
export function programTitle(cip: string): string {
  programs ??= JSON.parse(programTitlesJson()) as Record<string, string>;
  return Object.hasOwn(programs, cip) ? (programs[cip] as string) : cip;
}

export { pathSources };
