import { readText } from "../internal/input.js";
import { MAX_QUERY_CHARS, titleKey } from "../internal/text.js";
import { readLimit, type SearchOptions } from "../search-careers.js";
import { type EntryKind, nearTokens, searchIndex, TIERS } from "./index-build.js";

/** Most query words read; the rest are ignored. */
const MAX_QUERY_TOKENS = 12;

/** One occupation that matched a search, and why. */
export interface OccupationHit {
  /** The occupation code. */
  readonly code: string;
  /** The official title. */
  readonly title: string;
  /**
   * Why it matched: the exact code, the exact official title, a curated guide's title or alias,
   * an O*NET reported or alternate title, the words of one of those (`tokens`), or words
   * after correcting a typo (`typo`).
   */
  readonly match: EntryKind | "tokens" | "typo";
  /** The title or alias that matched. */
  readonly matched: string;
  /** The curated guide behind an alias match. */
  readonly career: string | undefined;
  /** Higher is better; exact matches score 100 and above. */
  readonly score: number;
}

const EXACT_SCORE: Record<EntryKind, number> = {
  code: 150,
  title: 140,
  alias: 130,
  reported: 120,
  alternate: 110,
};

/**
 * Searches all 832 occupations by code, official title, curated alias, and O*NET reported and
 * alternate titles. Ranks exact code, then exact title, then alias, then reported/alternate
 * titles, then word matches, and tolerates one typo per word.
 *
 * The title index loads on the first call (a one-off cost of tens of milliseconds) and only
 * when this entry point is imported. Input beyond 256 characters or 12 words is ignored.
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
 * searchOccupations("RN")[0]?.code; // "29-1141"
 * searchOccupations("15-1252")[0]?.match; // "code"
 * ```
 */
export function searchOccupations(text: string, options?: SearchOptions): OccupationHit[] {
  const limit = readLimit(options);
  const raw = readText(text, "text").slice(0, MAX_QUERY_CHARS).trim();
  if (raw === "") return [];
  const ix = searchIndex();
  const best = new Map<string, OccupationHit>();
  const offer = (hit: OccupationHit) => {
    const current = best.get(hit.code);
    if (!current || hit.score > current.score) best.set(hit.code, hit);
  };
  const title = (code: string) => ix.titles.get(code) ?? code;

  // An exact code.
  if (/^\d{2}-\d{4}$/.test(raw)) {
    const i = ix.codes.get(raw);
    const e = i === undefined ? undefined : ix.entries[i];
    if (e)
      offer({
        code: e.code,
        title: title(e.code),
        match: "code",
        matched: e.text,
        career: undefined,
        score: EXACT_SCORE.code,
      });
  }

  // Word matches: every query word must appear in the title (or be one typo away). A title
  // with exactly the query's words in the query's order is an exact match.
  const key = titleKey(raw);
  const words = [...new Set(key.split(" "))].filter((w) => w !== "").slice(0, MAX_QUERY_TOKENS);
  if (words.length > 0) {
    let typo = false;
    const lists: number[][] = [];
    for (const w of words) {
      const exactList = ix.postings.get(w);
      if (exactList) {
        lists.push(exactList);
        continue;
      }
      const near = nearTokens(ix, w);
      if (near.length === 0) {
        lists.length = 0;
        break;
      }
      typo = true;
      // Posting lists are ascending; one near token (the usual case) needs no merge.
      lists.push(
        near.length === 1
          ? (ix.postings.get(near[0] as string) ?? [])
          : [...new Set(near.flatMap((t) => ix.postings.get(t) ?? []))].sort((x, y) => x - y),
      );
    }
    if (lists.length === words.length) {
      lists.sort((x, y) => x.length - y.length);
      let hits = lists[0] ?? [];
      for (const list of lists.slice(1)) {
        // Binary search in the longer, ascending list: no Set of a common word's thousands.
        hits = hits.filter((i) => includesSorted(list, i));
        if (hits.length === 0) break;
      }
      const queryCount = key.split(" ").length;
      for (const i of hits) {
        const e = ix.entries[i];
        if (!e) continue;
        if (!typo && e.tokenCount === queryCount && titleKey(e.text) === key) {
          offer({
            code: e.code,
            title: title(e.code),
            match: e.kind,
            matched: e.text,
            career: e.career,
            score: EXACT_SCORE[e.kind],
          });
          continue;
        }
        // Closer to 100 when the title has few extra words; the tier breaks ties.
        const coverage = words.length / e.tokenCount;
        const score = (typo ? 60 : 80) * coverage + (4 - TIERS[e.kind]) - (typo ? 5 : 0);
        offer({
          code: e.code,
          title: title(e.code),
          match: typo ? "typo" : "tokens",
          matched: e.text,
          career: e.career,
          score: Math.round(score * 100) / 100,
        });
      }
    }
  }
  return [...best.values()]
    .sort((x, y) => y.score - x.score || (x.code < y.code ? -1 : 1))
    .slice(0, limit);
}

/** Whether the ascending list holds `value`, by binary search. */
function includesSorted(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid] as number;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
