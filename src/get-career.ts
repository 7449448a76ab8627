import { UnknownCareerError } from "./errors.js";
import { type CareerId, careerIds } from "./generated/ids.js";
import { careerById, careerNames } from "./internal/data.js";
import { readText } from "./internal/input.js";
import { suggest } from "./internal/suggest.js";
import type { Career } from "./schemas/career.js";

/**
 * Looks up a curated career guide by its id.
 *
 * @param id - A career id such as `"insurance-coder"`.
 * @returns The guide, deeply frozen; `undefined` when no guide has that id.
 * @category Careers
 * @example
 * ```ts
 * import { getCareer } from "careerpath";
 * getCareer("insurance-coder")?.steps.length; // 5
 * getCareer("astronaut"); // undefined
 * ```
 */
export function getCareer(id: CareerId): Career;
export function getCareer(id: string): Career | undefined;
export function getCareer(id: string): Career | undefined {
  return careerById(readText(id, "id"));
}

/**
 * Looks up a curated career guide, or throws with "did you mean" suggestions.
 *
 * @param id - A career id.
 * @returns The guide, deeply frozen.
 * @throws {@link UnknownCareerError} when no guide has that id.
 * @category Careers
 * @example
 * ```ts
 * import { getCareerOrThrow } from "careerpath";
 * getCareerOrThrow("insurance-coder").occupations; // ["29-2072"]
 * ```
 */
export function getCareerOrThrow(id: string, parameter = "id"): Career {
  const text = readText(id, parameter);
  const career = careerById(text);
  if (!career) throw new UnknownCareerError(text, suggest(text, careerNames()));
  return career;
}

/**
 * Tells whether a value is the id of a curated career guide, narrowing it to {@link CareerId}.
 *
 * @param value - Any value.
 * @returns `true` for a known career id.
 * @category Careers
 * @example
 * ```ts
 * import { isCareerId } from "careerpath";
 * isCareerId("insurance-coder"); // true
 * isCareerId("29-2072"); // false
 * ```
 */
export function isCareerId(value: unknown): value is CareerId {
  return typeof value === "string" && (careerIds as readonly string[]).includes(value);
}
