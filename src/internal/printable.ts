// Text that we print (error messages, CLI output) may hold what a caller typed. Control and
// format characters in it are shown escaped, so that input such as `\x1b]0;title\x07` cannot
// drive the terminal, and an invisible character shows where it sits.
import { INVISIBLE_CLASS } from "./invisible.js";

/**
 * C0 controls other than tab and line feed (carriage return included), DEL, C1 controls, line
 * and paragraph separators, format characters (`\p{Cf}`: bidirectional overrides, zero-width
 * characters, BOM) and the other invisible characters.
 */
const UNSAFE_CLASS = `\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029\\p{Cf}${INVISIBLE_CLASS}`;
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, "gu");
/** The same, tab and line feed included: for text that must stay on one line. */
const UNSAFE_INLINE = new RegExp(`[\\t\\n${UNSAFE_CLASS}]`, "gu");

const escaped = (c: string): string => {
  const n = c.codePointAt(0) as number;
  return n > 0xffff ? `\\u{${n.toString(16)}}` : `\\u${n.toString(16).padStart(4, "0")}`;
};

/** `text` with every control and format character shown as a `\uXXXX` escape; line breaks and tabs kept. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** `text` on one line: like {@link printable}, with tabs and line breaks escaped too. */
export function printableLine(text: string): string {
  return text.replace(UNSAFE_INLINE, escaped);
}

/**
 * JSON text with the characters that `JSON.stringify` leaves raw (DEL, C1 controls, format
 * characters, U+2028/U+2029) written as `\uXXXX` escapes. They only occur inside strings, so the
 * result stands for the same JSON value.
 */
export function printableJson(json: string): string {
  return json.replace(UNSAFE, escaped);
}
