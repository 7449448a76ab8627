import type { CareerStep } from "../schemas/career.js";
import { educationCategories } from "../vocabulary.js";

/**
 * The rank (index in `educationCategories`) of the BLS education category a step reaches: its
 * own, or else the lowest of its alternatives' (either alternative is enough). -1 when the step
 * states none. This is the rule `CareerStep.educationCategory` documents.
 */
export function stepEducationRank(step: CareerStep): number {
  if (step.educationCategory) return educationCategories.indexOf(step.educationCategory);
  const ranks = step.alternatives
    .map((a) => (a.educationCategory ? educationCategories.indexOf(a.educationCategory) : -1))
    .filter((r) => r >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : -1;
}
