// The labelled official figures of an occupation record: officialFigures in careerpath, and the
// CLI, which renders a record it loaded itself.
import type { LabelledFigure } from "../official-figures.js";
import type { Figure } from "../schemas/figure.js";
import type { Occupation } from "../schemas/occupation.js";
import { formatFigure, toFigure } from "./values.js";

/** The employment, projection and wage figures of `occ`, each with its label and text. */
export function figuresOf(occ: Occupation): LabelledFigure[] {
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
