// How well an occupation's O*NET interests fit a person's: the two scoring methods that
// matchCareers documents in docs/matching-and-moves.md.
import { InvalidOptionError } from "../errors.js";
import type { Interests } from "../schemas/occupation.js";
import { interestAreas } from "../vocabulary.js";

const LETTERS = "RIASEC";

/** A person's interests as parsed: a high-point code, or six scores in RIASEC order. */
export type ParsedProfile =
  | { readonly kind: "code"; readonly code: string; readonly letters: readonly number[] }
  | { readonly kind: "scores"; readonly scores: readonly number[]; readonly code: string };

/** The high-point code of six scores: the letters of the three highest, ties in RIASEC order. */
export function topCode(scores: readonly number[], length = 3): string {
  return [...scores.keys()]
    .sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y)
    .slice(0, length)
    .map((i) => LETTERS[i])
    .join("");
}

const EXPECTED =
  'a RIASEC code of 1–3 different letters from R, I, A, S, E, C (e.g. "SIC"), or an object with six interest scores (Realistic … Conventional)';

/** Parses and checks a profile, or throws InvalidOptionError naming "profile". */
export function parseProfile(profile: unknown): ParsedProfile {
  if (typeof profile === "string") {
    const code = profile.trim().toUpperCase();
    const letters = [...code].map((c) => LETTERS.indexOf(c));
    if (
      code.length >= 1 &&
      code.length <= 3 &&
      letters.every((i) => i >= 0) &&
      new Set(letters).size === letters.length
    )
      return { kind: "code", code, letters };
    // Suggest the code with the stray letters and repeats dropped.
    const kept = [...new Set([...code].filter((c) => LETTERS.includes(c)))].join("").slice(0, 3);
    throw new InvalidOptionError("profile", EXPECTED, profile, kept ? [kept] : []);
  }
  if (typeof profile === "object" && profile !== null && !Array.isArray(profile)) {
    const record = profile as Record<string, unknown>;
    const extra = Object.keys(record).filter(
      (k) => !(interestAreas as readonly string[]).includes(k),
    );
    if (extra.length > 0)
      throw new InvalidOptionError(`profile.${extra[0]}`, `one of ${interestAreas.join(", ")}`, 0);
    const scores = interestAreas.map((area) => {
      const v = record[area];
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw new InvalidOptionError(`profile.${area}`, "a finite score of 0 or more", v);
      return v;
    });
    if (scores.every((s) => s === scores[0]))
      throw new InvalidOptionError(
        "profile",
        "six scores that are not all equal (equal scores say nothing about preference)",
        profile,
      );
    return { kind: "scores", scores, code: topCode(scores) };
  }
  throw new InvalidOptionError("profile", EXPECTED, profile);
}

/** Points for two letters by their distance on the RIASEC hexagon: same 3, adjacent 2, alternate 1, opposite 0. */
function hexagonPoints(x: number, y: number): number {
  const d = Math.abs(x - y);
  return 3 - Math.min(d, 6 - d);
}

const WEIGHTS = [3, 2, 1] as const;

/**
 * The C index of two high-point codes (Brown and Gore's congruence index): position by
 * position, the hexagon points weighted 3, 2, 1, divided by the most the person's code can
 * score. 1 means the codes agree letter for letter.
 */
export function codeFit(person: readonly number[], occupationCode: string): number {
  let score = 0;
  let max = 0;
  for (let k = 0; k < person.length; k++) {
    const w = WEIGHTS[k] as number;
    max += w * 3;
    // A shorter occupation code has no letter here, and scores nothing at this position.
    const letter = k < occupationCode.length ? LETTERS.indexOf(occupationCode[k] as string) : -1;
    if (letter >= 0) score += w * hexagonPoints(person[k] as number, letter);
  }
  return score / max;
}

/** The occupation's own scores on the person's letters, weighted 3, 2, 1: breaks ties between equal codes. */
export function letterStrength(person: readonly number[], scores: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < person.length; k++)
    s += (WEIGHTS[k] as number) * (scores[person[k] as number] as number);
  return s;
}

/** Pearson correlation of two six-score profiles, −1 to 1; undefined when one is flat. */
export function scoreFit(person: readonly number[], scores: readonly number[]): number | undefined {
  const n = person.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += person[i] as number;
    my += scores[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (person[i] as number) - mx;
    const dy = (scores[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return undefined;
  return sxy / Math.sqrt(sxx * syy);
}

/** The six scores of an Interests record, in RIASEC order. */
export function scoresOf(interests: Interests): number[] {
  return interestAreas.map((a) => interests[a]);
}
