// OEWS national cross-industry estimates: one wage record per OCC_CODE.
import type { OewsWages, OfficialValue, WageScale } from "../../src/schemas/index.js";
import type { Problems } from "./problems.js";
import { cell, type Row, type Table } from "./read.js";
import { type ColumnRules, readValue } from "./values.js";

/** What differs between OEWS releases: source id, period and the top-code floors of `#`. */
export interface OewsRelease {
  source: string;
  period: string;
  /** The floors that the file's Field Descriptions give for `#`. */
  topCode: { hourly: number; annual: number };
}

export const oewsReleases = {
  may2024: {
    source: "bls-oews-2024",
    period: "May 2024",
    topCode: { hourly: 115, annual: 239200 },
  },
  // The May 2025 file prints no `#` at all (high wages appear as numbers), but its Field
  // Descriptions still state the same floors, so a `#` would still be read correctly.
  may2025: {
    source: "bls-oews-2025",
    period: "May 2025",
    topCode: { hourly: 115, annual: 239200 },
  },
} as const satisfies Record<string, OewsRelease>;

/** One OEWS row as wages, with the OEWS title (used to check aggregate codes). */
export interface OewsEntry {
  title: string;
  group: string;
  line: number;
  wages: OewsWages;
}

const scales = {
  hourly: ["H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"],
  annual: ["A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"],
} as const;

function readFlag(file: string, row: Row, column: string, problems: Problems): boolean {
  const text = cell(row, column).trim();
  if (text === "TRUE") return true;
  if (text !== "")
    problems.add({ file, row: row.line, column }, `expected "TRUE" or empty, got "${text}"`);
  return false;
}

function readScale(
  file: string,
  row: Row,
  columns: readonly string[],
  rules: ColumnRules,
  problems: Problems,
): WageScale {
  const [mean, p10, p25, median, p75, p90] = columns.map((c) =>
    readValue(file, row, c, rules, problems),
  ) as [OfficialValue, OfficialValue, OfficialValue, OfficialValue, OfficialValue, OfficialValue];
  // Percentiles rise from left to right (p10 ≤ p25 ≤ median ≤ p75 ≤ p90) wherever both are numbers.
  const order = [p10, p25, median, p75, p90];
  let last: [string, number] | undefined;
  order.forEach((value, i) => {
    if (typeof value !== "number") return;
    const column = columns[i + 1] as string;
    if (last && value < last[1])
      problems.add(
        { file, row: row.line, column },
        `${value} is below ${last[0]} ${last[1]}: percentiles must not fall`,
      );
    last = [column, value];
  });
  return { mean, p10, p25, median, p75, p90 };
}

/**
 * Indexes an OEWS file by OCC_CODE. A code listed as both a broad group and a detailed
 * occupation (OEWS does this when the two are the same group) is read from its detailed row;
 * any other repeated code is a problem.
 */
export function readOews(
  table: Table,
  release: OewsRelease,
  problems: Problems,
): Map<string, OewsEntry> {
  const file = table.file;
  const out = new Map<string, OewsEntry>();
  const suppressed = { kind: "suppressed" } as const;
  // Wages and employment are never negative.
  const range = { min: 0 };
  const hourlyRules: ColumnRules = {
    markers: { "*": suppressed, "#": { kind: "top-coded", atLeast: release.topCode.hourly } },
    range,
  };
  const annualRules: ColumnRules = {
    markers: { "*": suppressed, "#": { kind: "top-coded", atLeast: release.topCode.annual } },
    range,
  };
  for (const row of table.rows) {
    const code = cell(row, "OCC_CODE").trim();
    if (!/^\d{2}-\d{4}$/.test(code)) {
      problems.add(
        { file, row: row.line, column: "OCC_CODE" },
        `expected a code like 29-2072, got "${code}"`,
      );
      continue;
    }
    const group = cell(row, "O_GROUP").trim();
    const previous = out.get(code);
    if (previous !== undefined) {
      const pair = new Set([previous.group, group]);
      if (!(pair.has("broad") && pair.has("detailed") && pair.size === 2)) {
        problems.add(
          { file, row: row.line, column: "OCC_CODE" },
          `duplicate code ${code} (first on row ${previous.line}, both "${group}")`,
        );
        continue;
      }
      if (group !== "detailed") continue;
    }
    const wages: OewsWages = {
      source: release.source,
      period: release.period,
      oewsCode: code,
      employment: readValue(
        file,
        row,
        "TOT_EMP",
        { markers: { "**": suppressed }, range },
        problems,
      ),
      hourly: readScale(file, row, scales.hourly, hourlyRules, problems),
      annual: readScale(file, row, scales.annual, annualRules, problems),
      annualOnly: readFlag(file, row, "ANNUAL", problems),
      hourlyOnly: readFlag(file, row, "HOURLY", problems),
    };
    out.set(code, { title: cell(row, "OCC_TITLE").trim(), group, line: row.line, wages });
  }
  return out;
}
