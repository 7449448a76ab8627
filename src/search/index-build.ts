// The occupation search index, built on the first search and kept for the process.
import { careerRecords } from "../generated/careers.js";
import { careerIds } from "../generated/ids.js";
import { occupationTitlesJson, titlesJson } from "../generated/titles.js";
import { stem, titleTokens } from "../internal/text.js";
import type { TitleIndex } from "../schemas/occupation.js";

/** How a title entry relates to its occupation; lower tiers rank first. */
export const TIERS = { code: 0, title: 1, alias: 2, reported: 3, alternate: 4 } as const;
export type EntryKind = keyof typeof TIERS;

export interface Entry {
  readonly code: string;
  readonly kind: EntryKind;
  readonly text: string;
  readonly tokenCount: number;
  readonly career: string | undefined;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
  /** Occupation code → the index of its code entry. */
  readonly codes: ReadonlyMap<string, number>;
  /** Token → entry indexes that contain it. */
  readonly postings: ReadonlyMap<string, number[]>;
  /** Deletion variant → tokens, for one-typo look-ups; built by the first look-up that needs it. */
  deletions: ReadonlyMap<string, string[]> | undefined;
  readonly titles: ReadonlyMap<string, string>;
  readonly buildMs: number;
}

let index: SearchIndex | undefined;

function deletionsOf(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** Builds (once) and returns the search index. */
export function searchIndex(): SearchIndex {
  if (index) return index;
  const started = performance.now();
  const officialTitles = JSON.parse(occupationTitlesJson) as Record<string, string>;
  const titleIndex = JSON.parse(titlesJson) as TitleIndex;
  const entries: Entry[] = [];
  const titles = new Map<string, string>();
  const codes = new Map<string, number>();
  const postings = new Map<string, number[]>();
  // Each title is tokenized once and goes straight into the token map; exact title matches are
  // found later among the entries that hold every query word. `push` skips a repeated token of
  // the same entry: it only appends a new index.
  const add = (code: string, kind: EntryKind, text: string, career?: string) => {
    const words = titleTokens(text);
    if (words.length === 0) return;
    const i = entries.push({ code, kind, text, tokenCount: words.length, career }) - 1;
    for (const word of words) push(postings, word, i);
  };
  for (const code of Object.keys(officialTitles).sort()) {
    const title = officialTitles[code] as string;
    titles.set(code, title);
    codes.set(
      code,
      entries.push({ code, kind: "code", text: code, tokenCount: 1, career: undefined }) - 1,
    );
    add(code, "title", title);
  }
  for (const id of careerIds) {
    const career = careerRecords[id];
    const code = career.occupations[0] as string;
    for (const name of [career.title, ...career.aliases]) add(code, "alias", name, id);
  }
  for (const code of Object.keys(titleIndex).sort()) {
    const t = titleIndex[code];
    if (!t) continue;
    for (const text of t.reported) add(code, "reported", text);
    for (const text of t.alternate) add(code, "alternate", text);
  }
  index = {
    entries,
    codes,
    postings,
    deletions: undefined,
    titles,
    buildMs: performance.now() - started,
  };
  return index;
}

/** The one-typo map, built on the first query word that is not in the vocabulary. */
function deletionMap(ix: SearchIndex): ReadonlyMap<string, string[]> {
  if (ix.deletions) return ix.deletions;
  const deletions = new Map<string, string[]>();
  for (const token of ix.postings.keys()) {
    if (token.length < 4) continue;
    for (const d of deletionsOf(token)) push(deletions, d, token);
  }
  ix.deletions = deletions;
  return deletions;
}

/** Vocabulary tokens within one edit of `token` (insert, delete, substitute), using deletions. */
export function nearTokens(ix: SearchIndex, token: string): string[] {
  if (token.length < 4) return [];
  const deletions = deletionMap(ix);
  const found = new Set<string>();
  for (const t of deletions.get(token) ?? []) found.add(t); // query is missing a letter
  const own = deletionsOf(token);
  for (const d of own) {
    if (ix.postings.has(d)) found.add(d); // query has an extra letter
    for (const t of deletions.get(d) ?? []) if (t.length === token.length) found.add(t); // one letter differs
  }
  found.delete(token);
  return [...found];
}

export { stem };
