import type { OccupationCode } from "./generated/ids.js";
import { getOccupationOrThrow } from "./get-occupation.js";
import { figuresOf } from "./internal/official-figures-of.js";
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
  return figuresOf(getOccupationOrThrow(code));
}
