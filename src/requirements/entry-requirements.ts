import type { CareerId, OccupationCode } from "../generated/ids.js";
import { pathTitle } from "../internal/path-data.js";
import { resolveTarget } from "../internal/resolve.js";
import { getSource } from "../registry-lookups.js";
import type { Source } from "../schemas/source.js";
import { requirementSourceIds } from "./citations.js";
import { reviewedRecord } from "./data.js";
import type { EntryRequirements } from "./types.js";

/** The sentence a not-reviewed result carries. */
export const NOT_REVIEWED_NOTE =
  "careerpath has not reviewed the licences, exams and registrations for this occupation; that does not mean none apply.";

/**
 * The entry requirements of an occupation: licences, exams, registrations, apprenticeships,
 * residencies and the checks an entrant must pass, each with its scope (all, most or some
 * states, federal, or voluntary but commonly expected), timing and sources.
 *
 * This is a national summary, not legal advice: rules vary by state, and the state board has the
 * last word. A `"not-reviewed"` result means careerpath holds no review for the occupation, which
 * is not the same as having no requirements. A career slug answers for the guide's main
 * occupation.
 *
 * @param idOrCode - A career slug (e.g. `"insurance-coder"`) or an occupation code (`"29-1141"`).
 * @returns `{ status: "reviewed", requirements, sources, … }` or `{ status: "not-reviewed", note }`,
 *   deeply frozen.
 * @throws {@link UnknownCareerError} or {@link UnknownOccupationError} with suggestions.
 * @category Requirements
 * @example
 * ```ts
 * import { entryRequirements } from "careerpath";
 * const office = entryRequirements("43-9061");
 * office.status; // "not-reviewed"
 * office.title; // "Office clerks, general"
 * ```
 */
export function entryRequirements(
  idOrCode: CareerId | OccupationCode | (string & {}),
): EntryRequirements {
  const target = resolveTarget(idOrCode);
  const code = target.kind === "career" ? (target.career.occupations[0] as string) : target.code;
  const record = reviewedRecord(code);
  if (!record)
    return Object.freeze({
      status: "not-reviewed",
      code,
      title: pathTitle(code),
      note: NOT_REVIEWED_NOTE,
    });
  const ids = requirementSourceIds(record.requirements);
  const sources = ids.map((id) => getSource(id)).filter((s): s is Source => s !== undefined);
  return Object.freeze({
    status: "reviewed",
    code,
    title: record.title,
    family: record.family,
    summary: record.summary,
    reviewed: record.reviewed,
    requirements: record.requirements,
    unconfirmed: record.unconfirmed,
    sources: Object.freeze(sources),
    hasSecondarySources: sources.some((s) => s.secondary === true),
  });
}
