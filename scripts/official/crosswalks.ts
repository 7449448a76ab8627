// The official code crosswalks (BLS SOC 2010 → 2018, O*NET-SOC 2010 → 2019, O*NET-SOC 2019 →
// SOC 2018, BLS NEM ↔ O*NET-SOC), checked against SOC 2018, O*NET and the EP line items and
// normalised into data/official/crosswalks.json for the code resolver (src/codes/).
import type { Crosswalks } from "../../src/schemas/index.js";
import type { Problems } from "./problems.js";
import { cell, type Row, type Table } from "./read.js";
import type { Coverage, Soc } from "./soc.js";

/** The four crosswalk tables, as read from disk. */
export interface CrosswalkTables {
  soc2010: Table;
  onet2010: Table;
  onet2019: Table;
  nem: Table;
}

/** What the crosswalks are checked against (line items: code → title). */
export interface CrosswalkContext {
  soc: Soc;
  coverage: Coverage;
  lineItems: ReadonlyMap<string, string>;
  /** The projection decade of those line items as BLS writes it, e.g. "2024–34". */
  epPeriod: string;
  /** O*NET Occupation Data: code → title. */
  onetTitles: ReadonlyMap<string, string>;
}

const socPattern = /^\d{2}-\d{4}$/;
const onetPattern = /^\d{2}-\d{4}\.\d{2}$/;

/** The BLS crosswalk marks split 2010 codes with " (#)" and merged 2018 codes with " (##)". */
export function stripMarker(title: string): string {
  return title.replace(/ \(#{1,2}\)$/, "").trim();
}

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function codeCell(
  table: Table,
  row: Row,
  column: string,
  pattern: RegExp,
  example: string,
  problems: Problems,
): string | undefined {
  const code = cell(row, column).trim();
  if (pattern.test(code)) return code;
  problems.add(
    { file: table.file, row: row.line, column },
    `expected a code like ${example}, got "${code}"`,
  );
  return undefined;
}

/** Reads and checks the crosswalks; problems name file, row and column. */
export function readCrosswalks(
  t: CrosswalkTables,
  ctx: CrosswalkContext,
  problems: Problems,
): Crosswalks {
  const detailed = new Map(
    [...ctx.soc.values()].filter((e) => e.level === "detailed").map((e) => [e.code, e.title]),
  );
  const lineItemOf = (soc: string): string | null =>
    ctx.lineItems.has(soc) ? soc : (ctx.coverage.coveredBy.get(soc) ?? null);

  // SOC 2018: every detailed code and its line item.
  const soc2018 = [...detailed]
    .map(([code, title]) => ({ code, title, lineItem: lineItemOf(code) }))
    .sort(byCode);

  // SOC 2010 → 2018.
  const soc2010 = new Map<string, { code: string; title: string; soc2018: string[] }>();
  const seenPairs = new Map<string, number>();
  for (const row of t.soc2010.rows) {
    const from = codeCell(t.soc2010, row, "2010 SOC Code", socPattern, "29-2071", problems);
    const to = codeCell(t.soc2010, row, "2018 SOC Code", socPattern, "29-2072", problems);
    if (from === undefined || to === undefined) continue;
    if (!detailed.has(to)) {
      problems.add(
        { file: t.soc2010.file, row: row.line, column: "2018 SOC Code" },
        `${to} is not a SOC 2018 detailed occupation`,
      );
      continue;
    }
    const pair = `${from} → ${to}`;
    const first = seenPairs.get(pair);
    if (first !== undefined) {
      problems.add(
        { file: t.soc2010.file, row: row.line },
        `duplicate pair ${pair} (first on row ${first})`,
      );
      continue;
    }
    seenPairs.set(pair, row.line);
    const title = stripMarker(cell(row, "2010 SOC Title"));
    const entry = soc2010.get(from) ?? { code: from, title, soc2018: [] };
    if (entry.title !== title) {
      problems.add(
        { file: t.soc2010.file, row: row.line, column: "2010 SOC Title" },
        `${from} is titled "${title}" here and "${entry.title}" on an earlier row`,
      );
    }
    entry.soc2018.push(to);
    soc2010.set(from, entry);
  }

  // O*NET-SOC 2019 → SOC 2018: the SOC code is always the first seven characters.
  const onet2019: Crosswalks["onet2019"] = [];
  const seen2019 = new Map<string, number>();
  for (const row of t.onet2019.rows) {
    const code = codeCell(
      t.onet2019,
      row,
      "O*NET-SOC 2019 Code",
      onetPattern,
      "29-1141.01",
      problems,
    );
    const soc = codeCell(t.onet2019, row, "2018 SOC Code", socPattern, "29-1141", problems);
    if (code === undefined || soc === undefined) continue;
    const first = seen2019.get(code);
    if (first !== undefined) {
      problems.add(
        { file: t.onet2019.file, row: row.line, column: "O*NET-SOC 2019 Code" },
        `duplicate code ${code} (first on row ${first})`,
      );
      continue;
    }
    seen2019.set(code, row.line);
    const title = cell(row, "O*NET-SOC 2019 Title").trim();
    if (soc !== code.slice(0, 7) || !detailed.has(soc)) {
      problems.add(
        { file: t.onet2019.file, row: row.line, column: "2018 SOC Code" },
        `${code} maps to ${soc}, expected its SOC 2018 detailed code ${code.slice(0, 7)}`,
      );
      continue;
    }
    const onetTitle = ctx.onetTitles.get(code);
    if (onetTitle === undefined) {
      problems.add(
        { file: t.onet2019.file, row: row.line, column: "O*NET-SOC 2019 Code" },
        `${code} is not in O*NET Occupation Data`,
      );
      continue;
    }
    if (onetTitle !== title) {
      problems.add(
        { file: t.onet2019.file, row: row.line, column: "O*NET-SOC 2019 Title" },
        `"${title}" differs from the O*NET Occupation Data title "${onetTitle}"`,
      );
    }
    onet2019.push({ code, title, soc2018: soc });
  }
  for (const code of ctx.onetTitles.keys()) {
    if (!seen2019.has(code))
      problems.add({ file: t.onet2019.file }, `O*NET code ${code} is missing here`);
  }

  // O*NET-SOC 2010 → 2019.
  const onet2010 = new Map<string, { code: string; title: string; onet2019: string[] }>();
  for (const row of t.onet2010.rows) {
    const from = codeCell(
      t.onet2010,
      row,
      "O*NET-SOC 2010 Code",
      onetPattern,
      "29-2071.00",
      problems,
    );
    const to = codeCell(
      t.onet2010,
      row,
      "O*NET-SOC 2019 Code",
      onetPattern,
      "29-2072.00",
      problems,
    );
    if (from === undefined || to === undefined) continue;
    if (!seen2019.has(to)) {
      problems.add(
        { file: t.onet2010.file, row: row.line, column: "O*NET-SOC 2019 Code" },
        `${to} is not an O*NET-SOC 2019 code`,
      );
      continue;
    }
    const title = cell(row, "O*NET-SOC 2010 Title").trim();
    const entry = onet2010.get(from) ?? { code: from, title, onet2019: [] };
    if (entry.onet2019.includes(to)) {
      problems.add({ file: t.onet2010.file, row: row.line }, `duplicate pair ${from} → ${to}`);
      continue;
    }
    entry.onet2019.push(to);
    onet2010.set(from, entry);
  }

  // NEM ↔ O*NET-SOC: BLS's own statement of which line item each O*NET code rolls up to.
  // It must agree with the coverage worked out from SOC 2018 and the EP line items.
  const nemSeen = new Set<string>();
  for (const row of t.nem.rows) {
    const code = codeCell(t.nem, row, "O*NET-SOC Code", onetPattern, "29-1141.01", problems);
    const nem = codeCell(t.nem, row, "NEM Code", socPattern, "13-1020", problems);
    if (code === undefined || nem === undefined) continue;
    nemSeen.add(code);
    if (!ctx.lineItems.has(nem)) {
      problems.add(
        { file: t.nem.file, row: row.line, column: "NEM Code" },
        `${nem} is not an EP ${ctx.epPeriod} line item. Each edition of this crosswalk fits one set of line items (the 9/6/2023 edition fits 2024–34); use the edition that matches these projections`,
      );
      continue;
    }
    const ours = lineItemOf(code.slice(0, 7));
    if (ours !== nem) {
      problems.add(
        { file: t.nem.file, row: row.line, column: "NEM Code" },
        `${code} rolls up to ${nem} here but to ${ours ?? "no line item"} by SOC 2018 coverage`,
      );
    }
  }
  for (const code of ctx.onetTitles.keys()) {
    if (!nemSeen.has(code) && lineItemOf(code.slice(0, 7)) !== null)
      problems.add({ file: t.nem.file }, `O*NET code ${code} (inside a line item) is missing here`);
  }

  return {
    lineItems: [...ctx.lineItems].map(([code, title]) => ({ code, title })).sort(byCode),
    soc2018,
    soc2010: [...soc2010.values()].sort(byCode),
    onet2019: onet2019.sort(byCode),
    onet2010: [...onet2010.values()].sort(byCode),
  };
}
