import type { OccupationCode } from "./generated/ids.js";
import { getOccupationOrThrow } from "./get-occupation.js";
import { formatFigure, toFigure } from "./internal/values.js";
import type { Figure } from "./schemas/figure.js";

/** A figure with a label saying what it measures, ready to show. */
export interface LabelledFigure {
  /** What the figure measures, e.g. "Median annual wage". */
  readonly label: string;
  /** The figure with its unit, period and source. */
  readonly figure: Figure;
  /** The figure formatted for people, e.g. "$50,250". */
  readonly text: string;
}

/**
 * The headline official figures of an occupation, each with its unit, period and source:
 * 2024–34 projections and the May 2024 and May 2025 OEWS medians.
 *
 * @param code - An occupation code.
 * @returns A fresh array of labelled figures. Suppressed and top-coded values keep that state.
 * @throws {@link UnknownOccupationError} for an unknown code.
 * @category Occupations
 * @example
 * ```ts
 * import { officialFigures } from "careerpath";
 * const median = officialFigures("29-2072").find((f) => f.label === "Median annual wage, May 2024");
 * median?.text; // "$50,250"
 * median?.figure.source; // "bls-oews-2024"
 * ```
 */
export function officialFigures(code: OccupationCode | (string & {})): LabelledFigure[] {
  const occ = getOccupationOrThrow(code);
  const p = occ.projections;
  const out: LabelledFigure[] = [];
  const add = (label: string, figure: Figure) =>
    out.push({ label, figure, text: formatFigure(figure) });
  add(
    `Employment, ${p.period.slice(0, 4)}`,
    toFigure(p.employmentBase, "thousands of jobs", p.period, p.source),
  );
  add(
    `Projected employment change, ${p.period}`,
    toFigure(p.percentChange, "percent", p.period, p.source),
  );
  add(
    `Openings each year, ${p.period}`,
    toFigure(p.openings, "thousands of openings per year", p.period, p.source),
  );
  for (const wages of [occ.wages.may2024, occ.wages.may2025]) {
    if (!wages) continue;
    add(
      `Median annual wage, ${wages.period}`,
      toFigure(wages.annual.median, "USD per year", wages.period, wages.source),
    );
    add(
      `Median hourly wage, ${wages.period}`,
      toFigure(wages.hourly.median, "USD per hour", wages.period, wages.source),
    );
  }
  return out;
}
