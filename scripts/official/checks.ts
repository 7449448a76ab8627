// Consistency checks over the built records. Each returns the problems it finds, so the
// import (and the tests) can run them all and report everything at once.
import type {
  Occupation,
  OewsWages,
  OfficialReference,
  OfficialValue,
  Program,
  Projections,
  WageScale,
} from "../../src/schemas/index.js";
import { numeric } from "./values.js";

/** The tolerance for figures that BLS rounds to one decimal. */
export const ROUNDING = 0.15;
/** Each rounded employment figure may be off by up to half its last digit. */
const HALF_STEP = 0.05;

type Subject = { code: string; projections: Projections };

/**
 * EP arithmetic: the numeric change is 2034 minus 2024 within ±0.15 thousand, and the
 * percent change lies within ±0.15 of what the rounded 2024 and 2034 figures allow.
 */
export function checkProjections(subjects: readonly Subject[]): string[] {
  const out: string[] = [];
  for (const { code, projections: p } of subjects) {
    const base = numeric(p.employmentBase);
    const projected = numeric(p.employmentProjected);
    const change = numeric(p.change);
    const percent = numeric(p.percentChange);
    if (base === undefined || projected === undefined) continue;
    if (change !== undefined && Math.abs(projected - base - change) > ROUNDING + 1e-9) {
      out.push(
        `${code}: EP change ${change} is not 2034 − 2024 (${projected} − ${base}) within ±${ROUNDING}`,
      );
    }
    if (percent !== undefined && base > HALF_STEP) {
      // The exact percentage is unknown because both employment figures are rounded; take the range.
      const low = ((projected - HALF_STEP) / (base + HALF_STEP) - 1) * 100;
      const high = ((projected + HALF_STEP) / (base - HALF_STEP) - 1) * 100;
      if (percent < low - ROUNDING || percent > high + ROUNDING) {
        out.push(
          `${code}: EP percent change ${percent} is outside ${low.toFixed(2)}…${high.toFixed(2)} implied by ${base} → ${projected}`,
        );
      }
    }
  }
  return out;
}

function scaleProblems(code: string, label: string, scale: WageScale): string[] {
  const order: [string, OfficialValue][] = [
    ["p10", scale.p10],
    ["p25", scale.p25],
    ["median", scale.median],
    ["p75", scale.p75],
    ["p90", scale.p90],
  ];
  const out: string[] = [];
  let last: [string, number] | undefined;
  for (const [name, value] of order) {
    const n = numeric(value);
    if (n === undefined) continue;
    if (last !== undefined && n < last[1])
      out.push(`${code}: ${label} ${name} ${n} is below ${last[0]} ${last[1]}`);
    last = [name, n];
  }
  return out;
}

/** OEWS percentiles rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90 wherever they are numbers. */
export function checkPercentiles(
  subjects: readonly { code: string; wages: readonly (OewsWages | null)[] }[],
): string[] {
  return subjects.flatMap(({ code, wages }) =>
    wages.flatMap((w) =>
      w === null
        ? []
        : [
            ...scaleProblems(code, `${w.period} hourly`, w.hourly),
            ...scaleProblems(code, `${w.period} annual`, w.annual),
          ],
    ),
  );
}

/**
 * The OEWS release whose annual medians an EP vintage publishes as its median wage: BLS takes
 * the wages of the projections' base year (2024–34 uses May 2024, 2025–35 uses May 2025).
 * Undefined for a base year whose OEWS release the data model does not hold.
 */
export function oewsReleaseFor(period: string): "may2024" | "may2025" | undefined {
  const base = /^(\d{4})–\d{2}$/.exec(period)?.[1];
  if (base === "2024") return "may2024";
  if (base === "2025") return "may2025";
  return undefined;
}

/**
 * The EP median wage equals the annual median of the OEWS release of the projections' base year
 * (see {@link oewsReleaseFor}) wherever both are numbers. A base year with no such release is
 * one problem, not a silent pass.
 */
export function checkMedianAgreement(
  subjects: readonly {
    code: string;
    projections: Projections;
    wages: { may2024: OewsWages | null; may2025: OewsWages | null };
  }[],
): string[] {
  const out: string[] = [];
  for (const { code, projections, wages } of subjects) {
    const release = oewsReleaseFor(projections.period);
    if (release === undefined) {
      out.push(
        `${code}: EP ${projections.period} median wages come from the OEWS release of its base year, and only May 2024 and May 2025 are imported`,
      );
      break;
    }
    const ep = numeric(projections.medianWage);
    const oews = numeric(wages[release]?.annual.median);
    if (ep !== undefined && oews !== undefined && ep !== oews) {
      const label = release === "may2024" ? "May 2024" : "May 2025";
      out.push(`${code}: EP median wage ${ep} differs from OEWS ${label} A_MEDIAN ${oews}`);
    }
  }
  return out;
}

/** Every related occupation is one of the line items, not the occupation itself, and listed once. */
export function checkRelated(occupations: readonly Occupation[]): string[] {
  const codes = new Set(occupations.map((o) => o.code));
  const out: string[] = [];
  for (const o of occupations) {
    const seen = new Set<string>();
    for (const r of o.onet.related) {
      if (!codes.has(r.code))
        out.push(`${o.code}: related occupation ${r.code} is not a line item`);
      if (r.code === o.code) out.push(`${o.code}: lists itself as related`);
      if (seen.has(r.code)) out.push(`${o.code}: lists ${r.code} as related twice`);
      seen.add(r.code);
    }
  }
  return out;
}

/** Every figure group names its source and period. */
export function checkSources(
  occupations: readonly Occupation[],
  reference: OfficialReference,
): string[] {
  const out: string[] = [];
  const groups = (
    code: string,
    list: ({ source: string; period?: string } | null | undefined)[],
  ) => {
    for (const g of list) {
      if (g === null || g === undefined) continue;
      if (!g.source) out.push(`${code}: a figure group has no source`);
      if ("period" in g && !g.period)
        out.push(`${code}: a figure group from ${g.source} has no period`);
    }
  };
  for (const o of occupations)
    groups(o.code, [o.projections, o.wages.may2024, o.wages.may2025, o.onet]);
  const all = reference.allOccupations;
  groups(all.code, [all.projections, all.wages.may2024, all.wages.may2025]);
  return out;
}

const sortedUnique = (list: readonly string[]) =>
  list.every((x, i) => i === 0 || (list[i - 1] as string) < x);

/**
 * Programs and occupations agree in both directions: each occupation lists exactly the programs
 * that list it. Both lists are sorted without repeats, every program names at least one
 * occupation, and every code on either side exists.
 */
export function checkPrograms(
  occupations: readonly Pick<Occupation, "code" | "programs">[],
  programs: readonly Pick<Program, "code" | "occupations">[],
): string[] {
  const out: string[] = [];
  const occupationCodes = new Set(occupations.map((o) => o.code));
  const programCodes = new Set(programs.map((p) => p.code));
  const expected = new Map<string, string[]>();
  if (!sortedUnique(programs.map((p) => p.code))) out.push("programs are not sorted by code");
  for (const p of programs) {
    if (p.occupations.length === 0) out.push(`program ${p.code}: leads to no occupation`);
    if (!sortedUnique(p.occupations))
      out.push(`program ${p.code}: occupations are not sorted or repeat`);
    for (const code of p.occupations) {
      if (!occupationCodes.has(code)) out.push(`program ${p.code}: unknown occupation ${code}`);
      expected.set(code, [...(expected.get(code) ?? []), p.code]);
    }
  }
  for (const o of occupations) {
    if (!sortedUnique(o.programs)) out.push(`${o.code}: programs are not sorted or repeat`);
    for (const cip of o.programs)
      if (!programCodes.has(cip)) out.push(`${o.code}: unknown program ${cip}`);
    const want = expected.get(o.code) ?? [];
    const missing = want.filter((c) => !o.programs.includes(c));
    const extra = o.programs.filter((c) => programCodes.has(c) && !want.includes(c));
    if (missing.length > 0)
      out.push(`${o.code}: does not list ${missing.join(", ")}, which list it`);
    if (extra.length > 0) out.push(`${o.code}: lists ${extra.join(", ")}, which do not list it`);
  }
  return out;
}

/** Runs every consistency check over the built documents. */
export function runChecks(
  occupations: readonly Occupation[],
  reference: OfficialReference,
): string[] {
  const all = reference.allOccupations;
  const subjects = [
    ...occupations.map((o) => ({ code: o.code, projections: o.projections, wages: o.wages })),
    { code: all.code, projections: all.projections, wages: all.wages },
  ];
  return [
    ...checkProjections(subjects),
    ...checkPercentiles([
      ...occupations.map((o) => ({ code: o.code, wages: [o.wages.may2024, o.wages.may2025] })),
      { code: all.code, wages: [all.wages.may2024, all.wages.may2025] },
    ]),
    ...checkMedianAgreement(subjects),
    ...checkRelated(occupations),
    ...checkSources(occupations, reference),
  ];
}
