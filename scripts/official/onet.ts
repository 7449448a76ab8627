// O*NET tables (30.1 text edition, or the 29.3 Excel layout), indexed by O*NET-SOC code.
import { interestAreas, relatednessTiers } from "../../src/schemas/index.js";
import type { OnetRelease } from "./files.js";
import type { Problems } from "./problems.js";
import { cell, parseNumber, type Row, type Table } from "./read.js";

/** The O*NET Education, Training, and Experience scales the importer keeps, by our field name. */
export const levelScales = {
  educationLevels: { scale: "RL", element: "2.D.1", categories: 12 },
  experienceLevels: { scale: "RW", element: "3.A.1", categories: 11 },
  trainingLevels: { scale: "OJ", element: "3.A.3", categories: 9 },
} as const;

/** One of the kept Education, Training, and Experience scales. */
export type LevelField = keyof typeof levelScales;

type Tier = (typeof relatednessTiers)[number];
type Area = (typeof interestAreas)[number];

/** One O*NET related-occupation row. */
export interface RelatedRow {
  target: string;
  tier: Tier;
  index: number;
}

/** One occupation's interest data: the six OI scores and the three high points (0 = none). */
export interface InterestRow {
  scores: Partial<Record<Area, number>>;
  highPoints: [number, number, number];
}

/** The O*NET tables the importer uses, by O*NET-SOC code. */
export interface Onet {
  /** The registry id of the release, e.g. "onet-30-1". */
  source: string;
  codes: string[];
  /** Occupation Data: code → title. */
  titles: Map<string, string>;
  jobZones: Map<string, number>;
  jobZoneNames: { zone: number; name: string }[];
  related: Map<string, RelatedRow[]>;
  interests: Map<string, InterestRow>;
  /** The skills in element-id order, then each code's importance by element id. */
  skillList: { id: string; name: string }[];
  skills: Map<string, Map<string, number>>;
  /** Each code's skill level (LV, 0–7) by element id. */
  skillLevels: Map<string, Map<string, number>>;
  /** Each scale's category names (category 1 first), then each code's percentages by category. */
  levelNames: Record<LevelField, { category: number; name: string }[]>;
  levels: Record<LevelField, Map<string, number[]>>;
  reported: Map<string, string[]>;
  alternate: Map<string, string[]>;
}

/** The O*NET tables, as read from disk. */
export interface OnetTables {
  occupations: Table;
  jobZones: Table;
  jobZoneReference: Table;
  related: Table;
  interests: Table;
  skills: Table;
  education: Table;
  educationCategories: Table;
  reported: Table;
  alternate: Table;
}

const onetCodePattern = /^\d{2}-\d{4}\.\d{2}$/;
const CODE = "O*NET-SOC Code";

/** Compares O*NET element ids such as 2.A.1.a and 2.B.10.b part by part, numbers as numbers. */
export function compareElementIds(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== "" && y !== "" && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** A cell's text with O*NET's empty marker: the text edition writes `n/a` for an empty value. */
function text(row: Row, column: string): string {
  const value = cell(row, column).trim();
  return value === "n/a" ? "" : value;
}

function numberIn(
  table: Table,
  row: Row,
  column: string,
  problems: Problems,
  check?: (n: number) => boolean,
  expect = "a number",
): number | undefined {
  const text = cell(row, column);
  const n = parseNumber(text);
  if (n === undefined || (check !== undefined && !check(n))) {
    problems.add({ file: table.file, row: row.line, column }, `expected ${expect}, got "${text}"`);
    return undefined;
  }
  return n;
}

/** Reads a code column and reports codes that are malformed or not in Occupation Data. */
function codeIn(
  table: Table,
  row: Row,
  column: string,
  known: Set<string> | undefined,
  problems: Problems,
): string | undefined {
  const code = cell(row, column).trim();
  if (!onetCodePattern.test(code)) {
    problems.add(
      { file: table.file, row: row.line, column },
      `expected an O*NET-SOC code like 29-2072.00, got "${code}"`,
    );
    return undefined;
  }
  if (known !== undefined && !known.has(code)) {
    problems.add({ file: table.file, row: row.line, column }, `${code} is not in Occupation Data`);
    return undefined;
  }
  return code;
}

/** Reports a key seen twice in one table; returns true the first time. */
function firstTime(
  seen: Map<string, number>,
  key: string,
  table: Table,
  row: Row,
  column: string,
  problems: Problems,
): boolean {
  const first = seen.get(key);
  if (first !== undefined) {
    problems.add(
      { file: table.file, row: row.line, column },
      `duplicate ${key} (first on row ${first})`,
    );
    return false;
  }
  seen.set(key, row.line);
  return true;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads and indexes the O*NET tables. */
export function readOnet(t: OnetTables, release: OnetRelease, problems: Problems): Onet {
  const known = new Set<string>();
  const titles = new Map<string, string>();
  const seenOcc = new Map<string, number>();
  for (const row of t.occupations.rows) {
    const code = codeIn(t.occupations, row, CODE, undefined, problems);
    if (code !== undefined && firstTime(seenOcc, code, t.occupations, row, CODE, problems)) {
      known.add(code);
      titles.set(code, cell(row, "Title").trim());
    }
  }

  const jobZones = new Map<string, number>();
  const seenZones = new Map<string, number>();
  for (const row of t.jobZones.rows) {
    const code = codeIn(t.jobZones, row, CODE, known, problems);
    const zone = numberIn(
      t.jobZones,
      row,
      "Job Zone",
      problems,
      (n) => Number.isInteger(n) && n >= 1 && n <= 5,
      "a whole number 1–5",
    );
    if (
      code !== undefined &&
      zone !== undefined &&
      firstTime(seenZones, code, t.jobZones, row, CODE, problems)
    ) {
      jobZones.set(code, zone);
    }
  }

  const jobZoneNames: { zone: number; name: string }[] = [];
  for (const row of t.jobZoneReference.rows) {
    const zone = numberIn(
      t.jobZoneReference,
      row,
      "Job Zone",
      problems,
      (n) => Number.isInteger(n) && n >= 1 && n <= 5,
      "a whole number 1–5",
    );
    if (zone !== undefined) jobZoneNames.push({ zone, name: cell(row, "Name").trim() });
  }
  jobZoneNames.sort((a, b) => a.zone - b.zone);

  const related = new Map<string, RelatedRow[]>();
  const seenRelated = new Map<string, number>();
  for (const row of t.related.rows) {
    const code = codeIn(t.related, row, CODE, known, problems);
    const target = codeIn(t.related, row, "Related O*NET-SOC Code", known, problems);
    const tier = cell(row, "Relatedness Tier");
    if (!(relatednessTiers as readonly string[]).includes(tier)) {
      problems.add(
        { file: t.related.file, row: row.line, column: "Relatedness Tier" },
        `expected one of ${relatednessTiers.join(", ")}, got "${tier}"`,
      );
      continue;
    }
    const index = numberIn(
      t.related,
      row,
      "Index",
      problems,
      (n) => Number.isInteger(n) && n >= 1,
      "a whole number from 1",
    );
    if (code === undefined || target === undefined || index === undefined) continue;
    if (
      !firstTime(
        seenRelated,
        `${code} → ${target}`,
        t.related,
        row,
        "Related O*NET-SOC Code",
        problems,
      )
    )
      continue;
    push(related, code, { target, tier: tier as Tier, index });
  }

  const interests = new Map<string, InterestRow>();
  const seenInterest = new Map<string, number>();
  const highPointIds = ["1.B.1.g", "1.B.1.h", "1.B.1.i"];
  for (const row of t.interests.rows) {
    const code = codeIn(t.interests, row, CODE, known, problems);
    const id = cell(row, "Element ID");
    const scale = cell(row, "Scale ID");
    const value = numberIn(t.interests, row, "Data Value", problems);
    if (code === undefined || value === undefined) continue;
    if (
      !firstTime(seenInterest, `${code} ${id} ${scale}`, t.interests, row, "Element ID", problems)
    )
      continue;
    const entry = interests.get(code) ?? { scores: {}, highPoints: [0, 0, 0] };
    interests.set(code, entry);
    const name = cell(row, "Element Name");
    if (scale === "OI" && (interestAreas as readonly string[]).includes(name)) {
      if (value < 1 || value > 7)
        problems.add(
          { file: t.interests.file, row: row.line, column: "Data Value" },
          `expected an interest score 1–7, got ${value}`,
        );
      entry.scores[name as Area] = value;
    } else if (scale === "IH" && highPointIds.includes(id)) {
      if (!Number.isInteger(value) || value < 0 || value > 6) {
        problems.add(
          { file: t.interests.file, row: row.line, column: "Data Value" },
          `expected a high point 0–6, got ${value}`,
        );
      } else {
        entry.highPoints[highPointIds.indexOf(id)] = value;
      }
    } else {
      problems.add(
        { file: t.interests.file, row: row.line, column: "Element ID" },
        `unknown interest element ${id} "${name}" on scale ${scale}`,
      );
    }
  }

  const skillNames = new Map<string, string>();
  const skills = new Map<string, Map<string, number>>();
  const skillLevels = new Map<string, Map<string, number>>();
  const seenSkill = new Map<string, number>();
  for (const row of t.skills.rows) {
    const scale = cell(row, "Scale ID");
    if (scale !== "IM" && scale !== "LV") {
      problems.add(
        { file: t.skills.file, row: row.line, column: "Scale ID" },
        `expected IM (importance) or LV (level), got "${scale}"`,
      );
      continue;
    }
    const code = codeIn(t.skills, row, CODE, known, problems);
    const id = cell(row, "Element ID");
    const value =
      scale === "IM"
        ? numberIn(
            t.skills,
            row,
            "Data Value",
            problems,
            (n) => n >= 1 && n <= 5,
            "an importance 1–5",
          )
        : numberIn(t.skills, row, "Data Value", problems, (n) => n >= 0 && n <= 7, "a level 0–7");
    if (code === undefined || value === undefined) continue;
    if (!firstTime(seenSkill, `${code} ${id} ${scale}`, t.skills, row, "Element ID", problems))
      continue;
    if (scale === "IM") skillNames.set(id, cell(row, "Element Name").trim());
    const target = scale === "IM" ? skills : skillLevels;
    const map = target.get(code) ?? new Map<string, number>();
    target.set(code, map);
    map.set(id, value);
  }
  const skillList = [...skillNames]
    .sort(([a], [b]) => compareElementIds(a, b))
    .map(([id, name]) => ({ id, name }));
  for (const [label, target] of [
    ["importance", skills],
    ["level", skillLevels],
  ] as const) {
    for (const [code, map] of target) {
      const missing = skillList.filter((s) => !map.has(s.id));
      if (map.size !== skillList.length || missing.length > 0) {
        problems.add(
          { file: t.skills.file },
          `${code} has ${map.size} skill ${label} rows, expected ${skillList.length}`,
        );
      }
    }
  }

  const { levelNames, levels } = readLevels(t.education, t.educationCategories, known, problems);

  const reported = new Map<string, string[]>();
  for (const row of t.reported.rows) {
    const code = codeIn(t.reported, row, CODE, known, problems);
    const title = text(row, "Reported Job Title");
    if (code !== undefined && title !== "") push(reported, code, title);
  }
  const alternate = new Map<string, string[]>();
  for (const row of t.alternate.rows) {
    const code = codeIn(t.alternate, row, CODE, known, problems);
    if (code === undefined) continue;
    for (const column of ["Alternate Title", "Short Title"]) {
      const title = text(row, column);
      if (title !== "") push(alternate, code, title);
    }
  }

  return {
    source: release.source,
    codes: [...known].sort(),
    titles,
    jobZones,
    jobZoneNames,
    related,
    interests,
    skillList,
    skills,
    skillLevels,
    levelNames,
    levels,
    reported,
    alternate,
  };
}

/**
 * Reads the three kept scales of Education, Training, and Experience: for each code, the
 * percentage of respondents in each category (category 1 first). Every category named in the
 * Categories file must be present once per code and scale.
 */
function readLevels(
  table: Table,
  categories: Table,
  known: Set<string>,
  problems: Problems,
): Pick<Onet, "levelNames" | "levels"> {
  const fields = Object.entries(levelScales) as [LevelField, (typeof levelScales)[LevelField]][];
  const byScale = new Map(fields.map(([field, spec]) => [spec.scale as string, { field, spec }]));
  const levelNames = Object.fromEntries(
    fields.map(([f]) => [f, []]),
  ) as unknown as Onet["levelNames"];
  for (const row of categories.rows) {
    const kept = byScale.get(cell(row, "Scale ID"));
    if (kept === undefined) continue;
    const category = numberIn(
      categories,
      row,
      "Category",
      problems,
      (n) => Number.isInteger(n) && n >= 1 && n <= kept.spec.categories,
      `a whole number 1–${kept.spec.categories}`,
    );
    if (category === undefined) continue;
    if (cell(row, "Element ID") !== kept.spec.element) {
      problems.add(
        { file: categories.file, row: row.line, column: "Element ID" },
        `expected ${kept.spec.element} for scale ${kept.spec.scale}, got "${cell(row, "Element ID")}"`,
      );
    }
    levelNames[kept.field].push({ category, name: cell(row, "Category Description").trim() });
  }
  for (const [field, spec] of fields) {
    const list = levelNames[field].sort((a, b) => a.category - b.category);
    if (list.length !== spec.categories || list.some((c, i) => c.category !== i + 1)) {
      problems.add(
        { file: categories.file, column: "Category" },
        `scale ${spec.scale} should have categories 1–${spec.categories} once each, got ${list.map((c) => c.category).join(", ") || "none"}`,
      );
    }
  }

  const levels = Object.fromEntries(
    fields.map(([f]) => [f, new Map<string, number[]>()]),
  ) as unknown as Onet["levels"];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const kept = byScale.get(cell(row, "Scale ID"));
    if (kept === undefined) continue;
    const code = codeIn(table, row, CODE, known, problems);
    const category = numberIn(
      table,
      row,
      "Category",
      problems,
      (n) => Number.isInteger(n) && n >= 1 && n <= kept.spec.categories,
      `a whole number 1–${kept.spec.categories}`,
    );
    const value = numberIn(
      table,
      row,
      "Data Value",
      problems,
      (n) => n >= 0 && n <= 100,
      "a percentage 0–100",
    );
    if (code === undefined || category === undefined || value === undefined) continue;
    if (
      !firstTime(seen, `${code} ${kept.spec.scale} ${category}`, table, row, "Category", problems)
    )
      continue;
    const map = levels[kept.field];
    const list = map.get(code) ?? new Array<number>(kept.spec.categories).fill(Number.NaN);
    map.set(code, list);
    list[category - 1] = value;
  }
  for (const [field, spec] of fields) {
    for (const [code, list] of levels[field]) {
      const missing = list.flatMap((v, i) => (Number.isNaN(v) ? [i + 1] : []));
      if (missing.length > 0) {
        problems.add(
          { file: table.file },
          `${code} lacks scale ${spec.scale} categories ${missing.join(", ")}`,
        );
        levels[field].delete(code);
      }
    }
  }
  return { levelNames, levels };
}
