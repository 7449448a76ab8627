import type { Machine } from "./machine.js";
import { type Row, round, show } from "./row.js";

function pad(cells: readonly string[][]): string {
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length))) ?? [];
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join(" | ")
        .trimEnd(),
    )
    .join("\n");
}

/** The table as plain text for the terminal. */
export function textTable(rows: readonly Row[], m: Machine): string {
  const head = ["#", "scenario", "figure", "baseline (same run)", "ratio", "budget", "result"];
  const body = rows.map((r) => [
    r.id,
    r.scenario,
    show(r.figure),
    `${r.baseline.label}: ${show(r.baseline)}`,
    r.ratio === undefined ? "–" : `${round(r.ratio)} ${r.ratioLabel}`.trim(),
    r.budget,
    r.status.toUpperCase(),
  ]);
  const rule = head.map(() => "-");
  const notes = rows
    .filter((r) => r.note)
    .map((r) => `  ${r.id}: ${r.note}`)
    .join("\n");
  const busy =
    m.loadAverage > m.cores
      ? `\nWARNING: load average ${m.loadAverage} on ${m.cores} cores when the run started; other work was competing for the CPU, so timings are inflated.\n`
      : "";
  return `careerpath bench — ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.platform}, load ${m.loadAverage}\n${busy}\n${pad(
    [head, rule, ...body],
  )}\n\nnotes:\n${notes}\n`;
}

/** The table as Markdown, for docs/performance.md. */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replaceAll("|", "\\|");
  const lines = [
    "| # | scenario | figure | baseline (same run) | ratio | budget | result |",
    "|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.id} | ${esc(r.scenario)} | ${esc(show(r.figure))} | ${esc(
          `${r.baseline.label}: ${show(r.baseline)}`,
        )} | ${r.ratio === undefined ? "–" : esc(`${round(r.ratio)} ${r.ratioLabel}`.trim())} | ${esc(
          r.budget,
        )} | ${r.status} |`,
    ),
  ];
  return lines.join("\n");
}
