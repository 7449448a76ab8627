import { UnknownCareerError, UnknownOccupationError } from "../errors.js";
import { occupationCodes } from "../generated/ids.js";
import type { Career } from "../schemas/career.js";
import { careerById, careerNames } from "./data.js";
import { foreignSystem } from "./foreign-code.js";
import { suggest } from "./suggest.js";

const CODE = /^\d{2}-\d{4}(?:\.\d{2})?$/;

/** What a `careerOrCode` argument refers to. */
export type Target =
  | { readonly kind: "career"; readonly id: string; readonly career: Career }
  | { readonly kind: "occupation"; readonly code: string };

let codeSet: Set<string> | undefined;

/** True when `code` is one of the 832 occupation codes. Needs no dataset. */
export function knownCode(code: string): boolean {
  codeSet ??= new Set(occupationCodes);
  return codeSet.has(code);
}

function* codeNames(): Generator<readonly [string, string]> {
  for (const code of occupationCodes) yield [code, code];
}

/**
 * Resolves a career slug or an occupation code, or throws a typed error with suggestions.
 * `argument` names the parameter in the error when the value is not a string.
 */
export function resolveTarget(careerOrCode: unknown): Target {
  if (typeof careerOrCode !== "string") {
    throw new UnknownCareerError(String(careerOrCode), []);
  }
  const career = careerById(careerOrCode);
  if (career) return { kind: "career", id: career.id, career };
  if (knownCode(careerOrCode)) return { kind: "occupation", code: careerOrCode };
  if (CODE.test(careerOrCode.trim())) {
    throw new UnknownOccupationError(
      careerOrCode,
      suggest(careerOrCode, codeNames()),
      foreignSystem(careerOrCode),
    );
  }
  throw new UnknownCareerError(
    careerOrCode,
    suggest(careerOrCode, [...careerNames(), ...codeNames()]),
  );
}
