// The category → step table behind generated steps, read from src/internal/generated-steps.ts
// so the docs cannot drift from the code.

import { type OccupationCode, occupationCodes } from "../../src/generated/ids.js";
import { getOccupation } from "../../src/get-occupation.js";
import {
  EDUCATION_STEPS,
  generatedSteps,
  TRAINING_STEPS,
} from "../../src/internal/generated-steps.js";
import type { Duration } from "../../src/schemas/career.js";
import {
  educationCategories,
  experienceCategories,
  trainingCategories,
} from "../../src/vocabulary.js";
import { md } from "./html.js";

function duration(d: Duration | null | undefined): string {
  if (!d) return "open-ended";
  if (d.max === null) return `${d.min}+ ${d.unit}`;
  return d.min === d.max ? `${d.min} ${d.unit}` : `${d.min}–${d.max} ${d.unit}`;
}

function counts<T extends string>(pick: (code: OccupationCode) => T): Map<T, number> {
  const out = new Map<T, number>();
  for (const code of occupationCodes) out.set(pick(code), (out.get(pick(code)) ?? 0) + 1);
  return out;
}

/** Markdown tables: education, experience and training categories and the steps they give. */
export function stepMapping(): string {
  const edu = counts((c) => getOccupation(c).categories.education);
  const exp = counts((c) => getOccupation(c).categories.experience);
  const tra = counts((c) => getOccupation(c).categories.training);
  const out = [
    "### Typical education needed for entry",
    "",
    "| BLS category | Occupations | Steps (id: title, typical time) |",
    "|---|---|---|",
  ];
  for (const category of educationCategories) {
    const steps = EDUCATION_STEPS[category];
    out.push(
      `| ${category} | ${edu.get(category) ?? 0} | ${steps.length === 0 ? "no education step" : steps.map((s) => `\`${s.id}\`: ${md(s.title)} (${duration(s.duration)})`).join("<br>")} |`,
    );
  }
  out.push(
    "",
    "### Work experience in a related occupation",
    "",
    "| BLS category | Occupations | Step |",
    "|---|---|---|",
  );
  for (const category of experienceCategories) {
    const sample = occupationCodes.find((c) => getOccupation(c).categories.experience === category);
    const step = sample ? generatedSteps(sample)?.find((s) => s.kind === "experience") : undefined;
    out.push(
      `| ${category} | ${exp.get(category) ?? 0} | ${step ? `\`${step.id}\`: ${md(step.title)} (${duration(step.duration)}), naming up to three related occupations from O*NET` : "no experience step"} |`,
    );
  }
  out.push(
    "",
    "### Typical on-the-job training",
    "",
    "| BLS category | Occupations | Step | Where it goes |",
    "|---|---|---|---|",
  );
  for (const category of trainingCategories) {
    const t = TRAINING_STEPS[category];
    out.push(
      `| ${category} | ${tra.get(category) ?? 0} | ${t ? `\`${t.id}\`: ${md(t.title)} (${duration(t.duration)})` : "no training step"} | ${t ? (t.beforeJob ? "before the first job" : "after the first job") : ""} |`,
    );
  }
  return `${out.join("\n")}\n`;
}
