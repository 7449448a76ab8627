// A look-up over stored occupation records (src/internal/compact-json.ts), with the slug and SOC
// groups the records leave out worked out again (src/internal/occupation-fields.ts). The library
// builds one over all records (src/internal/occupations.ts); the CLI one over the modules it
// loaded (src/cli/occupations.ts).
import {
  occupationShapes,
  occupationStrings,
  socGroupsJson,
} from "../generated/occupation-tables.js";
import type { Occupation } from "../schemas/occupation.js";
import { type CompactSource, compactLookup } from "./compact-json.js";
import {
  expandOccupation,
  type SocGroupTitles,
  type StoredOccupation,
} from "./occupation-fields.js";

let groups: SocGroupTitles | undefined;

/** A look-up of the occupations in `records`, each decoded and frozen on its first look-up. */
export function occupationLookup(records: CompactSource): (code: string) => Occupation | undefined {
  return compactLookup(records, occupationShapes, occupationStrings, (value) => {
    groups ??= JSON.parse(socGroupsJson) as SocGroupTitles;
    return expandOccupation(value as StoredOccupation, groups);
  });
}
