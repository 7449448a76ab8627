import type { CareerId, OccupationCode } from "./generated/ids.js";
import { reference } from "./generated/reference.js";
import { type RankComparison, rankOf } from "./internal/category-rank.js";
import { careerById, careerForCode } from "./internal/data.js";
import { generatedSteps } from "./internal/generated-steps.js";
import { occupationByCode } from "./internal/occupations.js";
import { resolveTarget } from "./internal/resolve.js";
import { SIMILARITY_METHOD, skillsBetween } from "./internal/skill-gap.js";
import { type TimeToEntry, timeToEntry } from "./internal/time-to-entry.js";
import { formatFigure, numeric } from "./internal/values.js";
import {
  compareWages as sharedCompareWages,
  type WageComparison,
  type WagePercentiles,
} from "./internal/wage-comparison.js";
import { entryRequirements } from "./requirements/entry-requirements.js";
import type { Career, CareerLink, HistoricalFigure } from "./schemas/career.js";
import type {
  EducationCategory,
  ExperienceCategory,
  TrainingCategory,
} from "./schemas/categories.js";
import type { Occupation, RelatedOccupation } from "./schemas/occupation.js";
import type { RequirementKind } from "./schemas/requirement.js";
import { educationCategories, experienceCategories, trainingCategories } from "./vocabulary.js";

/** The entry requirements of one side, as far as a comparison needs them. */
export interface RequirementsSide {
  /** `"not-reviewed"` says nothing about whether requirements exist. */
  readonly status: "reviewed" | "not-reviewed";
  /** Requirements needed in all or most states, or federally: id, name and kind. */
  readonly needed: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind: RequirementKind;
  }[];
  /** The kinds among `needed`, in the schema's kind order. */
  readonly kinds: readonly RequirementKind[];
}

export type { RankComparison } from "./internal/category-rank.js";
export { IMPORTANT_SKILL } from "./internal/skill-gap.js";
export type { WageComparison, WagePercentiles } from "./internal/wage-comparison.js";

/** One side of a comparison. */
export interface ComparedSide {
  /** The id or code as given. */
  readonly id: string;
  /** The display title. */
  readonly title: string;
  /** The curated guide, when there is one. */
  readonly career: Career | undefined;
  /** The main occupation whose official figures are used. */
  readonly occupation: Occupation;
  /** Every occupation code the side spans (a group guide spans several). */
  readonly occupations: readonly string[];
}

/** Historical figures the guides quote, compared only when measure and vintage match. */
export interface HistoricalComparison {
  readonly a: readonly HistoricalFigure[];
  readonly b: readonly HistoricalFigure[];
  /** Pairs with the same label and period. */
  readonly matched: readonly {
    readonly label: string;
    readonly period: string;
    readonly a: HistoricalFigure;
    readonly b: HistoricalFigure;
  }[];
  /** Why figures could not be paired, when they could not. */
  readonly note: string | undefined;
}

/** A row ready to print in a two-column table. */
export interface ComparisonRow {
  readonly label: string;
  readonly a: string;
  readonly b: string;
  /** Period and source, or why the values are not comparable. */
  readonly note: string;
}

/** The structured result of {@link compareCareers}. */
export interface CareerComparison {
  readonly a: ComparedSide;
  readonly b: ComparedSide;
  readonly education: RankComparison<EducationCategory>;
  readonly experience: RankComparison<ExperienceCategory>;
  readonly training: RankComparison<TrainingCategory>;
  /** Time from the first step to the first job, from step durations, in years. */
  readonly timeToEntry: { readonly a: TimeToEntry; readonly b: TimeToEntry };
  /** May 2024 OEWS wages, the vintage the 2024–34 projections use. */
  readonly wages: WageComparison;
  /** May 2025 OEWS wages, the newest. */
  readonly latestWages: WageComparison;
  /** 2024–34 projected growth, percent, with the all-occupations average. */
  readonly growth: {
    readonly period: string;
    readonly source: string;
    readonly a: number | undefined;
    readonly b: number | undefined;
    readonly average: number | undefined;
    readonly aVsAverage: number | undefined;
    readonly bVsAverage: number | undefined;
  };
  /** Annual average openings, 2024–34, in thousands. */
  readonly openings: { readonly a: number | undefined; readonly b: number | undefined };
  /** O*NET Job Zones (1–5); null where O*NET gives none. */
  readonly jobZone: { readonly a: number | null; readonly b: number | null };
  readonly skills: {
    /** Cosine similarity of the 35 O*NET skill importances, 0–1; undefined when either side has none. */
    readonly similarity: number | undefined;
    /** Why the similarity is missing, when it is. */
    readonly note: string | undefined;
    /** Important O*NET skills (importance ≥ {@link IMPORTANT_SKILL}) both share. */
    readonly shared: readonly string[];
    readonly onlyA: readonly string[];
    readonly onlyB: readonly string[];
    /** Skills a needs more than b, largest gap first. */
    readonly aNeedsMore: readonly {
      readonly skill: string;
      readonly a: number;
      readonly b: number;
    }[];
    /** The guides' own key skills, split into shared and distinct. */
    readonly keySkills: {
      readonly shared: readonly string[];
      readonly onlyA: readonly string[];
      readonly onlyB: readonly string[];
    };
  };
  readonly credentials: {
    readonly shared: readonly string[];
    readonly onlyA: readonly string[];
    readonly onlyB: readonly string[];
  };
  readonly workSettings: {
    readonly shared: readonly string[];
    readonly onlyA: readonly string[];
    readonly onlyB: readonly string[];
  };
  readonly relation: {
    /** Links between the two curated guides, in either direction. */
    readonly curated: readonly (CareerLink & { readonly from: string })[];
    /** O*NET relatedness: where a lists b, and where b lists a. */
    readonly onetAtoB: RelatedOccupation | undefined;
    readonly onetBtoA: RelatedOccupation | undefined;
  };
  readonly historical: HistoricalComparison;
  /**
   * Entry requirements needed in all or most states, or federally, on each side, and the kinds
   * (licence, exam, registration…) one side needs and the other does not. `onlyA`/`onlyB` are
   * empty when either side has not been reviewed: an unreviewed side is unknown, not "none".
   */
  readonly requirements: {
    readonly a: RequirementsSide;
    readonly b: RequirementsSide;
    readonly onlyA: readonly RequirementKind[];
    readonly onlyB: readonly RequirementKind[];
  };
  /** The comparison as printable rows. */
  readonly rows: readonly ComparisonRow[];
}

/**
 * Compares two careers or occupations, like for like: official figures of the same vintage,
 * BLS category ranks, time to entry, skills, credentials, work settings and how they relate.
 *
 * @param a - A career id or occupation code.
 * @param b - A career id or occupation code.
 * @returns A fresh, structured comparison with printable `rows`.
 * @throws {@link UnknownCareerError} or {@link UnknownOccupationError} for an unknown id.
 * @category Comparison
 * @example
 * ```ts
 * import { compareCareers } from "careerpath";
 * const c = compareCareers("insurance-coder", "medical-transcriptionist");
 * c.wages.comparable && c.wages.a.median; // 50250
 * c.wages.comparable && c.wages.b.median; // 37550
 * c.growth.b; // -4.9
 * ```
 */
export function compareCareers(
  a: CareerId | OccupationCode | (string & {}),
  b: CareerId | OccupationCode | (string & {}),
): CareerComparison {
  const left = side(a, "a");
  const right = side(b, "b");
  return build(left, right);
}

function side(id: string, parameter: string): ComparedSide {
  const target = resolveTarget(id, parameter);
  if (target.kind === "career") {
    const code = target.career.occupations[0] as string;
    return {
      id,
      title: target.career.title,
      career: target.career,
      occupation: occupationByCode(code) as Occupation,
      occupations: target.career.occupations,
    };
  }
  const occupation = occupationByCode(target.code) as Occupation;
  const curated = careerForCode(target.code);
  return {
    id,
    title: occupation.title,
    career: curated ? careerById(curated) : undefined,
    occupation,
    occupations: [target.code],
  };
}

function compareWages(
  a: ComparedSide,
  b: ComparedSide,
  key: "may2024" | "may2025",
): WageComparison {
  const period = key === "may2024" ? "May 2024" : "May 2025";
  for (const s of [a, b]) {
    if (s.occupations.length > 1) {
      return {
        comparable: false,
        period,
        reason: `${s.title} spans ${s.occupations.length} occupations, which have no single wage distribution; compare its members instead`,
      };
    }
  }
  return sharedCompareWages(
    { title: a.title, wages: a.occupation.wages },
    { title: b.title, wages: b.occupation.wages },
    key,
  );
}

function split(a: readonly string[], b: readonly string[]) {
  // No Sets when a side is empty: the usual case, as most occupations have no guide.
  if (a.length === 0 || b.length === 0) return { shared: [], onlyA: [...a], onlyB: [...b] };
  const setB = new Set(b);
  const setA = new Set(a);
  return {
    shared: a.filter((x) => setB.has(x)),
    onlyA: a.filter((x) => !setB.has(x)),
    onlyB: b.filter((x) => !setA.has(x)),
  };
}

function skills(a: ComparedSide, b: ComparedSide): CareerComparison["skills"] {
  const lower = (list: readonly string[]) => list.map((s) => s.toLowerCase());
  const keySkills = split(
    lower(a.career?.quickFacts.keySkills ?? []),
    lower(b.career?.quickFacts.keySkills ?? []),
  );
  const { similarity, note, shared, onlyA, onlyB, aNeedsMore } = skillsBetween(
    a.occupation,
    b.occupation,
  );
  return { similarity, note, shared, onlyA, onlyB, aNeedsMore, keySkills };
}

function historical(a: ComparedSide, b: ComparedSide): HistoricalComparison {
  const ha = a.career?.historicalFigures ?? [];
  const hb = b.career?.historicalFigures ?? [];
  const matched = [];
  for (const x of ha) {
    const y = hb.find(
      (h) =>
        h.label === x.label &&
        h.figure.period === x.figure.period &&
        h.figure.unit === x.figure.unit,
    );
    if (y) matched.push({ label: x.label, period: x.figure.period, a: x, b: y });
  }
  let note: string | undefined;
  if (ha.length === 0 && hb.length === 0) note = undefined;
  else if (ha.length === 0 || hb.length === 0)
    note = `only ${(ha.length ? a : b).title} quotes historical figures; they are shown for context, not compared`;
  else if (matched.length === 0)
    note =
      "the guides quote historical figures of different measures or vintages, so they are not compared";
  return { a: ha, b: hb, matched, note };
}

function build(a: ComparedSide, b: ComparedSide): CareerComparison {
  const oa = a.occupation;
  const ob = b.occupation;
  const avg = reference?.allOccupations.projections;
  const growthA = numeric(oa.projections.percentChange);
  const growthB = numeric(ob.projections.percentChange);
  const average = avg ? numeric(avg.percentChange) : undefined;
  const minus = (x: number | undefined, y: number | undefined) =>
    x === undefined || y === undefined ? undefined : Math.round((x - y) * 10) / 10;
  const stepsA = a.career?.steps ?? generatedSteps(oa.code) ?? [];
  const stepsB = b.career?.steps ?? generatedSteps(ob.code) ?? [];
  const settingNames = (s: ComparedSide) => (s.career?.workSettings ?? []).map((w) => w.name);
  const relLinks = [
    ...(a.career?.related ?? [])
      .filter((l) => l.career === b.career?.id)
      .map((l) => ({ ...l, from: a.career?.id as string })),
    ...(b.career?.related ?? [])
      .filter((l) => l.career === a.career?.id)
      .map((l) => ({ ...l, from: b.career?.id as string })),
  ];
  const result: Omit<CareerComparison, "rows"> = {
    a,
    b,
    education: rankOf(educationCategories, oa.categories.education, ob.categories.education),
    experience: rankOf(experienceCategories, oa.categories.experience, ob.categories.experience),
    training: rankOf(trainingCategories, oa.categories.training, ob.categories.training),
    timeToEntry: { a: timeToEntry(stepsA), b: timeToEntry(stepsB) },
    wages: compareWages(a, b, "may2024"),
    latestWages: compareWages(a, b, "may2025"),
    growth: {
      period: oa.projections.period,
      source: oa.projections.source,
      a: growthA,
      b: growthB,
      average,
      aVsAverage: minus(growthA, average),
      bVsAverage: minus(growthB, average),
    },
    openings: { a: numeric(oa.projections.openings), b: numeric(ob.projections.openings) },
    jobZone: { a: oa.onet.jobZone, b: ob.onet.jobZone },
    skills: skills(a, b),
    credentials: split(a.career?.credentials ?? [], b.career?.credentials ?? []),
    workSettings: split(settingNames(a), settingNames(b)),
    relation: {
      curated: relLinks,
      onetAtoB: oa.onet.related.find((r) => r.code === ob.code),
      onetBtoA: ob.onet.related.find((r) => r.code === oa.code),
    },
    historical: historical(a, b),
    requirements: compareRequirements(oa.code, ob.code),
  };
  let rows: readonly ComparisonRow[] | undefined;
  return Object.defineProperty(result, "rows", {
    enumerable: true,
    get: () => {
      rows ??= toRows(result);
      return rows;
    },
  }) as CareerComparison;
}

const NEEDED_SCOPES = new Set(["all-states", "most-states", "federal"]);
const KIND_ORDER: readonly RequirementKind[] = [
  "licence",
  "exam",
  "registration",
  "certification",
  "education",
  "apprenticeship",
  "residency",
  "supervised-experience",
  "training",
  "background-check",
  "minimum-age",
  "medical-exam",
  "continuing-education",
];

/** The entry requirements of one occupation as comparisons and moves use them. */
export function requirementsSide(code: string): RequirementsSide {
  const r = entryRequirements(code);
  if (r.status === "not-reviewed") return { status: "not-reviewed", needed: [], kinds: [] };
  const needed = r.requirements
    .filter((q) => NEEDED_SCOPES.has(q.scope))
    .map((q) => ({ id: q.id, name: q.acronym ?? q.name, kind: q.kind }));
  const kinds = KIND_ORDER.filter((k) => needed.some((n) => n.kind === k));
  return { status: "reviewed", needed, kinds };
}

function compareRequirements(a: string, b: string): CareerComparison["requirements"] {
  const ra = requirementsSide(a);
  const rb = requirementsSide(b);
  const known = ra.status === "reviewed" && rb.status === "reviewed";
  return {
    a: ra,
    b: rb,
    onlyA: known ? ra.kinds.filter((k) => !rb.kinds.includes(k)) : [],
    onlyB: known ? rb.kinds.filter((k) => !ra.kinds.includes(k)) : [],
  };
}

function requirementsText(r: RequirementsSide): string {
  if (r.status === "not-reviewed") return "not reviewed";
  if (r.needed.length === 0) return "none nationally";
  return (
    r.needed
      .filter((n) => ["licence", "exam", "registration", "certification"].includes(n.kind))
      .map((n) => n.name)
      .join("; ") || r.kinds.join(", ")
  );
}

function money(n: number | undefined, topCoded?: { atLeast: number }): string {
  if (topCoded)
    return formatFigure({ kind: "top-coded", unit: "USD per year", atLeast: topCoded.atLeast });
  return n === undefined
    ? "not published"
    : formatFigure({ kind: "value", unit: "USD per year", value: n });
}
function pct(n: number | undefined): string {
  return n === undefined
    ? "not published"
    : formatFigure({ kind: "value", unit: "percent", value: n });
}
function years(t: TimeToEntry): string {
  if (t.min === 0 && t.max === 0) return "no set time";
  return t.max === null
    ? `${t.min}+ years`
    : t.min === t.max
      ? `${t.min} years`
      : `${t.min}–${t.max} years`;
}

function toRows(c: Omit<CareerComparison, "rows">): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const add = (label: string, a: string, b: string, note: string) =>
    rows.push({ label, a, b, note });
  add(
    "Occupation",
    `${c.a.occupation.code} ${c.a.occupation.title}`,
    `${c.b.occupation.code} ${c.b.occupation.title}`,
    "BLS National Employment Matrix",
  );
  add(
    "Typical entry education",
    c.education.a,
    c.education.b,
    rankNote(c.education.difference, "education", c.a.title, c.b.title),
  );
  add("Related work experience", c.experience.a, c.experience.b, "BLS category");
  add("On-the-job training", c.training.a, c.training.b, "BLS category");
  add(
    "Time to first job",
    years(c.timeToEntry.a),
    years(c.timeToEntry.b),
    "sum of step durations before the first job",
  );
  for (const w of [c.wages, c.latestWages]) {
    if (!w.comparable) {
      add(`Median annual wage, ${w.period}`, "—", "—", `not compared: ${w.reason}`);
      continue;
    }
    const top = (p: WagePercentiles, k: string) => p.topCoded.find((t) => t.percentile === k);
    add(
      `Median annual wage, ${w.period}`,
      money(w.a.median, top(w.a, "median")),
      money(w.b.median, top(w.b, "median")),
      `OEWS ${w.period} (${w.source})`,
    );
    add(
      `10th–90th percentile, ${w.period}`,
      `${money(w.a.p10, top(w.a, "p10"))}–${money(w.a.p90, top(w.a, "p90"))}`,
      `${money(w.b.p10, top(w.b, "p10"))}–${money(w.b.p90, top(w.b, "p90"))}`,
      `OEWS ${w.period} (${w.source})`,
    );
  }
  add(
    `Projected growth, ${c.growth.period}`,
    pct(c.growth.a),
    pct(c.growth.b),
    `all occupations: ${pct(c.growth.average)} (${c.growth.source})`,
  );
  add(
    `Openings each year, ${c.growth.period}`,
    thousands(c.openings.a),
    thousands(c.openings.b),
    c.growth.source,
  );
  add("O*NET Job Zone", String(c.jobZone.a ?? "none"), String(c.jobZone.b ?? "none"), "O*NET 30.1");
  add(
    "Skill similarity",
    c.skills.similarity === undefined ? "—" : c.skills.similarity.toFixed(2),
    "",
    c.skills.note ?? SIMILARITY_METHOD,
  );
  for (const h of c.historical.a.concat(c.historical.b)) {
    const mine = c.historical.a.includes(h);
    const text = `${formatFigure(h.figure as never)} (${h.figure.period})`;
    add(
      `${h.label} as published, ${h.figure.period}`,
      mine ? text : "—",
      mine ? "—" : text,
      `${h.figure.source}${h.figure.scope ? `; covers ${h.figure.scope}` : ""}${c.historical.note ? `; ${c.historical.note}` : ""}`,
    );
  }
  const req = c.requirements;
  const unknown = [req.a, req.b].some((r) => r.status === "not-reviewed");
  add(
    "Licences, exams and registrations",
    requirementsText(req.a),
    requirementsText(req.b),
    unknown
      ? "not compared: one side has not been reviewed, which is not the same as having none"
      : req.onlyA.length === 0 && req.onlyB.length === 0
        ? "the same kinds on both sides (all or most states, or federal)"
        : [
            req.onlyA.length > 0 ? `only a needs: ${req.onlyA.join(", ")}` : "",
            req.onlyB.length > 0 ? `only b needs: ${req.onlyB.join(", ")}` : "",
          ]
            .filter(Boolean)
            .join("; "),
  );
  // Each column says how that side lists the other one.
  const linkFrom = (id: string | undefined) =>
    c.relation.curated
      .filter((l) => l.from === id)
      .map((l) => l.relation)
      .join(", ") || "—";
  add(
    "Guide link to the other",
    linkFrom(c.a.career?.id),
    linkFrom(c.b.career?.id),
    "curated career graph",
  );
  const tier = (r: RelatedOccupation | undefined) => (r ? `${r.tier} (#${r.rank})` : "not listed");
  add(
    "O*NET lists the other as related",
    tier(c.relation.onetAtoB),
    tier(c.relation.onetBtoA),
    "O*NET 30.1 related occupations",
  );
  return rows;
}

function thousands(n: number | undefined): string {
  return n === undefined
    ? "not published"
    : formatFigure({ kind: "value", unit: "thousands of openings per year", value: n });
}

function rankNote(difference: number, what: string, a: string, b: string): string {
  if (difference === 0) return `same ${what} level`;
  const n = Math.abs(difference);
  return `${difference > 0 ? b : a} needs ${n} more BLS ${what} level${n === 1 ? "" : "s"}`;
}
