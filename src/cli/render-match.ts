// Plain-text tables for `careerpath match` and `careerpath moves`. Every figure names its period
// and source; a requirement gap that has not been reviewed says so.
import { formatFigure } from "../internal/values.js";
import type { CareerMoves } from "../match/career-moves.js";
import type { CareerMatches } from "../match/match-careers.js";
import { table as paddedTable } from "./render-text.js";

/** The shared text table, without the trailing spaces an empty last cell leaves. */
function table(rows: readonly (readonly string[])[], indent = "  "): string {
  return paddedTable(rows, indent).replace(/ +$/gm, "");
}

const money = (n: number | undefined) =>
  n === undefined ? "n/p" : formatFigure({ kind: "value", unit: "USD per year", value: n });
const signed = (n: number | undefined) =>
  n === undefined ? "n/p" : `${n >= 0 ? "+" : "−"}${money(Math.abs(n))}`;

export function renderMatches(r: CareerMatches): string {
  const out = [
    `Interest match for ${r.profile.code}: ${r.matches.length} of ${r.eligible} eligible occupations`,
  ];
  if (r.matches.length === 0) {
    out.push("No occupation passes the filters.");
  } else {
    const period = r.matches[0]?.headline.medianWage?.period ?? "";
    out.push(
      table([
        [
          "#",
          "Code",
          "Occupation",
          "Fit",
          "RIASEC",
          "Typical education",
          `Median ${period}`,
          "Growth",
          "Zone",
        ],
        ...r.matches.map((m) => [
          String(m.rank),
          m.code,
          m.title.length > 44 ? `${m.title.slice(0, 43)}…` : m.title,
          m.fit.score.toFixed(2),
          m.fit.occupationCode || "—",
          m.headline.education.category,
          m.headline.medianWage ? formatFigure(m.headline.medianWage) : "n/p",
          formatFigure(m.headline.growth),
          String(m.headline.jobZone ?? "—"),
        ]),
      ]),
    );
  }
  const ex = Object.entries(r.excluded)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
  out.push("", `Fit: ${r.method}.`);
  if (ex) out.push(`Left out: ${ex}.`);
  out.push(
    "Sources: O*NET interests and Job Zones; BLS education and 2024–34 projections (bls-ep-2024-34); OEWS wages (bls-oews-2025 or bls-oews-2024). A ranking aid, not an assessment.",
  );
  return out.join("\n");
}

export function renderMoves(r: CareerMoves): string {
  const out = [`Moves from ${r.from.title} (${r.from.code}): ${r.moves.length} of ${r.eligible}`];
  if (r.moves.length === 0) out.push("No occupation passes the filters.");
  else {
    const period = r.moves.find((m) => m.wages.comparable)?.wages.period ?? "";
    out.push(
      table([
        [
          "#",
          "Code",
          "Occupation",
          "Support",
          "Similar",
          `Wage change ${period}`,
          "Education",
          "Skills to build",
        ],
        ...r.moves.map((m) => [
          String(m.rank),
          m.code,
          m.title.length > 40 ? `${m.title.slice(0, 39)}…` : m.title,
          m.relatedness ? `O*NET ${m.relatedness.tier}` : "skills only",
          m.similarity === undefined ? "—" : m.similarity.toFixed(3),
          m.wages.comparable ? signed(m.wages.medianDifference) : "n/p",
          m.education.difference === 0
            ? "same"
            : `${m.education.difference > 0 ? "+" : "−"}${Math.abs(m.education.difference)} (${m.education.b})`,
          m.skillsToBuild.map((s) => s.skill).join(", ") || "—",
        ]),
      ]),
    );
  }
  const notReviewed = r.moves.filter((m) => m.requirements.status === "not reviewed").length;
  const gaps = r.moves
    .filter((m) => m.requirements.status === "reviewed" && m.requirements.gaps.length > 0)
    .map((m) => `${m.code}: ${(m.requirements as { gaps: readonly string[] }).gaps.join(", ")}`);
  out.push("");
  if (gaps.length > 0) out.push(`Licences and exams the target adds: ${gaps.join("; ")}.`);
  if (notReviewed > 0)
    out.push(
      `Licences and exams: not reviewed for ${notReviewed} of these moves (unknown, not "none").`,
    );
  out.push(
    `Ranking: ${r.method.ranking}.`,
    `Similarity: ${r.method.similarity}. Skills to build: ${r.method.toBuild}.`,
    "Sources: O*NET related occupations and skills; OEWS wages; BLS education categories (bls-ep-2024-34).",
  );
  return out.join("\n");
}
