import { UnknownOccupationError } from "./errors.js";
import { type OccupationCode, occupationCodes } from "./generated/ids.js";
import { foreignSystem } from "./internal/foreign-code.js";
import { occupationByCode } from "./internal/occupations.js";
import { knownCode } from "./internal/resolve.js";
import { suggest } from "./internal/suggest.js";
import type { Occupation } from "./schemas/occupation.js";

/**
 * Looks up an occupation (a BLS National Employment Matrix line item) by its code.
 *
 * @param code - A code such as `"29-2072"`.
 * @returns The occupation with its official figures, deeply frozen; `undefined` for an unknown code.
 * @category Occupations
 * @example
 * ```ts
 * import { getOccupation } from "careerpath";
 * getOccupation("29-2072")?.title; // "Medical records specialists"
 * getOccupation("99-9999"); // undefined
 * ```
 */
export function getOccupation(code: OccupationCode): Occupation;
export function getOccupation(code: string): Occupation | undefined;
export function getOccupation(code: string): Occupation | undefined {
  return typeof code === "string" && knownCode(code) ? occupationByCode(code) : undefined;
}

/**
 * Looks up an occupation, or throws with "did you mean" suggestions.
 *
 * @param code - An occupation code.
 * @returns The occupation, deeply frozen.
 * @throws {@link UnknownOccupationError} when the code is not a line item; for a known code of another
 *   system (SOC 2010, a SOC 2018 code inside an aggregate, O*NET-SOC) its message and `foreignSystem`
 *   point to `resolveOccupation` in `careerpath/codes`.
 * @category Occupations
 * @example
 * ```ts
 * import { getOccupationOrThrow } from "careerpath";
 * getOccupationOrThrow("15-1252").title; // "Software developers"
 * ```
 */
export function getOccupationOrThrow(code: string): Occupation {
  const occupation = getOccupation(code);
  if (!occupation) {
    throw new UnknownOccupationError(
      String(code),
      suggest(
        String(code),
        occupationCodes.map((c) => [c, c] as const),
      ),
      foreignSystem(String(code)),
    );
  }
  return occupation;
}

/**
 * Tells whether a value is one of the 832 occupation codes, narrowing it to {@link OccupationCode}.
 *
 * @param value - Any value.
 * @returns `true` for a known code.
 * @category Occupations
 * @example
 * ```ts
 * import { isOccupationCode } from "careerpath";
 * isOccupationCode("29-2072"); // true
 * isOccupationCode("29-0000"); // false
 * ```
 */
export function isOccupationCode(value: unknown): value is OccupationCode {
  return typeof value === "string" && knownCode(value);
}
