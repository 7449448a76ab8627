import { stepsFor } from "../career-steps.js";
import type { CareerId, OccupationCode } from "../generated/ids.js";
import { deepFreeze } from "../internal/freeze.js";
import { programsOfOccupation } from "../internal/programs.js";
import type { CareerStep } from "../schemas/career.js";
import { educationCategories } from "../vocabulary.js";

const cache = new Map<string, readonly CareerStep[]>();
const POSTSECONDARY = educationCategories.indexOf("Some college, no degree");

/** The index of the generated step that the occupation's programs belong on, or -1. */
function programStep(steps: readonly CareerStep[]): number {
  let best = -1;
  let bestRank = -1;
  steps.forEach((s, i) => {
    if (!s.generated || (s.kind !== "education" && s.kind !== "training")) return;
    const rank = s.educationCategory ? educationCategories.indexOf(s.educationCategory) : -1;
    if (rank > bestRank) [best, bestRank] = [i, rank];
  });
  if (bestRank >= POSTSECONDARY) return best;
  return steps.findIndex((s) => s.generated && s.id === "apprenticeship");
}

/**
 * The steps into a career, like `careerSteps` from `careerpath`, with the instructional programs
 * filled in on generated steps.
 *
 * Curated steps keep their own `programs`. In generated steps, the occupation's programs (CIP
 * 2020 codes from the NCES crosswalk) go on the step that reaches its typical entry education
 * when that is postsecondary (a certificate, some college or a degree); for an occupation
 * entered from high school or with no credential, they go on the apprenticeship step if there
 * is one, and otherwise on no step. The programs of every occupation are also available from
 * {@link programsFor}.
 *
 * @param careerOrCode - A career id or an occupation code.
 * @returns The steps in order, deeply frozen. The same array is returned on every call.
 * @throws `UnknownCareerError` or `UnknownOccupationError` (from `careerpath`) with suggestions.
 * @category Programs
 * @example
 * ```ts
 * import { stepsWithPrograms } from "careerpath/programs";
 * stepsWithPrograms("29-1141").find((s) => s.id === "bachelors-degree")?.programs.slice(0, 3);
 * // ["51.3801", "51.3802", "51.3803"]
 * stepsWithPrograms("insurance-coder")[1]?.programs; // ["51.0713", "51.0707"] (curated)
 * ```
 */
export function stepsWithPrograms(
  careerOrCode: CareerId | OccupationCode | (string & {}),
): readonly CareerStep[] {
  const { owner, steps } = stepsFor(careerOrCode);
  const hit = cache.get(owner);
  if (hit) return hit;
  let result = steps;
  const at = steps.some((s) => s.generated) ? programStep(steps) : -1;
  const programs = at === -1 ? [] : programsOfOccupation(owner).map((p) => p.code);
  if (programs.length > 0) {
    result = deepFreeze(steps.map((s, i) => (i === at ? { ...s, programs } : s)));
  }
  cache.set(owner, result);
  return result;
}
