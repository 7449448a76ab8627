// The characters that input normalisation removes and that text fields may not consist of:
// zero-width spaces and joiners, soft hyphens, byte-order marks, bidirectional marks and
// overrides, word joiners, invisible operators, variation selectors, Hangul fillers and tag
// characters. They print as nothing, so text made of them looks empty and text containing
// them looks like a word it is not. This module imports nothing, so the schemas (which import
// only zod) and the zod-free helpers share the one list.

/** The invisible characters of the Basic Multilingual Plane, as the body of a character class. */
const INVISIBLE_BMP =
  "\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0";

/** All the invisible characters (tag characters too), as the body of a character class (`u` flag). */
export const INVISIBLE_CLASS = `${INVISIBLE_BMP}\\u{E0000}-\\u{E0FFF}`;

/** Matches every invisible character (global). */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "gu");

/**
 * Matches a text that holds at least one character that is neither white space nor an invisible
 * character of the Basic Multilingual Plane, or the empty text (which `min(1)` reports instead,
 * so an empty field gets one issue, not two). It has no `\u{…}` escape, so the same pattern works
 * in the JSON Schema files (ECMA-262 or PCRE).
 */
export const VISIBLE = new RegExp(`^$|[^\\s${INVISIBLE_BMP}]`);
