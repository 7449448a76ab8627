// Search normalisation: one function turns a title or a query into words, so that both sides
// of a match read the same. Rules (docs/search.md): case; accents; apostrophes dropped
// ("Baker's" → "bakers"); dots inside acronyms joined ("C.N.A." → "cna"); every other run of
// punctuation, hyphens, slashes and "&" splits words; plural and irregular forms to one form.
import { IRREGULAR } from "./words.js";

/** Longest text read; longer input is cut here so that search stays linear and bounded. */
const MAX_CHARS = 1024;

/** Anything but printable ASCII: such text takes the Unicode path first. */
const NOT_PLAIN = /[^ -~]/;
/** Letters separated by dots, with or without a final dot: "c.n.a.", "R.N", "u.s.". */
const ACRONYM = /(?<![a-z0-9])[a-z](?:\.[a-z])+(?![a-z0-9])\.?/g;

/**
 * One form for singular and plural: "nurses" → "nurse", "nannies" → "nanny", "firemen" →
 * "fireman", "women" → "woman", "coaches" → "coach", "shelves" → "shelf". Applied to titles and
 * queries alike, so a rule that over-reaches ("series" → "sery") still matches itself.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  const last = word.charCodeAt(word.length - 1);
  if (last === 110 /* n */ && word.endsWith("men")) return `${word.slice(0, -3)}man`;
  if (last !== 115 /* s */) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("lves")) return `${word.slice(0, -3)}f`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (/(?:x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * A text as `words` reads it before cutting it into words: accents dropped, curly apostrophes
 * straightened, lower case, dots inside acronyms removed. Lines of text normalise one by one.
 *
 * @param text - A title, a query, or lines of titles.
 * @returns The normalised text.
 */
export function normalizeText(text: string): string {
  let t = text;
  if (NOT_PLAIN.test(t))
    t = t
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u02bc]/g, "'");
  t = t.toLowerCase();
  if (t.includes(".")) t = t.replace(ACRONYM, (m) => m.replaceAll(".", ""));
  return t;
}

/**
 * The words of a title or query after normalisation, in order, repeats kept.
 *
 * @param text - A title or a query.
 * @returns Lower-case, stemmed words.
 */
export function words(text: string): string[] {
  const t = normalizeText(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const out: string[] = [];
  let held = ""; // the part of a word before an apostrophe
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (c === 39 /* ' */) {
      if (start >= 0) held += t.slice(start, i);
      start = -1;
    } else if (start >= 0 || held !== "") {
      out.push(stem(start >= 0 ? held + t.slice(start, i) : held));
      held = "";
      start = -1;
    }
  }
  return out;
}
