import type { CareerId } from "./generated/ids.js";
import { getCareerOrThrow } from "./get-career.js";
import { occupationByCode } from "./internal/occupations.js";
import { numeric } from "./internal/values.js";
import type { Occupation } from "./schemas/occupation.js";

/** One member occupation of a guide, with its own headline figures. */
export interface GroupMember {
  readonly code: string;
  readonly title: string;
  /** Employment in 2024, thousands of jobs (EP 2024–34). */
  readonly employment: number | undefined;
  /** Projected change 2024–34, percent. */
  readonly percentChange: number | undefined;
  /** OEWS May 2024 median annual wage, USD; undefined when suppressed, top-coded or absent. */
  readonly medianWage: number | undefined;
}

/** Figures for a guide that spans one or more occupations, computed from its members. */
export interface GroupFigures {
  readonly career: CareerId;
  readonly members: readonly GroupMember[];
  /** Sum of the members' 2024 and projected 2034 employment, thousands of jobs, and the change. */
  readonly employment: {
    readonly base: number;
    readonly projected: number;
    readonly percentChange: number;
    readonly period: string;
    readonly source: string;
  };
  /** The lowest and highest member median (May 2024). A group has no median of its own. */
  readonly medianWageRange:
    | {
        readonly min: number;
        readonly max: number;
        readonly period: string;
        readonly source: string;
      }
    | undefined;
  /** How the figures were computed. */
  readonly method: string;
}

/**
 * Headline figures for a guide computed from its member occupations. Employment adds up across
 * members, so the group's employment and its projected change are real totals. Medians do not
 * add up (an employment-weighted average of medians is not a median), so the wage is given as
 * the range of the members' medians, next to each member's own figures.
 *
 * @param id - A career id, e.g. `"information-clerk"`.
 * @returns Fresh figures with a `method` note; a one-occupation guide gets a one-member group.
 * @throws {@link UnknownCareerError} for an unknown id.
 * @category Occupations
 * @example
 * ```ts
 * import { groupFigures } from "careerpath";
 * const g = groupFigures("information-clerk");
 * g.members.length; // 10
 * g.medianWageRange !== undefined; // true
 * ```
 */
export function groupFigures(id: CareerId | (string & {})): GroupFigures {
  const career = getCareerOrThrow(id);
  const occupations = career.occupations
    .map((c) => occupationByCode(c))
    .filter((o): o is Occupation => o !== undefined);
  const members = occupations.map((o) => ({
    code: o.code,
    title: o.title,
    employment: numeric(o.projections.employmentBase),
    percentChange: numeric(o.projections.percentChange),
    medianWage: numeric(o.wages.may2024?.annual.median),
  }));
  let base = 0;
  let projected = 0;
  for (const o of occupations) {
    base += numeric(o.projections.employmentBase) ?? 0;
    projected += numeric(o.projections.employmentProjected) ?? 0;
  }
  const medians = members.map((m) => m.medianWage).filter((m): m is number => m !== undefined);
  const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  const first = occupations[0];
  return {
    career: career.id as CareerId,
    members,
    employment: {
      base: round(base, 1),
      projected: round(projected, 1),
      percentChange: base > 0 ? round(((projected - base) / base) * 100, 1) : 0,
      period: first?.projections.period ?? "2024–34",
      source: first?.projections.source ?? "bls-ep-2024-34",
    },
    medianWageRange:
      medians.length > 0
        ? {
            min: Math.min(...medians),
            max: Math.max(...medians),
            period: "May 2024",
            source: "bls-oews-2024",
          }
        : undefined,
    method:
      occupations.length > 1
        ? `Employment is the sum of the ${occupations.length} member occupations; the change is computed from those sums. The wage is the range of the members' May 2024 medians, because medians cannot be combined.`
        : "A single occupation: its own official figures.",
  };
}
