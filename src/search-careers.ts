import { InvalidOptionError } from "./errors.js";
import { careerNameTable } from "./generated/career-names.js";
import type { CareerId } from "./generated/ids.js";
import { readOptions, readText } from "./internal/input.js";
import { MAX_QUERY_CHARS } from "./internal/text.js";
import { type Corpus, CorpusBuilder, type Field, rank } from "./search/engine.js";

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
  /**
   * How it matched: exactly its id, title or an alias, or by words in them (`tokens`, also
   * after correcting a typo).
   */
  readonly match: "id" | "title" | "alias" | "tokens";
  /** The text that matched. */
  readonly matched: string;
  /** The occupation codes the guide spans. */
  readonly occupations: readonly string[];
  /** Higher is better; exact matches score 100 and above. */
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

let corpus: { corpus: Corpus; kinds: CareerHit["match"][] } | undefined;

/**
 * The guides' ids, titles and aliases as a search corpus, built on the first search from the
 * generated name table, so that search loads no guide record.
 */
function careerCorpus(): { corpus: Corpus; kinds: CareerHit["match"][] } {
  if (corpus) return corpus;
  const b = new CorpusBuilder();
  const kinds: CareerHit["match"][] = [];
  careerNameTable.forEach((career, g) => {
    const names: [CareerHit["match"], Field, string][] = [
      ["id", "direct", career.id.replace(/-/g, " ")],
      ["title", "official", career.title],
      ...career.aliases.map((a): [CareerHit["match"], Field, string] => ["alias", "alias", a]),
    ];
    for (const [kind, field, text] of names) if (b.add(g, field, text) >= 0) kinds.push(kind);
  });
  corpus = { corpus: b.build(new Float64Array(careerNameTable.length)), kinds };
  return corpus;
}

/**
 * Searches the curated career guides by id, title and alias with the same engine and rules
 * as `searchOccupations` (careerpath/search): partial matches, rank and level words counted
 * lightly, plurals, short forms and one-edit typos in words no guide has.
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
 * searchCareers("court clerk")[0]?.occupations.length; // 10
 * searchCareers("")[0]; // undefined
 * ```
 */
export function searchCareers(text: string, options?: SearchOptions): CareerHit[] {
  const limit = readLimit(options);
  const query = readText(text, "text").slice(0, MAX_QUERY_CHARS);
  const { corpus: c, kinds } = careerCorpus();
  return rank(c, query, limit).map((h) => {
    const career = careerNameTable[h.group] as (typeof careerNameTable)[number];
    return {
      id: career.id,
      title: career.title,
      match: h.kind === "exact" ? (kinds[h.entry] ?? "tokens") : "tokens",
      matched: c.textOf(h.entry),
      occupations: career.occupations,
      score: Math.round(h.score * 2500) / 100,
    };
  });
}
