// The compact number encoding of the prebuilt title postings (src/generated/titles.ts): each
// number is written in base 64 with 27 continuation symbols, most significant part first, so
// that small numbers (the gaps between the titles of a common word) take one character. All
// symbols are printable ASCII other than space, quote and backslash, so the string needs no
// escapes in a JS literal and a space can separate the lists.

const SYMBOLS =
  "#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~!";
/** Symbols 0–63 end a number; 64–90 carry a higher part. */
const FINAL = 64;
const MORE = SYMBOLS.length - FINAL;

const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < SYMBOLS.length; i++) VALUE[SYMBOLS.charCodeAt(i)] = i;

/** Writes a non-negative integer. */
export function encodeNumber(n: number): string {
  let out = SYMBOLS[n % FINAL] as string;
  let rest = Math.floor(n / FINAL);
  while (rest > 0) {
    rest -= 1;
    out = (SYMBOLS[FINAL + (rest % MORE)] as string) + out;
    rest = Math.floor(rest / MORE);
  }
  return out;
}

/**
 * Reads the numbers of one list, `text[from … to)`, into `out` from `at`; returns the index
 * after the last one written.
 */
export function decodeNumbers(
  text: string,
  from: number,
  to: number,
  out: Int32Array,
  at: number,
): number {
  let value = 0;
  let k = at;
  for (let i = from; i < to; i++) {
    const v = VALUE[text.charCodeAt(i)] as number;
    if (v >= FINAL) value = value * MORE + (v - FINAL) + 1;
    else {
      out[k++] = value * FINAL + v;
      value = 0;
    }
  }
  return k;
}
