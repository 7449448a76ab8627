// The 832 occupation records, each decoded on its first look-up (src/internal/compact-json.ts).
// Only helpers that need official figures import this module, so a bundle that uses guides
// alone does not carry the dataset.
import {
  occupationRecords,
  occupationShapes,
  occupationStrings,
} from "../generated/occupations.js";
import type { Occupation } from "../schemas/occupation.js";
import { compactLookup } from "./compact-json.js";

/** The occupation with this code, frozen, or undefined. */
export const occupationByCode: (code: string) => Occupation | undefined = compactLookup(
  occupationRecords,
  occupationShapes,
  occupationStrings,
);
