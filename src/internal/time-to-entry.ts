import type { CareerStep, Duration } from "../schemas/career.js";

/** Years from the first step to the first job: a range, with `max: null` when open-ended. */
export interface TimeToEntry {
  readonly min: number;
  readonly max: number | null;
  readonly unit: "years";
}

const PER_YEAR = { weeks: 52, months: 12, years: 1 } as const;

function inYears(d: Duration): { min: number; max: number | null } {
  const f = PER_YEAR[d.unit];
  return { min: d.min / f, max: d.max === null ? null : d.max / f };
}

const cache = new WeakMap<readonly CareerStep[], TimeToEntry>();

/**
 * Sums the durations of the required steps before the first job step (all steps when there is
 * none). High school is not counted, so that paths compare from the same starting point.
 */
export function timeToEntry(steps: readonly CareerStep[]): TimeToEntry {
  const hit = cache.get(steps);
  // A copy each time: callers get it inside results they own (compareCareers) and may change it.
  if (hit) return { ...hit };
  let min = 0;
  let max: number | null = 0;
  for (const step of steps) {
    if (step.kind === "job") break;
    if (
      step.optional ||
      step.duration === null ||
      step.id === "high-school" ||
      step.educationCategory === "High school diploma or equivalent"
    )
      continue;
    const y = inYears(step.duration);
    min += y.min;
    max = max === null || y.max === null ? null : max + y.max;
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const result: TimeToEntry = {
    min: round(min),
    max: max === null ? null : round(max),
    unit: "years",
  };
  cache.set(steps, result);
  return { ...result };
}
