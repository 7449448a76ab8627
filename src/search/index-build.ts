// The occupation search corpus, read lazily from src/generated/titles.ts. The first search reads
// only the structure of the title lines (where each line starts, its occupation and field), the
// word table (each word's number of titles, src/search/word-table.ts) and the few titles stored
// as written; it tokenises no other title. A word's postings are found when a query first needs
// them: the start its forms share is looked up with `indexOf` in the lower-case lines, each hit
// is checked against `stem`, and the titles found are tokenised then, once, for their norm and
// size. Words get their ids in the order they are met. Postings, norms and sizes are kept for
// the process, so a warm query reads arrays only. The whole vocabulary is read only for typo
// correction (a word no title holds).
// The 1.3 MB title string comes from a JSON module of its own (src/generated/titles.json, in
// the package dist/titles.json), so the chunk of this file holds code only.
import { careerNameTable } from "../generated/career-names.js";
import { titleLines, titleWords } from "../generated/titles.js";
import { type Corpus, classWeight, FIELDS, type Field, titleNorm, wordWeight } from "./engine.js";
import { normalizeText, stem, words } from "./normalize.js";
import { readTitle } from "./title-text.js";
import { WordTable } from "./word-table.js";
import { IRREGULAR } from "./words.js";

/** How many words held by no title are remembered at most (see `absent`). */
const ABSENT_LIMIT = 4096;

/** The occupation corpus and what a hit needs to describe itself. */
export interface OccupationIndex {
  readonly corpus: Corpus;
  /** Group to occupation code. */
  readonly codes: readonly string[];
  /** Group to official title. */
  readonly titleOf: (group: number) => string;
  readonly byCode: ReadonlyMap<string, number>;
  /** Entry to the curated guide behind an alias entry. */
  readonly careers: ReadonlyMap<number, string>;
  readonly buildMs: number;
}

const OFFICIAL = FIELDS.indexOf("official" satisfies Field);
const DIRECT = FIELDS.indexOf("direct" satisfies Field);
const ALTERNATE = FIELDS.indexOf("alternate" satisfies Field);
const REPORTED = FIELDS.indexOf("reported" satisfies Field);
const ALIAS = FIELDS.indexOf("alias" satisfies Field);
/** A guide name whose code is not worked out yet (see `aliasGroup`). */
const UNRESOLVED = -2;

let index: OccupationIndex | undefined;

/** Whether character code `c` is an ASCII letter or digit, the characters of a word. */
function isWordChar(c: number): boolean {
  const f = c | 32;
  return (f >= 97 && f <= 122) || (c >= 48 && c <= 57);
}

/**
 * What to look up in the lower-case title lines to find every title that holds `word`: the
 * start that all the runs of letters `stem` turns into `word` share ("secretar" for
 * "secretary", which "secretaries" also starts with; "firem" for "fireman" and "firemen"),
 * plus the irregular forms that do not start with it ("people" for "person").
 *
 * @param word - A normalised word.
 * @returns The strings to look up; a title holds `word` only where a run starts with one.
 */
export function searchKeys(word: string): string[] {
  let key = word;
  if (word.length > 3 && word.endsWith("man")) key = word.slice(0, -2);
  else if ((word.length >= 3 && word.endsWith("y")) || word.endsWith("lf")) key = word.slice(0, -1);
  const keys = [key];
  for (const [form, base] of IRREGULAR) if (base === word && !form.startsWith(key)) keys.push(form);
  return keys;
}

interface Extra {
  readonly text: string;
  readonly career: string;
  readonly groups: readonly number[];
  /** Distinct words, in the order the name has them. */
  readonly words: readonly string[];
}

/** Grows a typed array to twice its length, keeping its contents. */
function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Appends each run of ASCII letters and digits of `text` between `from` and `to` to `out`. A
 * small function of its own, called with no callback, so that the engine optimises its loop
 * quickly: inlined into its callers, the loop kept the optimising compiler busy until the
 * process exited.
 */
function pushRuns(text: string, from: number, to: number, out: string[]): void {
  let start = -1;
  for (let i = from; i < to; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start, to));
}

/**
 * Where each line of the title text starts (one more entry for the end of the text), and the
 * lines that start an occupation (`=`) or hold a title stored as written (`!`). A function of
 * its own, so that the engine optimises this hot loop alone rather than the whole constructor.
 */
function scanLines(text: string): {
  lineStart: Int32Array;
  lines: number;
  heads: number[];
  written: number[];
} {
  let lineStart = new Int32Array(1 << 16);
  let lines = 0;
  const heads: number[] = [];
  const written: number[] = [];
  for (let at = 0; at < text.length; ) {
    if (lines + 1 >= lineStart.length) lineStart = grow(lineStart);
    const first = text.charCodeAt(at);
    if (first === 61 /* = */) heads.push(lines);
    else if (first === 33 /* ! */) written.push(lines);
    lineStart[lines++] = at;
    at = text.indexOf("\n", at) + 1;
    if (at === 0) throw new Error("careerpath: the search title lines do not end in a newline");
  }
  lineStart[lines] = text.length;
  return { lineStart, lines, heads, written };
}

/** The occupation titles as a lazily built corpus (see the file comment). */
class TitleCorpus implements Corpus {
  readonly group: Int32Array;
  readonly field: Uint8Array;
  readonly size: Uint8Array;
  readonly norm: Float64Array;
  readonly prior: Float64Array;
  byLength: string[][] | undefined;
  readonly codes: string[] = [];
  readonly lineCount: number;
  readonly extras: Extra[] = [];
  readonly careers = new Map<number, string>();
  readonly byCode = new Map<string, number>();

  private readonly text: string;
  private readonly table: WordTable;
  /** Line to its first character; one more entry for the end of the text. */
  private readonly lineStart: Int32Array;
  /** Line to whether it is stored as written (after a `!`). */
  private readonly asWritten: Uint8Array;
  /** Group to its first line (one more for the end), and where its official title is stored. */
  private readonly range: Int32Array;
  private readonly titleFrom: Int32Array;
  private readonly titleTo: Int32Array;
  private readonly titles: (string | undefined)[] = [];
  /** Word to id, for the words met so far; id to word, weight and number of entries. */
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private weights = new Float64Array(1 << 12);
  private counts = new Int32Array(1 << 12);
  /** Word id to whether it is not a stop word. */
  private meaningful = new Uint8Array(1 << 12);
  /**
   * Words looked up and held by no title, so that a repeated one is not scanned for again. It
   * is emptied when it reaches ABSENT_LIMIT words, so that a long-running process that sees
   * ever new typos does not grow it without end.
   */
  private readonly absent = new Set<string>();
  /** Words of the guide names to how many names hold them. */
  private readonly nameCounts = new Map<string, number>();
  /** Word to the guide names that hold it (entries). */
  private readonly named = new Map<string, number[]>();
  /** The lines stored as written; where each starts in the two copies below. */
  private readonly written: number[];
  private readonly writtenStart: Int32Array;
  /** Those titles normalised as `words` reads them, and lower-cased only, one a line. */
  private readonly writtenWords: string;
  private readonly writtenRuns: string;
  private readonly lists: (Int32Array | undefined)[] = [];
  private readonly known: Uint8Array;
  private whole: { start: Int32Array; postings: Int32Array } | undefined;
  private all: boolean;

  constructor(text: string, table: string) {
    this.text = text;
    this.table = new WordTable(table);
    this.all = false;
    // Lines and occupations.
    const { lineStart, lines, heads, written } = scanLines(text);
    this.lineStart = lineStart;
    this.lineCount = lines;
    const groups = heads.length;
    const range = new Int32Array(groups + 1);
    const titleFrom = new Int32Array(groups);
    const titleTo = new Int32Array(groups);
    const directEnd = new Int32Array(groups);
    const reportedStart = new Int32Array(groups);
    const prior = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
      const head = heads[g] as number;
      const to = g + 1 < groups ? (heads[g + 1] as number) : lines;
      const s = lineStart[head] as number;
      const end = (lineStart[head + 1] as number) - 1;
      const t1 = text.indexOf("\t", s);
      const t2 = text.indexOf("\t", t1 + 1);
      const t3 = text.indexOf("\t", t2 + 1);
      const t4 = text.indexOf("\t", t3 + 1);
      this.codes.push(text.slice(s + 1, t1));
      titleFrom[g] = t1 + 1;
      titleTo[g] = t2;
      prior[g] = Number(text.slice(t2 + 1, t3)) || 0;
      directEnd[g] = head + 1 + Number(text.slice(t3 + 1, t4));
      reportedStart[g] = to - Number(text.slice(t4 + 1, end));
      range[g] = head;
    }
    range[groups] = lines;
    this.range = range;
    this.titleFrom = titleFrom;
    this.titleTo = titleTo;
    this.prior = prior;

    // The guides' titles and aliases: entries after the lines.
    const byCode = this.byCode;
    this.codes.forEach((c, i) => {
      byCode.set(c, i);
    });
    for (const career of careerNameTable) {
      const id = career.id;
      const codes = career.occupations
        .map((c) => byCode.get(c))
        .filter((g): g is number => g !== undefined);
      for (const name of [career.title, ...career.aliases]) {
        const list = [...new Set(words(name))];
        if (list.length === 0) continue;
        const entry = lines + this.extras.length;
        for (const w of list) {
          this.nameCounts.set(w, (this.nameCounts.get(w) ?? 0) + 1);
          const at = this.named.get(w);
          if (at) at.push(entry);
          else this.named.set(w, [entry]);
        }
        this.careers.set(entry, id);
        this.extras.push({ text: name, career: id, groups: codes, words: list });
      }
    }

    const n = lines + this.extras.length;
    const group = new Int32Array(n);
    const field = new Uint8Array(n);
    for (let g = 0; g < groups; g++) {
      const head = range[g] as number;
      group.fill(g, head, range[g + 1]);
      field[head] = OFFICIAL;
      field.fill(DIRECT, head + 1, directEnd[g]);
      field.fill(ALTERNATE, directEnd[g], reportedStart[g]);
      field.fill(REPORTED, reportedStart[g], range[g + 1]);
    }
    this.extras.forEach((x, j) => {
      field[lines + j] = ALIAS;
      group[lines + j] = x.groups.length > 1 ? UNRESOLVED : (x.groups[0] ?? -1);
    });
    this.group = group;
    this.field = field;
    this.size = new Uint8Array(n);
    this.norm = new Float64Array(n);
    this.known = new Uint8Array(n);
    this.byLength = undefined;

    // Titles stored as written: a look-up in the lines skips them. Their words are looked up
    // in one copy of them all, normalised as `words` normalises a title (accents, curly
    // apostrophes, case, dotted acronyms; an apostrophe joins), so that its runs of letters and
    // digits are their words before stemming; and their plain runs (as the data scripts number
    // words: "caf" of "Cafe" with an accent) in a copy lower-cased only, for the vocabulary.
    const asWritten = new Uint8Array(lines);
    for (let g = 0; g < groups; g++)
      if (text.charCodeAt(titleFrom[g] as number) === 33 /* ! */) written.push(range[g] as number);
    written.sort((x, y) => x - y);
    this.asWritten = asWritten;
    const plain: string[] = [];
    const normal: string[] = [];
    const writtenStart = new Int32Array(written.length + 1);
    let length = 0;
    written.forEach((e, k) => {
      asWritten[e] = 1;
      const [from, to] = this.readPart(e);
      const title = text.slice(from, to);
      plain.push(title);
      // An apostrophe joins the letters around it in `words`, as dropping it does.
      const read = normalizeText(title).replaceAll("'", "");
      normal.push(read);
      writtenStart[k] = length;
      length += read.length + 1;
    });
    writtenStart[written.length] = length;
    this.written = written;
    this.writtenStart = writtenStart;
    this.writtenWords = normal.join("\n");
    this.writtenRuns = plain.join("\n").replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }

  get weight(): Float64Array {
    return this.weights;
  }

  get df(): Int32Array {
    return this.counts;
  }

  /** The id of a word known to be in some title or guide name, numbered on first sight. */
  private wordId(w: string): number {
    let id = this.ids.get(w);
    if (id !== undefined) return id;
    id = this.list.length;
    if (id === this.weights.length) {
      this.weights = grow(this.weights);
      this.counts = grow(this.counts);
      const meaningful = new Uint8Array(this.meaningful.length * 2);
      meaningful.set(this.meaningful);
      this.meaningful = meaningful;
    }
    const count = this.table.count(w) + (this.nameCounts.get(w) ?? 0);
    this.counts[id] = count;
    this.meaningful[id] = classWeight(w) > 0 ? 1 : 0;
    this.weights[id] = wordWeight(w, count, this.group.length);
    this.ids.set(w, id);
    this.list.push(w);
    return id;
  }

  readonly idOf = (w: string): number | undefined => {
    const id = this.ids.get(w);
    if (id !== undefined || this.absent.has(w)) return id;
    const found = this.scan(w);
    if (found.length === 0 && !this.named.has(w) && !this.holds(this.writtenRuns, w)) {
      if (this.absent.size >= ABSENT_LIMIT) this.absent.clear();
      this.absent.add(w);
      return undefined;
    }
    const known = this.wordId(w);
    this.settle(known, found);
    return known;
  };

  /** The whole vocabulary: every word of every title and guide name (tokenises all titles). */
  get vocab(): ReadonlyMap<string, number> {
    if (!this.all) {
      // The titles in lower case: each distinct run of letters and digits is stemmed once.
      const seen = new Set<string>();
      const add = (run: string) => {
        if (seen.has(run)) return;
        seen.add(run);
        this.wordId(stem(run));
      };
      // An occupation's titles after its head line are read as one block, unless one of them
      // is stored as written; then line by line.
      const withWritten = new Uint8Array(this.codes.length);
      for (const e of this.written) withWritten[this.group[e] as number] = 1;
      for (let g = 0; g < this.codes.length; g++) {
        const head = this.range[g] as number;
        const end = this.range[g + 1] as number;
        if (this.asWritten[head] !== 1) this.eachRawRun(...this.readPart(head), add);
        if (withWritten[g] === 0) {
          this.eachRawRun(this.lineStart[head + 1] as number, this.lineStart[end] as number, add);
          continue;
        }
        for (let e = head + 1; e < end; e++) {
          if (this.asWritten[e] !== 1) this.eachRawRun(...this.readPart(e), add);
        }
      }
      for (const e of this.written) {
        const [from, to] = this.readPart(e);
        for (const w of words(this.text.slice(from, to))) this.wordId(w);
      }
      for (const run of this.writtenRuns.match(/[a-z0-9]+/g) ?? []) this.wordId(stem(run));
      for (const w of this.named.keys()) this.wordId(w);
      this.all = true;
    }
    return this.ids;
  }

  /** Where line `e`'s title is stored, without its `!`. */
  private readPart(e: number): [number, number] {
    let from: number;
    let to: number;
    const s = this.lineStart[e] as number;
    if (this.text.charCodeAt(s) === 61 /* = */) {
      const g = this.group[e] as number;
      from = this.titleFrom[g] as number;
      to = this.titleTo[g] as number;
    } else {
      from = s;
      to = (this.lineStart[e + 1] as number) - 1;
    }
    return [this.asWritten[e] === 1 ? from + 1 : from, to];
  }

  /** The line that holds text position `p`. */
  private lineAt(p: number): number {
    const starts = this.lineStart;
    let lo = 0;
    let hi = this.lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Group to official title as written. */
  titleOf(g: number): string {
    let title = this.titles[g];
    if (title === undefined) {
      title = readTitle(this.text.slice(this.titleFrom[g], this.titleTo[g]), true);
      this.titles[g] = title;
    }
    return title;
  }

  readonly textOf = (entry: number): string => {
    if (entry >= this.lineCount) return this.extras[entry - this.lineCount]?.text ?? "";
    if (this.field[entry] === OFFICIAL) return this.titleOf(this.group[entry] as number);
    const s = this.lineStart[entry] as number;
    return readTitle(this.text.slice(s, (this.lineStart[entry + 1] as number) - 1), false);
  };

  /**
   * The distinct words of an entry, in order. A title stored in lower case holds only letters,
   * digits, spaces, punctuation that splits words and case marks (the data scripts check that
   * `words` reads it as it reads the title), so its words are its runs of letters and digits,
   * stemmed; a title stored as written goes through `words`.
   */
  private wordsOf(entry: number): string[] {
    if (entry >= this.lineCount) return [...(this.extras[entry - this.lineCount]?.words ?? [])];
    const [from, to] = this.readPart(entry);
    const text = this.text;
    if (this.asWritten[entry] === 1) return [...new Set(words(text.slice(from, to)))];
    const out: string[] = [];
    this.eachRun(from, to, (w) => out.push(w));
    return out;
  }

  /**
   * Calls `visit` once for each distinct word of the lower-case stored text between `from` and
   * `to`: its runs of letters and digits, stemmed, in order of first appearance.
   */
  private eachRun(from: number, to: number, visit: (w: string) => void): void {
    const seen: string[] = [];
    this.eachRawRun(from, to, (run) => {
      const w = stem(run);
      if (seen.includes(w)) return;
      seen.push(w);
      visit(w);
    });
  }

  /** Calls `visit` with each run of letters and digits of the stored text between `from` and `to`. */
  private eachRawRun(from: number, to: number, visit: (run: string) => void): void {
    const runs: string[] = [];
    pushRuns(this.text, from, to, runs);
    for (const run of runs) visit(run);
  }

  /** Works out an entry's norm and size (and a guide name's code) the first time it is found. */
  private know(entry: number): void {
    if (this.known[entry] === 1) return;
    const squares: number[] = [];
    let size = 0;
    const add = (w: string) => {
      const id = this.wordId(w); // first: it may grow the arrays
      const weight = this.weights[id] as number;
      squares.push(weight * weight);
      if (this.meaningful[id] === 1 && size < 255) size++;
    };
    if (entry >= this.lineCount || this.asWritten[entry] === 1) {
      for (const w of this.wordsOf(entry)) add(w);
    } else {
      const [from, to] = this.readPart(entry);
      this.eachRun(from, to, add);
    }
    this.norm[entry] = titleNorm(squares);
    this.size[entry] = size;
    if (this.group[entry] === UNRESOLVED) {
      const x = this.extras[entry - this.lineCount] as Extra;
      this.group[entry] = this.aliasGroup(x.words, x.groups);
    }
    this.known[entry] = 1;
  }

  /**
   * The code among a guide's codes that one of its names belongs to: the code with a title of
   * exactly the name's words (of several, the one with the most titles holding all of them);
   * -1 when none has one, and the name stays with the guide, which searchCareers returns with
   * all its codes.
   */
  private aliasGroup(own: readonly string[], groups: readonly number[]): number {
    let best = -1;
    let bestScore = 0;
    for (const g of groups) {
      let score = 0;
      for (let e = this.range[g] as number; e < (this.range[g + 1] as number); e++) {
        const list = this.wordsOf(e);
        if (own.every((w) => list.includes(w))) score += list.length === own.length ? 1000 : 1;
      }
      if (score >= 1000 && score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return best;
  }

  /** Calls `visit` with the start of every run of `hay` that `stem` turns into `w`. */
  private runs(hay: string, w: string, visit: (p: number) => void): void {
    for (const key of searchKeys(w)) {
      for (let p = hay.indexOf(key); p >= 0; p = hay.indexOf(key, p + 1)) {
        if (p > 0 && isWordChar(hay.charCodeAt(p - 1))) continue;
        let q = p + key.length;
        while (q < hay.length && isWordChar(hay.charCodeAt(q))) q++;
        if (stem(hay.slice(p, q)) === w) visit(p);
      }
    }
  }

  /** Whether a run of `hay` is `w` after stemming. */
  private holds(hay: string, w: string): boolean {
    let found = false;
    this.runs(hay, w, () => {
      found = true;
    });
    return found;
  }

  /** The lines that hold `w`, found with `indexOf` (guide names are in `named`). */
  private scan(w: string): number[] {
    const found: number[] = [];
    this.runs(this.text, w, (p) => {
      const e = this.lineAt(p);
      if (this.asWritten[e] === 1 || found[found.length - 1] === e) return;
      if (this.field[e] === OFFICIAL) {
        const g = this.group[e] as number;
        if (p < (this.titleFrom[g] as number) || p >= (this.titleTo[g] as number)) return;
      }
      found.push(e);
    });
    const starts = this.writtenStart;
    this.runs(this.writtenWords, w, (p) => {
      let lo = 0;
      let hi = this.written.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= p) lo = mid;
        else hi = mid - 1;
      }
      found.push(this.written[lo] as number);
    });
    return found;
  }

  /** Keeps the postings of word `id`: the lines found and the guide names. */
  private settle(id: number, found: number[]): Int32Array {
    for (const e of this.named.get(this.list[id] as string) ?? []) found.push(e);
    found.sort((a, b) => a - b);
    const out: number[] = [];
    for (const e of found) if (out[out.length - 1] !== e) out.push(e);
    const list = Int32Array.from(out);
    this.lists[id] = list;
    for (const e of out) this.know(e);
    return list;
  }

  readonly postingsOf = (id: number): Int32Array =>
    this.lists[id] ?? this.settle(id, this.scan(this.list[id] as string));

  get start(): Int32Array {
    return this.wholeIndex().start;
  }

  get postings(): Int32Array {
    return this.wholeIndex().postings;
  }

  /** Every word's postings in one flat array (a check of the whole index; search never needs it). */
  private wholeIndex(): { start: Int32Array; postings: Int32Array } {
    if (!this.whole) {
      const v = this.vocab.size;
      const start = new Int32Array(v + 1);
      const all: Int32Array[] = [];
      for (let id = 0; id < v; id++) {
        const list = this.postingsOf(id);
        all.push(list);
        start[id + 1] = (start[id] as number) + list.length;
      }
      const postings = new Int32Array(start[v] as number);
      all.forEach((list, id) => {
        postings.set(list, start[id] as number);
      });
      this.whole = { start, postings };
    }
    return this.whole;
  }
}

/** Builds (once) and returns the occupation corpus. */
export function occupationIndex(): OccupationIndex {
  if (index) return index;
  const started = performance.now();
  const corpus = new TitleCorpus(titleLines, titleWords);
  index = {
    corpus,
    codes: corpus.codes,
    titleOf: (g) => corpus.titleOf(g),
    byCode: corpus.byCode,
    careers: corpus.careers,
    buildMs: performance.now() - started,
  };
  return index;
}
