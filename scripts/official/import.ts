// The whole import in memory: read → parse → cover → build → check → validate → serialise.
// Nothing here writes to disk; the CLI decides what to do with the result.
import type * as z from "zod";
import {
  Crosswalks,
  formatPath,
  Occupation,
  OfficialReference,
  Program,
  TitleIndex,
} from "../../src/schemas/index.js";
import { type Built, build } from "./build.js";
import { checkPrograms, runChecks } from "./checks.js";
import { buildPrograms, type Programs, readCipCodes, readCrosswalk } from "./cip.js";
import { readCrosswalks } from "./crosswalks.js";
import { readDmtf } from "./dmtf.js";
import { readEp } from "./ep.js";
import { type FileKey, files, findEpVintage, findOnetRelease, inputFiles } from "./files.js";
import { oewsReleases, readOews } from "./oews.js";
import { readOnet } from "./onet.js";
import { Problems } from "./problems.js";
import { readTable, type Table } from "./read.js";
import { type Coverage, computeCoverage, readSoc, verifyCoverageWithOews } from "./soc.js";
import {
  checkOutputFolder,
  nodeFs,
  type OutputFiles,
  serialize,
  type WriteFs,
  writeAtomically,
} from "./write.js";

/** The import's result: the documents, their serialised files, and what was worked out. */
export interface ImportResult extends Built {
  files: OutputFiles;
  coverage: Coverage;
  /** The programs (CIP codes) and what mapping the crosswalk onto the line items left out. */
  programs: Omit<Programs, "byOccupation">;
  /** The code crosswalks (SOC 2010, O*NET-SOC 2010 and 2019 → today's line items). */
  crosswalks: Crosswalks;
}

/** The names of the output files, in the output folder. */
export const outputNames = [
  "crosswalks.json",
  "occupations.json",
  "programs.json",
  "reference.json",
  "titles.json",
] as const;

function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  label: string,
  problems: Problems,
): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = issue.path.map((k) => (typeof k === "symbol" ? String(k) : k));
    problems.add({ file: label }, `${formatPath(path)}: ${issue.message}`);
  }
}

/**
 * Imports the official files under `from` into memory. Throws an ImportError listing every
 * problem when a file is missing, malformed or inconsistent.
 */
export function importOfficial(from: string): ImportResult {
  const problems = new Problems();
  const tables = {} as Record<FileKey, Table>;
  const release = findOnetRelease(from);
  const vintage = findEpVintage(from);
  for (const [key, spec] of Object.entries(inputFiles(release, vintage)) as [
    FileKey,
    (typeof files)[FileKey],
  ][]) {
    const table = readTable(from, spec, problems);
    if (table) tables[key] = table;
  }
  problems.throwIfAny();

  const ep = readEp(tables.epTable12, tables.epTable54, vintage, problems);
  const soc = readSoc(tables.socStructure, problems);
  const dmtf = readDmtf(tables.socDirectMatchTitles, soc, problems);
  const oews = {
    may2024: readOews(tables.oews2024, oewsReleases.may2024, problems),
    may2025: readOews(tables.oews2025, oewsReleases.may2025, problems),
  };
  const onet = readOnet(
    {
      occupations: tables.onetOccupations,
      jobZones: tables.onetJobZones,
      jobZoneReference: tables.onetJobZoneReference,
      related: tables.onetRelated,
      interests: tables.onetInterests,
      skills: tables.onetSkills,
      education: tables.onetEducation,
      educationCategories: tables.onetEducationCategories,
      reported: tables.onetReportedTitles,
      alternate: tables.onetAlternateTitles,
    },
    release,
    problems,
  );
  const cipCodes = readCipCodes(tables.cipCodes, problems);
  const crosswalk = readCrosswalk(tables.cipSocCrosswalk, problems);
  problems.throwIfAny();

  const lineItems = ep.lineItems.map((i) => i.code);
  const coverage = computeCoverage(lineItems, soc, files.socStructure.path, problems);
  const epTitles = new Map(ep.lineItems.map((i) => [i.code, i.title]));
  verifyCoverageWithOews(coverage, epTitles, oews.may2024, files.oews2024.path, problems);
  verifyCoverageWithOews(coverage, epTitles, oews.may2025, files.oews2025.path, problems);
  problems.throwIfAny();

  const crosswalks = readCrosswalks(
    {
      soc2010: tables.soc2010Crosswalk,
      onet2010: tables.onet2010Crosswalk,
      onet2019: tables.onet2019Crosswalk,
      nem: tables.nemCrosswalk,
    },
    { soc, coverage, lineItems: epTitles, epPeriod: vintage.period, onetTitles: onet.titles },
    problems,
  );
  problems.throwIfAny();

  const { byOccupation, ...programs } = buildPrograms(
    crosswalk,
    cipCodes,
    soc,
    coverage,
    new Set(lineItems),
    files.cipSocCrosswalk.path,
    problems,
  );
  problems.throwIfAny();

  const built = build({ ep, soc, coverage, oews, onet, dmtf, programs: byOccupation }, problems);
  problems.throwIfAny();
  for (const message of [
    ...runChecks(built.occupations, built.reference),
    ...checkPrograms(built.occupations, programs.programs),
  ])
    problems.add({ file: "check" }, message);
  built.occupations.forEach((o, i) => {
    validate(Occupation, o, `occupations.json[${i}] (${o.code})`, problems);
  });
  programs.programs.forEach((p, i) => {
    validate(Program, p, `programs.json[${i}] (${p.code})`, problems);
  });
  validate(TitleIndex, built.titles, "titles.json", problems);
  validate(OfficialReference, built.reference, "reference.json", problems);
  validate(Crosswalks, crosswalks, "crosswalks.json", problems);
  problems.throwIfAny();

  return {
    ...built,
    coverage,
    programs,
    crosswalks,
    files: {
      "crosswalks.json": serialize(crosswalks),
      "occupations.json": serialize(built.occupations),
      "programs.json": serialize(programs.programs),
      "reference.json": serialize(built.reference),
      "titles.json": serialize(built.titles),
    },
  };
}

/**
 * Imports `from` and, only when everything passed, swaps the result into `out`.
 * On any problem `out` is left exactly as it was. An unsafe `out` (a symbolic link, a special
 * file system) is refused before anything is read. `recovered` lists what was repaired from an
 * earlier interrupted run.
 */
export function importToFolder(
  from: string,
  out: string,
  io: WriteFs = nodeFs,
): ImportResult & { recovered: string[] } {
  checkOutputFolder(out, io);
  const result = importOfficial(from);
  const recovered = writeAtomically(out, result.files, io);
  return { ...result, recovered };
}
