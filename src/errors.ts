/**
 * Error classes shared by every entry point. Each has a literal `name` and readonly details.
 * @module
 */
import { printableJson } from "./internal/printable.js";

/** One problem found while validating a record. */
export interface ValidationIssue {
  /** Where the problem is, as keys and indexes from the root. Empty for the root itself. */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable code, e.g. `invalid_type` or `unrecognized_keys`. */
  readonly code: string;
  /** A readable sentence saying what is wrong. */
  readonly message: string;
}

/**
 * Thrown by `parseOccupation` and `parseCareer` when the input is not a valid record.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CareerpathValidationError, parseCareer } from "careerpath/schemas";
 * try {
 *   parseCareer({ id: "Not A Slug" });
 * } catch (error) {
 *   if (error instanceof CareerpathValidationError) console.log(error.issues.length > 0); // true
 * }
 * ```
 */
export class CareerpathValidationError extends Error {
  override readonly name = "CareerpathValidationError" as const;
  /** Every problem found, each with its path. */
  readonly issues: readonly ValidationIssue[];
  /** Which kind of record was being validated. */
  readonly record: "Occupation" | "Career";

  constructor(
    record: "Occupation" | "Career",
    issues: readonly ValidationIssue[],
    summary: string,
  ) {
    super(summary);
    this.record = record;
    this.issues = issues;
  }
}

/**
 * Thrown when a career id, occupation code or step id is not known. `suggestions` lists the
 * closest known ids ("did you mean").
 *
 * @category Errors
 * @example
 * ```ts
 * import { getCareerOrThrow, UnknownCareerError } from "careerpath";
 * try {
 *   getCareerOrThrow("insurance-codr");
 * } catch (error) {
 *   if (error instanceof UnknownCareerError) console.log(error.suggestions[0]); // "insurance-coder"
 * }
 * ```
 */
export class UnknownCareerError extends Error {
  override readonly name = "UnknownCareerError" as const;
  /** The id that was asked for. */
  readonly id: string;
  /** The closest known ids, best first. May be empty. */
  readonly suggestions: readonly string[];

  constructor(id: string, suggestions: readonly string[]) {
    super(unknownMessage("career or occupation", id, suggestions));
    this.id = id;
    this.suggestions = suggestions;
  }
}

/**
 * Thrown when an occupation code is not one of the BLS National Employment Matrix line items.
 *
 * @category Errors
 * @example
 * ```ts
 * import { getOccupationOrThrow, UnknownOccupationError } from "careerpath";
 * try {
 *   getOccupationOrThrow("292072");
 * } catch (error) {
 *   if (error instanceof UnknownOccupationError) console.log(error.suggestions.includes("29-2072")); // true
 * }
 * try {
 *   getOccupationOrThrow("29-2071");
 * } catch (error) {
 *   if (error instanceof UnknownOccupationError) console.log(error.foreignSystem); // "SOC 2010"
 * }
 * ```
 */
export class UnknownOccupationError extends Error {
  override readonly name = "UnknownOccupationError" as const;
  /** The code that was asked for. */
  readonly code: string;
  /** The closest known codes, best first. May be empty. */
  readonly suggestions: readonly string[];
  /**
   * The code system the code belongs to when it is a known code of another system
   * (`"SOC 2010"`, `"SOC 2018"`, `"O*NET-SOC"`): `resolveOccupation` from `careerpath/codes`
   * maps it to today's occupations. Undefined otherwise.
   */
  readonly foreignSystem: string | undefined;

  constructor(code: string, suggestions: readonly string[], foreignSystem?: string) {
    super(
      foreignSystem === undefined
        ? unknownMessage("occupation code", code, suggestions)
        : unknownMessage(
            "occupation code",
            code,
            suggestions,
            `: it is ${foreignSystem.startsWith("O*NET") ? "an" : "a"} ${foreignSystem} code, not an Employment Projections line item; resolveOccupation(${JSON.stringify(code)}) from "careerpath/codes" maps it to today's occupations`,
          ),
    );
    this.code = code;
    this.suggestions = suggestions;
    this.foreignSystem = foreignSystem;
  }
}

/**
 * Thrown when a CIP code is not one of the programs that lead to an occupation. `suggestions`
 * lists the closest program codes ("did you mean").
 *
 * @category Errors
 * @example
 * ```ts
 * import { getProgramOrThrow, UnknownProgramError } from "careerpath/programs";
 * try {
 *   getProgramOrThrow("510713");
 * } catch (error) {
 *   if (error instanceof UnknownProgramError) console.log(error.suggestions[0]); // "51.0713"
 * }
 * ```
 */
export class UnknownProgramError extends Error {
  override readonly name = "UnknownProgramError" as const;
  /** The CIP code that was asked for. */
  readonly code: string;
  /** The closest known CIP codes, best first. May be empty. */
  readonly suggestions: readonly string[];

  constructor(code: string, suggestions: readonly string[]) {
    super(unknownMessage("CIP program code", code, suggestions));
    this.code = code;
    this.suggestions = suggestions;
  }
}

/**
 * Thrown by `nextStep` when a completed step id is not a step of the career.
 *
 * @category Errors
 * @example
 * ```ts
 * import { nextStep, UnknownStepError } from "careerpath";
 * try {
 *   nextStep("insurance-coder", { completed: ["hig-school"] });
 * } catch (error) {
 *   if (error instanceof UnknownStepError) console.log(error.suggestions[0]); // "high-school"
 * }
 * ```
 */
export class UnknownStepError extends Error {
  override readonly name = "UnknownStepError" as const;
  /** The career or occupation whose steps were searched. */
  readonly career: string;
  /** The step id that was not found. */
  readonly step: string;
  /** The closest step ids, best first. May be empty. */
  readonly suggestions: readonly string[];

  constructor(career: string, step: string, suggestions: readonly string[]) {
    super(unknownMessage(`step of ${career}`, step, suggestions));
    this.career = career;
    this.step = step;
    this.suggestions = suggestions;
  }
}

/**
 * Thrown when an options object holds a value the function cannot use. `option` names it.
 *
 * @category Errors
 * @example
 * ```ts
 * import { InvalidOptionError, searchCareers } from "careerpath";
 * try {
 *   searchCareers("coder", { limit: -1 });
 * } catch (error) {
 *   if (error instanceof InvalidOptionError) console.log(error.option); // "limit"
 * }
 * ```
 */
export class InvalidOptionError extends Error {
  override readonly name = "InvalidOptionError" as const;
  /** The name of the offending option. */
  readonly option: string;
  /** The closest valid values, best first ("did you mean"). May be empty. */
  readonly suggestions: readonly string[];

  constructor(
    option: string,
    expected: string,
    received: unknown,
    suggestions: readonly string[] = [],
  ) {
    const hint =
      suggestions.length > 0
        ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?`
        : "";
    super(
      `Invalid option "${option}": expected ${expected}, received ${describe(received)}${hint}`,
    );
    this.option = option;
    this.suggestions = suggestions;
  }
}

function unknownMessage(
  what: string,
  id: string,
  suggestions: readonly string[],
  note = "",
): string {
  // JSON-quoted, so that an id with quotes or line breaks still gives a one-line message.
  // Control and format characters are escaped too, so the message is safe to print.
  const shown = printableJson(JSON.stringify(id.length > 60 ? `${id.slice(0, 57)}...` : id));
  const hint =
    suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "";
  return `Unknown ${what} ${shown}${note}${hint}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return printableJson(JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}
