// The OEWS wage comparison of two occupations for one reference period, shared by
// compareCareers, skillGap and careerMoves: one computation of the median difference.
import type { OewsWages } from "../schemas/occupation.js";
import { numeric } from "./values.js";

/** Wage percentiles of one side (USD per year); `undefined` where suppressed or top-coded. */
export interface WagePercentiles {
  readonly p10: number | undefined;
  readonly p25: number | undefined;
  readonly median: number | undefined;
  readonly p75: number | undefined;
  readonly p90: number | undefined;
  /** Percentiles that are top-coded, with the published floor. */
  readonly topCoded: readonly { readonly percentile: string; readonly atLeast: number }[];
}

/** A wage comparison for one OEWS reference period. */
export type WageComparison =
  | {
      readonly comparable: true;
      readonly period: string;
      readonly source: string;
      readonly a: WagePercentiles;
      readonly b: WagePercentiles;
      /** b's median minus a's, in USD; `undefined` when either median is not published. */
      readonly medianDifference: number | undefined;
    }
  | { readonly comparable: false; readonly period: string; readonly reason: string };

/** The OEWS periods the data holds, by key. */
export const WAGE_PERIODS = { may2024: "May 2024", may2025: "May 2025" } as const;

/** An OEWS period key. */
export type WagePeriodKey = keyof typeof WAGE_PERIODS;

const PERCENTILE_KEYS = ["p10", "p25", "median", "p75", "p90"] as const;

/** The annual percentiles of one OEWS estimate. */
export function percentiles(w: OewsWages): WagePercentiles {
  const s = w.annual;
  const topCoded: { percentile: string; atLeast: number }[] = [];
  for (const key of PERCENTILE_KEYS) {
    const v = s[key];
    if (typeof v === "object" && v.kind === "top-coded")
      topCoded.push({ percentile: key, atLeast: v.atLeast });
  }
  return {
    p10: numeric(s.p10),
    p25: numeric(s.p25),
    median: numeric(s.median),
    p75: numeric(s.p75),
    p90: numeric(s.p90),
    topCoded,
  };
}

/** One side of a wage comparison: its title and its OEWS estimates. */
export interface WageSide {
  readonly title: string;
  readonly wages: { readonly may2024: OewsWages | null; readonly may2025: OewsWages | null };
}

/** Compares two occupations' OEWS wages of the same period, b against a. */
export function compareWages(a: WageSide, b: WageSide, key: WagePeriodKey): WageComparison {
  const period = WAGE_PERIODS[key];
  const wa = a.wages[key];
  const wb = b.wages[key];
  if (!wa || !wb) {
    return {
      comparable: false,
      period,
      reason: `OEWS publishes no ${period} estimate for ${(wa ? b : a).title}`,
    };
  }
  const pa = percentiles(wa);
  const pb = percentiles(wb);
  const medianDifference =
    pa.median !== undefined && pb.median !== undefined ? pb.median - pa.median : undefined;
  return { comparable: true, period: wa.period, source: wa.source, a: pa, b: pb, medianDifference };
}
