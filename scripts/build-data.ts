// Validates everything in data/ with the published schemas, checks cross-record integrity,
// and writes src/generated/. Usage: tsx scripts/build-data.ts [--check] [--root <dir>]
//   --check  compare with the committed files instead of writing; exit 1 if they differ.
// The build owns src/generated/: a file there that it no longer writes (a removed guide's
// module, say) is deleted, and --check reports it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { emitCodes } from "./codes/emit.js";
import { emit } from "./data/emit.js";
import { checkIntegrity } from "./data/integrity.js";
import { formatProblem, loadDataset } from "./data/load.js";

export interface BuildResult {
  ok: boolean;
  problems: string[];
  files: Map<string, string>;
}

/** Runs the whole data build in memory. Nothing is written. */
export function buildData(root: string): BuildResult {
  const { dataset, problems } = loadDataset(root);
  problems.push(...checkIntegrity(dataset));
  const codes = emitCodes(root);
  if (problems.length > 0 || codes.problems.length > 0)
    return {
      ok: false,
      problems: [...problems.map(formatProblem), ...codes.problems],
      files: new Map(),
    };
  return { ok: true, problems: [], files: new Map([...emit(dataset), ...codes.files]) };
}

/** The folder, relative to the root, whose every file the build writes. */
export const GENERATED_DIR = "src/generated";

/** Files in src/generated/ that a fresh build does not write, as root-relative paths. */
export function orphanFiles(root: string, files: Map<string, string>): string[] {
  const dir = join(root, GENERATED_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .filter((path) => !files.has(path))
    .sort();
}

/**
 * Lists generated files whose committed content differs from a fresh build: changed or missing
 * ones, then those the build no longer writes.
 */
export function staleFiles(root: string, files: Map<string, string>): string[] {
  const changed = [...files]
    .filter(
      ([path, content]) =>
        !existsSync(join(root, path)) || readFileSync(join(root, path), "utf8") !== content,
    )
    .map(([path]) => path);
  return [...changed, ...orphanFiles(root, files).map((path) => `${path} (no longer generated)`)];
}

function main(argv: string[]): number {
  const args = [...argv];
  let root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  let check = false;
  while (args.length > 0) {
    const arg = args.shift();
    if (arg === "--check") check = true;
    else if (arg === "--root" && args[0]) root = resolve(args.shift() as string);
    else {
      process.stderr.write(
        `build-data: unknown argument "${arg}" (expected --check or --root <dir>)\n`,
      );
      return 2;
    }
  }
  const started = performance.now();
  const result = buildData(root);
  if (!result.ok) {
    process.stderr.write(`build-data: ${result.problems.length} problem(s) in data/:\n`);
    for (const p of result.problems) process.stderr.write(`  ${p}\n`);
    return 1;
  }
  if (check) {
    const stale = staleFiles(root, result.files);
    if (stale.length > 0) {
      process.stderr.write(
        `build-data: generated files are out of date: ${stale.join(", ")}; run npm run data\n`,
      );
      return 1;
    }
    return 0;
  }
  for (const [path, content] of result.files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (!existsSync(full) || readFileSync(full, "utf8") !== content) writeFileSync(full, content);
  }
  for (const path of orphanFiles(root, result.files)) {
    rmSync(join(root, path));
    process.stdout.write(`build-data: removed ${path} (no longer generated)\n`);
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`build-data: ${result.files.size} generated files up to date (${ms} ms)\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
