// Checks data/requirements/*.json and data/requirements/sources/*.json on their own, so the
// requirement files can be written and checked before the full data build reads them.
// Usage: npx tsx scripts/check-requirements.ts   (exit 1 and every problem listed when bad)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatPath, RequirementsFile, Source } from "../src/schemas/index.js";

const root = join(import.meta.dirname, "..");
const problems: string[] = [];
const read = (file: string): unknown => {
  try {
    const value = JSON.parse(readFileSync(join(root, file), "utf8")) as Record<string, unknown>;
    if (value && typeof value === "object" && !Array.isArray(value)) delete value.$schema;
    return value;
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
    return undefined;
  }
};

const sourceIds = new Set<string>();
const addSources = (file: string) => {
  const list = read(file);
  if (!Array.isArray(list)) return problems.push(`${file}: must be an array of sources`);
  list.forEach((entry, i) => {
    const r = Source.safeParse(entry);
    if (!r.success)
      for (const issue of r.error.issues)
        problems.push(
          `${file} at ${formatPath([i, ...(issue.path as (string | number)[])])}: ${issue.message}`,
        );
    else if (sourceIds.has(r.data.id))
      problems.push(`${file} at [${i}].id: duplicate source id ${r.data.id}`);
    else sourceIds.add(r.data.id);
  });
};
addSources("data/sources.json");
const sourceDir = "data/requirements/sources";
for (const f of readdirSync(join(root, sourceDir))
  .filter((f) => f.endsWith(".json"))
  .sort())
  addSources(`${sourceDir}/${f}`);

const codes = new Set(
  (
    JSON.parse(readFileSync(join(root, "data/official/occupations.json"), "utf8")) as {
      code: string;
    }[]
  ).map((o) => o.code),
);
const seenCodes = new Map<string, string>();
const used = new Set<string>();
for (const f of readdirSync(join(root, "data/requirements"))
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const file = `data/requirements/${f}`;
  const r = RequirementsFile.safeParse(read(file));
  if (!r.success) {
    for (const issue of r.error.issues)
      problems.push(
        `${file} at ${formatPath(issue.path as (string | number)[])}: ${issue.message}`,
      );
    continue;
  }
  r.data.occupations.forEach((occ, i) => {
    const at = `${file} at occupations[${i}]`;
    if (!codes.has(occ.code)) problems.push(`${at}.code: ${occ.code} is not an occupation code`);
    if (seenCodes.has(occ.code))
      problems.push(`${at}.code: ${occ.code} is also in ${seenCodes.get(occ.code)}`);
    seenCodes.set(occ.code, file);
    const ids = new Set<string>();
    occ.requirements.forEach((req, j) => {
      if (ids.has(req.id)) problems.push(`${at}.requirements[${j}].id: duplicate id ${req.id}`);
      ids.add(req.id);
      const cited = [
        ...req.sources,
        ...req.prerequisites.map((p) => p.source),
        ...req.variesByState.map((p) => p.source),
        ...(req.exam?.notes ?? []).map((p) => p.source),
        ...(req.renewal?.notes ?? []).map((p) => p.source),
        ...[req.duration, req.exam?.questions, req.exam?.time, req.renewal?.cycleYears].flatMap(
          (n) => (n ? [n.source] : []),
        ),
      ];
      for (const s of cited) {
        used.add(s);
        if (!sourceIds.has(s))
          problems.push(`${at}.requirements[${j}]: source ${s} is not in the registry`);
      }
    });
  });
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(
  `requirements: ${seenCodes.size} occupations checked, ${used.size} sources cited, no problems`,
);
