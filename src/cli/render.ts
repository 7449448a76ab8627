// Plain-text rendering for the CLI. Every figure is printed with its period and source id.
import { careerTitle, specialtyGuidesFor } from "../internal/data.js";
import { figuresOf } from "../internal/official-figures-of.js";
import { formatFigure } from "../internal/values.js";
import type { NextStepResult } from "../next-step.js";
import { getCredential, getOrganization, getSource } from "../registry-lookups.js";
import { entryRequirements } from "../requirements/entry-requirements.js";
import type { EntryRequirements } from "../requirements/types.js";
import type { Career, CareerStep } from "../schemas/career.js";
import type { Occupation } from "../schemas/occupation.js";
import type { Program } from "../schemas/program.js";
import type { Requirement } from "../schemas/requirement.js";
import type { OccupationsOf } from "./occupations.js";
import { duration, heading, table, wrap } from "./render-text.js";

export function renderSteps(steps: readonly CareerStep[]): string {
  return steps
    .map((s) => {
      const meta = [
        s.kind,
        duration(s.duration),
        s.optional ? "optional" : "",
        s.generated ? "generated from BLS categories and careerpath data" : "",
      ]
        .filter(Boolean)
        .join(", ");
      const lines = [`  ${s.order}. ${s.title} (${meta})`, wrap(s.summary, "     ")];
      for (const d of s.details) lines.push(wrap(`- ${d}`, "     "));
      if (s.alternatives.length > 0) {
        lines.push("     Either:");
        for (const a of s.alternatives) {
          lines.push(
            wrap(
              `- ${a.title}${a.duration ? ` (${duration(a.duration)})` : ""}${a.summary ? `: ${a.summary}` : ""}`,
              "       ",
            ),
          );
        }
      }
      if (s.credentials.length > 0)
        lines.push(
          `     Credentials: ${s.credentials.map((c) => getCredential(c)?.acronym ?? c).join(", ")}`,
        );
      if (s.programs.length > 0)
        lines.push(wrap(`Programs (CIP 2020): ${s.programs.join(", ")}`, "     "));
      if (s.basis) lines.push(wrap(`Basis: ${s.basis}`, "     "));
      return lines.join("\n");
    })
    .join("\n");
}

function officialBlock(occ: Occupation): string {
  const rows = figuresOf(occ).map((f) => [f.label, f.text, `[${f.figure.source}]`]);
  rows.push(["Typical entry education", occ.categories.education, "[bls-ep-2024-34]"]);
  rows.push(["Related work experience", occ.categories.experience, "[bls-ep-2024-34]"]);
  rows.push(["On-the-job training", occ.categories.training, "[bls-ep-2024-34]"]);
  if (occ.onet.jobZone !== null)
    rows.push(["O*NET Job Zone", String(occ.onet.jobZone), `[${occ.onet.source}]`]);
  return table(rows);
}

const SCOPE_TEXT: Readonly<Record<Requirement["scope"], string>> = {
  "all-states": "all states",
  "most-states": "most states (varies by state)",
  "some-states": "some states (varies by state)",
  federal: "federal",
  "voluntary-expected": "voluntary, commonly expected",
  voluntary: "voluntary",
  employer: "employer or program rule",
};

/** The "Licences, exams and registrations" section: the reviewed requirements, or "not reviewed". */
export function renderRequirements(result: EntryRequirements): string {
  const out = ["Licences, exams and registrations"];
  if (result.status === "not-reviewed") {
    out.push(wrap(`Not reviewed. ${result.note}`, "  "));
    return out.join("\n");
  }
  out.push(
    wrap(
      `${result.summary} (reviewed ${result.reviewed}; a national summary, not legal advice)`,
      "  ",
    ),
  );
  if (result.requirements.length === 0) out.push("  None found nationally.");
  result.requirements.forEach((r, i) => {
    const name = r.acronym && !r.name.includes(r.acronym) ? `${r.name} (${r.acronym})` : r.name;
    out.push(`  ${i + 1}. ${name}: ${r.kind}, ${SCOPE_TEXT[r.scope]}, ${r.timing}`);
    out.push(wrap(r.summary, "     "));
    if (r.appliesTo) out.push(wrap(`Applies to: ${r.appliesTo}`, "     "));
    if (r.body) out.push(wrap(`Administered by: ${r.body.name}`, "     "));
    for (const v of r.variesByState)
      out.push(wrap(`Varies by state: ${v.text} [${v.source}]`, "     "));
    out.push(`     Sources: ${r.sources.map((id) => `[${id}]`).join(" ")}`);
  });
  if (result.unconfirmed.length > 0) {
    out.push("  Left out as unconfirmed:");
    for (const u of result.unconfirmed) out.push(wrap(`- ${u}`, "     "));
  }
  out.push("  Requirement sources:", sourcesBlock(result.sources.map((s) => s.id)));
  return out.join("\n");
}

function sourcesBlock(ids: readonly string[]): string {
  return [...new Set(ids)]
    .map((id) => {
      const s = getSource(id);
      if (!s) return `  [${id}]`;
      return wrap(
        `[${id}] ${s.publisher}: ${s.title} (${s.period})${s.secondary ? ", secondary source" : ""}. ${s.url}`,
        "  ",
      );
    })
    .join("\n");
}

/** A guide; `occupationsOf` answers for its occupations (src/cli/occupations.ts). */
export function renderCareer(career: Career, occupationsOf: OccupationsOf): string {
  const out: string[] = [heading(career.title)];
  const occs = career.occupations
    .map((c) => occupationsOf(c))
    .filter((o): o is Occupation => o !== undefined);
  out.push(
    `Occupation${occs.length > 1 ? "s" : ""}: ${occs.map((o) => `${o.code} ${o.title}`).join("; ")}`,
  );
  if (career.aliases.length > 0) out.push(`Also called: ${career.aliases.join(", ")}`);
  out.push("", wrap(career.summary, ""));
  if (career.occupationNote) out.push("", wrap(`Note: ${career.occupationNote}`, ""));
  const q = career.quickFacts;
  out.push("", "Quick facts");
  out.push(
    table([
      ["Education", `${q.education} (BLS category: ${q.educationCategory})`],
      ["Certification", `${q.certification.status}: ${q.certification.text}`],
      ["Key skills", q.keySkills.join(", ")],
      ["Responsibilities", q.keyResponsibilities.join("; ")],
    ]),
  );
  const main = occs[0];
  if (occs.length === 1 && main) {
    out.push("", `Official figures for ${main.code} ${main.title}`, officialBlock(main));
  } else if (occs.length > 1) {
    out.push("", "Official figures by member occupation (a group has no single median)");
    out.push(
      table(
        occs.map((o) => {
          const median = o.wages.may2024?.annual.median;
          const growth = o.projections.percentChange;
          return [
            o.code,
            o.title,
            median === undefined
              ? "no OEWS estimate"
              : formatFigure(
                  typeof median === "number"
                    ? { kind: "value", unit: "USD per year", value: median }
                    : median.kind === "top-coded"
                      ? { kind: "top-coded", unit: "USD per year", atLeast: median.atLeast }
                      : { kind: "suppressed", unit: "USD per year" },
                ),
            typeof growth === "number" ? `${growth}%` : "—",
          ];
        }),
      ),
    );
    out.push(
      "  Median annual wage May 2024 [bls-oews-2024]; projected change 2024–34 [bls-ep-2024-34]",
    );
  }
  if (career.historicalFigures.length > 0) {
    out.push("", "Figures as published earlier (historical, not current)");
    out.push(
      table(
        career.historicalFigures.map((h) => [
          `${h.label}, ${h.figure.period}`,
          formatFigure(h.figure as never),
          `[${h.figure.source}]${h.figure.scope ? ` covers ${h.figure.scope}` : ""}`,
        ]),
      ),
    );
  }
  out.push("", `How to become one: ${career.steps.length} steps`, renderSteps(career.steps));
  if (main) {
    const scopeNote =
      career.scope === "specialty"
        ? ` (for the whole occupation ${main.code} ${main.title}; this guide covers one specialty in it)`
        : "";
    out.push(
      "",
      `${renderRequirements(entryRequirements(main.code))}${scopeNote ? `\n${wrap(scopeNote.trim(), "  ")}` : ""}`,
    );
  }
  if (career.workSettings.length > 0)
    out.push("", `Work settings: ${career.workSettings.map((w) => w.name).join(", ")}`);
  if (career.credentials.length > 0) {
    out.push("", "Credentials");
    for (const id of career.credentials) {
      const c = getCredential(id);
      const issuer = c ? getOrganization(c.issuer)?.acronym : undefined;
      out.push(`  ${c?.acronym ?? id}: ${c?.name ?? ""}${issuer ? ` (${issuer})` : ""}`);
    }
  }
  if (career.related.length > 0) {
    out.push("", "Related careers");
    for (const r of career.related) {
      const title = careerTitle(r.career);
      out.push(wrap(`${r.relation}: ${title ?? r.career} (${r.career}): ${r.note}`, "  "));
    }
  }
  const cited = [
    ...career.sources,
    ...career.historicalFigures.map((h) => h.figure.source),
    ...(occs.length > 0 ? ["bls-ep-2024-34", "bls-oews-2024", "bls-oews-2025", "onet-30-1"] : []),
  ];
  out.push("", "Sources", sourcesBlock(cited));
  return out.join("\n");
}

/** How many of an occupation's related occupations `show` lists. */
export const RELATED_SHOWN = 6;

/** An occupation; `occupationsOf` answers for its first RELATED_SHOWN related occupations. */
export function renderOccupation(
  occ: Occupation,
  steps: readonly CareerStep[],
  occupationsOf: OccupationsOf,
): string {
  const out = [heading(`${occ.title} (${occ.code})`)];
  out.push(
    `SOC: ${occ.soc.major.title} › ${occ.soc.minor.title}${occ.soc.broad ? ` › ${occ.soc.broad.title}` : ""}`,
  );
  if (occ.kind === "aggregate")
    out.push(`BLS projections aggregate covering ${occ.covers.join(", ")}`);
  out.push("", "Official figures", officialBlock(occ));
  out.push("", `Steps (${steps.length})`, renderSteps(steps));
  const specialties = specialtyGuidesFor(occ.code);
  if (specialties.length > 0) {
    out.push("", "Specialty guides inside this occupation");
    for (const id of specialties) out.push(`  ${careerTitle(id) ?? id}: careerpath show ${id}`);
  }
  out.push("", renderRequirements(entryRequirements(occ.code)));
  const related = occ.onet.related
    .slice(0, RELATED_SHOWN)
    .map((r) => `${r.code} ${occupationsOf(r.code)?.title ?? ""} (${r.tier})`);
  if (related.length > 0)
    out.push("", "Related occupations (O*NET)", ...related.map((r) => `  ${r}`));
  out.push(
    "",
    "Sources",
    sourcesBlock([
      "bls-ep-2024-34",
      "bls-oews-2024",
      "bls-oews-2025",
      "bls-soc-2018",
      occ.onet.source,
    ]),
  );
  return out.join("\n");
}

/** The programs that lead to a career or occupation; `named` are those its own steps list. */
export function renderPrograms(
  subject: string,
  programs: readonly Program[],
  named: ReadonlySet<string>,
): string {
  if (programs.length === 0)
    return `No instructional program in the CIP 2020–SOC 2018 crosswalk leads to ${subject}.`;
  const rows = programs.map((p) => [
    p.code,
    p.title,
    named.has(p.code) ? "named in the guide's steps" : "",
  ]);
  return [
    `Programs that lead to ${subject}: ${programs.length}`,
    table(rows).replace(/ +$/gm, ""),
    "",
    "Sources",
    sourcesBlock(["nces-cip-2020"]),
  ].join("\n");
}

/**
 * One program: its family and series, and the occupations and guides it leads to;
 * `occupationsOf` answers for its occupations.
 */
export function renderProgram(
  program: Program,
  guides: readonly string[],
  occupationsOf: OccupationsOf,
): string {
  const out = [heading(`${program.title} (CIP ${program.code})`)];
  out.push(`Family: ${program.family.code} ${program.family.title}`);
  out.push(`Series: ${program.series.code} ${program.series.title}`);
  out.push(
    "",
    `Leads to ${program.occupations.length} occupation${program.occupations.length === 1 ? "" : "s"}`,
  );
  out.push(table(program.occupations.map((c) => [c, occupationsOf(c)?.title ?? ""])));
  if (guides.length > 0) out.push("", `Career guides that name it: ${guides.join(", ")}`);
  out.push("", "Sources", sourcesBlock([program.source]));
  return out.join("\n");
}

export function renderNext(result: NextStepResult): string {
  if (result.kind === "done")
    return `All ${result.total} steps towards ${result.career} are complete.`;
  const s = result.step;
  const lines = [
    `Next step towards ${result.career} (${result.completedCount} of ${result.total} done):`,
    renderSteps([s]),
  ];
  if (result.skipped.length > 0)
    lines.push(`Skipped optional: ${result.skipped.map((x) => x.id).join(", ")}`);
  return lines.join("\n");
}
