import type * as z from "zod";
import { CareerpathValidationError, type ValidationIssue } from "../errors.js";
import { Career } from "./career.js";
import { Occupation } from "./occupation.js";

/** The result of validating outside data: the parsed record, or every issue found. */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | {
      readonly success: false;
      readonly issues: readonly ValidationIssue[];
      /** All issues in one line, for logs. */
      readonly summary: string;
    };

const MAX_SUMMARY_ISSUES = 5;
/** Longest message an issue carries; hostile input (a 1 MB key) must not make a 1 MB message. */
const MAX_MESSAGE_CHARS = 300;
/** Longest path shown in a summary. */
const MAX_PATH_CHARS = 120;
/** Most issues listed; a hostile array of a million wrong items must not yield a million. */
const MAX_ISSUES = 100;

/** Collapses whitespace (so the text is one line) and cuts it to `max` characters. */
function oneLine(text: string, max: number): string {
  const flat = text
    .slice(0, max * 2)
    .replace(/\s+/g, " ")
    .trim();
  if (flat.length <= max && text.length <= max * 2) return flat;
  // Cut without leaving half of a surrogate pair behind.
  return `${flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "")}…`;
}

/**
 * Formats a path such as `["steps", 0, "kind"]` as `steps[0].kind`.
 *
 * @param path - Keys and indexes from the root.
 * @returns The path as a string; `(root)` for an empty path.
 * @category Validation
 * @example
 * ```ts
 * import { formatPath } from "careerpath/schemas";
 * formatPath(["steps", 0, "kind"]); // "steps[0].kind"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function summarize(record: string, issues: readonly ValidationIssue[], total: number): string {
  const listed = issues.filter((i) => i.code !== "too_many_issues").slice(0, MAX_SUMMARY_ISSUES);
  const shown = listed
    .map((i) => `${oneLine(formatPath(i.path), MAX_PATH_CHARS)}: ${i.message}`)
    .join("; ");
  const more = total > listed.length ? ` (+${total - listed.length} more)` : "";
  const count = `${total} issue${total === 1 ? "" : "s"}`;
  return `Invalid ${record}: ${count}: ${shown}${more}`;
}

function toIssues(error: z.ZodError): { issues: ValidationIssue[]; total: number } {
  const issues: ValidationIssue[] = [];
  let total = 0;
  for (const issue of error.issues) {
    const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
    if (issue.code === "unrecognized_keys") {
      // One issue per unknown key, with the key in its path, so that each can be located.
      total += issue.keys.length;
      for (const key of issue.keys) {
        if (issues.length >= MAX_ISSUES) break;
        const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 59)}…` : key);
        issues.push({
          path: [...path, key],
          code: issue.code,
          message: oneLine(`Unknown key ${shown}: unknown keys are rejected`, MAX_MESSAGE_CHARS),
        });
      }
    } else {
      total += 1;
      if (issues.length >= MAX_ISSUES) continue;
      issues.push({ path, code: issue.code, message: oneLine(issue.message, MAX_MESSAGE_CHARS) });
    }
  }
  const rest = total - issues.length;
  if (rest > 0) {
    issues.push({
      path: [],
      code: "too_many_issues",
      message: `${rest} more issue${rest === 1 ? "" : "s"} not listed`,
    });
  }
  return { issues, total };
}

/** A readable reason from anything thrown, without touching it in ways that could throw again. */
function reasonOf(thrown: unknown): string {
  try {
    const message = thrown instanceof Error ? thrown.message : undefined;
    if (typeof message === "string" && message.trim() !== "") return oneLine(message, 200);
  } catch {
    // A thrown Proxy or an error whose `message` getter throws: fall through.
  }
  return "reading it threw an exception";
}

function unreadable<T>(record: "Occupation" | "Career", thrown: unknown): ValidationResult<T> {
  const issues = [
    {
      path: [],
      code: "unreadable_input",
      message: `Input could not be read: ${reasonOf(thrown)}`,
    },
  ];
  return { success: false, issues, summary: summarize(record, issues, 1) };
}

function safeValidate<T>(
  record: "Occupation" | "Career",
  schema: z.ZodType<T>,
  input: unknown,
): ValidationResult<T> {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    const { issues, total } = toIssues(result.error);
    return { success: false, issues, summary: summarize(record, issues, total) };
  } catch (thrown) {
    // A getter or Proxy trap that throws, a revoked Proxy, or a structure too deep for the stack.
    return unreadable(record, thrown);
  }
}

/**
 * Validates an occupation record from outside, without throwing.
 *
 * @param input - Any value, e.g. the parsed body of an API response.
 * @returns `{ success: true, data }` with the parsed record, or `{ success: false, issues, summary }`
 *   listing every problem with its path.
 * @category Validation
 * @example
 * ```ts
 * import { validateOccupation } from "careerpath/schemas";
 * const result = validateOccupation({ code: "29-2072" });
 * if (!result.success) console.log(result.issues[0]?.path); // ["title"]
 * ```
 */
export function validateOccupation(input: unknown): ValidationResult<Occupation> {
  return safeValidate("Occupation", Occupation, input);
}

/**
 * Validates a career-guide record from outside, without throwing.
 *
 * @param input - Any value, e.g. an entry from a CMS.
 * @returns `{ success: true, data }` with defaults applied, or `{ success: false, issues, summary }`.
 * @category Validation
 * @example
 * ```ts
 * import { validateCareer } from "careerpath/schemas";
 * const result = validateCareer({ id: "Bad Id" });
 * console.log(result.success); // false
 * ```
 */
export function validateCareer(input: unknown): ValidationResult<Career> {
  return safeValidate("Career", Career, input);
}

/**
 * Validates an occupation record and returns it, or throws.
 *
 * @param input - Any value.
 * @returns The parsed occupation.
 * @throws {@link CareerpathValidationError} listing every issue; never any other error.
 * @category Validation
 * @example
 * ```ts
 * import { parseOccupation } from "careerpath/schemas";
 * try {
 *   parseOccupation(null);
 * } catch (error) {
 *   console.log((error as Error).name); // "CareerpathValidationError"
 * }
 * ```
 */
export function parseOccupation(input: unknown): Occupation {
  const result = validateOccupation(input);
  if (result.success) return result.data;
  throw new CareerpathValidationError("Occupation", result.issues, result.summary);
}

/**
 * Validates a career-guide record and returns it, or throws.
 *
 * @param input - Any value.
 * @returns The parsed career, with defaults applied.
 * @throws {@link CareerpathValidationError} listing every issue; never any other error.
 * @category Validation
 * @example
 * ```ts
 * import { parseCareer } from "careerpath/schemas";
 * try {
 *   parseCareer({});
 * } catch (error) {
 *   console.log((error as Error).name); // "CareerpathValidationError"
 * }
 * ```
 */
export function parseCareer(input: unknown): Career {
  const result = validateCareer(input);
  if (result.success) return result.data;
  throw new CareerpathValidationError("Career", result.issues, result.summary);
}
