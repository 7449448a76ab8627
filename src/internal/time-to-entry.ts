import type { CareerStep } from "../schemas/career.js";

/** Years from the first step to the first job: a range, with `max: null` when open-ended. */
export interface TimeToEntry {
  readonly min: number;
  readonly max: number | null;
  readonly unit: "years";
}

const PER_YEAR = { weeks: 52, months: 12, years: 1 } as const;

/** A range of years; `max: null` when open-ended. */
export interface YearRange {
  readonly min: number;
  readonly max: number | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Adds year ranges; an open-ended range makes the sum open-ended. Rounded to 0.1 year. */
export function addYears(ranges: Iterable<YearRange>): YearRange {
  let min = 0;
  let max: number | null = 0;
  for (const r of ranges) {
    min += r.min;
    max = max === null || r.max === null ? null : max + r.max;
  }
  return { min: round(min), max: max === null ? null : round(max) };
}

/** The summed durations of the required steps that have one, in years. */
export function stepYears(steps: Iterable<CareerStep>): YearRange {
  const ranges: YearRange[] = [];
  for (const step of steps) {
    if (step.optional || step.duration === null) continue;
    const f = PER_YEAR[step.duration.unit];
    ranges.push({
      min: step.duration.min / f,
      max: step.duration.max === null ? null : step.duration.max / f,
    });
  }
  return addYears(ranges);
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
  const firstJob = steps.findIndex((s) => s.kind === "job");
  const counted = steps
    .slice(0, firstJob === -1 ? undefined : firstJob)
    .filter(
      (s) => s.id !== "high-school" && s.educationCategory !== "High school diploma or equivalent",
    );
  const result: TimeToEntry = { ...stepYears(counted), unit: "years" };
  cache.set(steps, result);
  return { ...result };
}
