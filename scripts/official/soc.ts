// The 2018 SOC structure (major → minor → broad → detailed) and the coverage of the
// BLS Employment Projections aggregates.
import type { SocGroup } from "../../src/schemas/index.js";
import type { Problems } from "./problems.js";
import { cell, type Table } from "./read.js";

/** A SOC code with its title and the groups above it. */
export interface SocEntry {
  code: string;
  title: string;
  level: "major" | "minor" | "broad" | "detailed";
  major?: SocGroup;
  minor?: SocGroup;
  broad?: SocGroup;
}

/** Every SOC code, by code. */
export type Soc = Map<string, SocEntry>;

const levels = [
  ["Major Group", "major"],
  ["Minor Group", "minor"],
  ["Broad Group", "broad"],
  ["Detailed Occupation", "detailed"],
] as const;

/**
 * Reads the structure file. It is in hierarchy order, so each code's parents are the
 * last major, minor and broad group seen above it.
 */
export function readSoc(table: Table, problems: Problems): Soc {
  const soc: Soc = new Map();
  const current: Partial<Record<"major" | "minor" | "broad", SocGroup>> = {};
  for (const row of table.rows) {
    const filled = levels.filter(([column]) => cell(row, column).trim() !== "");
    const [only] = filled;
    if (filled.length !== 1 || only === undefined) {
      problems.add(
        { file: table.file, row: row.line },
        `expected exactly one code column to be filled, found ${filled.length}`,
      );
      continue;
    }
    const [column, level] = only;
    const code = cell(row, column).trim();
    const title = cell(row, "SOC Title").trim();
    if (!/^\d{2}-\d{4}$/.test(code)) {
      problems.add(
        { file: table.file, row: row.line, column },
        `expected a code like 29-2072, got "${code}"`,
      );
      continue;
    }
    if (soc.has(code)) {
      problems.add({ file: table.file, row: row.line, column }, `duplicate code ${code}`);
      continue;
    }
    if (level === "major") {
      current.major = { code, title };
      delete current.minor;
      delete current.broad;
    } else if (level === "minor") {
      current.minor = { code, title };
      delete current.broad;
    } else if (level === "broad") {
      current.broad = { code, title };
    }
    const entry: SocEntry = { code, title, level, ...current };
    if (level !== "major" && (entry.major === undefined || entry.minor === undefined)) {
      problems.add(
        { file: table.file, row: row.line, column },
        `${code} comes before its major or minor group`,
      );
    }
    soc.set(code, entry);
  }
  return soc;
}

/** The result of working out which SOC detailed codes each EP aggregate covers. */
export interface Coverage {
  /** Aggregate code → the SOC detailed codes it covers, sorted. */
  covers: Map<string, string[]>;
  /** SOC detailed code → the aggregate that covers it. */
  coveredBy: Map<string, string>;
  /** SOC detailed codes in major groups that EP does not project at all (military, 55-). */
  outOfScope: string[];
}

/**
 * Assigns each SOC detailed code that is not an EP line item to exactly one EP aggregate:
 * - an aggregate whose code is a SOC broad group (13-1020) covers the unlisted codes of that group;
 * - any other aggregate (21-1018) covers the unlisted codes of the broad group its code sits in
 *   (21-1010), within the same minor group, that the first rule left over.
 * Unlisted codes in a major group with no EP line item at all are out of scope. Anything
 * else left uncovered, or covered twice, is a problem.
 */
export function computeCoverage(
  lineItems: readonly string[],
  soc: Soc,
  file: string,
  problems: Problems,
): Coverage {
  const items = new Set(lineItems);
  const detailed = [...soc.values()].filter((e) => e.level === "detailed");
  const unlisted = detailed.filter((e) => !items.has(e.code));
  const aggregates = lineItems.filter((code) => soc.get(code)?.level !== "detailed").sort();
  const claims = new Map<string, string[]>();
  const claim = (aggregate: string, code: string) => {
    claims.set(code, [...(claims.get(code) ?? []), aggregate]);
  };
  const byBroad = (broad: string) => unlisted.filter((e) => e.broad?.code === broad);
  const broadAggregates = aggregates.filter((a) => soc.get(a)?.level === "broad");
  const takenByBroad = new Set(broadAggregates.flatMap((a) => byBroad(a).map((e) => e.code)));
  for (const aggregate of aggregates) {
    const own = soc.get(aggregate);
    if (own?.level === "broad") {
      for (const e of byBroad(aggregate)) claim(aggregate, e.code);
      continue;
    }
    if (own !== undefined) {
      problems.add(
        { file },
        `EP aggregate ${aggregate} is a SOC ${own.level} group, expected a broad group or no SOC code`,
      );
      continue;
    }
    const broad = soc.get(`${aggregate.slice(0, 6)}0`);
    if (broad?.level !== "broad") {
      problems.add(
        { file },
        `EP aggregate ${aggregate} sits in no SOC broad group (${aggregate.slice(0, 6)}0)`,
      );
      continue;
    }
    for (const e of unlisted) {
      if (
        e.minor?.code === broad.minor?.code &&
        e.broad?.code === broad.code &&
        !takenByBroad.has(e.code)
      ) {
        claim(aggregate, e.code);
      }
    }
  }
  const covers = new Map(aggregates.map((a) => [a, [] as string[]]));
  const coveredBy = new Map<string, string>();
  const epMajors = new Set(lineItems.map((code) => code.slice(0, 2)));
  const outOfScope: string[] = [];
  for (const e of unlisted) {
    const by = claims.get(e.code) ?? [];
    const [aggregate] = by;
    if (by.length === 1 && aggregate !== undefined) {
      covers.get(aggregate)?.push(e.code);
      coveredBy.set(e.code, aggregate);
    } else if (by.length > 1) {
      problems.add(
        { file },
        `SOC ${e.code} is covered by more than one EP aggregate: ${by.join(", ")}`,
      );
    } else if (!epMajors.has(e.code.slice(0, 2))) {
      outOfScope.push(e.code);
    } else {
      problems.add(
        { file },
        `SOC ${e.code} (${e.title}) is neither an EP line item nor covered by an EP aggregate`,
      );
    }
  }
  for (const [aggregate, codes] of covers) {
    codes.sort();
    if (codes.length === 0)
      problems.add({ file }, `EP aggregate ${aggregate} covers no SOC detailed code`);
  }
  return { covers, coveredBy, outOfScope: outOfScope.sort() };
}

/**
 * Confirms the coverage against an OEWS release: where OEWS publishes an aggregate's code it
 * must name the same group, and no covered code may have its own OEWS row.
 */
export function verifyCoverageWithOews(
  coverage: Coverage,
  epTitles: ReadonlyMap<string, string>,
  oews: ReadonlyMap<string, { title: string; line: number }>,
  file: string,
  problems: Problems,
): void {
  for (const [aggregate, codes] of coverage.covers) {
    const row = oews.get(aggregate);
    const epTitle = epTitles.get(aggregate) ?? "";
    if (row !== undefined && row.title.toLowerCase() !== epTitle.toLowerCase()) {
      problems.add(
        { file, row: row.line, column: "OCC_TITLE" },
        `OEWS names ${aggregate} "${row.title}", but EP names it "${epTitle}"`,
      );
    }
    for (const code of codes) {
      const own = oews.get(code);
      if (own !== undefined) {
        problems.add(
          { file, row: own.line, column: "OCC_CODE" },
          `OEWS publishes ${code} on its own, but the import puts it under EP aggregate ${aggregate}`,
        );
      }
    }
  }
}
