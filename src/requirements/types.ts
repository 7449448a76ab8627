import type { Requirement } from "../schemas/requirement.js";
import type { Source } from "../schemas/source.js";

/**
 * The entry requirements of an occupation that has been reviewed. An empty `requirements` list
 * means the occupation was reviewed and no licence, exam or registration was found.
 */
export interface ReviewedRequirements {
  readonly status: "reviewed";
  /** The occupation code the requirements belong to. */
  readonly code: string;
  /** The occupation's official title. */
  readonly title: string;
  /** The occupation family of the requirement file, e.g. "Healthcare". */
  readonly family: string;
  /** The national picture in one or two sentences, in careerpath's words. */
  readonly summary: string;
  /** The date the facts were reviewed (YYYY-MM-DD). */
  readonly reviewed: string;
  /** The requirements in path order: the order in which a person meets them. */
  readonly requirements: readonly Requirement[];
  /** Facts left out because no stored source confirmed them. */
  readonly unconfirmed: readonly string[];
  /** Every source the requirements cite, in first-cited order, each a registry entry. */
  readonly sources: readonly Source[];
  /** True when any cited source is secondary (it reports another publisher's facts). */
  readonly hasSecondarySources: boolean;
}

/**
 * An occupation whose entry requirements careerpath has not reviewed. This says nothing about
 * whether it has any: check with the state board or the occupation's professional body.
 */
export interface NotReviewedRequirements {
  readonly status: "not-reviewed";
  /** The occupation code. */
  readonly code: string;
  /** The occupation's official title. */
  readonly title: string;
  /** A sentence saying what "not reviewed" means, for display. */
  readonly note: string;
}

/** The result of `entryRequirements`: reviewed requirements, or a plain "not reviewed". */
export type EntryRequirements = ReviewedRequirements | NotReviewedRequirements;
