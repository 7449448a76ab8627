// The skill computations shared by compareCareers, skillGap, careerMoves and matchCareers:
// the cosine similarity of two occupations' 35 O*NET skill importances, the important skills
// they share, and the skills to build on the way from one to the other. One copy, so that the
// same figure is the same computation wherever it is shown.
import { reference } from "../generated/reference.js";
import type { Occupation } from "../schemas/occupation.js";

/** Skills with an O*NET importance at or above this count as "important" (scale 1–5). */
export const IMPORTANT_SKILL = 3;

/**
 * A skill is one to build when the target's O*NET level (LV, 0–7) exceeds the source's by at
 * least this much, and the skill is important for the target.
 */
export const SKILL_LEVEL_MARGIN = 1;

/**
 * Where an occupation has no O*NET skill levels, the importance (1–5) is compared instead,
 * with this margin.
 */
export const SKILL_IMPORTANCE_MARGIN = 0.5;

/** How many skill gaps `aNeedsMore` and `toBuild` list at most. */
export const TOP_GAPS = 5;

/** The similarity method, as shown next to every similarity figure. */
export const SIMILARITY_METHOD = "cosine over 35 O*NET skill importances";

/** One skill the target needs more of than the source. */
export interface SkillToBuild {
  /** The O*NET content-model skill name. */
  readonly skill: string;
  /** The source's rating. */
  readonly from: number;
  /** The target's rating. */
  readonly to: number;
  /** Which O*NET scale was compared: level (LV, 0–7) or, where levels are missing, importance (1–5). */
  readonly scale: "level" | "importance";
}

/** The skill view of two occupations, a (from) and b (to). */
export interface SkillsBetween {
  /** Cosine similarity of the 35 O*NET skill importances, 0–1; undefined when either side has none. */
  readonly similarity: number | undefined;
  /** Why the similarity is missing, when it is. */
  readonly note: string | undefined;
  /** Important O*NET skills (importance ≥ {@link IMPORTANT_SKILL}) both share. */
  readonly shared: readonly string[];
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
  /** Skills a needs more than b (importance), largest gap first. */
  readonly aNeedsMore: readonly {
    readonly skill: string;
    readonly a: number;
    readonly b: number;
  }[];
  /** Skills to build moving from a to b, largest gap first (at most five). */
  readonly toBuild: readonly SkillToBuild[];
}

let skillNames: readonly string[] | undefined;
/** The O*NET name of skill `i` (0–34). */
export function skillName(i: number): string {
  skillNames ??= reference?.skills.map((s) => s.name) ?? [];
  return skillNames[i] ?? `skill ${i + 1}`;
}

/** The O*NET skill levels (LV 0–7) of an occupation, or null where O*NET gives none. */
export function skillLevels(o: Occupation): readonly number[] | null {
  return o.onet.skillLevels;
}

const normCache = new Map<string, number>();
function norm(code: string, v: readonly number[]): number {
  let n = normCache.get(code);
  if (n === undefined) {
    n = Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
    normCache.set(code, n);
  }
  return n;
}

/** The cosine similarity of two occupations' skill importances, rounded to 4 decimals. */
export function skillSimilarity(a: Occupation, b: Occupation): number | undefined {
  const va = a.onet.skills;
  const vb = b.onet.skills;
  if (!va || !vb) return undefined;
  let dot = 0;
  for (let i = 0; i < va.length; i++) dot += (va[i] as number) * (vb[i] as number);
  return Math.round((dot / (norm(a.code, va) * norm(b.code, vb))) * 10000) / 10000;
}

/** Inserts index i into `top` (largest gap first, equal gaps keep skill order), keeping at most TOP_GAPS. */
function insertTop(top: number[], gaps: readonly number[], i: number): void {
  const gap = gaps[i] as number;
  let at = top.length;
  while (at > 0 && (gaps[top[at - 1] as number] as number) < gap) at--;
  if (at < TOP_GAPS) {
    top.splice(at, 0, i);
    if (top.length > TOP_GAPS) top.pop();
  }
}

/** The skills to build moving from a to b: see {@link SKILL_LEVEL_MARGIN}. */
export function skillsToBuild(a: Occupation, b: Occupation): readonly SkillToBuild[] {
  const ia = a.onet.skills;
  const ib = b.onet.skills;
  if (!ia || !ib) return [];
  const la = skillLevels(a);
  const lb = skillLevels(b);
  const levels = la !== null && lb !== null;
  const from = levels ? la : ia;
  const to = levels ? lb : ib;
  const margin = levels ? SKILL_LEVEL_MARGIN : SKILL_IMPORTANCE_MARGIN;
  const gaps = to.map((y, i) => y - (from[i] as number));
  const top: number[] = [];
  for (let i = 0; i < gaps.length; i++) {
    if ((gaps[i] as number) >= margin - 1e-9 && (ib[i] as number) >= IMPORTANT_SKILL)
      insertTop(top, gaps, i);
  }
  const scale = levels ? "level" : "importance";
  return top.map((i) => ({
    skill: skillName(i),
    from: from[i] as number,
    to: to[i] as number,
    scale,
  }));
}

/** The full skill view of two occupations, a (from) and b (to). */
export function skillsBetween(a: Occupation, b: Occupation): SkillsBetween {
  const va = a.onet.skills;
  const vb = b.onet.skills;
  if (!va || !vb) {
    const missing = [a, b].filter((s) => !s.onet.skills).map((s) => s.code);
    return {
      similarity: undefined,
      note: `O*NET 30.1 publishes no skill ratings for ${[...new Set(missing)].join(" and ")}`,
      shared: [],
      onlyA: [],
      onlyB: [],
      aNeedsMore: [],
      toBuild: [],
    };
  }
  const shared: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const gaps = va.map((x, i) => x - (vb[i] as number));
  const top: number[] = [];
  for (let i = 0; i < va.length; i++) {
    const inA = (va[i] as number) >= IMPORTANT_SKILL;
    const inB = (vb[i] as number) >= IMPORTANT_SKILL;
    if (inA && inB) shared.push(skillName(i));
    else if (inA) onlyA.push(skillName(i));
    else if (inB) onlyB.push(skillName(i));
    if ((gaps[i] as number) > 0) insertTop(top, gaps, i);
  }
  return {
    similarity: skillSimilarity(a, b),
    note: undefined,
    shared,
    onlyA,
    onlyB,
    aNeedsMore: top.map((i) => ({ skill: skillName(i), a: va[i] as number, b: vb[i] as number })),
    toBuild: skillsToBuild(a, b),
  };
}
