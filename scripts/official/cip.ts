// The NCES CIP 2020 code list and the CIP 2020 ↔ SOC 2018 crosswalk: which instructional
// programs lead to which occupations, mapped onto the EP line items.
import type { Program } from "../../src/schemas/index.js";
import { compareText } from "./build.js";
import type { Problems } from "./problems.js";
import { cell, type Table } from "./read.js";
import type { Coverage, Soc } from "./soc.js";

/** The source id of every program record. */
export const CIP_SOURCE = "nces-cip-2020";

/** The code-list actions, relative to CIP 2010. `Moved from` and `Deleted` rows are retired codes. */
const actions = new Set(["No substantive changes", "New", "Moved to", "Moved from", "Deleted"]);
const retired = new Set(["Moved from", "Deleted"]);

/** The crosswalk's placeholder for "no occupation" (SOC side) and "no program" (CIP side). */
const NO_MATCH = { soc: "99-9999", cip: "99.9999", title: "NO MATCH" } as const;

/** One row of the code list: a family (`51`), a series (`51.07`) or a program (`51.0713`). */
export interface CipEntry {
  code: string;
  title: string;
  action: string;
  line: number;
}

/** The code list, by code. */
export type CipCodes = Map<string, CipEntry>;

/** Drops NCES's final period: `Registered Nursing/Registered Nurse.` → `…Registered Nurse`. */
export function cipTitle(title: string): string {
  const t = title.trim();
  return t.endsWith(".") ? t.slice(0, -1) : t;
}

/** Reads the code list: codes well formed and unique, family column matching, known actions. */
export function readCipCodes(table: Table, problems: Problems): CipCodes {
  const out: CipCodes = new Map();
  const file = table.file;
  for (const row of table.rows) {
    const code = cell(row, "CIPCode").trim();
    const place = (column: string) => ({ file, row: row.line, column });
    if (!/^\d{2}(?:\.\d{2}(?:\d{2})?)?$/.test(code)) {
      problems.add(place("CIPCode"), `expected a code like 51, 51.07 or 51.0713, got "${code}"`);
      continue;
    }
    const family = cell(row, "CIPFamily").trim();
    if (family !== code.slice(0, 2)) {
      problems.add(
        place("CIPFamily"),
        `expected "${code.slice(0, 2)}" for ${code}, got "${family}"`,
      );
    }
    const action = cell(row, "Action").trim();
    if (!actions.has(action)) {
      problems.add(place("Action"), `expected one of ${[...actions].join(", ")}, got "${action}"`);
    }
    const title = cell(row, "CIPTitle").trim();
    if (title === "") problems.add(place("CIPTitle"), `${code} has no title`);
    const previous = out.get(code);
    if (previous !== undefined) {
      problems.add(place("CIPCode"), `duplicate code ${code} (first on row ${previous.line})`);
      continue;
    }
    out.set(code, { code, title, action, line: row.line });
  }
  return out;
}

/** One real crosswalk link, as published. */
export interface CrosswalkLink {
  cip: string;
  cipTitle: string;
  soc: string;
  socTitle: string;
  line: number;
}

/** The crosswalk without its NO MATCH rows, and the codes those rows name. */
export interface Crosswalk {
  links: CrosswalkLink[];
  /** CIP codes NCES marks as leading to no occupation (`99-9999`). */
  cipWithoutOccupation: string[];
  /** SOC codes NCES marks as having no program (`99.9999`). */
  socWithoutProgram: string[];
}

/**
 * Reads the CIP-SOC sheet: codes well formed, NO MATCH rows dropped (their placeholder title
 * checked), each pair listed once, and no code both NO MATCH and linked.
 */
export function readCrosswalk(table: Table, problems: Problems): Crosswalk {
  const file = table.file;
  const links: CrosswalkLink[] = [];
  const seen = new Map<string, number>();
  const noMatch = { cip: new Map<string, number>(), soc: new Map<string, number>() };
  for (const row of table.rows) {
    const place = (column: string) => ({ file, row: row.line, column });
    const cip = cell(row, "CIP2020Code").trim();
    const soc = cell(row, "SOC2018Code").trim();
    const titles = { cip: cell(row, "CIP2020Title").trim(), soc: cell(row, "SOC2018Title").trim() };
    let ok = true;
    if (!/^\d{2}\.\d{4}$/.test(cip)) {
      problems.add(place("CIP2020Code"), `expected a code like 51.0713, got "${cip}"`);
      ok = false;
    }
    if (!/^\d{2}-\d{4}$/.test(soc)) {
      problems.add(place("SOC2018Code"), `expected a code like 29-2072, got "${soc}"`);
      ok = false;
    }
    if (!ok) continue;
    if (cip === NO_MATCH.cip && soc === NO_MATCH.soc) {
      problems.add(place("CIP2020Code"), `${NO_MATCH.cip} is paired with ${NO_MATCH.soc}`);
      continue;
    }
    if (soc === NO_MATCH.soc || cip === NO_MATCH.cip) {
      const [column, title] =
        soc === NO_MATCH.soc ? ["SOC2018Title", titles.soc] : ["CIP2020Title", titles.cip];
      if (title !== NO_MATCH.title)
        problems.add(
          place(column),
          `expected "${NO_MATCH.title}" next to a ${NO_MATCH.soc === soc ? NO_MATCH.soc : NO_MATCH.cip} code, got "${title}"`,
        );
      if (soc === NO_MATCH.soc) noMatch.cip.set(cip, row.line);
      else noMatch.soc.set(soc, row.line);
      continue;
    }
    const key = `${cip} ${soc}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(place("SOC2018Code"), `duplicate link ${cip} → ${soc} (first on row ${first})`);
      continue;
    }
    seen.set(key, row.line);
    links.push({ cip, cipTitle: titles.cip, soc, socTitle: titles.soc, line: row.line });
  }
  for (const link of links) {
    const cipLine = noMatch.cip.get(link.cip);
    if (cipLine !== undefined)
      problems.add(
        { file, row: link.line, column: "CIP2020Code" },
        `${link.cip} is linked to ${link.soc} here but marked ${NO_MATCH.title} on row ${cipLine}`,
      );
    const socLine = noMatch.soc.get(link.soc);
    if (socLine !== undefined)
      problems.add(
        { file, row: link.line, column: "SOC2018Code" },
        `${link.soc} is linked to ${link.cip} here but marked ${NO_MATCH.title} on row ${socLine}`,
      );
  }
  return {
    links,
    cipWithoutOccupation: [...noMatch.cip.keys()].sort(compareText),
    socWithoutProgram: [...noMatch.soc.keys()].sort(compareText),
  };
}

/** The programs, and what the mapping onto our occupations left out or noticed. */
export interface Programs {
  /** One record per CIP code linked to at least one line item, sorted by code. */
  programs: Program[];
  /** Line-item code → its CIP codes, sorted. Line items with no program are absent. */
  byOccupation: Map<string, string[]>;
  /** Crosswalk rows whose SOC code is out of the EP scope (military, 55-), and those codes. */
  droppedLinks: { rows: number; socCodes: string[] };
  /** CIP codes whose every link was dropped, so they map to none of our occupations. */
  droppedPrograms: string[];
  /** Codes whose crosswalk title differs from the code list's (the code list's title is kept). */
  retitled: { code: string; crosswalk: string; codeList: string }[];
}

/**
 * Maps the crosswalk onto the line items: a SOC code that is a line item stays itself, one that
 * an EP aggregate covers becomes the aggregate, one out of the EP scope is dropped and counted.
 * Every CIP code must be a six-digit code in use in the code list, every SOC code a SOC 2018
 * detailed code with its SOC title.
 */
export function buildPrograms(
  crosswalk: Crosswalk,
  codes: CipCodes,
  soc: Soc,
  coverage: Coverage,
  lineItems: ReadonlySet<string>,
  file: string,
  problems: Problems,
): Programs {
  const outOfScope = new Set(coverage.outOfScope);
  const occupationsOf = new Map<string, Set<string>>();
  const dropped = { rows: 0, socCodes: new Set<string>() };
  const retitled = new Map<string, { code: string; crosswalk: string; codeList: string }>();
  for (const link of crosswalk.links) {
    const place = (column: string) => ({ file, row: link.line, column });
    const entry = codes.get(link.cip);
    if (entry === undefined) {
      problems.add(place("CIP2020Code"), `${link.cip} is not in the CIP 2020 code list`);
      continue;
    }
    if (retired.has(entry.action)) {
      problems.add(
        place("CIP2020Code"),
        `${link.cip} is a retired code in the CIP 2020 code list (Action "${entry.action}", row ${entry.line})`,
      );
      continue;
    }
    if (link.cipTitle !== entry.title && !retitled.has(link.cip)) {
      retitled.set(link.cip, { code: link.cip, crosswalk: link.cipTitle, codeList: entry.title });
    }
    const socEntry = soc.get(link.soc);
    if (socEntry?.level !== "detailed") {
      problems.add(place("SOC2018Code"), `${link.soc} is not a SOC 2018 detailed occupation`);
      continue;
    }
    if (socEntry.title !== link.socTitle) {
      problems.add(
        place("SOC2018Title"),
        `"${link.socTitle}" differs from the SOC 2018 title of ${link.soc}, "${socEntry.title}"`,
      );
      continue;
    }
    const target = lineItems.has(link.soc) ? link.soc : coverage.coveredBy.get(link.soc);
    const linked = occupationsOf.get(link.cip) ?? new Set<string>();
    occupationsOf.set(link.cip, linked);
    if (target === undefined) {
      if (!outOfScope.has(link.soc)) {
        problems.add(
          place("SOC2018Code"),
          `${link.soc} maps to no occupation and is not out of scope`,
        );
        continue;
      }
      dropped.rows++;
      dropped.socCodes.add(link.soc);
      continue;
    }
    linked.add(target);
  }

  const programs: Program[] = [];
  const droppedPrograms: string[] = [];
  const byOccupation = new Map<string, string[]>();
  for (const cip of [...occupationsOf.keys()].sort(compareText)) {
    const occupations = [...(occupationsOf.get(cip) ?? [])].sort(compareText);
    if (occupations.length === 0) {
      droppedPrograms.push(cip);
      continue;
    }
    const entry = codes.get(cip) as CipEntry;
    const family = codes.get(cip.slice(0, 2));
    const series = codes.get(cip.slice(0, 5));
    if (family === undefined || series === undefined || retired.has(series.action)) {
      problems.add(
        { file: "cip-soc-2020/CIPCode2020.csv", row: entry.line, column: "CIPCode" },
        `${cip} has no ${family === undefined ? `family ${cip.slice(0, 2)}` : `series ${cip.slice(0, 5)} in use`} in the code list`,
      );
      continue;
    }
    programs.push({
      code: cip,
      title: cipTitle(entry.title),
      family: { code: family.code, title: cipTitle(family.title) },
      series: { code: series.code, title: cipTitle(series.title) },
      occupations,
      source: CIP_SOURCE,
    });
    for (const code of occupations)
      byOccupation.set(code, [...(byOccupation.get(code) ?? []), cip]);
  }
  return {
    programs,
    byOccupation,
    droppedLinks: { rows: dropped.rows, socCodes: [...dropped.socCodes].sort(compareText) },
    droppedPrograms,
    retitled: [...retitled.values()].sort((a, b) => compareText(a.code, b.code)),
  };
}
