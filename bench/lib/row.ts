import type { Spread } from "./stats.js";

/** pass / miss against a budget, or info for rows that only report. */
export type Status = "pass" | "miss" | "info";

/** A measured figure: a single value (sizes are deterministic) or a median with its spread. */
export interface Measure {
  readonly value: number;
  readonly unit: string;
  readonly spread?: Spread;
}

/** One row of the table. */
export interface Row {
  readonly id: string;
  readonly scenario: string;
  readonly figure: Measure;
  readonly baseline: Measure & { readonly label: string };
  /** figure ÷ baseline, or as the budget defines it (e.g. naive ÷ ours for "× faster"). */
  readonly ratio: number | undefined;
  readonly ratioLabel: string;
  readonly budget: string;
  readonly status: Status;
  readonly note: string;
}

/** Rounds to `digits` significant digits for display. */
export function round(n: number, digits = 3): number {
  if (!Number.isFinite(n) || n === 0) return n;
  const scale = 10 ** (digits - Math.ceil(Math.log10(Math.abs(n))));
  return Math.round(n * scale) / scale;
}

/** "12,345 B" / "12.1 KB" style for bytes, plain rounded otherwise. */
export function show(m: Measure): string {
  if (m.unit === "B") {
    return m.value >= 10_000 ? `${round(m.value / 1000, 4)} kB` : `${Math.round(m.value)} B`;
  }
  const base = `${round(m.value)} ${m.unit}`;
  if (!m.spread || m.spread.runs < 2) return base;
  return `${base} [${round(m.spread.min)}–${round(m.spread.max)}, n=${m.spread.runs}]`;
}

/** A status from a test. */
export function status(ok: boolean): Status {
  return ok ? "pass" : "miss";
}
