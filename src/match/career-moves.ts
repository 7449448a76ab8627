import type { CareerId, OccupationCode } from "../generated/ids.js";
import { occupationCodes } from "../generated/ids.js";
import { type RankComparison, rankOf } from "../internal/category-rank.js";
import { careerForCode } from "../internal/data.js";
import { occupationByCode } from "../internal/occupations.js";
import {
  SIMILARITY_METHOD,
  type SkillToBuild,
  skillSimilarity,
  skillsToBuild,
} from "../internal/skill-gap.js";
import { compareWages, WAGE_PERIODS, type WageComparison } from "../internal/wage-comparison.js";
import type { EducationCategory } from "../schemas/categories.js";
import type { Occupation, RelatedOccupation } from "../schemas/occupation.js";
import { educationCategories, relatednessTiers } from "../vocabulary.js";
import {
  readBoolean,
  readInteger,
  readNumber,
  readObject,
  readWagePeriod,
} from "./read-options.js";
import { type RequirementGap, requirementGap } from "./requirement-gap.js";
import { resolveSide } from "./resolve-occupation.js";
import { TO_BUILD_RULE } from "./skill-gap.js";

/** Filters and limits for {@link careerMoves}. */
export interface MovesOptions {
  /** The most BLS education levels the target may ask for above the source's. @defaultValue no limit */
  readonly maxExtraEducation?: number;
  /** The least OEWS median wage gain to accept, USD per year (negative allows a cut). @defaultValue no floor */
  readonly minWageGain?: number;
  /** The OEWS period both sides' wages are read from. @defaultValue "May 2025" */
  readonly wagePeriod?: "May 2024" | "May 2025";
  /** Only targets in the source's SOC major group. @defaultValue false */
  readonly sameFamily?: boolean;
  /** How many moves to return, 1–832. @defaultValue 10 */
  readonly limit?: number;
}

/** One ranked move. */
export interface CareerMove {
  /** 1 = first. */
  readonly rank: number;
  readonly code: OccupationCode;
  readonly title: string;
  /** The curated guide for the target, when there is one. */
  readonly career: CareerId | undefined;
  /**
   * `"onet-related"` when O*NET lists the target among the source's related occupations;
   * `"skill-similarity"` when only the skill similarity puts it here.
   */
  readonly support: "onet-related" | "skill-similarity";
  /** O*NET's relatedness tier and rank, for an `"onet-related"` move. */
  readonly relatedness: RelatedOccupation | undefined;
  /** Cosine similarity of the skill importances, 0–1; undefined where O*NET has no skill ratings. */
  readonly similarity: number | undefined;
  /** Skills to build, largest gap first (see `toBuildRule` of the result). */
  readonly skillsToBuild: readonly SkillToBuild[];
  /** OEWS wages of both sides, same period; `medianDifference` is the wage change. */
  readonly wages: WageComparison;
  /** BLS typical entry education, source (`a`) against target (`b`). */
  readonly education: RankComparison<EducationCategory>;
  /** Licences and exams the target needs that the source does not, or "not reviewed". */
  readonly requirements: RequirementGap;
}

/** The result of {@link careerMoves}. */
export interface CareerMoves {
  /** The source as resolved: a guide stands for its main occupation. */
  readonly from: { readonly id: string; readonly code: OccupationCode; readonly title: string };
  /** The ranking and the methods, in words. */
  readonly method: {
    readonly ranking: string;
    readonly similarity: string;
    readonly toBuild: string;
  };
  /** Ranked moves. Empty when no occupation passes the filters. */
  readonly moves: readonly CareerMove[];
  /** Targets that passed every filter (before `limit`). */
  readonly eligible: number;
  /** Targets left out, by the first filter they fail. */
  readonly excluded: {
    readonly sameFamily: number;
    readonly maxExtraEducation: number;
    readonly minWageGain: number;
  };
}

const OPTION_NAMES = [
  "maxExtraEducation",
  "minWageGain",
  "wagePeriod",
  "sameFamily",
  "limit",
] as const;

const RANKING =
  "O*NET-related occupations first, by tier (Primary-Short, Primary-Long, Supplemental), then by skill similarity; then the rest by skill similarity alone";

/** Rank key of a tier: 0–2 for O*NET's tiers, 3 for a move by similarity alone. */
function tierOrder(r: RelatedOccupation | undefined): number {
  return r ? relatednessTiers.indexOf(r.tier) : relatednessTiers.length;
}

/**
 * Ranks the moves from an occupation or guide to other occupations. Each move carries its skill
 * similarity, the skills to build (O*NET levels), the wage change (OEWS, same period on both
 * sides), the education change (BLS rank), O*NET's relatedness tier, and the licences or exams
 * the target adds. Moves that O*NET lists as related come first and are marked
 * `"onet-related"`; the rest come from skill similarity alone and are marked so.
 *
 * A target whose median wage is not published fails a `minWageGain` filter. It is a ranking aid
 * over national averages, not advice: see the "Matching and moves" guide for the method.
 *
 * @param from - A career id or occupation code.
 * @param options - `maxExtraEducation`, `minWageGain`, `wagePeriod`, `sameFamily`, `limit`.
 * @returns The ranked moves with the counts filtered out; `moves` is empty when none passes.
 * @throws {@link UnknownCareerError} or {@link UnknownOccupationError} for an unknown id, and
 *   {@link InvalidOptionError} naming a bad option.
 * @category Matching
 * @example
 * ```ts
 * import { careerMoves } from "careerpath";
 * const result = careerMoves("31-1131", { limit: 5 });
 * result.from.title; // "Nursing assistants"
 * result.moves.map((m) => m.code).includes("29-2061"); // true
 * result.moves[0]?.support; // "onet-related"
 * ```
 */
export function careerMoves(
  from: CareerId | OccupationCode | (string & {}),
  options?: MovesOptions,
): CareerMoves {
  const source = resolveSide(from);
  const o = readObject(options, OPTION_NAMES);
  const maxExtra = readInteger(
    "maxExtraEducation",
    o.maxExtraEducation,
    0,
    educationCategories.length - 1,
    educationCategories.length,
  );
  const minGain = readNumber("minWageGain", o.minWageGain, "a wage change in USD per year");
  const wageKey = readWagePeriod(o.wagePeriod);
  const sameFamily = readBoolean("sameFamily", o.sameFamily, false);
  const limit = readInteger("limit", o.limit, 1, occupationCodes.length, 10);
  const src = source.occupation;
  const srcEdu = educationCategories.indexOf(src.categories.education);
  const srcWage = src.wages[wageKey]?.annual.median;
  const related = new Map(src.onet.related.map((r) => [r.code, r]));
  const excluded = { sameFamily: 0, maxExtraEducation: 0, minWageGain: 0 };
  const candidates: { o: Occupation; rel: RelatedOccupation | undefined; sim: number }[] = [];
  for (const code of occupationCodes) {
    if (code === src.code) continue;
    const target = occupationByCode(code) as Occupation;
    const rel = related.get(code);
    const sim = skillSimilarity(src, target);
    // Without O*NET relatedness or a similarity there is nothing to rank a move by.
    if (!rel && sim === undefined) continue;
    if (sameFamily && target.soc.major.code !== src.soc.major.code) {
      excluded.sameFamily++;
      continue;
    }
    if (educationCategories.indexOf(target.categories.education) - srcEdu > maxExtra) {
      excluded.maxExtraEducation++;
      continue;
    }
    if (minGain !== undefined) {
      const m = target.wages[wageKey]?.annual.median;
      if (typeof m !== "number" || typeof srcWage !== "number" || m - srcWage < minGain) {
        excluded.minWageGain++;
        continue;
      }
    }
    candidates.push({ o: target, rel, sim: sim ?? -1 });
  }
  candidates.sort(
    (x, y) =>
      tierOrder(x.rel) - tierOrder(y.rel) ||
      y.sim - x.sim ||
      (x.rel?.rank ?? 0) - (y.rel?.rank ?? 0) ||
      (x.o.code < y.o.code ? -1 : 1),
  );
  const moves = candidates.slice(0, limit).map(
    ({ o: target, rel }, k): CareerMove => ({
      rank: k + 1,
      code: target.code as OccupationCode,
      title: target.title,
      career: careerForCode(target.code),
      support: rel ? "onet-related" : "skill-similarity",
      relatedness: rel,
      similarity: skillSimilarity(src, target),
      skillsToBuild: skillsToBuild(src, target),
      wages: compareWages(src, target, wageKey),
      education: rankOf(educationCategories, src.categories.education, target.categories.education),
      requirements: requirementGap(src.code, target.code),
    }),
  );
  return {
    from: { id: source.id, code: src.code as OccupationCode, title: src.title },
    method: {
      ranking: `${RANKING}; wages are OEWS ${WAGE_PERIODS[wageKey]} on both sides`,
      similarity: SIMILARITY_METHOD,
      toBuild: TO_BUILD_RULE,
    },
    moves,
    eligible: candidates.length,
    excluded,
  };
}
