import type { OccupationCode } from "../generated/ids.js";

/** The code systems {@link resolveOccupation} recognises. */
export type CodeSystem =
  | "EP line item"
  | "SOC 2018"
  | "O*NET-SOC 2019"
  | "SOC 2010"
  | "O*NET-SOC 2010";

/** A code with its official title in its own system. */
export interface CodeTitle {
  readonly code: string;
  readonly title: string;
}

/** One of today's occupations (an EP line item) with its National Employment Matrix title. */
export interface LineItem {
  readonly code: OccupationCode;
  readonly title: string;
}

/** Fields every resolution has. */
interface Base {
  /** The input, trimmed (and with a hyphen added to a six-digit code). */
  readonly input: string;
}

/** The code is one of today's occupations (an EP line item, which OEWS also uses). */
export interface ExactResolution extends Base, LineItem {
  readonly kind: "exact";
  readonly system: "EP line item" | "O*NET-SOC 2019";
  /** For an O*NET-SOC `.00` code: that code and its O*NET title. */
  readonly onet?: CodeTitle;
}

/** A SOC 2018 detailed code that an EP aggregate covers (13-1021 inside 13-1020). */
export interface MemberResolution extends Base, LineItem {
  readonly kind: "member";
  readonly system: "SOC 2018" | "O*NET-SOC 2019";
  /** The SOC 2018 detailed occupation inside the aggregate `code`. */
  readonly member: CodeTitle;
  /** For an O*NET-SOC code: that code and its O*NET title. */
  readonly onet?: CodeTitle;
}

/** A more specific O*NET-SOC 2019 code (29-1141.01 Acute Care Nurses) of one of today's occupations. */
export interface OnetSpecialtyResolution extends Base, LineItem {
  readonly kind: "onet-specialty";
  readonly system: "O*NET-SOC 2019";
  /** The O*NET-SOC code and its O*NET title. */
  readonly onet: CodeTitle;
  /** When the occupation is an EP aggregate: the SOC 2018 code inside it. */
  readonly member?: CodeTitle;
}

/** One target of an older code in today's system, and the occupation that stands for it. */
export interface Successor extends CodeTitle {
  /** The line item it belongs to; null when EP projects none (military). */
  readonly occupation: LineItem | null;
}

/** An older code that maps onto exactly one newer code that no other older code feeds. */
export interface RenamedResolution extends Base, LineItem {
  readonly kind: "renamed";
  readonly system: "SOC 2010" | "O*NET-SOC 2010";
  /** The older code and its title. */
  readonly from: CodeTitle;
  /** The newer code (SOC 2018 or O*NET-SOC 2019) and its title. */
  readonly to: CodeTitle;
}

/** An older code whose occupation was divided among several newer codes. */
export interface SplitResolution extends Base {
  readonly kind: "split";
  readonly system: "SOC 2010" | "O*NET-SOC 2010";
  readonly from: CodeTitle;
  /** Every newer code, in the crosswalk's order, each with its occupation. */
  readonly targets: readonly Successor[];
}

/** An older code that was combined with other older codes into one newer code. */
export interface MergedResolution extends Base, LineItem {
  readonly kind: "merged";
  readonly system: "SOC 2010" | "O*NET-SOC 2010";
  readonly from: CodeTitle;
  readonly to: CodeTitle;
  /** The other older codes that went into `to`. */
  readonly mergedWith: readonly CodeTitle[];
}

/** A code none of the crosswalks knows, or one outside the Employment Projections. */
export interface UnknownResolution extends Base {
  readonly kind: "unknown";
  /** Why, in one sentence. */
  readonly reason: string;
  /** Today's occupations whose codes are closest, best first (at most five). */
  readonly suggestions: readonly LineItem[];
}

/** What {@link resolveOccupation} found for a code. Switch on `kind`. */
export type CodeResolution =
  | ExactResolution
  | MemberResolution
  | OnetSpecialtyResolution
  | RenamedResolution
  | SplitResolution
  | MergedResolution
  | UnknownResolution;
