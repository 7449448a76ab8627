// The occupation search corpus, read lazily from src/generated/titles.ts. The first search reads
// only the structure of the title lines (where each line starts, its occupation and field), the
// word table (every word's id and document frequency) and the few titles stored as written;
// it tokenises no other title. A word's postings are found when a query first needs them: its
// stem's shortest form is looked up with `indexOf` in the lower-case lines, each hit is checked
// against `stem`, and the titles found are tokenised then, once, for their norm and size.
// Postings, norms and sizes are kept for the process, so a warm query reads arrays only.
import { careerRecords } from "../generated/careers.js";
import { careerIds } from "../generated/ids.js";
import { titleLines, titleWords } from "../generated/titles.js";
import { classWeight, type Corpus, FIELDS, type Field, titleNorm, wordWeight } from "./engine.js";
import { stem, words } from "./normalize.js";
import { readNumbers, readTitle } from "./title-text.js";
import { IRREGULAR } from "./words.js";

/** The occupation corpus and what a hit needs to describe itself. */
export interface OccupationIndex {
  readonly corpus: Corpus;
  /** Group → occupation code. */
  readonly codes: readonly string[];
  /** Group → official title. */
  readonly titleOf: (group: number) => string;
  readonly byCode: ReadonlyMap<string, number>;
  /** Entry → the curated guide behind an alias entry. */
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
  else if ((word.length >= 3 && word.endsWith("y")) || word.endsWith("lf"))
    key = word.slice(0, -1);
  const keys = [key];
  for (const [form, base] of IRREGULAR) if (base === word && !form.startsWith(key)) keys.push(form);
  return keys;
}

interface Extra {
  readonly text: string;
  readonly career: string;
  readonly groups: readonly number[];
  /** Distinct word ids, in the order the name has them. */
  readonly ids: readonly number[];
}

/** The occupation titles as a lazily built corpus (see the file comment). */
class TitleCorpus implements Corpus {
  readonly group: Int32Array;
  readonly field: Uint8Array;
  readonly size: Uint8Array;
  readonly norm: Float64Array;
  readonly vocab = new Map<string, number>();
  readonly weight: Float64Array;
  readonly df: Int32Array;
  readonly prior: Float64Array;
  byLength: string[][] | undefined;
  readonly codes: string[] = [];
  readonly lineCount: number;
  readonly extras: Extra[] = [];
  readonly careers = new Map<number, string>();

  private readonly text: string;
  /** Line → its first character; one more entry for the end of the text. */
  private readonly lineStart: Int32Array;
  /** Line → stored as written (after a `!`). */
  private readonly asWritten: Uint8Array;
  /** Group → its first line (one more for the end), and where its official title is stored. */
  private readonly range: Int32Array;
  private readonly titleFrom: Int32Array;
  private readonly titleTo: Int32Array;
  private readonly titles: (string | undefined)[] = [];
  /** Line → its occupation. */
  private readonly lineGroup: Int32Array;
  private readonly list: string[] = [];
  /** Word id → the entries a look-up does not find: titles stored as written, guide names. */
  private readonly unscanned = new Map<number, number[]>();
  private readonly lists: (Int32Array | undefined)[] = [];
  private readonly known: Uint8Array;
  private whole: { start: Int32Array; postings: Int32Array } | undefined;

  constructor(text: string, table: string) {
    this.text = text;
    // Lines and occupations.
    let lineStart = new Int32Array(1 << 16);
    let lines = 0;
    const heads: number[] = [];
    for (let at = 0; at < text.length; ) {
      if (lines + 1 >= lineStart.length) {
        const grown = new Int32Array(lineStart.length * 2);
        grown.set(lineStart);
        lineStart = grown;
      }
      if (text.charCodeAt(at) === 61 /* = */) heads.push(lines);
      lineStart[lines++] = at;
      at = text.indexOf("\n", at) + 1;
      if (at === 0) throw new Error("careerpath: the search title lines do not end in a newline");
    }
    lineStart[lines] = text.length;
    this.lineStart = lineStart;
    this.lineCount = lines;
    const groups = heads.length;
    const range = new Int32Array(groups + 1);
    const titleFrom = new Int32Array(groups);
    const titleTo = new Int32Array(groups);
    const prior = new Float64Array(groups);
    const lineGroup = new Int32Array(lines);
    const lineField = new Uint8Array(lines);
    const asWritten = new Uint8Array(lines);
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
      const direct = head + 1 + Number(text.slice(t3 + 1, t4));
      const reported = to - Number(text.slice(t4 + 1, end));
      range[g] = head;
      lineField[head] = OFFICIAL;
      asWritten[head] = text.charCodeAt(t1 + 1) === 33 /* ! */ ? 1 : 0;
      lineGroup[head] = g;
      for (let e = head + 1; e < to; e++) {
        lineGroup[e] = g;
        lineField[e] = e < direct ? DIRECT : e >= reported ? REPORTED : ALTERNATE;
        if (text.charCodeAt(lineStart[e] as number) === 33) asWritten[e] = 1;
      }
    }
    range[groups] = lines;
    this.range = range;
    this.titleFrom = titleFrom;
    this.titleTo = titleTo;
    this.asWritten = asWritten;
    this.lineGroup = lineGroup;
    this.prior = prior;

    // The word table: the lines where words first appear, in order, and each word's document
    // frequency. Reading the runs of those lines in order gives every run word its id.
    const cut = table.indexOf("\n");
    const firstLines = readNumbers(table.slice(0, cut));
    const lineDf = readNumbers(table.slice(cut + 1));
    const { vocab, list } = this;
    let line = 0;
    for (let k = 0; k < firstLines.length; k++) {
      line += firstLines[k] as number;
      const [from, to] = this.readPart(line);
      const lower = asWritten[line] === 1;
      let runStart = -1;
      for (let i = from; i <= to; i++) {
        if (i < to && isWordChar(text.charCodeAt(i))) {
          if (runStart < 0) runStart = i;
          continue;
        }
        if (runStart < 0) continue;
        const run = text.slice(runStart, i);
        const w = stem(lower ? run.toLowerCase() : run);
        if (!vocab.has(w)) {
          vocab.set(w, list.length);
          list.push(w);
        }
        runStart = -1;
      }
    }
    if (list.length !== lineDf.length)
      throw new Error("careerpath: the search word table does not match the title lines");
    const df: number[] = Array.from(lineDf);
    const runWords = list.length;
    const add = (w: string): number => {
      let id = vocab.get(w);
      if (id === undefined) {
        id = list.length;
        vocab.set(w, id);
        list.push(w);
        df.push(0);
      }
      return id;
    };
    const unscanned = this.unscanned;
    const note = (id: number, entry: number) => {
      const at = unscanned.get(id);
      if (at) at.push(entry);
      else unscanned.set(id, [entry]);
    };
    // Titles stored as written: tokenised now, since a look-up in lower case may miss them.
    // A word only they hold (a dotted acronym, a word joined by an apostrophe) gets its id here,
    // in line order, and its count from them.
    for (let e = 0; e < lines; e++) {
      if (asWritten[e] !== 1) continue;
      const [from, to] = this.readPart(e);
      for (const w of new Set(words(text.slice(from, to)))) {
        const id = add(w);
        if (id >= runWords) df[id] = (df[id] as number) + 1;
        note(id, e);
      }
    }
    // The guides' titles and aliases: entries after the lines.
    const byCode = new Map(this.codes.map((c, i) => [c, i]));
    for (const id of careerIds) {
      const career = careerRecords[id];
      const codes = career.occupations
        .map((c) => byCode.get(c))
        .filter((g): g is number => g !== undefined);
      for (const name of [career.title, ...career.aliases]) {
        const ids = [...new Set(words(name))].map(add);
        if (ids.length === 0) continue;
        const entry = lines + this.extras.length;
        for (const i of ids) {
          df[i] = (df[i] as number) + 1;
          note(i, entry);
        }
        this.careers.set(entry, id);
        this.extras.push({ text: name, career: id, groups: codes, ids });
      }
    }

    const n = lines + this.extras.length;
    this.group = new Int32Array(n);
    this.group.set(lineGroup);
    this.field = new Uint8Array(n);
    this.field.set(lineField);
    this.extras.forEach((x, j) => {
      this.field[lines + j] = ALIAS;
      this.group[lines + j] = x.groups.length > 1 ? UNRESOLVED : (x.groups[0] ?? -1);
    });
    this.size = new Uint8Array(n);
    this.norm = new Float64Array(n);
    this.known = new Uint8Array(n);
    this.df = Int32Array.from(df);
    this.weight = new Float64Array(list.length);
    for (let id = 0; id < list.length; id++)
      this.weight[id] = wordWeight(list[id] as string, this.df[id] as number, n);
    this.byLength = undefined;
  }

  /** Where line `e`'s title is stored, without its `!`. */
  private readPart(e: number): [number, number] {
    let from: number;
    let to: number;
    const s = this.lineStart[e] as number;
    if (this.text.charCodeAt(s) === 61 /* = */) {
      const g = this.lineGroup[e] as number;
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

  /** Group → official title as written. */
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

  /** The distinct word ids of an entry, ascending. */
  private idsOf(entry: number): number[] {
    let ids: number[];
    if (entry >= this.lineCount) ids = [...(this.extras[entry - this.lineCount]?.ids ?? [])];
    else {
      const [from, to] = this.readPart(entry);
      ids = [];
      for (const w of words(this.text.slice(from, to))) {
        const id = this.vocab.get(w);
        if (id === undefined) throw new Error(`careerpath: the search word table lacks "${w}"`);
        if (!ids.includes(id)) ids.push(id);
      }
    }
    return ids.sort((a, b) => a - b);
  }

  /** Works out an entry's norm and size (and a guide name's code) the first time it is found. */
  private know(entry: number): void {
    if (this.known[entry] === 1) return;
    const ids = this.idsOf(entry);
    this.norm[entry] = titleNorm(this.weight, ids);
    let size = 0;
    for (const id of ids) if (classWeight(this.list[id] as string) > 0 && size < 255) size++;
    this.size[entry] = size;
    if (this.group[entry] === UNRESOLVED) {
      const x = this.extras[entry - this.lineCount] as Extra;
      this.group[entry] = this.aliasGroup(x.ids, x.groups);
    }
    this.known[entry] = 1;
  }

  /**
   * The code among a guide's codes that one of its names belongs to: the code with a title of
   * exactly the name's words (of several, the one with the most titles holding all of them);
   * -1 when none has one, and the name stays with the guide, which searchCareers returns with
   * all its codes.
   */
  private aliasGroup(own: readonly number[], groups: readonly number[]): number {
    let best = -1;
    let bestScore = 0;
    for (const g of groups) {
      let score = 0;
      for (let e = this.range[g] as number; e < (this.range[g + 1] as number); e++) {
        const ids = this.idsOf(e);
        if (own.every((id) => ids.includes(id))) score += ids.length === own.length ? 1000 : 1;
      }
      if (score >= 1000 && score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    return best;
  }

  readonly postingsOf = (id: number): Int32Array => {
    const cached = this.lists[id];
    if (cached) return cached;
    const text = this.text;
    const w = this.list[id] as string;
    const found: number[] = [];
    for (const key of searchKeys(w)) {
      for (let p = text.indexOf(key); p >= 0; p = text.indexOf(key, p + 1)) {
        if (p > 0 && isWordChar(text.charCodeAt(p - 1))) continue;
        const e = this.lineAt(p);
        if (this.asWritten[e] === 1) continue;
        if (this.field[e] === OFFICIAL) {
          const g = this.group[e] as number;
          if (p < (this.titleFrom[g] as number) || p >= (this.titleTo[g] as number)) continue;
        }
        let q = p + key.length;
        while (q < text.length && isWordChar(text.charCodeAt(q))) q++;
        if (stem(text.slice(p, q)) === w && found[found.length - 1] !== e) found.push(e);
      }
    }
    for (const e of this.unscanned.get(id) ?? []) found.push(e);
    found.sort((a, b) => a - b);
    const out: number[] = [];
    for (const e of found) if (out[out.length - 1] !== e) out.push(e);
    const list = Int32Array.from(out);
    for (const e of out) this.know(e);
    this.lists[id] = list;
    return list;
  };

  get start(): Int32Array {
    return this.wholeIndex().start;
  }

  get postings(): Int32Array {
    return this.wholeIndex().postings;
  }

  /** Every word's postings in one flat array (a check of the whole index; search never needs it). */
  private wholeIndex(): { start: Int32Array; postings: Int32Array } {
    if (!this.whole) {
      const v = this.list.length;
      const start = new Int32Array(v + 1);
      const all: Int32Array[] = [];
      for (let id = 0; id < v; id++) {
        const list = this.postingsOf(id);
        all.push(list);
        start[id + 1] = (start[id] as number) + list.length;
      }
      const postings = new Int32Array(start[v] as number);
      all.forEach((list, id) => postings.set(list, start[id] as number));
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
    byCode: new Map(corpus.codes.map((c, i) => [c, i])),
    careers: corpus.careers,
    buildMs: performance.now() - started,
  };
  return index;
}
