// A career id or occupation code, resolved to the occupation whose figures are used: a guide's
// main occupation, as compareCareers uses.
import { careerForCode } from "../internal/data.js";
import { occupationByCode } from "../internal/occupations.js";
import { resolveTarget } from "../internal/resolve.js";
import type { Occupation } from "../schemas/occupation.js";

/** One side of a move or gap: what was asked for and the occupation used. */
export interface ResolvedSide {
  /** The id or code as given. */
  readonly id: string;
  /** The curated guide, when the id is one or the occupation has one. */
  readonly career: string | undefined;
  readonly occupation: Occupation;
}

/** Resolves an id or code; throws UnknownCareerError / UnknownOccupationError with suggestions. */
export function resolveSide(id: unknown): ResolvedSide {
  const target = resolveTarget(id);
  if (target.kind === "career") {
    const code = target.career.occupations[0] as string;
    return { id: target.id, career: target.id, occupation: occupationByCode(code) as Occupation };
  }
  return {
    id: target.code,
    career: careerForCode(target.code),
    occupation: occupationByCode(target.code) as Occupation,
  };
}
