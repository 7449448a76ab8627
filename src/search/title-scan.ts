// One pass over plain title lines (the format the data scripts build first, see
// scripts/data/emit-titles.ts: `=<code> TAB <title> TAB <employment>`, then `d`, `a` and `r`
// lines) that gives, for every line, its field, its occupation and its distinct word ids, the
// same words `words` (normalize.ts) gives. The data scripts read the titles with it to count,
// for the word table of src/generated/titles.ts, how many titles hold each word; search itself
// reads the stored lines lazily (index-build.ts). The pass is one loop over character codes with
// no string made per word: a run of letters and digits is folded to lower case and hashed as it
// is read, and looked up in a hash table keyed by the runs seen before (offset and length in the
// text). Only a run never seen before is cut out and stemmed. A title with a dot (which may join
// an acronym), an apostrophe (which joins a word) or a character beyond ASCII is read by `words`
// itself.
import { FIELDS } from "./engine.js";
import { stem, words } from "./normalize.js";

const OFFICIAL = FIELDS.indexOf("official");
const DIRECT = FIELDS.indexOf("direct");
const ALTERNATE = FIELDS.indexOf("alternate");
const REPORTED = FIELDS.indexOf("reported");
const ALIAS = FIELDS.indexOf("alias");

/** FNV-1a, 32 bits. */
const FNV_START = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Grows a typed array to twice its length, keeping its contents. */
function grow<T extends Int32Array | Uint8Array>(a: T, min = 0): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, min));
  b.set(a);
  return b;
}

/**
 * Word ids of entries, entry by entry: `ids[ends[e - 1] … ends[e])` are the distinct word ids of
 * entry `e`, in order of first appearance. Typed arrays, so that 60,000 titles allocate no
 * object each.
 */
export class Tokens {
  ids = new Int32Array(1 << 18);
  ends = new Int32Array(1 << 16);
  count = 0;
  entries = 0;
  /** Word id → normalised word, and back. */
  readonly vocab: string[] = [];
  readonly idOf = new Map<string, number>();

  /** The id of a normalised word, new or known. */
  word(w: string): number {
    let id = this.idOf.get(w);
    if (id === undefined) {
      id = this.vocab.length;
      this.vocab.push(w);
      this.idOf.set(w, id);
    }
    return id;
  }

  /** Adds `id` to the open entry unless it is there already. */
  push(id: number): void {
    const from = this.entries > 0 ? (this.ends[this.entries - 1] as number) : 0;
    for (let k = from; k < this.count; k++) if (this.ids[k] === id) return;
    if (this.count === this.ids.length) this.ids = grow(this.ids);
    this.ids[this.count++] = id;
  }

  /** Drops the open entry's words. */
  reopen(): void {
    this.count = this.entries > 0 ? (this.ends[this.entries - 1] as number) : 0;
  }

  /** Closes the open entry; returns its number of distinct words. */
  close(): number {
    if (this.entries === this.ends.length) this.ends = grow(this.ends);
    const from = this.entries > 0 ? (this.ends[this.entries - 1] as number) : 0;
    this.ends[this.entries++] = this.count;
    return this.count - from;
  }

  /** Adds the words of `text`, through `words`. */
  pushText(text: string): void {
    for (const w of words(text)) this.push(this.word(w));
  }
}

/** What one pass over the title lines gives. */
export interface TitleScan {
  /** Line → its first character; one more entry for the end of the text. */
  readonly lineStart: Int32Array;
  /** Line → its occupation (the index in `codes`) and its field (the index in FIELDS). */
  readonly group: Int32Array;
  readonly field: Uint8Array;
  /** Occupation → code, official title, employment and first line (one more for the end). */
  readonly codes: string[];
  readonly titles: string[];
  readonly employment: number[];
  readonly range: number[];
}

/**
 * The runs of letters and digits seen so far, by hash: open addressing over `slots` (run
 * number + 1, 0 for empty); run `r` is `text[at[r] … at[r] + length[r])`, with word id `word[r]`.
 */
class RunTable {
  slots = new Int32Array(1 << 15);
  at = new Int32Array(1 << 14);
  length = new Int32Array(1 << 14);
  hash = new Int32Array(1 << 14);
  word = new Int32Array(1 << 14);
  count = 0;

  /** Adds the run `text[from ... to)`, of hash `h`, at the empty slot `slot`; returns its word. */
  add(text: string, from: number, to: number, h: number, slot: number, tokens: Tokens): number {
    const id = tokens.word(stem(text.slice(from, to).toLowerCase()));
    if (this.count === this.at.length) {
      this.at = grow(this.at);
      this.length = grow(this.length);
      this.hash = grow(this.hash);
      this.word = grow(this.word);
    }
    const r = this.count++;
    this.at[r] = from;
    this.length[r] = to - from;
    this.hash[r] = h;
    this.word[r] = id;
    this.slots[slot] = r + 1;
    if (this.count * 2 > this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2);
      const mask = slots.length - 1;
      for (let q = 0; q < this.count; q++) {
        let s = (this.hash[q] as number) & mask;
        while (slots[s] !== 0) s = (s + 1) & mask;
        slots[s] = q + 1;
      }
      this.slots = slots;
    }
    return id;
  }
}

/** Runs of ASCII letters and digits in a text, in order, and the characters that stop the fast path. */
interface Cuts {
  /** Run → its first character, the character after it, and the FNV-1a hash of its lower case. */
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  runs: number;
  /** Positions of a dot, an apostrophe or a character beyond ASCII, ascending. */
  stops: Int32Array;
  stopCount: number;
}

/**
 * Pass 1: cuts `text` into runs of ASCII letters and digits, hashing each in lower case. A
 * small function with one loop, so that the engine optimises it early.
 */
function cut(text: string): Cuts {
  const length = text.length;
  let start = new Int32Array((length >> 3) + 16);
  let end = new Int32Array(start.length);
  let hash = new Int32Array(start.length);
  let stops = new Int32Array(1024);
  let runs = 0;
  let stopCount = 0;
  let from = -1;
  let h = 0;
  // Each line's first character is its field, never part of a word; on a `=` line only the
  // part between the two tabs is read.
  let skip = text.charCodeAt(0) === 61;
  for (let i = 1; i <= length; i++) {
    const c = i < length ? text.charCodeAt(i) : 10;
    const f = c | 32;
    if ((f >= 97 && f <= 122) || (c >= 48 && c <= 57)) {
      if (from < 0) {
        from = i;
        h = FNV_START;
      }
      h = Math.imul(h ^ f, FNV_PRIME);
      continue;
    }
    if (from >= 0) {
      if (!skip) {
        if (runs === start.length) {
          start = grow(start);
          end = grow(end);
          hash = grow(hash);
        }
        start[runs] = from;
        end[runs] = i;
        hash[runs] = h;
        runs++;
      }
      from = -1;
    }
    if (c === 10) {
      i++;
      skip = i < length && text.charCodeAt(i) === 61;
    } else if (c === 9) skip = !skip;
    else if ((c === 46 || c === 39 || c > 126) && !skip) {
      if (stopCount === stops.length) stops = grow(stops);
      stops[stopCount++] = i;
    }
  }
  return { start, end, hash, runs, stops, stopCount };
}

/**
 * Pass 2: the word id of every run, `runs` entries from `first`: runs are looked up by hash
 * and characters in `table`, and only a run never seen before is cut out and stemmed.
 */
function resolve(text: string, cuts: Cuts, table: RunTable, tokens: Tokens): Int32Array {
  const { start, end, hash, runs } = cuts;
  const out = new Int32Array(runs);
  let { slots, at, length, word } = table;
  let mask = slots.length - 1;
  for (let q = 0; q < runs; q++) {
    const from = start[q] as number;
    const n = (end[q] as number) - from;
    const h = hash[q] as number;
    let s = h & mask;
    let id = -1;
    for (;;) {
      const r = (slots[s] as number) - 1;
      if (r < 0) break;
      if (table.hash[r] === h && length[r] === n) {
        const o = at[r] as number;
        let j = 0;
        while (j < n && (text.charCodeAt(o + j) | 32) === (text.charCodeAt(from + j) | 32)) j++;
        if (j === n) {
          id = word[r] as number;
          break;
        }
      }
      s = (s + 1) & mask;
    }
    if (id < 0) {
      id = table.add(text, from, from + n, h, s, tokens);
      ({ slots, at, length, word } = table);
      mask = slots.length - 1;
    }
    out[q] = id;
  }
  return out;
}

/**
 * Reads the title lines (see src/generated/titles.ts) into `tokens`, one entry a line: a
 * line's first character says its field; on a `=` line (code, tab, official title, tab,
 * employment) only the title is read.
 *
 * @param text - The title lines, each ending in a newline.
 * @param tokens - Receives the lines' word ids, entry by entry; empty before.
 * @returns The lines' structure.
 */
export function scanTitles(text: string, tokens: Tokens): TitleScan {
  const cuts = cut(text);
  const runId = resolve(text, cuts, new RunTable(), tokens);
  const { start, stops, stopCount, runs } = cuts;
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  const lineStart = new Int32Array(lines + 1);
  const group = new Int32Array(lines);
  const field = new Uint8Array(lines);
  const codes: string[] = [];
  const titles: string[] = [];
  const employment: number[] = [];
  const range: number[] = [];
  let q = 0; // the next run
  let stop = 0; // the next stop
  let at = 0;
  for (let e = 0; e < lines; e++) {
    lineStart[e] = at;
    const end = text.indexOf("\n", at);
    const kind = text.charCodeAt(at);
    let from = at + 1;
    let to = end;
    if (kind === 61 /* = */) {
      const tab = text.indexOf("\t", from);
      to = text.indexOf("\t", tab + 1);
      codes.push(text.slice(from, tab));
      titles.push(text.slice(tab + 1, to));
      employment.push(Number(text.slice(to + 1, end)) || 0);
      range.push(e);
      from = tab + 1;
      field[e] = OFFICIAL;
    } else
      field[e] =
        kind === 100 /* d */
          ? DIRECT
          : kind === 97 /* a */
            ? ALTERNATE
            : kind === 114 /* r */
              ? REPORTED
              : ALIAS;
    group[e] = codes.length - 1;
    while (stop < stopCount && (stops[stop] as number) < from) stop++;
    while (q < runs && (start[q] as number) < from) q++;
    if (stop < stopCount && (stops[stop] as number) < to) tokens.pushText(text.slice(from, to));
    else for (; q < runs && (start[q] as number) < to; q++) tokens.push(runId[q] as number);
    tokens.close();
    at = end + 1;
  }
  lineStart[lines] = at;
  range.push(lines);
  return { lineStart, group, field, codes, titles, employment, range };
}
