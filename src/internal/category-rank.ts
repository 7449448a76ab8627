// The BLS rank of a category (0 = lowest) and the comparison of two, shared by compareCareers,
// skillGap and careerMoves.

/** A category compared on the BLS rank order (0 = lowest). */
export interface RankComparison<T extends string> {
  readonly a: T;
  readonly b: T;
  readonly aRank: number;
  readonly bRank: number;
  /** `bRank - aRank`: positive when b asks for more. */
  readonly difference: number;
}

/** Compares two categories of one ordered BLS list. */
export function rankOf<T extends string>(list: readonly T[], a: T, b: T): RankComparison<T> {
  const aRank = list.indexOf(a);
  const bRank = list.indexOf(b);
  return { a, b, aRank, bRank, difference: bRank - aRank };
}
