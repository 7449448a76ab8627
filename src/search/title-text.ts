// The case marks of the shipped title lines (src/generated/titles.ts). A title is stored in
// lower case, so that search finds a word with a plain `indexOf` and gzip sees a smaller
// alphabet; its case comes back from a default and a mark before each word that differs:
//   default  a word with letters starts with a capital ("Chief Executive Officer"), except the
//            small words below after the first word ("Arts and Humanities"); in an official
//            title only the first word does ("Chief executives")
//   `word    every letter upper ("CEO")      _word  every letter lower      ~word  a capital
// A title the marks cannot say exactly ("McDonald", "U.S.", "Café", "Baker's": mixed case, or a
// dot, apostrophe or character beyond ASCII that can join or change words) is stored as written
// after a "!". The data scripts check every title: decoding gives it back, and `words` reads the
// stored form as it reads the title.
import { STOP_WORDS } from "./words.js";

/**
 * Small words that start in lower case after a title's first word: the stop words of search
 * ("and", "of", "the" and the rest). A change to that list only changes which words need a mark; the data
 * scripts check every title still decodes exactly.
 */
const SMALL_WORDS = STOP_WORDS;

const UPPER = "`";
const LOWER = "_";
const CAPITAL = "~";
/** Starts a title stored as written. */
export const AS_WRITTEN = "!";

/** A run of ASCII letters and digits: one word of a plain title. */
const RUN = /[A-Za-z0-9]+/g;
/** What a stored title cannot hold in lower case: it is stored as written. */
const NOT_MARKABLE = /[^ -~]|['.`_~]/;

type Case = "lower" | "upper" | "capital" | "mixed";

/** The case of a run's letters; a single capital letter is a capital. */
function caseOf(run: string): Case {
  const lower = run.toLowerCase();
  if (lower === run) return "lower";
  if (run === run.toUpperCase()) return /[A-Za-z].*[A-Za-z]/.test(run) ? "upper" : "capital";
  const first = run.search(/[A-Za-z]/);
  const capital = lower.slice(0, first + 1).toUpperCase() + lower.slice(first + 1);
  return run === capital ? "capital" : "mixed";
}

/** The default case of a run: its place in the title and whether it is a small word. */
function defaultCase(lower: string, first: boolean, official: boolean): Case {
  if (!/[a-z]/.test(lower)) return "lower";
  if (first) return "capital";
  return official || SMALL_WORDS.has(lower) ? "lower" : "capital";
}

/**
 * A title in its stored form: lower case with case marks, or as written after `!`.
 *
 * @param title - A title as written.
 * @param official - An official title, whose default is sentence case.
 * @returns The stored form.
 */
export function storeTitle(title: string, official: boolean): string {
  if (NOT_MARKABLE.test(title) || title.startsWith(AS_WRITTEN) || title.startsWith("="))
    return AS_WRITTEN + title;
  let first = true;
  let mixed = false;
  const stored = title.replace(RUN, (run) => {
    const lower = run.toLowerCase();
    const want = defaultCase(lower, first, official);
    first = false;
    const got = caseOf(run);
    if (got === "mixed") mixed = true;
    if (got === want || !/[a-z]/.test(lower)) return lower;
    return (got === "upper" ? UPPER : got === "lower" ? LOWER : CAPITAL) + lower;
  });
  return mixed ? AS_WRITTEN + title : stored;
}

/**
 * A title as written, from its stored form (see {@link storeTitle}).
 *
 * @param stored - The stored form.
 * @param official - An official title.
 * @returns The title as written.
 */
export function readTitle(stored: string, official: boolean): string {
  if (stored.startsWith(AS_WRITTEN)) return stored.slice(1);
  let first = true;
  return stored.replace(/([`_~]?)([a-z0-9]+)/g, (_, mark: string, lower: string) => {
    const want =
      mark === UPPER
        ? "upper"
        : mark === LOWER
          ? "lower"
          : mark === CAPITAL
            ? "capital"
            : defaultCase(lower, first, official);
    first = false;
    if (want === "upper") return lower.toUpperCase();
    if (want === "lower") return lower;
    const at = lower.search(/[a-z]/);
    return at < 0
      ? lower
      : lower.slice(0, at) + lower.charAt(at).toUpperCase() + lower.slice(at + 1);
  });
}

/** The last character of a number in {@link writeNumbers}: 52 values. */
const LOW = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Non-negative integers as one string, each written as the decimal digits of `value / 52`
 * (none when 0) and one letter for `value % 52`: a value below 52 takes one letter.
 *
 * @param values - The numbers.
 * @returns Their compact form, read back by {@link readNumbers}.
 */
export function writeNumbers(values: readonly number[]): string {
  return values
    .map((v) => {
      const high = Math.floor(v / 52);
      return (high > 0 ? String(high) : "") + LOW.charAt(v % 52);
    })
    .join("");
}

/**
 * The numbers of {@link writeNumbers}.
 *
 * @param text - Their compact form.
 * @returns The numbers, in order.
 */
export function readNumbers(text: string): Int32Array {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 57) count++;
  const out = new Int32Array(count);
  let high = 0;
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57) high = high * 10 + (c - 48);
    else {
      out[k++] = high * 52 + (c >= 97 ? c - 97 : c - 65 + 26);
      high = 0;
    }
  }
  return out;
}
