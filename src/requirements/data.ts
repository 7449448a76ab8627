// The reviewed entry requirements, parsed on first use and frozen when handed out.
import { requirementsJson } from "../generated/requirements.js";
import { deepFreeze } from "../internal/freeze.js";
import type { OccupationRequirements } from "../schemas/requirement.js";

/** One occupation's reviewed requirements, with the family of the file they come from. */
export type ReviewedRecord = OccupationRequirements & { readonly family: string };

let table: Record<string, ReviewedRecord> | undefined;

/** The reviewed record of an occupation code, frozen, or undefined when it was not reviewed. */
export function reviewedRecord(code: string): ReviewedRecord | undefined {
  table ??= JSON.parse(requirementsJson) as Record<string, ReviewedRecord>;
  return Object.hasOwn(table, code) ? deepFreeze(table[code]) : undefined;
}

/** The codes that have a reviewed record, sorted. */
export function reviewedCodes(): readonly string[] {
  table ??= JSON.parse(requirementsJson) as Record<string, ReviewedRecord>;
  return Object.keys(table);
}
