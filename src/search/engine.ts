// The ranking engine shared by searchOccupations (all occupations, ~60,000 titles) and
// searchCareers (the curated guides): a field-weighted TF-IDF over normalised words, with
// partial matches, an exact-title tier, abbreviation readings, out-of-vocabulary typo
// correction and evidence tie-breaks. The rules are listed in docs/search.md.
import { words } from "./normalize.js";
import { ABBREVIATIONS, CREDENTIAL_WORDS, RANK_WORDS, STOP_WORDS } from "./words.js";

/** Where a title comes from; the order is the field order, strongest first. */
export const FIELDS = ["official", "direct", "alternate", "reported", "alias"] as const;
/** Where a title comes from. */
export type Field = (typeof FIELDS)[number];

/** Added to an exact title match, by field: an alias never outranks an exact title. */
const EXACT_BONUS = [0.5, 0.4, 0.3, 0.2, 0.1] as const;
/** Multiplies a partial match's similarity, by field. */
const FIELD_FACTOR = [1, 0.98, 0.96, 0.93, 0.9] as const;
/** Every meaningful query word found in the title. */
const ALL_WORDS_BONUS = 1;
const EXACT_BASE = 2;
/** A word read through a typo correction counts this much of its weight. */
const TYPO_FACTOR = 0.7;
const MAX_QUERY_WORDS = 12;

/** A word's weight class: ordinary, rank/level word, credential word, or stop word. */
export function classWeight(word: string): number {
  if (STOP_WORDS.has(word)) return 0;
  if (RANK_WORDS.has(word)) return 0.1;
  if (CREDENTIAL_WORDS.has(word)) return 0.35;
  return 1;
}

/**
 * The searchable titles. A corpus hands out each word's postings on request, so that one built
 * lazily (the occupation titles, src/search/index-build.ts) tokenises only the titles that hold
 * a query word; `size` and `norm` are known for every entry of a postings list it has handed out.
 */
export interface Corpus {
  /** Entry → its group (an occupation or a guide; -1 for none) and field. */
  readonly group: Int32Array;
  readonly field: Uint8Array;
  /** Entry → its title as written. */
  readonly textOf: (entry: number) => string;
  /** Entry → number of distinct meaningful words. */
  readonly size: Uint8Array;
  readonly norm: Float64Array;
  /** The id of a word in some title, or undefined: what ranking looks words up with. */
  readonly idOf: (word: string) => number | undefined;
  /**
   * Every word → its id. A lazy corpus builds it on first access (all titles are tokenised);
   * only typo correction and checks of the whole index need it.
   */
  readonly vocab: ReadonlyMap<string, number>;
  /** Word id → weight (idf × class) and document frequency (entries holding it). */
  readonly weight: Float64Array;
  readonly df: Int32Array;
  /** Word id → its entries, ascending. */
  readonly postingsOf: (id: number) => Int32Array;
  /**
   * The whole inverted index, every word's postings in one flat array:
   * `postings[start[id] … start[id + 1])`. A lazy corpus builds it on first access (a check of
   * the whole index, for tests); ranking reads `postingsOf`.
   */
  readonly start: Int32Array;
  readonly postings: Int32Array;
  /** Group → prior evidence for ties (e.g. employment); higher first. One per group. */
  readonly prior: Float64Array;
  /** Vocabulary words by length, for typo look-ups. */
  byLength: string[][] | undefined;
}

/** Collects titles, then builds the corpus in two passes over flat arrays. */
export class CorpusBuilder {
  private readonly groups: number[] = [];
  private readonly fields: number[] = [];
  private readonly texts: string[] = [];
  private readonly ids: number[] = [];
  private readonly ends: number[] = [];
  private readonly vocab = new Map<string, number>();
  private readonly df: number[] = [];

  /** Adds one title of `group`; returns its entry number, or -1 when it has no words. */
  add(group: number, field: Field, text: string): number {
    const list = words(text);
    if (list.length === 0) return -1;
    const before = this.ids.length;
    for (const w of list) {
      let id = this.vocab.get(w);
      if (id === undefined) {
        id = this.df.length;
        this.vocab.set(w, id);
        this.df.push(0);
      }
      // Distinct words only: repeats in one title are rare and add nothing to a title match.
      let seen = false;
      for (let k = before; k < this.ids.length; k++) if (this.ids[k] === id) seen = true;
      if (!seen) {
        this.ids.push(id);
        this.df[id] = (this.df[id] ?? 0) + 1;
      }
    }
    this.groups.push(group);
    this.fields.push(FIELDS.indexOf(field));
    this.texts.push(text);
    this.ends.push(this.ids.length);
    return this.groups.length - 1;
  }

  build(prior: Float64Array): Corpus {
    const v = this.df.length;
    const start = new Int32Array(v + 1);
    for (let id = 0; id < v; id++) start[id + 1] = (start[id] ?? 0) + (this.df[id] ?? 0);
    const fill = start.slice(0, v);
    const postings = new Int32Array(this.ids.length);
    let k = 0;
    this.ends.forEach((end, e) => {
      for (; k < end; k++) postings[(fill[this.ids[k] as number] as number)++] = e;
    });
    const vocab = [...this.vocab.keys()];
    const texts = this.texts;
    return corpusFromParts({
      group: Int32Array.from(this.groups),
      field: Uint8Array.from(this.fields),
      textOf: (e) => texts[e] ?? "",
      words: vocab,
      start,
      postings,
      prior,
    });
  }
}

/** The parts a corpus is made of; the weights, norms and sizes are derived from them. */
export interface CorpusParts {
  readonly group: Int32Array;
  readonly field: Uint8Array;
  readonly textOf: (entry: number) => string;
  /** Word id → word. */
  readonly words: readonly string[];
  /** Word id → its entries, ascending: `postings[start[id] … start[id + 1])`. */
  readonly start: Int32Array;
  readonly postings: Int32Array;
  readonly prior: Float64Array;
}

/** The weight of a word in `n` entries, `df` of which hold it: idf × class. */
export function wordWeight(word: string, df: number, n: number): number {
  return Math.log(1 + n / Math.max(1, df)) * classWeight(word);
}

/**
 * The norm of a title from the weights of its distinct words. The squares are added smallest
 * first, an order that depends on the weights alone, so that a corpus that numbers its words in
 * the order it meets them (src/search/index-build.ts) gets the same bits as one that knows every
 * word up front; titles with the same weights get the same norm.
 *
 * @param squares - The squared weights; sorted in place.
 * @returns The norm, 1 for a title with no weight.
 */
export function titleNorm(squares: number[]): number {
  // Insertion sort: a title has a handful of words.
  for (let i = 1; i < squares.length; i++) {
    const v = squares[i] as number;
    let j = i - 1;
    while (j >= 0 && (squares[j] as number) > v) {
      squares[j + 1] = squares[j] as number;
      j--;
    }
    squares[j + 1] = v;
  }
  let sum = 0;
  for (const sq of squares) sum += sq;
  return Math.sqrt(sum) || 1;
}

/** Derives word weights (idf × class), title norms and sizes from the postings. */
export function corpusFromParts(parts: CorpusParts): Corpus {
  const { group, start, postings, words: list } = parts;
  const n = group.length;
  const v = list.length;
  const weight = new Float64Array(v);
  const df = new Int32Array(v);
  const vocab = new Map<string, number>();
  const squares: number[][] = Array.from({ length: n }, () => []);
  const size = new Uint8Array(n);
  for (let id = 0; id < v; id++) {
    const w = list[id] as string;
    vocab.set(w, id);
    const from = start[id] as number;
    const to = start[id + 1] as number;
    const c = classWeight(w);
    df[id] = to - from;
    const wt = wordWeight(w, to - from, n);
    weight[id] = wt;
    const sq = wt * wt;
    for (let p = from; p < to; p++) {
      const e = postings[p] as number;
      squares[e]?.push(sq);
      if (c > 0 && (size[e] as number) < 255) size[e] = (size[e] as number) + 1;
    }
  }
  const norm = new Float64Array(n);
  for (let e = 0; e < n; e++) norm[e] = titleNorm(squares[e] ?? []);
  // One prior per group, so that ranking can size its arrays by groups from it.
  let prior = parts.prior;
  let groups = prior.length;
  for (let e = 0; e < n; e++) groups = Math.max(groups, (group[e] as number) + 1);
  if (groups > prior.length) {
    prior = new Float64Array(groups);
    prior.set(parts.prior);
  }
  const lists = Array.from({ length: v }, (_, id) =>
    postings.subarray(start[id] as number, start[id + 1] as number),
  );
  return {
    group,
    field: parts.field,
    textOf: parts.textOf,
    size,
    norm,
    idOf: (w) => vocab.get(w),
    vocab,
    weight,
    df,
    postingsOf: (id) => lists[id] as Int32Array,
    start,
    postings,
    prior,
    byLength: undefined,
  };
}

/** How a hit matched. */
export type HitKind = "exact" | "words" | "partial" | "typo";

/** One group's best match. */
export interface RankedGroup {
  readonly group: number;
  /** The best entry of the group. */
  readonly entry: number;
  readonly field: Field;
  readonly kind: HitKind;
  readonly score: number;
  /** How many of the group's titles hold every meaningful query word. */
  readonly evidence: number;
}

/** Whether `a` and `b` are at most one edit apart (insert, delete, substitute, swap). */
export function oneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return false;
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitute
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Vocabulary words one edit from `word`, for a word no title has. Words under 4 letters and
 * numbers are never corrected. Of several candidates the ones in the most titles come first.
 */
export function corrections(corpus: Corpus, word: string): string[] {
  if (word.length < 4 || /\d/.test(word)) return [];
  if (!corpus.byLength) {
    const byLength: string[][] = [];
    for (const w of corpus.vocab.keys()) {
      const list = byLength[w.length];
      if (list) list.push(w);
      else byLength[w.length] = [w];
    }
    corpus.byLength = byLength;
  }
  const df = (w: string) => {
    const id = corpus.idOf(w) as number; // first: a lazy corpus may grow its arrays
    return corpus.df[id] as number;
  };
  const found: string[] = [];
  for (let len = word.length - 1; len <= word.length + 1; len++)
    for (const w of corpus.byLength[len] ?? []) if (oneEdit(word, w) && df(w) > 0) found.push(w);
  // A doubled or undoubled letter ("busers" → "bussers") is the likeliest slip, then the
  // word in more titles.
  const doubling = (w: string) => (sameUndoubled(word, w) ? 1 : 0);
  return found
    .sort((a, b) => doubling(b) - doubling(a) || df(b) - df(a) || (a < b ? -1 : 1))
    .slice(0, 3);
}

/** Whether `a` and `b` differ only by one letter written once or twice ("buser", "busser"). */
function sameUndoubled(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i + 1 < long.length; i++)
    if (long[i] === long[i + 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

interface QueryWord {
  /** The word ids that satisfy it: the word itself, or its corrections. */
  readonly ids: readonly number[];
  readonly typo: boolean;
  /** An ordinary word (not a rank, credential or stop word): a full match needs it. */
  readonly strong: boolean;
  /** Not a stop word: an exact title has it. */
  readonly counted: boolean;
}

/** The query's distinct words, each with the word ids that satisfy it. */
function readQuery(corpus: Corpus, list: readonly string[]): QueryWord[] {
  const out: QueryWord[] = [];
  const seen = new Set<string>();
  for (const w of list) {
    if (seen.has(w) || out.length >= MAX_QUERY_WORDS) continue;
    seen.add(w);
    const c = classWeight(w);
    const strong = c === 1;
    const counted = c > 0;
    const id = corpus.idOf(w);
    if (id !== undefined) out.push({ ids: [id], typo: false, strong, counted });
    else {
      const ids = strong ? corrections(corpus, w).map((x) => corpus.idOf(x) as number) : [];
      out.push({ ids, typo: ids.length > 0, strong, counted });
    }
  }
  return out;
}

/** Scratch arrays reused across queries on one corpus: by entry, then by group. */
interface Scratch {
  acc: Float64Array;
  hits: Uint8Array;
  exact: Uint8Array;
  typed: Uint8Array;
  stamp: Int32Array;
  /** Group → best score, its entry and kind (an index in KINDS), all-words titles; seen. */
  score: Float64Array;
  entry: Int32Array;
  kind: Uint8Array;
  all: Int32Array;
  seen: Uint8Array;
}
const scratch = new WeakMap<Corpus, Scratch>();
const KINDS = ["exact", "typo", "words", "partial"] as const satisfies readonly HitKind[];

/** Scores every entry that shares a word with the query; best entry per group. */
function scoreReading(
  corpus: Corpus,
  query: readonly QueryWord[],
  best: Map<number, RankedGroup>,
  evidence: Map<number, number>,
): void {
  const n = corpus.group.length;
  let s = scratch.get(corpus);
  if (!s) {
    const groups = corpus.prior.length;
    s = {
      acc: new Float64Array(n),
      hits: new Uint8Array(n),
      exact: new Uint8Array(n),
      typed: new Uint8Array(n),
      stamp: new Int32Array(n).fill(-1),
      score: new Float64Array(groups),
      entry: new Int32Array(groups),
      kind: new Uint8Array(groups),
      all: new Int32Array(groups),
      seen: new Uint8Array(groups),
    };
    scratch.set(corpus, s);
  }
  const { acc, hits, exact, typed, stamp } = s;
  const { score: gScore, entry: gEntry, kind: gKind, all: gAll, seen: gSeen } = s;
  const groups: number[] = [];
  const touched: number[] = [];
  let qnorm = 0;
  let strong = 0; // ordinary query words
  let counted = 0; // query words that are not stop words
  let anyTypo = false;
  let exactStrongFound = false; // an ordinary word that some title has as typed
  for (const q of query) {
    if (q.strong) strong++;
    if (q.counted) counted++;
    if (q.typo) anyTypo = true;
    else if (q.strong && q.ids.length > 0) exactStrongFound = true;
  }
  // A query of rank words only ("Senior", "Associate") needs them all for a full match.
  const softOnly = strong === 0;
  query.forEach((q, qi) => {
    const factor = q.typo ? TYPO_FACTOR : 1;
    let top = 0;
    // A stop word weighs nothing and decides nothing: its titles are not visited.
    if (!q.counted) return;
    for (const id of q.ids) {
      const list = corpus.postingsOf(id);
      const weight = corpus.weight[id] as number;
      const w = weight * factor;
      if (w > top) top = w;
      for (let p = 0; p < list.length; p++) {
        const e = list[p] as number;
        if (stamp[e] === qi) continue; // two corrections of one word in the same title
        if (stamp[e] === -1) touched.push(e);
        stamp[e] = qi;
        acc[e] = (acc[e] as number) + w * weight;
        if (q.strong || (softOnly && q.counted)) hits[e] = (hits[e] as number) + 1;
        if (q.counted && !q.typo) exact[e] = (exact[e] as number) + 1;
        if (q.strong && !q.typo) typed[e] = 1;
      }
    }
    qnorm += top * top;
  });
  qnorm = Math.sqrt(qnorm) || 1;
  const needed = softOnly ? counted : strong;
  for (const e of touched) {
    const cos = (acc[e] as number) / (qnorm * (corpus.norm[e] as number));
    const f = corpus.field[e] as number;
    const all = needed > 0 && hits[e] === needed;
    const isExact = !anyTypo && counted > 0 && exact[e] === counted && corpus.size[e] === counted;
    // A title reached only through a corrected word never comes ahead of one with a typed word.
    const viaTypoOnly = exactStrongFound && typed[e] === 0;
    const score = isExact
      ? EXACT_BASE + ALL_WORDS_BONUS + 1 + (EXACT_BONUS[f] as number)
      : ((all ? ALL_WORDS_BONUS : 0) + cos * (FIELD_FACTOR[f] as number)) * (viaTypoOnly ? 0.5 : 1);
    const g = corpus.group[e] as number;
    if (g >= 0) {
      if (all) gAll[g] = (gAll[g] as number) + 1;
      if (gSeen[g] === 0 || score > (gScore[g] as number)) {
        if (gSeen[g] === 0) groups.push(g);
        gSeen[g] = 1;
        gScore[g] = score;
        gEntry[g] = e;
        gKind[g] = isExact ? 0 : anyTypo && all ? 1 : all ? 2 : 3;
      }
    }
    acc[e] = 0;
    hits[e] = 0;
    exact[e] = 0;
    typed[e] = 0;
    stamp[e] = -1;
  }
  for (const g of groups) {
    const e = gEntry[g] as number;
    const score = gScore[g] as number;
    const current = best.get(g);
    if (current === undefined || score > current.score)
      best.set(g, {
        group: g,
        entry: e,
        field: FIELDS[corpus.field[e] as number] as Field,
        kind: KINDS[gKind[g] as number] as HitKind,
        score,
        evidence: 0,
      });
    if ((gAll[g] as number) > 0) evidence.set(g, (evidence.get(g) ?? 0) + (gAll[g] as number));
    gSeen[g] = 0;
    gAll[g] = 0;
  }
}

/**
 * Ranks the corpus's groups for a query: exact titles first (by field), then titles holding
 * every meaningful query word, then partial matches, by similarity. Ties go to the group with
 * more matching titles, then the higher prior (employment), never to the lower number.
 *
 * @param corpus - A built corpus.
 * @param text - The query.
 * @param limit - How many groups to return.
 * @returns The best groups, best first.
 */
export function rank(corpus: Corpus, text: string, limit: number): RankedGroup[] {
  const list = words(text);
  if (list.length === 0) return [];
  const best = new Map<number, RankedGroup>();
  const evidence = new Map<number, number>();
  scoreReading(corpus, readQuery(corpus, list), best, evidence);
  // Abbreviations: the query read with each short form spelled out, when it has one.
  if (list.some((w) => ABBREVIATIONS.has(w))) {
    const spelled = list.flatMap((w) => {
      const long = ABBREVIATIONS.get(w);
      return long === undefined ? [w] : words(long);
    });
    const other = new Map<number, RankedGroup>();
    scoreReading(corpus, readQuery(corpus, spelled), other, evidence);
    for (const [g, hit] of other) {
      const current = best.get(g);
      // The spelled-out reading is never an exact title of what the user typed.
      const kind = hit.kind === "exact" ? "words" : hit.kind;
      const score = hit.kind === "exact" ? hit.score - EXACT_BASE : hit.score;
      if (current === undefined || score > current.score) best.set(g, { ...hit, kind, score });
    }
  }
  const scoreKey = (h: RankedGroup) => Math.round(h.score * 1e6);
  let candidates = [...best.values()];
  if (candidates.length > limit * 2) {
    // Only groups that score at least the limit-th best score can be returned: sort those.
    const keys = Float64Array.from(candidates, scoreKey).sort();
    const floor = keys[keys.length - limit] as number;
    candidates = candidates.filter((h) => scoreKey(h) >= floor);
  }
  const out = candidates.map((h) => ({ ...h, evidence: evidence.get(h.group) ?? 0 }));
  out.sort(
    (a, b) =>
      scoreKey(b) - scoreKey(a) ||
      b.evidence - a.evidence ||
      (corpus.prior[b.group] as number) - (corpus.prior[a.group] as number) ||
      a.group - b.group,
  );
  return out.slice(0, limit);
}
