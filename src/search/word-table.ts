// The word table of the shipped titles (src/generated/titles.ts): each word's number of titles,
// found through a minimal perfect hash, so that search can weigh the words of the titles a query
// finds without reading every title first. The hash is a cascade of bit arrays (the BBHash
// construction): at level i a word hashes to one bit of an array as long as the words still
// unplaced; a bit that exactly one word hashes to is set, and places that word; the others go on
// to level i + 1. A word's slot is the number of set bits before its own, over all levels: about
// three bits per word. The table answers for the words it was built from, and for no others:
// search asks it only about words it has read in a title or a guide name.
//   titleWords = <bits per level, space-separated> \n <the set bits, 6 a character> \n <counts>
// with the counts (one per slot) written as in title-text.ts (writeNumbers).
import { readNumbers, writeNumbers } from "./title-text.js";

/** The characters of the bit arrays, 6 bits each. */
export const BIT_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * The FNV-1a hash of a word's characters, from which {@link levelHash} derives one per level.
 *
 * @param word - A normalised word.
 * @returns A 32-bit hash.
 */
export function wordHash(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h;
}

/**
 * The hash of a word at a level of the table: its {@link wordHash} mixed with the level by the
 * murmur3 finaliser.
 *
 * @param hash - The word's hash.
 * @param level - The level, from 0.
 * @returns An unsigned 32-bit hash.
 */
export function levelHash(hash: number, level: number): number {
  let h = hash ^ Math.imul(level + 1, 0x9e3779b9);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Words → their number of titles, read from the shipped table. */
export class WordTable {
  private readonly sizes: number[];
  private readonly bits: Uint32Array;
  /** Set bits before each 32-bit word of `bits`. */
  private readonly before: Int32Array;
  private readonly counts: Int32Array;

  constructor(table: string) {
    const a = table.indexOf("\n");
    const b = table.indexOf("\n", a + 1);
    this.sizes = table.slice(0, a).split(" ").map(Number);
    const total = this.sizes.reduce((x, y) => x + y, 0);
    const bits = new Uint32Array((total >>> 5) + 2);
    const value = new Int8Array(128);
    for (let k = 0; k < 64; k++) value[BIT_CHARS.charCodeAt(k)] = k;
    for (let i = a + 1, bit = 0; i < b; i++, bit += 6) {
      const v = value[table.charCodeAt(i)] as number;
      const w = bit >>> 5;
      const shift = bit & 31;
      bits[w] = (bits[w] as number) | (v << shift);
      if (shift > 26) bits[w + 1] = (bits[w + 1] as number) | (v >>> (32 - shift));
    }
    const before = new Int32Array(bits.length);
    let set = 0;
    for (let w = 0; w < bits.length; w++) {
      before[w] = set;
      let x = bits[w] as number;
      while (x !== 0) {
        x &= x - 1;
        set++;
      }
    }
    this.bits = bits;
    this.before = before;
    this.counts = readNumbers(table.slice(b + 1));
    if (this.counts.length !== set)
      throw new Error("careerpath: the search word table is inconsistent");
  }

  /**
   * The number of titles that hold `word`, a word of the table (for any other word the answer
   * means nothing).
   */
  count(word: string): number {
    const hash = wordHash(word);
    let offset = 0;
    for (let level = 0; level < this.sizes.length; level++) {
      const size = this.sizes[level] as number;
      const bit = offset + (levelHash(hash, level) % size);
      const w = bit >>> 5;
      const mask = 1 << (bit & 31);
      const x = this.bits[w] as number;
      if ((x & mask) !== 0) {
        let below = x & (mask - 1);
        let rank = this.before[w] as number;
        while (below !== 0) {
          below &= below - 1;
          rank++;
        }
        return this.counts[rank] as number;
      }
      offset += size;
    }
    return 0;
  }
}

/**
 * Builds the table for `counts` (the data scripts' side of {@link WordTable}).
 *
 * @param counts - Every word of the titles and guide names, with its number of titles.
 * @returns The table's text.
 */
export function writeWordTable(counts: ReadonlyMap<string, number>): string {
  const sizes: number[] = [];
  const levels: Uint8Array[] = [];
  const hashes = new Map([...counts.keys()].map((k) => [k, wordHash(k)]));
  const at = (k: string, level: number, size: number) =>
    levelHash(hashes.get(k) as number, level) % size;
  let keys = [...counts.keys()];
  for (let level = 0; keys.length > 0; level++) {
    if (level > 64) throw new Error("word table: no perfect hash after 64 levels");
    const size = Math.max(1, keys.length);
    const hits = new Uint8Array(size);
    for (const k of keys) {
      const i = at(k, level, size);
      hits[i] = Math.min(2, (hits[i] as number) + 1);
    }
    const next = keys.filter((k) => hits[at(k, level, size)] !== 1);
    sizes.push(size);
    levels.push(hits.map((h) => (h === 1 ? 1 : 0)));
    keys = next;
  }
  const flat = levels.flatMap((l) => [...l]);
  let text = "";
  for (let i = 0; i < flat.length; i += 6) {
    let v = 0;
    for (let k = 0; k < 6; k++) if (flat[i + k] === 1) v |= 1 << k;
    text += BIT_CHARS.charAt(v);
  }
  // Counts in slot order: a word's slot is its set bit's rank.
  const slots = new Array<number>(counts.size);
  const rankOf = new Int32Array(flat.length + 1);
  for (let i = 0, r = 0; i < flat.length; i++) {
    rankOf[i] = r;
    if (flat[i] === 1) r++;
  }
  for (const [word, count] of counts) {
    let offset = 0;
    for (let level = 0; level < sizes.length; level++) {
      const bit = offset + at(word, level, sizes[level] as number);
      if (flat[bit] === 1) {
        slots[rankOf[bit] as number] = count;
        break;
      }
      offset += sizes[level] as number;
    }
  }
  return `${sizes.join(" ")}\n${text}\n${writeNumbers(slots)}`;
}
