// Text helpers of the CLI, and the renderers that look nothing up (search hits, comparisons):
// `search` and `compare` load this module without the datasets that render.ts reads.
import type { CareerComparison } from "../compare-careers.js";
import type { Duration } from "../schemas/career.js";
import type { OccupationHit } from "../search/search-occupations.js";
import type { CareerHit } from "../search-careers.js";

export function heading(text: string): string {
  return `${text}\n${"=".repeat(text.length)}`;
}

export function duration(d: Duration | null | undefined): string {
  if (!d) return "";
  const unit = d.max === 1 || (d.max === null && d.min === 1) ? d.unit.replace(/s$/, "") : d.unit;
  if (d.max === null) return `${d.min}+ ${unit}`;
  return d.min === d.max ? `${d.min} ${unit}` : `${d.min}–${d.max} ${unit}`;
}

export function wrap(text: string, indent: string, width = 80): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && (indent + line + w).length > width) {
      lines.push(indent + line.trimEnd());
      line = "";
    }
    line += `${w} `;
  }
  if (line.trim()) lines.push(indent + line.trimEnd());
  return lines.join("\n");
}

/** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], indent = "  "): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
          .join("  "),
    )
    .join("\n");
}

export function renderComparison(c: CareerComparison, width = 80): string {
  const rows = [["", c.a.title, c.b.title, ""], ...c.rows.map((r) => [r.label, r.a, r.b, r.note])];
  const wide = table(rows, "");
  const title = heading(`${c.a.title} vs ${c.b.title}`);
  if (wide.split("\n").every((line) => line.length <= width)) return `${title}\n${wide}`;
  // Too wide for the terminal: one block per row, the two sides under each other, the note last.
  const name = Math.max(c.a.title.length, c.b.title.length);
  const blocks = c.rows.map((r) =>
    [
      r.label,
      `  ${c.a.title.padEnd(name)}  ${r.a}`,
      `  ${c.b.title.padEnd(name)}  ${r.b}`,
      ...(r.note ? [wrap(r.note, "  ", width)] : []),
    ].join("\n"),
  );
  return `${title}\n${blocks.join("\n\n")}`;
}

export function renderSearch(
  careers: readonly CareerHit[],
  occupations: readonly OccupationHit[],
): string {
  const out: string[] = [];
  if (careers.length > 0) {
    out.push("Career guides");
    out.push(table(careers.map((h) => [h.id, h.title, `${h.match}: ${h.matched}`])));
  }
  if (occupations.length > 0) {
    out.push(careers.length > 0 ? "\nOccupations" : "Occupations");
    out.push(table(occupations.map((h) => [h.code, h.title, `${h.match}: ${h.matched}`])));
  }
  return out.length > 0 ? out.join("\n") : "No matches.";
}
