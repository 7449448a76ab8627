import { InvalidOptionError } from "../errors.js";
import { type CareerId, type OccupationCode, occupationCodes } from "../generated/ids.js";
import { careerForCode } from "../internal/data.js";
import { occupationByCode } from "../internal/occupations.js";
import { formatFigure, numeric, toFigure } from "../internal/values.js";
import { WAGE_PERIODS, type WagePeriodKey } from "../internal/wage-comparison.js";
import type { EducationCategory } from "../schemas/categories.js";
import type { Figure } from "../schemas/figure.js";
import type { Interests, Occupation } from "../schemas/occupation.js";
import { educationCategories } from "../vocabulary.js";
import { codeFit, letterStrength, parseProfile, scoreFit, scoresOf } from "./interest-fit.js";
import {
  readEducation,
  readInteger,
  readNumber,
  readObject,
  readWagePeriod,
} from "./read-options.js";

/** A person's interests: a RIASEC high-point code such as `"SIC"`, or six scores. */
export type MatchProfile = string | Interests;

/** Filters and limits for {@link matchCareers}. */
export interface MatchOptions {
  /** The highest BLS typical entry education to accept. @defaultValue no ceiling */
  readonly maxEducation?: EducationCategory;
  /** The lowest OEWS median annual wage to accept, USD. @defaultValue no floor */
  readonly minWage?: number;
  /** The OEWS period `minWage` and the headline wage use. @defaultValue "May 2025" */
  readonly wagePeriod?: "May 2024" | "May 2025";
  /** The lowest 2024–34 projected growth to accept, percent (may be negative). @defaultValue no floor */
  readonly minGrowth?: number;
  /** The O*NET Job Zones to accept, 1–5, inclusive. @defaultValue every zone */
  readonly jobZone?: { readonly min?: number; readonly max?: number };
  /** How many matches to return, 1–832. @defaultValue 10 */
  readonly limit?: number;
}

/** How well one occupation's interests fit the profile, and how that was scored. */
export interface InterestFit {
  /**
   * The fit. For a code: the C index divided by its maximum, 0–1 (1 = the same letters in the
   * same order). For six scores: the Pearson correlation, −1 to 1.
   */
  readonly score: number;
  /** `"code"`: C index of the high-point codes; `"scores"`: correlation of the six scores. */
  readonly method: "code" | "scores";
  /** The occupation's O*NET high-point code. */
  readonly occupationCode: string;
  /** The occupation's six O*NET interest scores (1–7). */
  readonly occupationScores: Interests;
  /** The method in words, with the figures behind the score. */
  readonly explanation: string;
}

/** How a match meets one filter that was asked for. */
export interface FilterCheck {
  readonly filter: "maxEducation" | "minWage" | "minGrowth" | "jobZone";
  /** What the filter asked for, as text. */
  readonly required: string;
  /** The occupation's value, as text, with its period. */
  readonly actual: string;
}

/** One ranked occupation. */
export interface CareerMatch {
  /** 1 = best fit. */
  readonly rank: number;
  readonly code: OccupationCode;
  readonly title: string;
  /** The curated guide for the occupation, when there is one. */
  readonly career: CareerId | undefined;
  readonly fit: InterestFit;
  /** One entry per filter given, saying how the occupation meets it. */
  readonly filters: readonly FilterCheck[];
  /** Headline figures, each with its period and source. */
  readonly headline: {
    readonly education: { readonly category: EducationCategory; readonly source: string };
    /** The OEWS median annual wage of `wagePeriod`; undefined when OEWS publishes no estimate. */
    readonly medianWage: Figure | undefined;
    readonly growth: Figure;
    readonly jobZone: number | null;
  };
}

/** The result of {@link matchCareers}. */
export interface CareerMatches {
  /** The profile as read: its high-point code, and the six scores when scores were given. */
  readonly profile: { readonly code: string; readonly scores: readonly number[] | undefined };
  /** The scoring method in words. */
  readonly method: string;
  /** Best fit first. Empty when no occupation passes the filters. */
  readonly matches: readonly CareerMatch[];
  /** Occupations that passed every filter and have interest scores. */
  readonly eligible: number;
  /** Occupations left out, by the first reason that applies, in this order. */
  readonly excluded: {
    readonly noInterests: number;
    readonly maxEducation: number;
    readonly minWage: number;
    readonly minGrowth: number;
    readonly jobZone: number;
  };
}

const OPTION_NAMES = [
  "maxEducation",
  "minWage",
  "wagePeriod",
  "minGrowth",
  "jobZone",
  "limit",
] as const;

/** The figures matching reads, per occupation, as flat arrays (built on first use). */
interface Table {
  readonly codes: readonly string[];
  readonly scores: readonly (readonly number[] | null)[];
  readonly top: readonly string[];
  readonly education: Int8Array;
  /** Median annual wage per period; NaN when not published. Top-coded medians hold their floor. */
  readonly wage: Readonly<Record<WagePeriodKey, Float64Array>>;
  readonly growth: Float64Array;
  readonly jobZone: Int8Array;
}
let table: Table | undefined;

function medianOf(o: Occupation, key: WagePeriodKey): number {
  const m = o.wages[key]?.annual.median;
  if (m === undefined) return Number.NaN;
  if (typeof m === "number") return m;
  return m.kind === "top-coded" ? m.atLeast : Number.NaN;
}

function load(): Table {
  if (table) return table;
  const n = occupationCodes.length;
  const t = {
    codes: occupationCodes as readonly string[],
    scores: [] as (readonly number[] | null)[],
    top: [] as string[],
    education: new Int8Array(n),
    wage: { may2024: new Float64Array(n), may2025: new Float64Array(n) },
    growth: new Float64Array(n),
    jobZone: new Int8Array(n),
  };
  occupationCodes.forEach((code, i) => {
    const o = occupationByCode(code) as Occupation;
    t.scores.push(o.onet.interests ? scoresOf(o.onet.interests) : null);
    t.top.push(o.onet.topInterests);
    t.education[i] = educationCategories.indexOf(o.categories.education);
    t.wage.may2024[i] = medianOf(o, "may2024");
    t.wage.may2025[i] = medianOf(o, "may2025");
    t.growth[i] = numeric(o.projections.percentChange) ?? Number.NaN;
    t.jobZone[i] = o.onet.jobZone ?? 0;
  });
  table = t;
  return t;
}

const money = (n: number) => formatFigure({ kind: "value", unit: "USD per year", value: n });
const pct = (n: number) => formatFigure({ kind: "value", unit: "percent", value: n });

/**
 * Ranks occupations by how well their O*NET interests fit a person's, among those that pass
 * the filters. A code such as `"SIC"` is scored with the C index of the two high-point codes
 * (letters compared position by position on the RIASEC hexagon); six scores are scored with
 * their Pearson correlation. It is a ranking aid over published averages, not a validated
 * assessment: see the "Matching and moves" guide for the method and its limits.
 *
 * Occupations without O*NET interest scores are left out. An occupation whose median wage is
 * not published fails a `minWage` filter; a top-coded median counts at its published floor.
 *
 * @param profile - A RIASEC high-point code of 1–3 letters (`"SIC"`), or six interest scores
 *   keyed `Realistic` … `Conventional` (any scale; only their pattern counts).
 * @param options - Filters (`maxEducation`, `minWage`, `wagePeriod`, `minGrowth`, `jobZone`)
 *   and `limit`.
 * @returns The ranked matches with why each matched, and counts of what was filtered out.
 *   `matches` is empty when nothing passes the filters.
 * @throws {@link InvalidOptionError} naming the profile or option that is not valid, with a
 *   suggestion where one is close.
 * @category Matching
 * @example
 * ```ts
 * import { matchCareers } from "careerpath";
 * const result = matchCareers("SIC", { maxEducation: "Associate's degree", minWage: 45000, limit: 3 });
 * result.matches[0]?.fit.method; // "code"
 * result.matches.every((m) => m.headline.education.category !== "Bachelor's degree"); // true
 * ```
 */
export function matchCareers(profile: MatchProfile, options?: MatchOptions): CareerMatches {
  const person = parseProfile(profile);
  const o = readObject(options, OPTION_NAMES);
  const maxEducation = readEducation("maxEducation", o.maxEducation);
  const minWage = readNumber("minWage", o.minWage, "a wage in USD per year");
  const wageKey = readWagePeriod(o.wagePeriod);
  const minGrowth = readNumber("minGrowth", o.minGrowth, "a percentage");
  const zone = readJobZone(o.jobZone);
  const limit = readInteger("limit", o.limit, 1, occupationCodes.length, 10);
  const t = load();
  const maxRank = maxEducation === undefined ? 99 : educationCategories.indexOf(maxEducation);
  const wages = t.wage[wageKey];
  const excluded = { noInterests: 0, maxEducation: 0, minWage: 0, minGrowth: 0, jobZone: 0 };
  // Score every eligible row, then keep the best `limit` (score, then tie-break, then code order).
  const rows: number[] = [];
  const primary = new Float64Array(t.codes.length);
  const secondary = new Float64Array(t.codes.length);
  for (let i = 0; i < t.codes.length; i++) {
    const scores = t.scores[i];
    if (!scores) {
      excluded.noInterests++;
      continue;
    }
    if ((t.education[i] as number) > maxRank) {
      excluded.maxEducation++;
      continue;
    }
    if (minWage !== undefined && !((wages[i] as number) >= minWage)) {
      excluded.minWage++;
      continue;
    }
    if (minGrowth !== undefined && !((t.growth[i] as number) >= minGrowth)) {
      excluded.minGrowth++;
      continue;
    }
    const z = t.jobZone[i] as number;
    if (zone && (z === 0 || z < zone.min || z > zone.max)) {
      excluded.jobZone++;
      continue;
    }
    if (person.kind === "code") {
      primary[i] = codeFit(person.letters, t.top[i] as string);
      secondary[i] = letterStrength(person.letters, scores);
    } else {
      const r = scoreFit(person.scores, scores);
      if (r === undefined) {
        excluded.noInterests++;
        continue;
      }
      primary[i] = r;
    }
    rows.push(i);
  }
  rows.sort(
    (x, y) =>
      (primary[y] as number) - (primary[x] as number) ||
      (secondary[y] as number) - (secondary[x] as number) ||
      x - y,
  );
  const matches = rows.slice(0, limit).map((i, k) =>
    toMatch(k + 1, t.codes[i] as string, primary[i] as number, person, wageKey, {
      maxEducation,
      minWage,
      minGrowth,
      zone,
    }),
  );
  return {
    profile: { code: person.code, scores: person.kind === "scores" ? person.scores : undefined },
    method:
      person.kind === "code"
        ? "C index of the RIASEC high-point codes (hexagon points 3/2/1/0 weighted 3, 2, 1 by position), divided by its maximum; ties go to the occupation scoring higher on the profile's letters"
        : "Pearson correlation of the six RIASEC scores with the occupation's O*NET interest scores",
    matches,
    eligible: rows.length,
    excluded,
  };
}

function readJobZone(value: unknown): { min: number; max: number } | undefined {
  if (value === undefined) return undefined;
  const o = readObject(value, ["min", "max"]);
  const min = readInteger("jobZone.min", o.min, 1, 5, 1);
  const max = readInteger("jobZone.max", o.max, 1, 5, 5);
  if (min > max) throw new InvalidOptionError("jobZone", "min no greater than max", { min, max });
  return { min, max };
}

function toMatch(
  rank: number,
  code: string,
  score: number,
  person: ReturnType<typeof parseProfile>,
  wageKey: WagePeriodKey,
  f: {
    maxEducation: EducationCategory | undefined;
    minWage: number | undefined;
    minGrowth: number | undefined;
    zone: { min: number; max: number } | undefined;
  },
): CareerMatch {
  const o = occupationByCode(code) as Occupation;
  const interests = o.onet.interests as Interests;
  const rounded = Math.round(score * 1000) / 1000;
  const most = ([9, 15, 18] as const)[person.code.length - 1] ?? 18;
  const explanation =
    person.kind === "code"
      ? `C index of ${person.code} against ${o.onet.topInterests || "no high-point code"}: ${Math.round(score * most)} of ${most}`
      : `correlation of the six scores with ${o.code}'s O*NET interests: ${rounded.toFixed(3)}`;
  const w = o.wages[wageKey];
  const medianWage = w ? toFigure(w.annual.median, "USD per year", w.period, w.source) : undefined;
  const period = WAGE_PERIODS[wageKey];
  const filters: FilterCheck[] = [];
  if (f.maxEducation !== undefined)
    filters.push({
      filter: "maxEducation",
      required: `at most ${f.maxEducation}`,
      actual: o.categories.education,
    });
  if (f.minWage !== undefined && medianWage)
    filters.push({
      filter: "minWage",
      required: `median at least ${money(f.minWage)}`,
      actual: `${formatFigure(medianWage)} (${period})`,
    });
  if (f.minGrowth !== undefined)
    filters.push({
      filter: "minGrowth",
      required: `growth at least ${pct(f.minGrowth)}`,
      actual: `${pct(numeric(o.projections.percentChange) as number)} (${o.projections.period})`,
    });
  if (f.zone)
    filters.push({
      filter: "jobZone",
      required: `Job Zone ${f.zone.min}–${f.zone.max}`,
      actual: `Job Zone ${o.onet.jobZone}`,
    });
  return {
    rank,
    code: o.code as OccupationCode,
    title: o.title,
    career: careerForCode(o.code),
    fit: {
      score: rounded,
      method: person.kind,
      occupationCode: o.onet.topInterests,
      occupationScores: interests,
      explanation,
    },
    filters,
    headline: {
      education: { category: o.categories.education, source: o.projections.source },
      medianWage,
      growth: toFigure(
        o.projections.percentChange,
        "percent",
        o.projections.period,
        o.projections.source,
      ),
      jobZone: o.onet.jobZone,
    },
  };
}
