// One docs page per curated career, written like a career guide: quick facts with the official
// figures and the historical ones (each with its vintage), two charts, the ordered steps,
// credentials, work settings, related careers, sources, and the page's JSON-LD.
import { careerSteps } from "../../src/career-steps.js";
import { getCareer } from "../../src/get-career.js";
import { getOccupation } from "../../src/get-occupation.js";
import { formatFigure, numeric, toFigure } from "../../src/internal/values.js";
import { officialFigures } from "../../src/official-figures.js";
import { getCredential, getOrganization, getSource } from "../../src/registry-lookups.js";
import type { Career, CareerStep, Duration } from "../../src/schemas/career.js";
import type { Occupation } from "../../src/schemas/occupation.js";
import { toHowToJsonLd, toJsonLd } from "../../src/to-json-ld.js";
import { growthChart, wageChart } from "./charts.js";
import { jsonLdScript, md } from "./html.js";

/** The all-occupations projected change, percent, and its period. */
export interface Average {
  readonly percentChange: number | undefined;
  readonly period: string;
  readonly source: string;
}

function withArticle(title: string): string {
  const lower = title.charAt(0).toLowerCase() + title.slice(1);
  return `${/^[aeiou]/i.test(lower) ? "an" : "a"} ${lower}`;
}

function duration(d: Duration | null | undefined): string {
  if (!d) return "";
  const unit = d.max === 1 || (d.max === null && d.min === 1) ? d.unit.replace(/s$/, "") : d.unit;
  if (d.max === null) return `${d.min}+ ${unit}`;
  return d.min === d.max ? `${d.min} ${unit}` : `${d.min}–${d.max} ${unit}`;
}

function sourceLink(id: string): string {
  const s = getSource(id);
  return s ? `[${id}](${s.url})` : id;
}

function stepBlock(step: CareerStep): string {
  const meta = [
    step.kind,
    duration(step.duration),
    step.optional ? "optional" : "",
    step.educationCategory ? `reaches: ${step.educationCategory}` : "",
  ].filter(Boolean);
  const out = [
    `### <a id="step-${step.id}"></a>Step ${step.order}: ${md(step.title)}`,
    "",
    `<p class="cp-step-meta">${meta.join(" · ")}</p>`,
    "",
    md(step.summary),
  ];
  if (step.details.length > 0) out.push("", ...step.details.map((d) => `- ${md(d)}`));
  if (step.alternatives.length > 0) {
    out.push("", "You can take either route:", "");
    for (const a of step.alternatives) {
      const extra = [a.duration ? duration(a.duration) : "", a.educationCategory ?? ""].filter(
        Boolean,
      );
      out.push(
        `- **${md(a.title)}**${extra.length ? ` (${extra.join("; ")})` : ""}${a.summary ? `: ${md(a.summary)}` : ""}`,
      );
    }
  }
  if (step.credentials.length > 0) {
    const names = step.credentials.map((id) => {
      const c = getCredential(id);
      return c ? `${c.acronym} (${md(c.name)})` : id;
    });
    out.push("", `Credentials: ${names.join(", ")}.`);
  }
  if (step.programs.length > 0)
    out.push("", `Programs that prepare for it (CIP 2020 codes): ${step.programs.join(", ")}.`);
  if (step.sources.length > 0)
    out.push("", `<small>Sources: ${step.sources.map(sourceLink).join(", ")}</small>`);
  return out.join("\n");
}

function officialRows(occ: Occupation): string[] {
  return officialFigures(occ.code).map(
    (f) =>
      `| ${md(f.label)} | ${md(f.text)} | ${f.figure.period} | ${sourceLink(f.figure.source)} |`,
  );
}

function memberRows(occs: readonly Occupation[]): string[] {
  return occs.map((o) => {
    const w = o.wages.may2024;
    const median = w
      ? formatFigure(toFigure(w.annual.median, "USD per year", w.period, w.source))
      : "no OEWS estimate";
    const growth = formatFigure(
      toFigure(o.projections.percentChange, "percent", o.projections.period, o.projections.source),
    );
    return `| [${o.code}](../occupations.md) ${md(o.title)} | ${median} | ${growth} | ${o.categories.education} |`;
  });
}

/** The Markdown page for one career. `average` is the all-occupations growth for the chart. */
export function careerPage(career: Career, average: Average, pages: ReadonlySet<string>): string {
  const occs = career.occupations
    .map((c) => getOccupation(c))
    .filter((o): o is Occupation => o !== undefined);
  const main = occs[0] as Occupation;
  const steps = careerSteps(career.id);
  const q = career.quickFacts;
  const link = (id: string) =>
    pages.has(id) ? `[${md(getCareer(id)?.title ?? id)}](./${id}.md)` : id;
  const out: string[] = [
    "---",
    `title: ${JSON.stringify(career.title)}`,
    "group: Career guides",
    "---",
    "",
    `# How to become ${withArticle(career.title)} in ${steps.length} steps`,
    "",
    md(career.summary),
    "",
  ];
  if (career.aliases.length > 0)
    out.push(`**Also called:** ${career.aliases.map(md).join(", ")}.`, "");
  if (career.occupationNote) out.push(`> ${md(career.occupationNote)}`, "");
  out.push(
    "## Quick facts",
    "",
    "| | |",
    "|---|---|",
    `| Occupation${occs.length > 1 ? "s" : ""} (SOC 2018) | ${occs.map((o) => `[${o.code}](../occupations.md) ${md(o.title)}`).join("<br>")} |`,
    `| Typical education | ${md(q.education)} (BLS category: ${q.educationCategory}) |`,
    `| Certification | ${q.certification.status}: ${md(q.certification.text)} |`,
    `| Key skills | ${q.keySkills.map(md).join("; ")} |`,
    `| What the work involves | ${q.keyResponsibilities.map(md).join("; ")} |`,
    `| Steps | ${steps.length}, from ${md(steps[0]?.title ?? "")} to ${md(steps.at(-1)?.title ?? "")} |`,
    "",
  );
  if (occs.length === 1) {
    out.push(
      `### Official figures for ${main.code} ${md(main.title)}`,
      "",
      "| Figure | Value | Vintage | Source |",
      "|---|---|---|---|",
      ...officialRows(main),
      `| Typical entry education | ${main.categories.education} | ${main.projections.period} | ${sourceLink(main.projections.source)} |`,
      `| Related work experience | ${main.categories.experience} | ${main.projections.period} | ${sourceLink(main.projections.source)} |`,
      `| On-the-job training | ${main.categories.training} | ${main.projections.period} | ${sourceLink(main.projections.source)} |`,
      "",
    );
  } else {
    out.push(
      "### Official figures by member occupation",
      "",
      "A group of occupations has no single median wage, so each member is shown with its own figures.",
      "",
      "| Occupation | Median annual wage, May 2024 | Projected change, 2024–34 | Typical entry education |",
      "|---|---|---|---|",
      ...memberRows(occs),
      "",
      `Sources: ${sourceLink("bls-oews-2024")} (wages), ${sourceLink("bls-ep-2024-34")} (projections and categories).`,
      "",
    );
  }
  if (career.historicalFigures.length > 0) {
    out.push(
      "### Figures as published earlier",
      "",
      "These are older figures as a source published them. They are kept for reference and are not current.",
      "",
      "| Figure | Value | Vintage | Covers | Source |",
      "|---|---|---|---|---|",
      ...career.historicalFigures.map(
        (h) =>
          `| ${md(h.label)} | ${formatFigure(h.figure as never)} | ${h.figure.period} | ${md(h.figure.scope ?? "this career")} | ${sourceLink(h.figure.source)} |`,
      ),
      "",
    );
  }
  const wageRows = occs.map((o) => ({
    label: occs.length > 1 ? `${o.code} ${o.title}` : o.title,
    scale: o.wages.may2024?.annual,
  }));
  out.push(
    "## Pay",
    "",
    `Annual wages, May 2024 (BLS OEWS national estimates): the line runs from the 10th to the 90th percentile, the box from the 25th to the 75th, and the red mark is the median.`,
    "",
    '<figure class="cp-figure">',
    wageChart(wageRows, `Annual wage distribution, May 2024: ${career.title}`),
    `<figcaption>Source: ${"BLS Occupational Employment and Wage Statistics, May 2024"} (bls-oews-2024). Top-coded percentiles are drawn at their floor and marked ≥.</figcaption>`,
    "</figure>",
    "",
    "## Job outlook",
    "",
    `Projected change in employment, ${average.period}, against the average for all occupations${average.percentChange !== undefined ? ` (${average.percentChange}%)` : ""}.`,
    "",
    '<figure class="cp-figure">',
    growthChart(
      [
        ...occs.map((o) => ({
          label: occs.length > 1 ? `${o.code} ${o.title}` : o.title,
          value: numeric(o.projections.percentChange),
        })),
        { label: "All occupations", value: average.percentChange, average: true },
      ],
      `Projected employment change, ${average.period}: ${career.title} and all occupations`,
    ),
    `<figcaption>Source: BLS Employment Projections ${average.period} (${average.source}).</figcaption>`,
    "</figure>",
    "",
    `## The ${steps.length} steps`,
    "",
    `Use {@link careerpath!nextStep} to find the next one for a person who has done some of them.`,
    "",
  );
  for (const step of steps) out.push(stepBlock(step), "");
  if (career.credentials.length > 0) {
    out.push("## Credentials", "", "| Credential | Issued by | About |", "|---|---|---|");
    for (const id of career.credentials) {
      const c = getCredential(id);
      if (!c) continue;
      const org = getOrganization(c.issuer);
      out.push(
        `| **${c.acronym}**: ${md(c.name)} | ${org ? `[${org.acronym}](${org.url})` : c.issuer} | ${md(c.summary)} |`,
      );
    }
    out.push("");
  }
  if (career.workSettings.length > 0) {
    out.push("## Where they work", "", ...career.workSettings.map((w) => `- ${md(w.name)}`), "");
  }
  if (career.related.length > 0) {
    out.push("## Related careers", "", "| Career | Relation | Why |", "|---|---|---|");
    for (const r of career.related)
      out.push(`| ${link(r.career)} | ${r.relation} | ${md(r.note)} |`);
    out.push("");
  }
  const cited = [
    ...new Set([
      ...career.sources,
      ...career.historicalFigures.map((h) => h.figure.source),
      "bls-ep-2024-34",
      "bls-oews-2024",
      "bls-oews-2025",
      "onet-30-1",
    ]),
  ];
  out.push("## Sources", "");
  for (const id of cited) {
    const s = getSource(id);
    if (!s) continue;
    out.push(
      `- **${id}**: ${md(s.publisher)}, [${md(s.title)}](${s.url}) (${md(s.period)})${s.secondary ? ", a secondary source" : ""}. ${md(s.licence)}.`,
    );
  }
  out.push(
    "",
    `This page embeds schema.org JSON-LD from {@link careerpath!toJsonLd} and {@link careerpath!toHowToJsonLd}; see [Structured data](../../json-ld.md).`,
    "",
    jsonLdScript(toJsonLd(career.id)),
    "",
    jsonLdScript(toHowToJsonLd(career.id)),
    "",
  );
  return out.join("\n");
}
