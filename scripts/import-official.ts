// CLI: import the official BLS, SOC, O*NET and NCES CIP files into data/official/.
//   npm run import -- [--from <dir>] [--out <dir>] [--check] [--diff <dir>]
//   --diff <dir>  writes nothing; prints what a fresh import changes against the folder <dir>.
// Exit codes: 0 done (or up to date), 1 import problems or differences found, 2 bad arguments.
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { diffOutputs, formatDiff } from "./official/diff.js";
import { findEpVintage, findOnetRelease, inputFiles } from "./official/files.js";
import { importOfficial, importToFolder } from "./official/import.js";
import { ImportError } from "./official/problems.js";
import { verifyInputs } from "./official/releases.js";
import { differingFiles } from "./official/write.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Options {
  from: string;
  out: string;
  check: boolean;
  diff: string | undefined;
}

/** Parses the arguments; returns a one-line error for anything it does not know. */
export function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = {
    from: resolve(root, "../shared/data"),
    out: resolve(root, "data/official"),
    check: false,
    diff: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--check") {
      options.check = true;
    } else if (arg === "--from" || arg === "--out" || arg === "--diff") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return `${arg} needs a folder`;
      options[arg === "--from" ? "from" : arg === "--out" ? "out" : "diff"] = resolve(value);
    } else {
      return `unknown argument "${arg}" (expected --from <dir>, --out <dir>, --check, --diff <dir>)`;
    }
  }
  return options;
}

function main(argv: readonly string[]): number {
  const started = performance.now();
  const options = parseArgs(argv);
  if (typeof options === "string") {
    process.stderr.write(`import-official: ${options}\n`);
    return 2;
  }
  let result: ReturnType<typeof importOfficial>;
  try {
    result =
      options.check || options.diff !== undefined
        ? importOfficial(options.from)
        : importToFolder(options.from, options.out);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${problem}\n`);
    process.stderr.write(`import-official: ${error.problems.length} problem(s), nothing written\n`);
    return 1;
  }
  const read = Object.values(
    inputFiles(findOnetRelease(options.from), findEpVintage(options.from)),
  ).map((f) => f.path);
  for (const line of verifyInputs(options.from, read)) process.stdout.write(`${line}\n`);
  if (options.diff !== undefined) {
    process.stdout.write(formatDiff(diffOutputs(options.diff, result.files)));
    return 0;
  }
  const out = relative(process.cwd(), options.out) || ".";
  if (options.check) {
    const differing = differingFiles(options.out, result.files);
    for (const file of differing)
      process.stderr.write(`${out}/${file} differs from a fresh import\n`);
    if (differing.length > 0) return 1;
  }
  const aggregates = result.occupations.filter((o) => o.kind === "aggregate").length;
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `${options.check ? "checked" : "imported"} ${result.occupations.length} occupations ` +
      `(${result.occupations.length - aggregates} detailed, ${aggregates} aggregates), ` +
      `${Object.keys(result.titles).length} title entries, ` +
      `${result.programs.programs.length} programs ` +
      `(${result.programs.programs.reduce((n, p) => n + p.occupations.length, 0)} links; ` +
      `${result.programs.droppedPrograms.length} lead only to out-of-scope occupations, ` +
      `${result.programs.retitled.length} retitled since the crosswalk), ` +
      `${result.droppedRelated.rows} related rows to ${result.droppedRelated.targets.length} unmapped O*NET codes dropped` +
      `${options.check ? `, ${out} is up to date` : ` → ${out}`} in ${ms} ms\n`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`import-official: ${(error as Error).message.split("\n")[0]}\n`);
    process.exitCode = 1;
  }
}
