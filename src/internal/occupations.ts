// The 832 occupation records, each decoded on its first look-up (src/internal/compact-json.ts),
// with the slug and SOC groups that the stored record leaves out worked out again
// (src/internal/occupation-fields.ts). Only helpers that need official figures import this
// module, so a bundle that uses guides alone does not carry the dataset.
import {
  occupationRecords,
  occupationShapes,
  occupationStrings,
  socGroupsJson,
} from "../generated/occupations.js";
import type { Occupation } from "../schemas/occupation.js";
import { compactLookup } from "./compact-json.js";
import {
  expandOccupation,
  type SocGroupTitles,
  type StoredOccupation,
} from "./occupation-fields.js";

let groups: SocGroupTitles | undefined;

/** The occupation with this code, frozen, or undefined. */
export const occupationByCode: (code: string) => Occupation | undefined = compactLookup(
  occupationRecords,
  occupationShapes,
  occupationStrings,
  (value) => {
    groups ??= JSON.parse(socGroupsJson) as SocGroupTitles;
    return expandOccupation(value as StoredOccupation, groups);
  },
);
