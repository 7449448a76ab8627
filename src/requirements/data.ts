// The reviewed entry requirements, each decoded and frozen on its first look-up
// (src/internal/compact-json.ts).
import {
  requirementRecords,
  requirementShapes,
  requirementStrings,
} from "../generated/requirements.js";
import { compactIds, compactLookup } from "../internal/compact-json.js";
import type { OccupationRequirements } from "../schemas/requirement.js";

/** One occupation's reviewed requirements, with the family of the file they come from. */
export type ReviewedRecord = OccupationRequirements & { readonly family: string };

/** The reviewed record of an occupation code, frozen, or undefined when it was not reviewed. */
export const reviewedRecord: (code: string) => ReviewedRecord | undefined = compactLookup(
  requirementRecords,
  requirementShapes,
  requirementStrings,
);

/** The codes that have a reviewed record, sorted. */
export function reviewedCodes(): readonly string[] {
  return compactIds(requirementRecords);
}
