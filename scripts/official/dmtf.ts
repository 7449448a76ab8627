// BLS 2018 SOC Direct Match Title File: titles that the SOC Policy Committee matched directly
// to one SOC 2018 detailed code. Search indexes them as official titles (field "direct").
import type { Problems } from "./problems.js";
import { cell, type Table } from "./read.js";
import type { Soc } from "./soc.js";

/** The direct-match titles by SOC 2018 detailed code, in file order. */
export interface Dmtf {
  titles: Map<string, string[]>;
  rows: number;
}

const socCode = /^\d{2}-\d{4}$/;
const CODE = "2018 SOC Code";
const TITLE = "2018 SOC Direct Match Title";
const EXAMPLE = "Illustrative Example";

/**
 * Reads the Direct Match Title File. Whitespace runs (the file has double spaces and a
 * trailing no-break space) become one space; every code must be a SOC 2018 detailed code,
 * every title non-empty and listed once (case ignored), and the example marker x, X or empty.
 */
export function readDmtf(table: Table, soc: Soc, problems: Problems): Dmtf {
  const titles = new Map<string, string[]>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const place = (column: string) => ({ file: table.file, row: row.line, column });
    const code = cell(row, CODE).trim();
    if (!socCode.test(code)) {
      problems.add(place(CODE), `expected a SOC code like 29-2072, got "${code}"`);
      continue;
    }
    if (soc.get(code)?.level !== "detailed") {
      problems.add(place(CODE), `${code} is not a SOC 2018 detailed occupation`);
      continue;
    }
    const title = cell(row, TITLE).replace(/\s+/g, " ").trim();
    if (title === "") {
      problems.add(place(TITLE), "empty direct-match title");
      continue;
    }
    const example = cell(row, EXAMPLE);
    if (example !== "" && example !== "x" && example !== "X") {
      problems.add(place(EXAMPLE), `expected x, X or nothing, got "${example}"`);
    }
    const key = title.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(place(TITLE), `"${title}" is listed twice (first on row ${first})`);
      continue;
    }
    seen.set(key, row.line);
    const list = titles.get(code);
    if (list) list.push(title);
    else titles.set(code, [title]);
  }
  return { titles, rows: table.rows.length };
}
