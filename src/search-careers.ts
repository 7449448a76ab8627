import { InvalidOptionError } from "./errors.js";
import { type CareerId, careerIds } from "./generated/ids.js";
import { careerById } from "./internal/data.js";
import { readOptions, readText } from "./internal/input.js";
import { editDistance } from "./internal/suggest.js";
import { MAX_QUERY_CHARS, titleKey, tokens } from "./internal/text.js";

/** Options for the search functions. */
export interface SearchOptions {
  /**
   * The most hits to return, an integer from 1 to 100.
   * @defaultValue `10`
   */
  readonly limit?: number;
}

/** One curated career that matched a search. */
export interface CareerHit {
  readonly id: CareerId;
  readonly title: string;
  /** How it matched: by id, title, alias, or by words in them. */
  readonly match: "id" | "title" | "alias" | "tokens";
  /** The text that matched. */
  readonly matched: string;
  /** Higher is better. */
  readonly score: number;
}

/** Reads and checks the `limit` option. */
export function readLimit(options: unknown): number {
  const { limit = 10 } = readOptions(options);
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new InvalidOptionError("limit", "an integer from 1 to 100", limit);
  }
  return limit;
}

/**
 * Searches the curated career guides by id, title and alias, tolerating small typos.
 *
 * @param text - What the user typed, e.g. `"medical coder"`.
 * @param options - `limit` (default 10).
 * @returns Hits, best first; an empty array when nothing matches or the text is blank.
 * @throws {@link InvalidOptionError} for a bad `limit`.
 * @category Search
 * @example
 * ```ts
 * import { searchCareers } from "careerpath";
 * searchCareers("medical coder")[0]?.id; // "insurance-coder"
 * searchCareers("")[0]; // undefined
 * ```
 */
export function searchCareers(text: string, options?: SearchOptions): CareerHit[] {
  const limit = readLimit(options);
  const query = titleKey(readText(text, "text").slice(0, MAX_QUERY_CHARS));
  if (query === "") return [];
  const queryTokens = tokens(query);
  const hits: CareerHit[] = [];
  for (const id of careerIds) {
    const career = careerById(id);
    if (!career) continue;
    const names: [CareerHit["match"], string][] = [
      ["id", id.replace(/-/g, " ")],
      ["title", career.title],
      ...career.aliases.map((a): [CareerHit["match"], string] => ["alias", a]),
    ];
    let best: CareerHit | undefined;
    for (const [match, name] of names) {
      const key = titleKey(name);
      let score = 0;
      let kind = match;
      if (key === query) score = match === "alias" ? 90 : 100;
      else if (editDistance(key, query, 2) <= (query.length >= 8 ? 2 : 1)) score = 70;
      else {
        const nameTokens = new Set(tokens(key));
        const found = queryTokens.filter((t) => nameTokens.has(t)).length;
        if (found > 0) {
          score = (40 * found) / Math.max(queryTokens.length, nameTokens.size);
          kind = "tokens";
        }
      }
      if (score > (best?.score ?? 0))
        best = {
          id,
          title: career.title,
          match: kind,
          matched: name,
          score: Math.round(score * 10) / 10,
        };
    }
    if (best) hits.push(best);
  }
  return hits.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1)).slice(0, limit);
}
