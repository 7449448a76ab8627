// Inline SVG charts rendered at docs build time: no runtime dependency, no script. Each chart is
// one <svg> on consecutive lines (no blank line), so Markdown passes it through as raw HTML.
import type { OfficialValue } from "../../src/schemas/figure.js";
import type { WageScale } from "../../src/schemas/occupation.js";
import { esc, px, usd } from "./html.js";

/** One occupation's May 2024 annual wage percentiles. */
export interface WageRow {
  readonly label: string;
  readonly scale: WageScale | undefined;
}

const WIDTH = 640;
const LABEL = 250;
const RIGHT = 24;
const ROW = 46;
const TOP = 28;
const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

/** Shortens a row label to fit the label column; the full text stays in a <title>. */
function label(text: string, x: number, y: number, extra = ""): string {
  const short = text.length > 34 ? `${text.slice(0, 33).trimEnd()}…` : text;
  const full = short === text ? "" : `<title>${esc(text)}</title>`;
  return `<text x="${x}" y="${y}" text-anchor="end" fill="currentColor"${extra}>${full}${esc(short)}</text>`;
}

type Point = { value: number; topCoded: boolean } | undefined;

function point(v: OfficialValue): Point {
  if (typeof v === "number") return { value: v, topCoded: false };
  if (v.kind === "top-coded") return { value: v.atLeast, topCoded: true };
  return undefined;
}

function niceMax(n: number): number {
  const step = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / step) * step;
}

/**
 * A range chart of the annual wage distribution: a line from the 10th to the 90th percentile,
 * a box from the 25th to the 75th, and the median marked. A top-coded percentile is drawn at its
 * floor with a "≥" label; a suppressed one is left out.
 */
export function wageChart(rows: readonly WageRow[], caption: string): string {
  const points = rows.map((r) =>
    r.scale
      ? {
          p10: point(r.scale.p10),
          p25: point(r.scale.p25),
          median: point(r.scale.median),
          p75: point(r.scale.p75),
          p90: point(r.scale.p90),
        }
      : undefined,
  );
  const all = points.flatMap((p) =>
    p
      ? [p.p10, p.p25, p.median, p.p75, p.p90].filter((x) => x !== undefined).map((x) => x.value)
      : [],
  );
  const max = niceMax(Math.max(1, ...all) * 1.05);
  const height = TOP + rows.length * ROW + 30;
  const x = (v: number) => LABEL + (v / max) * (WIDTH - LABEL - RIGHT);
  const out: string[] = [
    `<svg class="cp-chart" data-chart="wages" role="img" aria-labelledby="cp-wages-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" style="max-width:${WIDTH}px" xmlns="http://www.w3.org/2000/svg" ${FONT}>`,
    `<title id="cp-wages-title">${esc(caption)}</title>`,
  ];
  const ticks = 4;
  for (let i = 0; i <= ticks; i++) {
    const v = (max / ticks) * i;
    out.push(
      `<line x1="${px(x(v))}" x2="${px(x(v))}" y1="${TOP - 8}" y2="${height - 24}" stroke="#ccc" stroke-dasharray="2 3"/>`,
      `<text x="${px(x(v))}" y="${height - 8}" text-anchor="middle" fill="currentColor">${esc(usd(v))}</text>`,
    );
  }
  rows.forEach((row, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const p = points[i];
    out.push(label(row.label, LABEL - 8, y + 4));
    const lo = p?.p10 ?? p?.p25 ?? p?.median;
    const hi = p?.p90 ?? p?.p75 ?? p?.median;
    if (!p || !lo || !hi) {
      out.push(
        `<text x="${LABEL}" y="${y + 4}" fill="currentColor">no annual wage percentiles published</text>`,
      );
      return;
    }
    out.push(
      `<line x1="${px(x(lo.value))}" x2="${px(x(hi.value))}" y1="${y}" y2="${y}" stroke="#3367d6" stroke-width="2"/>`,
    );
    if (p.p25 && p.p75)
      out.push(
        `<rect x="${px(x(p.p25.value))}" y="${y - 9}" width="${px(x(p.p75.value) - x(p.p25.value))}" height="18" fill="#a8c0f0" stroke="#3367d6"/>`,
      );
    for (const [key, label] of [
      ["p10", "10th"],
      ["p90", "90th"],
    ] as const) {
      const q = p[key];
      if (!q) continue;
      out.push(
        `<line x1="${px(x(q.value))}" x2="${px(x(q.value))}" y1="${y - 6}" y2="${y + 6}" stroke="#3367d6" stroke-width="2"/>`,
        `<text x="${px(x(q.value))}" y="${y + 20}" text-anchor="middle" fill="currentColor" font-size="10">${label}: ${q.topCoded ? "≥ " : ""}${esc(usd(q.value))}</text>`,
      );
    }
    if (p.median) {
      out.push(
        `<line class="cp-median" x1="${px(x(p.median.value))}" x2="${px(x(p.median.value))}" y1="${y - 12}" y2="${y + 12}" stroke="#d93025" stroke-width="3"/>`,
        `<text x="${px(x(p.median.value))}" y="${y - 15}" text-anchor="middle" fill="#d93025" font-weight="bold">median ${p.median.topCoded ? "≥ " : ""}${esc(usd(p.median.value))}</text>`,
      );
    }
  });
  out.push("</svg>");
  return out.join("\n");
}

/** One bar of the growth chart. */
export interface GrowthRow {
  readonly label: string;
  /** Percent change; undefined when not published. */
  readonly value: number | undefined;
  /** The all-occupations average, drawn differently. */
  readonly average?: boolean;
}

/** Horizontal bars of projected percent change, with the all-occupations average as a bar and a line. */
export function growthChart(rows: readonly GrowthRow[], caption: string): string {
  const values = rows.map((r) => r.value ?? 0);
  const span = Math.max(5, ...values.map((v) => Math.abs(v)));
  const lo = Math.min(0, ...values) < 0 ? -span : 0;
  const hi = Math.max(0, ...values) > 0 ? span : 0;
  const min = lo === 0 && hi === 0 ? -1 : lo;
  const max = hi === 0 && lo === 0 ? 1 : hi;
  const height = TOP + rows.length * 30 + 30;
  // Bars start 12px right of the labels; values are written on the far side of the zero line
  // from the bar, so a long negative bar never runs into its label.
  const x = (v: number) => LABEL + 12 + ((v - min) / (max - min)) * (WIDTH - LABEL - RIGHT - 62);
  const average = rows.find((r) => r.average)?.value;
  const out: string[] = [
    `<svg class="cp-chart" data-chart="growth" role="img" aria-labelledby="cp-growth-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" style="max-width:${WIDTH}px" xmlns="http://www.w3.org/2000/svg" ${FONT}>`,
    `<title id="cp-growth-title">${esc(caption)}</title>`,
    `<line x1="${px(x(0))}" x2="${px(x(0))}" y1="${TOP - 8}" y2="${height - 24}" stroke="currentColor"/>`,
    `<text x="${px(x(0))}" y="${height - 8}" text-anchor="middle" fill="currentColor">0%</text>`,
  ];
  if (average !== undefined)
    out.push(
      `<line x1="${px(x(average))}" x2="${px(x(average))}" y1="${TOP - 8}" y2="${height - 24}" stroke="#888" stroke-dasharray="4 3"/>`,
    );
  rows.forEach((row, i) => {
    const y = TOP + i * 30;
    out.push(label(row.label, LABEL - 8, y + 15, row.average ? ' font-style="italic"' : ""));
    if (row.value === undefined) {
      out.push(`<text x="${px(x(0) + 6)}" y="${y + 15}" fill="currentColor">not published</text>`);
      return;
    }
    const a = x(Math.min(0, row.value));
    const b = x(Math.max(0, row.value));
    const fill = row.average ? "#9aa0a6" : row.value < 0 ? "#d93025" : "#188038";
    const text = `${row.value > 0 ? "+" : row.value < 0 ? "−" : ""}${Math.abs(row.value)}%`;
    out.push(
      `<rect x="${px(a)}" y="${y + 4}" width="${px(Math.max(1, b - a))}" height="16" fill="${fill}"/>`,
      `<text x="${px(row.value < 0 ? x(0) + 4 : b + 4)}" y="${y + 16}" fill="currentColor">${esc(text)}</text>`,
    );
  });
  out.push("</svg>");
  return out.join("\n");
}
