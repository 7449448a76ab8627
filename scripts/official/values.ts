// Turns published cells into official values: a number, or a typed suppressed or
// top-coded state carrying the publisher's own marker. Never a made-up number.
import type { OfficialValue } from "../../src/schemas/index.js";
import type { Problems } from "./problems.js";
import { cell, parseNumber, type Row } from "./read.js";

/** What a marker means in one file, e.g. `—` → suppressed, `#` → top-coded at 115. */
export type MarkerRule = { kind: "suppressed" } | { kind: "top-coded"; atLeast: number };

/** The markers a column may hold besides numbers. */
export interface ColumnRules {
  markers: Readonly<Record<string, MarkerRule>>;
  /** Text before a published floor, e.g. ">=$" in ">=$239,200"; that cell is top-coded. */
  floorPrefix?: string;
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
    if (atLeast !== undefined) return { kind: "top-coded", atLeast, marker: text };
  }
  const value = parseNumber(text);
  if (value !== undefined) return value;
  const allowed = Object.keys(rules.markers).map((m) => `"${m}"`);
  if (rules.floorPrefix !== undefined) allowed.push(`"${rules.floorPrefix}<amount>"`);
  problems.add(
    { file, row: row.line, column },
    `expected a number${allowed.length ? ` or ${allowed.join(", ")}` : ""}, got "${text}"`,
  );
  return { kind: "suppressed", marker: text };
}

/** The number inside a value, or undefined when it is suppressed or top-coded. */
export function numeric(value: OfficialValue | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}
