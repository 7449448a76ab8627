import { readText } from "../internal/input.js";
import { MAX_QUERY_CHARS } from "../internal/text.js";
import { readLimit, type SearchOptions } from "../search-careers.js";
import { type Field, rank } from "./engine.js";
import { occupationIndex } from "./index-build.js";

/** One occupation that matched a search, and why. */
export interface OccupationHit {
  /** The occupation code. */
  readonly code: string;
  /** The official title. */
  readonly title: string;
  /**
   * Why it matched. An exact match names the field of the title it equals: the code, the
   * official title (`title`), a BLS direct-match title (`direct`), an O*NET alternate or short
   * title (`alternate`), an O*NET reported title (`reported`) or a curated guide's title or
   * alias (`alias`). Otherwise `tokens` (the title holds every meaningful query word),
   * `partial` (some of them) or `typo` (every word, after correcting a misspelt one).
   */
  readonly match: "code" | "title" | Exclude<Field, "official"> | "tokens" | "partial" | "typo";
  /** The title or alias that matched. */
  readonly matched: string;
  /** The curated guide behind an alias match. */
  readonly career: string | undefined;
  /** Higher is better; exact matches score 100 and above. */
  readonly score: number;
}

/**
 * Searches all 832 occupations by code and by about 60,000 titles: official titles, the BLS
 * Direct Match Title File, O*NET alternate, short and reported titles, and the curated guides'
 * titles and aliases. Not every query word has to match: an exact title ranks first (official
 * before direct-match before O*NET before alias), then titles holding every meaningful word,
 * then partial matches. Rank and level words ("senior", "II", "part-time") count for little,
 * short forms ("RN", "C.N.A.") are also read spelled out, plurals match singulars, a word no
 * title has is corrected by one edit, and ties go to the occupation with more matching titles,
 * then more employment. The rules are in the docs' search page.
 *
 * The title index is read lazily, and only when this entry point is imported: the first call
 * reads its structure and word table, each query word's titles are found and tokenised the first
 * time a query has that word, and the first word that no title holds (a typo) reads the whole
 * vocabulary once. Input beyond 256 characters or 12 words is ignored.
 *
 * @param text - What the user typed: a code, a title, a job title, with typos.
 * @param options - `limit` (default 10, at most 100).
 * @returns Hits, best first, at most `limit`; an empty array for blank input or no match.
 * @throws {@link careerpath!InvalidOptionError} for a bad `limit`.
 * @category Search
 * @example
 * ```ts
 * import { searchOccupations } from "careerpath/search";
 * searchOccupations("registered nurse")[0]?.code; // "29-1141"
 * searchOccupations("Senior Accountant")[0]?.code; // "13-2011"
 * searchOccupations("C.N.A.")[0]?.code; // "31-1131"
 * searchOccupations("15-1252")[0]?.match; // "code"
 * ```
 */
export function searchOccupations(text: string, options?: SearchOptions): OccupationHit[] {
  const limit = readLimit(options);
  const raw = readText(text, "text").slice(0, MAX_QUERY_CHARS).trim();
  if (raw === "") return [];
  const ix = occupationIndex();
  const hits: OccupationHit[] = [];
  const code = /^\d{2}-\d{4}$/.test(raw) ? ix.byCode.get(raw) : undefined;
  if (code !== undefined)
    hits.push({
      code: raw,
      title: ix.titleOf(code),
      match: "code",
      matched: raw,
      career: undefined,
      score: 150,
    });
  for (const h of rank(ix.corpus, raw, limit + 1)) {
    if (h.group === code) continue;
    const c = ix.codes[h.group] ?? "";
    hits.push({
      code: c,
      title: ix.titleOf(h.group),
      match:
        h.kind === "exact"
          ? h.field === "official"
            ? "title"
            : h.field
          : h.kind === "words"
            ? "tokens"
            : h.kind,
      matched: ix.corpus.textOf(h.entry),
      career: ix.careers.get(h.entry),
      score: Math.round(h.score * 2500) / 100,
    });
  }
  return hits.slice(0, limit);
}
