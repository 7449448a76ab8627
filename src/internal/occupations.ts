// The 832 occupation records, each decoded on its first look-up (src/internal/occupation-lookup.ts).
// Only helpers that need official figures import this module, so a bundle that uses guides
// alone does not carry the dataset.
import { occupationRecords } from "../generated/occupations.js";
import type { Occupation } from "../schemas/occupation.js";
import { occupationLookup } from "./occupation-lookup.js";

/** The occupation with this code, frozen, or undefined. */
export const occupationByCode: (code: string) => Occupation | undefined =
  occupationLookup(occupationRecords);
