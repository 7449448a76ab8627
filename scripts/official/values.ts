// Turns published cells into official values: a number, or a typed suppressed or
// top-coded state carrying the publisher's own marker. Never a made-up number.

import { printableJson } from "../../src/internal/printable.js";
import type { OfficialValue } from "../../src/schemas/index.js";
import type { Problems } from "./problems.js";
import { cell, looksNumeric, parseNumber, type Row } from "./read.js";

/** What a marker means in one file, e.g. `—` → suppressed, `#` → top-coded at 115. */
export type MarkerRule = { kind: "suppressed" } | { kind: "top-coded"; atLeast: number };

/** The markers a column may hold besides numbers. */
export interface ColumnRules {
  markers: Readonly<Record<string, MarkerRule>>;
  /** Text before a published floor, e.g. ">=$" in ">=$239,200"; that cell is top-coded. */
  floorPrefix?: string;
  /** The range a number must lie in, e.g. `{ min: 0 }` for a wage, `{ min: 0, max: 100 }` for a share. */
  range?: { readonly min?: number; readonly max?: number };
}

/** A cell's text for a message: quoted, escaped, and cut to 40 characters. */
export function shown(text: string): string {
  return printableJson(JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text));
}

function outOfRange(value: number, range: ColumnRules["range"]): string | undefined {
  if (range === undefined) return undefined;
  const { min, max } = range;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  if (max === undefined) return `must be at least ${min}`;
  if (min === undefined) return `must be at most ${max}`;
  return `must be from ${min} to ${max}`;
}

/**
 * Reads one cell as an official value. Anything that is neither a number nor a marker
 * allowed by `rules` is a problem.
 */
export function readValue(
  file: string,
  row: Row,
  column: string,
  rules: ColumnRules,
  problems: Problems,
): OfficialValue {
  const text = cell(row, column).trim();
  const rule = rules.markers[text];
  if (rule?.kind === "suppressed") return { kind: "suppressed", marker: text };
  if (rule?.kind === "top-coded") return { kind: "top-coded", atLeast: rule.atLeast, marker: text };
  if (rules.floorPrefix !== undefined && text.startsWith(rules.floorPrefix)) {
    const atLeast = parseNumber(text.slice(rules.floorPrefix.length));
    const bad = atLeast === undefined ? undefined : outOfRange(atLeast, rules.range);
    if (atLeast !== undefined && bad === undefined)
      return { kind: "top-coded", atLeast, marker: text };
    if (bad) {
      problems.add({ file, row: row.line, column }, `${shown(text)} is out of range: it ${bad}`);
      return { kind: "suppressed", marker: text };
    }
  }
  if (looksNumeric(text) && parseNumber(text) === undefined) {
    problems.add(
      { file, row: row.line, column },
      `${shown(text)} has more digits than a figure can hold exactly (at most 15)`,
    );
    return { kind: "suppressed", marker: text };
  }
  const value = parseNumber(text);
  if (value !== undefined) {
    const bad = outOfRange(value, rules.range);
    if (bad === undefined) return value;
    problems.add({ file, row: row.line, column }, `${value} is out of range: it ${bad}`);
    return { kind: "suppressed", marker: text };
  }
  const allowed = Object.keys(rules.markers).map((m) => `"${m}"`);
  if (rules.floorPrefix !== undefined) allowed.push(`"${rules.floorPrefix}<amount>"`);
  problems.add(
    { file, row: row.line, column },
    `expected a number${allowed.length ? ` or ${allowed.join(", ")}` : ""}, got ${shown(text)}`,
  );
  return { kind: "suppressed", marker: text };
}

/** The number inside a value, or undefined when it is suppressed or top-coded. */
export function numeric(value: OfficialValue | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}
