import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(ROOT, "dist");
export const BENCH = join(ROOT, "bench");

/** A file URL for a module in dist/, for `import()`. */
export function distUrl(file: string): string {
  return pathToFileURL(join(DIST, file)).href;
}

/**
 * Official files that the main entry point does not carry: the title index ships with
 * careerpath/search, the CIP program tables with careerpath/programs.
 */
export const NOT_IN_MAIN = ["titles.json", "programs.json"];

/**
 * The committed source data that the main entry point carries, in a fixed order: the official
 * facts without the files in {@link NOT_IN_MAIN}, then the curated data and the entry
 * requirements with their sources. This is the floor for
 * row 2 and the raw-JSON denominator for row 10.
 */
export function sourceDataFiles(): string[] {
  const curated = readdirSync(join(ROOT, "data/careers"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(ROOT, "data/careers", f));
  const official = readdirSync(join(ROOT, "data/official"))
    .filter((f) => f.endsWith(".json") && !NOT_IN_MAIN.includes(f))
    .sort()
    .map((f) => join(ROOT, "data/official", f));
  const registries = readdirSync(join(ROOT, "data"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(ROOT, "data", f));
  // Entry requirements and their page sources (the main entry carries both).
  const requirements = ["data/requirements", "data/requirements/sources"].flatMap((dir) =>
    existsSync(join(ROOT, dir))
      ? readdirSync(join(ROOT, dir))
          .filter((f) => f.endsWith(".json"))
          .sort()
          .map((f) => join(ROOT, dir, f))
      : [],
  );
  return [...official, ...curated, ...registries, ...requirements];
}

/** The concatenated bytes of `files`. */
export function concat(files: readonly string[]): Buffer {
  return Buffer.concat(files.map((f) => readFileSync(f)));
}

/** Fails with a clear message when dist/ is missing or older than the generated data. */
export function assertBuilt(): void {
  const index = join(DIST, "index.js");
  if (!existsSync(index) || !existsSync(join(DIST, "search.js"))) {
    throw new Error("bench: dist/ is missing; run `npm run build` first");
  }
  const generated = join(ROOT, "src/generated/occupations.ts");
  if (existsSync(generated) && statSync(generated).mtimeMs > statSync(index).mtimeMs + 1000) {
    throw new Error("bench: dist/ is older than src/generated; run `npm run build` first");
  }
}
