// The occupation search index, built on the first search and kept for the process.
import { careerRecords } from "../generated/careers.js";
import { careerIds } from "../generated/ids.js";
import { occupationsJson } from "../generated/occupations.js";
import { titlesJson } from "../generated/titles.js";
import { stem, titleKey } from "../internal/text.js";
import type { Occupation, TitleIndex } from "../schemas/occupation.js";

/** How a title entry relates to its occupation; lower tiers rank first. */
export const TIERS = { code: 0, title: 1, alias: 2, reported: 3, alternate: 4 } as const;
export type EntryKind = keyof typeof TIERS;

export interface Entry {
  readonly code: string;
  readonly kind: EntryKind;
  readonly text: string;
  readonly key: string;
  readonly tokenCount: number;
  readonly career: string | undefined;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
  /** Exact title key → entry indexes. */
  readonly exact: ReadonlyMap<string, number[]>;
  /** Token → entry indexes that contain it. */
  readonly postings: ReadonlyMap<string, number[]>;
  /** Deletion variant → tokens, for one-typo look-ups. */
  readonly deletions: ReadonlyMap<string, string[]>;
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
  const occupations = JSON.parse(occupationsJson) as Record<string, Occupation>;
  const titleIndex = JSON.parse(titlesJson) as TitleIndex;
  const entries: Entry[] = [];
  const titles = new Map<string, string>();
  const add = (code: string, kind: EntryKind, text: string, career?: string) => {
    const key = kind === "code" ? text : titleKey(text);
    if (key === "") return;
    entries.push({ code, kind, text, key, tokenCount: key.split(" ").length, career });
  };
  for (const code of Object.keys(occupations).sort()) {
    const occ = occupations[code] as Occupation;
    titles.set(code, occ.title);
    add(code, "code", code);
    add(code, "title", occ.title);
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
  const exact = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    push(exact, entry.key, i);
    if (entry.kind === "code") return;
    for (const token of new Set(entry.key.split(" "))) push(postings, token, i);
  });
  const deletions = new Map<string, string[]>();
  for (const token of postings.keys()) {
    if (token.length < 4) continue;
    for (const d of deletionsOf(token)) push(deletions, d, token);
  }
  index = { entries, exact, postings, deletions, titles, buildMs: performance.now() - started };
  return index;
}

/** Vocabulary tokens within one edit of `token` (insert, delete, substitute), using deletions. */
export function nearTokens(ix: SearchIndex, token: string): string[] {
  if (token.length < 4) return [];
  const found = new Set<string>();
  for (const t of ix.deletions.get(token) ?? []) found.add(t); // query is missing a letter
  const own = deletionsOf(token);
  for (const d of own) {
    if (ix.postings.has(d)) found.add(d); // query has an extra letter
    for (const t of ix.deletions.get(d) ?? []) if (t.length === token.length) found.add(t); // one letter differs
  }
  found.delete(token);
  return [...found];
}

export { stem };
