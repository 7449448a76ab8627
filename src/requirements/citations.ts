import type { Requirement } from "../schemas/requirement.js";

/** Every source id a requirement cites (its own list, then its facts), first-cited order. */
export function requirementSourceIds(requirements: readonly Requirement[]): string[] {
  const ids = new Set<string>();
  for (const r of requirements) {
    for (const s of r.sources) ids.add(s);
    for (const t of [
      ...r.prerequisites,
      ...r.variesByState,
      ...(r.exam?.notes ?? []),
      ...(r.renewal?.notes ?? []),
    ])
      ids.add(t.source);
    for (const n of [r.duration, r.exam?.questions, r.exam?.time, r.renewal?.cycleYears])
      if (n) ids.add(n.source);
  }
  return [...ids];
}
