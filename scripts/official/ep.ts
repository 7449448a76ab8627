// BLS Employment Projections: Table 1.2 (figures and categories) cross-checked with Table 5.4.
import {
  educationCategories,
  experienceCategories,
  type Occupation,
  type OfficialValue,
  type Projections,
  trainingCategories,
} from "../../src/schemas/index.js";
import type { EpVintage } from "./files.js";
import type { Problems } from "./problems.js";
import { cell, type Row, type Table } from "./read.js";
import { type ColumnRules, readValue } from "./values.js";

/** The column names of Tables 1.2 and 5.4 for one vintage (they carry its years). */
export function epColumnNames(v: EpVintage) {
  const { base, target, period } = v;
  return {
    title: `${base} National Employment Matrix title`,
    code: `${base} National Employment Matrix code`,
    type: "Occupation type",
    base: `Employment, ${base}`,
    projected: `Employment, ${target}`,
    distBase: `Employment distribution, percent, ${base}`,
    distProjected: `Employment distribution, percent, ${target}`,
    change: `Employment change, numeric, ${period}`,
    percent: `Employment change, percent, ${period}`,
    selfEmployed: `Percent self employed, ${base}`,
    openings: `Occupational openings, ${period} annual average`,
    wage: `Median annual wage, dollars, ${base}[1]`,
    education: "Typical education needed for entry",
    experience: "Work experience in a related occupation",
    training: "Typical on-the-job training needed to attain competency in the occupation",
  } as const;
}

type Columns = ReturnType<typeof epColumnNames>;

/** In EP tables "—" means the figure is not available. */
const figureRules: ColumnRules = { markers: { "—": { kind: "suppressed" } } };
/** The median wage may also be top-coded, written ">=$239,200". */
const wageRules: ColumnRules = { markers: { "—": { kind: "suppressed" } }, floorPrefix: ">=$" };

const codePattern = /^\d{2}-\d{4}$/;

/** The all-occupations row of Table 1.2: figures only (its categories are "—"). */
export interface EpTotal {
  code: string;
  title: string;
  line: number;
  projections: Projections;
}

/** A line item of Table 1.2: figures and the three BLS categories. */
export interface EpItem extends EpTotal {
  categories: Occupation["categories"];
}

/** What Table 1.2 holds: the line items in file order, the total, and every code in the file. */
export interface EpData {
  lineItems: EpItem[];
  total: EpTotal | undefined;
  /** Every code in the table (summary rows too), e.g. to know which major groups EP covers. */
  allCodes: Set<string>;
}

function readProjections(
  file: string,
  row: Row,
  col: Columns,
  v: EpVintage,
  problems: Problems,
): Projections {
  const value = (column: string, rules = figureRules): OfficialValue =>
    readValue(file, row, column, rules, problems);
  // The distribution columns are not stored, but they must still be numbers.
  value(col.distBase);
  value(col.distProjected);
  return {
    source: v.source,
    period: v.period,
    employmentBase: value(col.base),
    employmentProjected: value(col.projected),
    change: value(col.change),
    percentChange: value(col.percent),
    openings: value(col.openings),
    selfEmployedPercent: value(col.selfEmployed),
    medianWage: value(col.wage, wageRules),
  };
}

function readCategory<T extends string>(
  file: string,
  row: Row,
  column: string,
  allowed: readonly T[],
  problems: Problems,
): T {
  const text = cell(row, column);
  if ((allowed as readonly string[]).includes(text)) return text as T;
  problems.add(
    { file, row: row.line, column },
    `expected one of ${allowed.map((a) => `"${a}"`).join(", ")}, got "${text}"`,
  );
  return allowed[0] as T;
}

function readCategories(
  file: string,
  row: Row,
  col: Columns,
  problems: Problems,
): Occupation["categories"] {
  return {
    education: readCategory(file, row, col.education, educationCategories, problems),
    experience: readCategory(file, row, col.experience, experienceCategories, problems),
    training: readCategory(file, row, col.training, trainingCategories, problems),
  };
}

/** Reads Table 1.2 and checks it against Table 5.4 (same line items, same categories). */
export function readEp(
  table12: Table,
  table54: Table,
  vintage: EpVintage,
  problems: Problems,
): EpData {
  const file = table12.file;
  const col = epColumnNames(vintage);
  const seen = new Map<string, number>();
  const lineItems: EpItem[] = [];
  let total: EpTotal | undefined;
  for (const row of table12.rows) {
    const code = cell(row, col.code).trim();
    if (!codePattern.test(code)) {
      problems.add(
        { file, row: row.line, column: col.code },
        `expected a code like 29-2072, got "${code}"`,
      );
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      problems.add(
        { file, row: row.line, column: col.code },
        `duplicate code ${code} (first on row ${first})`,
      );
      continue;
    }
    seen.set(code, row.line);
    const type = cell(row, col.type);
    if (type !== "Line item" && type !== "Summary") {
      problems.add(
        { file, row: row.line, column: col.type },
        `expected "Line item" or "Summary", got "${type}"`,
      );
      continue;
    }
    const title = cell(row, col.title).trim();
    if (title === "") problems.add({ file, row: row.line, column: col.title }, "title is empty");
    if (type === "Line item") {
      const categories = readCategories(file, row, col, problems);
      lineItems.push({
        code,
        title,
        line: row.line,
        projections: readProjections(file, row, col, vintage, problems),
        categories,
      });
    } else if (code === "00-0000") {
      total = {
        code,
        title,
        line: row.line,
        projections: readProjections(file, row, col, vintage, problems),
      };
    }
  }
  if (total === undefined) problems.add({ file }, 'no "Total, all occupations" row (code 00-0000)');
  crossCheck54(lineItems, table54, file, col, problems);
  return { lineItems, total, allCodes: new Set(seen.keys()) };
}

/** Table 5.4 must list exactly the line items of Table 1.2, with the same three categories. */
function crossCheck54(
  items: EpItem[],
  table54: Table,
  file12: string,
  col: Columns,
  problems: Problems,
): void {
  const file = table54.file;
  const byCode = new Map(items.map((item) => [item.code, item]));
  const seen = new Map<string, number>();
  for (const row of table54.rows) {
    const code = cell(row, col.code).trim();
    const first = seen.get(code);
    if (first !== undefined) {
      problems.add(
        { file, row: row.line, column: col.code },
        `duplicate code ${code} (first on row ${first})`,
      );
      continue;
    }
    seen.set(code, row.line);
    const item = byCode.get(code);
    if (item === undefined) {
      problems.add(
        { file, row: row.line, column: col.code },
        `code ${code} is not a line item of ${file12} (is Table 1.2 truncated?)`,
      );
      continue;
    }
    for (const [key, column] of [
      ["education", col.education],
      ["experience", col.experience],
      ["training", col.training],
    ] as const) {
      const theirs = cell(row, column);
      if (theirs !== item.categories[key]) {
        problems.add(
          { file, row: row.line, column },
          `${code}: "${theirs}" disagrees with ${file12} row ${item.line} ("${item.categories[key]}")`,
        );
      }
    }
  }
  for (const item of items) {
    if (!seen.has(item.code)) {
      problems.add(
        { file, column: col.code },
        `line item ${item.code} of ${file12} is missing here`,
      );
    }
  }
  if (items.length < seen.size) {
    problems.add(
      { file: file12 },
      `has ${items.length} line items, fewer than the ${seen.size} codes of ${file}`,
    );
  }
}
