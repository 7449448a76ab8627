// Reads every data file and validates it with the published schemas.
// Problems are collected, never thrown one at a time, so one run shows them all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type * as z from "zod";
import {
  Career,
  CodeSet,
  Credential,
  formatPath,
  Occupation,
  OfficialReference,
  Organization,
  Program,
  RequirementsFile,
  Source,
  TitleIndex,
} from "../../src/schemas/index.js";

/** Everything the build reads, parsed. */
export interface Dataset {
  careers: Career[];
  credentials: Credential[];
  organizations: Organization[];
  codeSets: CodeSet[];
  sources: Source[];
  occupations: Occupation[];
  /** Instructional programs (CIP 2020) from the NCES crosswalk, sorted by code. */
  programs: Program[];
  titles: TitleIndex;
  reference: OfficialReference | undefined;
  /** The files of data/requirements/, each parsed, sorted by file name. */
  requirementFiles: { file: string; data: RequirementsFile }[];
  /** Where each source came from: data/sources.json or a data/requirements/sources/ file. */
  sourceFiles: Map<string, string>;
}

/** A problem, with the file and the path inside it. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.path ? ` at ${p.path}` : ""}: ${p.message}`;
}

function readJson(root: string, file: string, problems: Problem[]): unknown {
  const full = join(root, file);
  if (!existsSync(full)) {
    problems.push({ file, path: "", message: "file is missing" });
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(readFileSync(full, "utf8"));
    if (value && typeof value === "object" && !Array.isArray(value) && "$schema" in value) {
      const { $schema: _ignored, ...rest } = value as Record<string, unknown>;
      return rest;
    }
    return value;
  } catch (error) {
    problems.push({ file, path: "", message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
  base: (string | number)[],
  problems: Problem[],
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...base, ...issue.path.map((k) => (typeof k === "symbol" ? String(k) : k))];
    problems.push({ file, path: formatPath(path), message: issue.message });
  }
  return undefined;
}

function checkList<T>(schema: z.ZodType<T>, root: string, file: string, problems: Problem[]): T[] {
  const value = readJson(root, file, problems);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ file, path: "", message: "expected an array of records" });
    return [];
  }
  const out: T[] = [];
  value.forEach((item, index) => {
    const parsed = check(schema, item, file, [index], problems);
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}

/** The `.json` files directly inside `dir` (relative to `root`), sorted; none when it is absent. */
function jsonFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => `${dir}/${e.name}`)
    .sort();
}

/** Reads and validates every data file below `root` (the repository root). */
export function loadDataset(root: string): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const careersDir = join(root, "data", "careers");
  const careerFiles = existsSync(careersDir)
    ? readdirSync(careersDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  const careers: Career[] = [];
  for (const name of careerFiles) {
    const file = relative(root, join(careersDir, name));
    const parsed = check(Career, readJson(root, file, problems), file, [], problems);
    if (!parsed) continue;
    if (`${parsed.id}.json` !== name) {
      problems.push({
        file,
        path: "id",
        message: `id "${parsed.id}" does not match the file name`,
      });
    }
    careers.push(parsed);
  }
  const reference = check(
    OfficialReference,
    readJson(root, "data/official/reference.json", problems),
    "data/official/reference.json",
    [],
    problems,
  );
  const titles =
    check(
      TitleIndex,
      readJson(root, "data/official/titles.json", problems),
      "data/official/titles.json",
      [],
      problems,
    ) ?? {};
  const sources = checkList(Source, root, "data/sources.json", problems);
  const sourceFiles = new Map(sources.map((s) => [s.id, "data/sources.json"]));
  // Page sources of the requirement files: one registry file per facts file, merged into the
  // one source registry so that every record cites the same way.
  for (const file of jsonFiles(root, "data/requirements/sources")) {
    for (const source of checkList(Source, root, file, problems)) {
      const first = sourceFiles.get(source.id);
      if (first) {
        problems.push({ file, path: source.id, message: `source id is also in ${first}` });
        continue;
      }
      sources.push(source);
      sourceFiles.set(source.id, file);
    }
  }
  const requirementFiles: Dataset["requirementFiles"] = [];
  for (const file of jsonFiles(root, "data/requirements")) {
    const parsed = check(RequirementsFile, readJson(root, file, problems), file, [], problems);
    if (parsed) requirementFiles.push({ file, data: parsed });
  }
  const dataset: Dataset = {
    careers,
    credentials: checkList(Credential, root, "data/credentials.json", problems),
    organizations: checkList(Organization, root, "data/organizations.json", problems),
    codeSets: checkList(CodeSet, root, "data/code-sets.json", problems),
    sources,
    occupations: checkList(Occupation, root, "data/official/occupations.json", problems),
    programs: checkList(Program, root, "data/official/programs.json", problems),
    titles,
    reference,
    requirementFiles,
    sourceFiles,
  };
  return { dataset, problems };
}
