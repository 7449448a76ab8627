// Option checks shared by matchCareers and careerMoves: each bad value is an InvalidOptionError
// naming the option, with "did you mean" where a close valid value exists.
import { InvalidOptionError } from "../errors.js";
import { suggest } from "../internal/suggest.js";
import { WAGE_PERIODS, type WagePeriodKey } from "../internal/wage-comparison.js";
import type { EducationCategory } from "../schemas/categories.js";
import { educationCategories } from "../vocabulary.js";

/** The options object, or an empty one; anything else is an error. */
export function readObject(options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new InvalidOptionError("options", "an object", options);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key))
      throw new InvalidOptionError(
        key,
        `one of the options ${allowed.join(", ")}`,
        (options as Record<string, unknown>)[key],
        suggest(
          key,
          allowed.map((a) => [a, a] as const),
        ),
      );
  }
  return options as Record<string, unknown>;
}

/** An integer in [min, max], or the default. */
export function readInteger(
  name: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new InvalidOptionError(name, `an integer from ${min} to ${max}`, value);
  return value;
}

/** A finite number, or undefined. */
export function readNumber(name: string, value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new InvalidOptionError(name, what, value);
  return value;
}

/** A boolean, or the default. */
export function readBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new InvalidOptionError(name, "a boolean", value);
  return value;
}

/** A BLS education category, or undefined. */
export function readEducation(name: string, value: unknown): EducationCategory | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (educationCategories as readonly string[]).includes(value))
    return value as EducationCategory;
  const suggestions =
    typeof value === "string"
      ? suggest(
          value,
          educationCategories.map((c) => [c, c] as const),
          1,
        )
      : [];
  // A case or apostrophe slip ("associate's Degree", "Associates degree") is still a suggestion.
  if (typeof value === "string" && suggestions.length === 0) {
    const loose = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
    const hit = educationCategories.find((c) => loose(c).startsWith(loose(value)) && value !== "");
    if (hit) suggestions.push(hit);
  }
  throw new InvalidOptionError(
    name,
    `one of the BLS education categories (${educationCategories.map((c) => `"${c}"`).join(", ")})`,
    value,
    suggestions,
  );
}

/** An OEWS period ("May 2024" or "May 2025"), as its key; "May 2025" by default. */
export function readWagePeriod(value: unknown): WagePeriodKey {
  if (value === undefined) return "may2025";
  for (const [key, period] of Object.entries(WAGE_PERIODS))
    if (value === period) return key as WagePeriodKey;
  throw new InvalidOptionError(
    "wagePeriod",
    `one of ${Object.values(WAGE_PERIODS)
      .map((p) => `"${p}"`)
      .join(", ")}`,
    value,
    typeof value === "string"
      ? suggest(
          value,
          Object.values(WAGE_PERIODS).map((p) => [p, p] as const),
          1,
        )
      : [],
  );
}
