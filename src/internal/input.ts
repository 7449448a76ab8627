// The one rule for text that callers pass in: every public entry point that takes an id, a
// code or a query reads it with `readText`, and every options object with `readOptions`.
import { InvalidOptionError } from "../errors.js";
import { INVISIBLE } from "./invisible.js";

/** Longest input read, in UTF-16 code units; the rest is ignored (no id or query is this long). */
export const MAX_INPUT_CHARS = 4096;

/**
 * Normalises text as every entry point does: NFKC (so full-width `２９-２０７２` is
 * `29-2072` and `ｎｕｒｓｅ` is `nurse`), invisible characters removed (so `nur\u00ADse` is
 * `nurse`), then trimmed. Only the first {@link MAX_INPUT_CHARS} code units are read.
 */
export function normalizeInput(text: string): string {
  return text.slice(0, MAX_INPUT_CHARS).normalize("NFKC").replace(INVISIBLE, "").trim();
}

/**
 * Reads a text argument: a primitive string, normalised with {@link normalizeInput}. Anything
 * else (a number, `null`, a `String` object, an array, an object with `toString`) throws an
 * {@link InvalidOptionError} that names `parameter`.
 */
export function readText(value: unknown, parameter: string): string {
  if (typeof value !== "string") throw new InvalidOptionError(parameter, "a string", value);
  return normalizeInput(value);
}

/**
 * Reads an options argument: `undefined` stands for `{}`; otherwise it must be a plain object
 * (made by `{}` or `Object.create(null)`). Arrays, class instances, Maps, Dates, functions and
 * primitives throw an {@link InvalidOptionError} naming `parameter`. Returns the object itself.
 */
export function readOptions(
  value: unknown,
  parameter = "options",
): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return value as Record<string, unknown>;
  }
  throw new InvalidOptionError(parameter, "a plain object", value);
}
