// The occupation search corpus, built on the first search and kept for the process. The titles
// (official, BLS direct-match, O*NET alternate, short and reported) come from
// src/generated/titles.ts as one line-based string, which title-scan.ts tokenises in one pass;
// the curated guides' titles and aliases are added after them. Postings, weights and norms are
// derived here, in flat typed arrays.
import { careerRecords } from "../generated/careers.js";
import { careerIds } from "../generated/ids.js";
import { titleLines } from "../generated/titles.js";
import { type Corpus, corpusFromParts, FIELDS, type Field } from "./engine.js";
import { scanTitles, Tokens } from "./title-scan.js";

/** The occupation corpus and what a hit needs to describe itself. */
export interface OccupationIndex {
  readonly corpus: Corpus;
  /** Group → occupation code and official title. */
  readonly codes: readonly string[];
  readonly titles: readonly string[];
  readonly byCode: ReadonlyMap<string, number>;
  /** Entry → the curated guide behind an alias entry. */
  readonly careers: ReadonlyMap<number, string>;
  readonly buildMs: number;
}

const ALIAS = FIELDS.indexOf("alias" satisfies Field);

let index: OccupationIndex | undefined;

/** Whether the ascending `list[from … to)` holds `value`. */
function holds(list: Int32Array, from: number, to: number, value: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid] as number;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The inverted index of `tokens`: a counting sort of the (entry, word) pairs by word, so that
 * `postings[start[id] … start[id + 1])` are the entries of word `id`, ascending.
 */
function invert(tokens: Tokens): { start: Int32Array; postings: Int32Array } {
  const v = tokens.vocab.length;
  const n = tokens.entries;
  const { ids, ends, count } = tokens;
  const start = new Int32Array(v + 1);
  for (let k = 0; k < count; k++) {
    const at = (ids[k] as number) + 1;
    start[at] = (start[at] as number) + 1;
  }
  for (let id = 0; id < v; id++) start[id + 1] = (start[id + 1] as number) + (start[id] as number);
  const fill = start.slice(0, v);
  const postings = new Int32Array(count);
  let k = 0;
  for (let entry = 0; entry < n; entry++) {
    const end = ends[entry] as number;
    for (; k < end; k++) {
      const id = ids[k] as number;
      postings[fill[id] as number] = entry;
      fill[id] = (fill[id] as number) + 1;
    }
  }
  return { start, postings };
}

/** Builds (once) and returns the occupation corpus. */
export function occupationIndex(): OccupationIndex {
  if (index) return index;
  const started = performance.now();
  const text = titleLines;
  const tokens = new Tokens();
  const lines = scanTitles(text, tokens);
  const { lineStart, codes, titles, employment, range } = lines;
  const lineCount = lineStart.length - 1;
  const byCode = new Map(codes.map((c, i) => [c, i]));

  // The guides' titles and aliases: extra entries after the lines.
  const extras: { text: string; career: string; groups: number[]; size: number }[] = [];
  for (const id of careerIds) {
    const career = careerRecords[id];
    const groups = career.occupations
      .map((c) => byCode.get(c))
      .filter((g): g is number => g !== undefined);
    for (const name of [career.title, ...career.aliases]) {
      const before = tokens.count;
      tokens.pushText(name);
      if (tokens.count === before) continue;
      extras.push({ text: name, career: id, groups, size: tokens.count - before });
      tokens.close();
    }
  }

  const { start, postings } = invert(tokens);
  const n = tokens.entries;
  const { ids, ends } = tokens;

  const group = new Int32Array(n);
  const field = new Uint8Array(n);
  group.set(lines.group);
  field.set(lines.field);
  const careers = new Map<number, string>();
  extras.forEach((x, j) => {
    const entry = lineCount + j;
    const from = entry > 0 ? (ends[entry - 1] as number) : 0;
    const own = Array.from(ids.subarray(from, from + x.size));
    field[entry] = ALIAS;
    careers.set(entry, x.career);
    group[entry] = x.groups.length > 1 ? aliasGroup(own, x.groups) : (x.groups[0] ?? -1);
  });

  /**
   * The code among a guide's codes that one of its names belongs to: the code with a title of
   * exactly the name's words (of several, the one with the most titles holding all of them);
   * -1 when none has one, and the name stays with the guide, which searchCareers returns with
   * all its codes.
   */
  function aliasGroup(own: readonly number[], groups: readonly number[]): number {
    const rarest = [...own].sort(
      (x, y) =>
        (start[x + 1] as number) -
        (start[x] as number) -
        ((start[y + 1] as number) - (start[y] as number)),
    );
    let best = -1;
    let bestScore = 0;
    for (const g of groups) {
      const lo = range[g] ?? 0;
      const hi = range[g + 1] ?? 0;
      let score = 0;
      const r = rarest[0] as number;
      for (let q = start[r] as number; q < (start[r + 1] as number); q++) {
        const entry = postings[q] as number;
        if (entry < lo || entry >= hi) continue;
        if (
          !rarest.every((w) => holds(postings, start[w] as number, start[w + 1] as number, entry))
        )
          continue;
        const size = (ends[entry] as number) - (entry > 0 ? (ends[entry - 1] as number) : 0);
        score += size === own.length ? 1000 : 1;
      }
      if (score >= 1000 && score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return best;
  }
  function textOf(entry: number): string {
    if (entry >= lineCount) return extras[entry - lineCount]?.text ?? "";
    const a = lineStart[entry] as number;
    const b = (lineStart[entry + 1] as number) - 1;
    return text.charCodeAt(a) === 61
      ? (titles[lines.group[entry] as number] ?? "")
      : text.slice(a + 1, b);
  }

  const corpus = corpusFromParts({
    group,
    field,
    textOf,
    words: tokens.vocab,
    vocab: tokens.idOf,
    start,
    postings,
    prior: Float64Array.from(employment),
  });
  index = { corpus, codes, titles, byCode, careers, buildMs: performance.now() - started };
  return index;
}
