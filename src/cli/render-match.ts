// Plain-text tables for `careerpath match` and `careerpath moves`. Every figure names its period
// and source; a requirement gap that has not been reviewed says so.
import { formatFigure } from "../internal/values.js";
import type { CareerMoves } from "../match/career-moves.js";
import type { CareerMatches } from "../match/match-careers.js";
import { table as paddedTable, wrap } from "./render-text.js";

/** The shared text table, without the trailing spaces an empty last cell leaves. */
function table(rows: readonly (readonly string[])[], indent = "  "): string {
  return paddedTable(rows, indent).replace(/ +$/gm, "");
}

/** The width the last column of a table needs at least; the CLI wraps longer cells within it. */
const LAST_COLUMN_ROOM = 24;

/** One ranked item when the table is too wide: its rank, code and title, then its facts. */
interface Block {
  readonly head: readonly [string, string, string];
  readonly facts: readonly string[];
  readonly last?: string;
}

/** Facts joined with " · ", a line broken between facts (within one only when it is too long). */
function wrapFacts(facts: readonly string[], pad: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const fact of facts) {
    const joined = line ? `${line} · ${fact}` : fact;
    if (!line || pad.length + joined.length <= width) line = joined;
    else {
      lines.push(`${pad}${line} ·`);
      line = fact;
    }
  }
  lines.push(pad + line);
  return lines
    .map((l) => (l.length > width ? wrap(l.slice(pad.length), pad, width) : l))
    .join("\n");
}

/**
 * The table when its columns fit in `width` (the last one wrapped); otherwise one block per item: rank, code and the
 * whole title on one line, then the facts joined with " · " and wrapped under the title.
 */
function tableOrBlocks(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  blocks: readonly Block[],
  width: number,
): string {
  // The table, when the columns before the last fit and leave the last one room to wrap in.
  const all = [header, ...rows];
  const last = header.length - 1;
  const before = header
    .slice(0, last)
    .reduce((sum, _, i) => sum + Math.max(...all.map((row) => (row[i] ?? "").length)) + 2, 2);
  const lastWidth = Math.max(...all.map((row) => (row[last] ?? "").length));
  if (before + Math.min(lastWidth, LAST_COLUMN_ROOM) <= width) return table(all);
  const rank = Math.max(...blocks.map((b) => b.head[0].length));
  const pad = " ".repeat(2 + rank + 2);
  return blocks
    .map((b) =>
      [
        `  ${b.head[0].padStart(rank)}  ${b.head[1]}  ${b.head[2]}`,
        wrapFacts(b.facts, pad, width),
        ...(b.last ? [wrap(b.last, pad, width)] : []),
      ].join("\n"),
    )
    .join("\n");
}

const money = (n: number | undefined) =>
  n === undefined ? "n/p" : formatFigure({ kind: "value", unit: "USD per year", value: n });
const signed = (n: number | undefined) =>
  n === undefined ? "n/p" : `${n >= 0 ? "+" : "−"}${money(Math.abs(n))}`;

export function renderMatches(r: CareerMatches, width = 80): string {
  const out = [
    `Interest match for ${r.profile.code}: ${r.matches.length} of ${r.eligible} eligible occupations`,
  ];
  if (r.matches.length === 0) {
    out.push("No occupation passes the filters.");
  } else {
    const period = r.matches[0]?.headline.medianWage?.period ?? "";
    const cells = r.matches.map((m) => ({
      m,
      riasec: m.fit.occupationCode || "—",
      wage: m.headline.medianWage ? formatFigure(m.headline.medianWage) : "n/p",
      growth: formatFigure(m.headline.growth),
      zone: String(m.headline.jobZone ?? "—"),
    }));
    out.push(
      tableOrBlocks(
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
        cells.map(({ m, riasec, wage, growth, zone }) => [
          String(m.rank),
          m.code,
          m.title.length > 44 ? `${m.title.slice(0, 43)}…` : m.title,
          m.fit.score.toFixed(2),
          riasec,
          m.headline.education.category,
          wage,
          growth,
          zone,
        ]),
        cells.map(({ m, riasec, wage, growth, zone }) => ({
          head: [String(m.rank), m.code, m.title],
          facts: [
            `fit ${m.fit.score.toFixed(2)}`,
            `RIASEC ${riasec}`,
            m.headline.education.category,
            `median ${m.headline.medianWage?.period ?? period} ${wage}`,
            `growth ${growth}`,
            `Job Zone ${zone}`,
          ],
        })),
        width,
      ),
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

export function renderMoves(r: CareerMoves, width = 80): string {
  const out = [`Moves from ${r.from.title} (${r.from.code}): ${r.moves.length} of ${r.eligible}`];
  if (r.moves.length === 0) out.push("No occupation passes the filters.");
  else {
    const period = r.moves.find((m) => m.wages.comparable)?.wages.period ?? "";
    const cells = r.moves.map((m) => ({
      m,
      support: m.relatedness ? `O*NET ${m.relatedness.tier}` : "skills only",
      similar: m.similarity === undefined ? "—" : m.similarity.toFixed(3),
      wage: m.wages.comparable ? signed(m.wages.medianDifference) : "n/p",
      education:
        m.education.difference === 0
          ? "same"
          : `${m.education.difference > 0 ? "+" : "−"}${Math.abs(m.education.difference)} (${m.education.b})`,
      build: m.skillsToBuild.map((s) => s.skill).join(", ") || "—",
    }));
    out.push(
      tableOrBlocks(
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
        cells.map(({ m, support, similar, wage, education, build }) => [
          String(m.rank),
          m.code,
          m.title.length > 40 ? `${m.title.slice(0, 39)}…` : m.title,
          support,
          similar,
          wage,
          education,
          build,
        ]),
        cells.map(({ m, support, similar, wage, education, build }) => ({
          head: [String(m.rank), m.code, m.title],
          facts: [
            support,
            `similarity ${similar}`,
            `wage change ${m.wages.comparable ? `${wage} (${m.wages.period})` : wage}`,
            `education ${education}`,
          ],
          last: `skills to build: ${build}`,
        })),
        width,
      ),
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
