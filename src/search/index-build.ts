// The occupation search corpus, built on the first search and kept for the process. The titles
// (official, BLS direct-match, O*NET alternate, short and reported) come prebuilt from
// src/generated/titles.ts: their lines, their normalised words and each word's postings, so the
// first call decodes numbers instead of tokenising 60,000 titles. The curated guides' titles and
// aliases are added here, after the prebuilt titles.
import { careerRecords } from "../generated/careers.js";
import { careerIds } from "../generated/ids.js";
import { titleLines, titlePostings, titleWords } from "../generated/titles.js";
import { decodeNumbers } from "./codec.js";
import { type Corpus, corpusFromParts, FIELDS, type Field } from "./engine.js";
import { words } from "./normalize.js";

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

const FIELD_OF: Readonly<Record<string, number>> = {
  "=": FIELDS.indexOf("official"),
  d: FIELDS.indexOf("direct"),
  a: FIELDS.indexOf("alternate"),
  r: FIELDS.indexOf("reported"),
};
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

/** Builds (once) and returns the occupation corpus. */
export function occupationIndex(): OccupationIndex {
  if (index) return index;
  const started = performance.now();
  const text = titleLines;

  // Lines: entry → line start; group and field from the line's first character.
  let lineCount = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCount++;
  const lineStart = new Int32Array(lineCount + 1);
  const codes: string[] = [];
  const titles: string[] = [];
  const employment: number[] = [];
  const groupOfLine = new Int32Array(lineCount);
  const fieldOfLine = new Uint8Array(lineCount);
  /** Group → its first line and the line after its last. */
  const range: [number, number][] = [];
  let at = 0;
  for (let e = 0; e < lineCount; e++) {
    const end = text.indexOf("\n", at);
    lineStart[e] = at;
    const kind = text[at] as string;
    if (kind === "=") {
      const [code = "", title = "", jobs = "0"] = text.slice(at + 1, end).split("\t");
      if (codes.length > 0) (range[codes.length - 1] as [number, number])[1] = e;
      range.push([e, lineCount]);
      codes.push(code);
      titles.push(title);
      employment.push(Number(jobs) || 0);
    }
    groupOfLine[e] = codes.length - 1;
    fieldOfLine[e] = FIELD_OF[kind] ?? ALIAS;
    at = end + 1;
  }
  lineStart[lineCount] = at;
  const byCode = new Map(codes.map((c, i) => [c, i]));

  // The guides' titles and aliases: extra entries after the lines, with their own words.
  const vocab = titleWords.split(" ");
  const idOf = new Map<string, number>();
  vocab.forEach((w, id) => {
    idOf.set(w, id);
  });
  const extras: { words: number[]; text: string; career: string; groups: number[] }[] = [];
  for (const id of careerIds) {
    const career = careerRecords[id];
    const groups = career.occupations
      .map((c) => byCode.get(c))
      .filter((g): g is number => g !== undefined);
    for (const name of [career.title, ...career.aliases]) {
      const ids = [...new Set(words(name))].map((w) => {
        let wid = idOf.get(w);
        if (wid === undefined) {
          wid = vocab.length;
          vocab.push(w);
          idOf.set(w, wid);
        }
        return wid;
      });
      if (ids.length > 0) extras.push({ words: ids, text: name, career: id, groups });
    }
  }
  const extraCount = new Int32Array(vocab.length);
  for (const x of extras) for (const w of x.words) extraCount[w] = (extraCount[w] as number) + 1;

  // Postings: each word's prebuilt list (gaps), then the extra entries that have the word.
  const p = titlePostings;
  const lists: [number, number][] = [];
  let from = 0;
  for (let id = 0; id < vocab.length; id++) {
    let to = from < p.length ? p.indexOf(" ", from) : -1;
    if (to < 0) to = Math.max(p.length, from);
    lists.push([from, to]);
    from = to + 1;
  }
  const start = new Int32Array(vocab.length + 1);
  const postings = new Int32Array(p.length + extras.length * 4 + 16);
  let k = 0;
  for (let id = 0; id < vocab.length; id++) {
    start[id] = k;
    const [a, b] = lists[id] as [number, number];
    const first = k;
    k = a < b ? decodeNumbers(p, a, b, postings, k) : k;
    // Gaps → entry numbers.
    let previous = -1;
    for (let q = first; q < k; q++) {
      previous += (postings[q] as number) + 1;
      postings[q] = previous;
    }
    if ((extraCount[id] as number) > 0)
      extras.forEach((x, j) => {
        if (x.words.includes(id)) postings[k++] = lineCount + j;
      });
  }
  start[vocab.length] = k;

  const n = lineCount + extras.length;
  const group = new Int32Array(n);
  const field = new Uint8Array(n);
  group.set(groupOfLine);
  field.set(fieldOfLine);
  const careers = new Map<number, string>();
  extras.forEach((x, j) => {
    const e = lineCount + j;
    field[e] = ALIAS;
    careers.set(e, x.career);
    group[e] = x.groups.length > 1 ? aliasGroup(x.words, x.groups) : (x.groups[0] ?? -1);
  });

  /**
   * The code among a guide's codes that one of its names belongs to: the code with a title of
   * exactly the name's words (of several, the one with the most titles holding all of them);
   * -1 when none has one, and the name stays with the guide, which searchCareers returns with
   * all its codes.
   */
  function aliasGroup(ids: readonly number[], groups: readonly number[]): number {
    const rarest = [...ids].sort(
      (x, y) =>
        (start[x + 1] as number) -
        (start[x] as number) -
        ((start[y + 1] as number) - (start[y] as number)),
    );
    let best = -1;
    let bestScore = 0;
    for (const g of groups) {
      const [lo, hi] = range[g] ?? [0, 0];
      let score = 0;
      const r = rarest[0] as number;
      for (let q = start[r] as number; q < (start[r + 1] as number); q++) {
        const e = postings[q] as number;
        if (e < lo || e >= hi) continue;
        if (!rarest.every((w) => holds(postings, start[w] as number, start[w + 1] as number, e)))
          continue;
        score += entryWords(e) === ids.length ? 1000 : 1;
      }
      if (score >= 1000 && score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return best;
  }
  function entryWords(e: number): number {
    return new Set(words(textOf(e))).size;
  }
  function textOf(e: number): string {
    if (e >= lineCount) return extras[e - lineCount]?.text ?? "";
    const a = lineStart[e] as number;
    const b = (lineStart[e + 1] as number) - 1;
    return text[a] === "=" ? (titles[groupOfLine[e] as number] ?? "") : text.slice(a + 1, b);
  }

  const corpus = corpusFromParts({
    group,
    field,
    textOf,
    words: vocab,
    start,
    postings,
    prior: Float64Array.from(employment),
  });
  index = { corpus, codes, titles, byCode, careers, buildMs: performance.now() - started };
  return index;
}
