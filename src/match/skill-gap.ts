import type { CareerId, OccupationCode } from "../generated/ids.js";
import { type RankComparison, rankOf } from "../internal/category-rank.js";
import {
  SIMILARITY_METHOD,
  SKILL_IMPORTANCE_MARGIN,
  SKILL_LEVEL_MARGIN,
  type SkillsBetween,
  skillsBetween,
} from "../internal/skill-gap.js";
import { compareWages, type WageComparison } from "../internal/wage-comparison.js";
import type { EducationCategory } from "../schemas/categories.js";
import type { RelatedOccupation } from "../schemas/occupation.js";
import { educationCategories } from "../vocabulary.js";
import { type RequirementGap, requirementGap } from "./requirement-gap.js";
import { resolveSide } from "./resolve-occupation.js";

/** One side of a {@link SkillGap}. */
export interface GapSide {
  /** The id or code as given (a guide's id, or an occupation code). */
  readonly id: string;
  /** The occupation whose O*NET and BLS figures are used. */
  readonly code: OccupationCode;
  readonly title: string;
}

/** The result of {@link skillGap}: what moving from `a` to `b` asks for. */
export interface SkillGap extends SkillsBetween {
  readonly a: GapSide;
  readonly b: GapSide;
  /** How `similarity` is computed. */
  readonly method: string;
  /** The rule for `toBuild`, in words. */
  readonly toBuildRule: string;
  /** BLS typical entry education, by rank: `difference` > 0 when b asks for more. */
  readonly education: RankComparison<EducationCategory>;
  /** OEWS May 2025 wages, b against a. */
  readonly wages: WageComparison;
  /** Where O*NET lists b among a's related occupations. */
  readonly relatedness: RelatedOccupation | undefined;
  /** Licences and exams b needs that a does not, or "not reviewed". */
  readonly requirements: RequirementGap;
}

/** The `toBuild` rule in words. */
export const TO_BUILD_RULE = `skills important to the target (importance ≥ 3) whose O*NET level (LV, 0–7) exceeds the source's by at least ${SKILL_LEVEL_MARGIN}; where either side has no levels, importance (1–5) exceeding by at least ${SKILL_IMPORTANCE_MARGIN}`;

/**
 * The two-occupation view of a move from `a` to `b`: skill similarity, the important skills
 * shared and distinct, the skills to build, and the education and wage change. It is the same
 * computation {@link compareCareers} shows in its skill figures and {@link careerMoves} shows
 * per move.
 *
 * A guide stands for its main occupation. Where O*NET gives no skill ratings for a side,
 * `similarity` is undefined, `note` says why and the skill lists are empty.
 *
 * @param a - The career id or occupation code moved from.
 * @param b - The career id or occupation code moved to.
 * @returns A fresh gap record; `toBuild` is empty when b asks for no skill beyond a's margin.
 * @throws {@link UnknownCareerError} or {@link UnknownOccupationError} for an unknown id, with "did you mean".
 * @category Matching
 * @example
 * ```ts
 * import { skillGap } from "careerpath";
 * const gap = skillGap("31-1131", "29-2061");
 * gap.b.title; // "Licensed practical and licensed vocational nurses"
 * gap.relatedness?.tier; // "Primary-Short"
 * gap.education.difference; // 0
 * ```
 */
export function skillGap(
  a: CareerId | OccupationCode | (string & {}),
  b: CareerId | OccupationCode | (string & {}),
): SkillGap {
  const from = resolveSide(a);
  const to = resolveSide(b);
  const oa = from.occupation;
  const ob = to.occupation;
  return {
    a: { id: from.id, code: oa.code as OccupationCode, title: oa.title },
    b: { id: to.id, code: ob.code as OccupationCode, title: ob.title },
    method: SIMILARITY_METHOD,
    toBuildRule: TO_BUILD_RULE,
    ...skillsBetween(oa, ob),
    education: rankOf(educationCategories, oa.categories.education, ob.categories.education),
    wages: compareWages(oa, ob, "may2025"),
    relatedness: oa.onet.related.find((r) => r.code === ob.code),
    requirements: requirementGap(oa.code, ob.code),
  };
}
