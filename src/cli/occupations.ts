// The occupation records a CLI command shows, loaded alone: only the modules of
// src/generated/occupations/ that hold them, not the whole dataset the library's getOccupation
// imports. Start-up time of `careerpath show` is mostly the loading of data modules.
import { occupationFiles } from "../generated/occupation-files.js";
import { occupationFileOf } from "../generated/occupation-tables.js";
import type { CompactShards } from "../internal/compact-json.js";
import { occupationLookup } from "../internal/occupation-lookup.js";
import type { Occupation } from "../schemas/occupation.js";

/** A look-up of occupations by code, over the records loaded so far. */
export type OccupationsOf = (code: string) => Occupation | undefined;

const shards: Record<string, () => Readonly<Record<string, string>>> = {};
const loadedFiles = new Set<number>();
const source: CompactShards = { prefix: 4, shards };
const lookup = occupationLookup(source);

const fileOf = (code: string) =>
  Object.hasOwn(occupationFileOf, code.slice(0, 4))
    ? occupationFileOf[code.slice(0, 4)]
    : undefined;

/**
 * Loads the records of `codes` (unknown codes are skipped) and returns the look-up. The look-up
 * answers for the codes of every module loaded so far; asking it for a known code whose module
 * is not loaded is a programming error, so it throws rather than answer "unknown".
 */
export async function loadOccupations(codes: readonly string[]): Promise<OccupationsOf> {
  const files = [...new Set(codes.map(fileOf))].filter(
    (n): n is number => n !== undefined && !loadedFiles.has(n),
  );
  const modules = await Promise.all(
    files.map((n) => (occupationFiles[n] as () => Promise<{ shards: typeof shards }>)()),
  );
  modules.forEach((m, i) => {
    Object.assign(shards, m.shards);
    loadedFiles.add(files[i] as number);
  });
  return (code) => {
    const n = fileOf(code);
    if (n !== undefined && !loadedFiles.has(n))
      throw new Error(`careerpath: occupation ${code} was not loaded`);
    return lookup(code);
  };
}
