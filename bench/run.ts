// The careerpath benchmark: what the library costs the apps that import it, each figure next
// to a baseline measured in the same run, with its budget. Prints one table and writes it as
// JSON to .bench/ (git-ignored). Needs a fresh build: `npm run build && npm run bench`.
//
//   tsx bench/run.ts [--runs N] [--only 1,5,7]   (rows 11–13: matching, moves, explorer; 14: CLI start-up)
//
// Timing is never part of `npm test`; the byte budgets of rows 1–3 are also checked by
// size-limit (.size-limit.cjs), which is.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { machine } from "./lib/machine.js";
import { assertBuilt, ROOT } from "./lib/paths.js";
import type { Row } from "./lib/row.js";
import { markdownTable, textTable } from "./lib/table.js";
import { cliStartRows } from "./scenarios/cli-start.js";
import { coldRows } from "./scenarios/cold.js";
import { compareRows } from "./scenarios/compare.js";
import { matchRows } from "./scenarios/match.js";
import { memoryRows } from "./scenarios/memory.js";
import { searchRows } from "./scenarios/search.js";
import { sizeRows } from "./scenarios/size.js";
import { stepRows } from "./scenarios/steps.js";
import { validateRows } from "./scenarios/validate.js";

function readArgs(argv: readonly string[]): { runs: number; only: Set<string> | undefined } {
  let runs = 7;
  let only: Set<string> | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--runs") runs = Number(argv[++i]);
    else if (arg === "--only") only = new Set(String(argv[++i]).split(","));
    else throw new Error(`bench: unknown argument ${arg} (expected --runs N or --only 1,5,7)`);
  }
  if (!Number.isInteger(runs) || runs < 5) throw new Error("bench: --runs must be 5 or more");
  return { runs, only };
}

async function main(): Promise<number> {
  const { runs, only } = readArgs(process.argv.slice(2));
  assertBuilt();
  const m = machine();
  const started = performance.now();
  const want = (id: string) => !only || only.has(id);
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  const rows: Row[] = [];

  log("sizes (rows 1–4)");
  const size = await sizeRows();
  rows.push(...size.rows.filter((r) => want(r.id)));
  if (want("5")) {
    log("cold starts (row 5)");
    rows.push(...coldRows(Math.max(runs, 11)));
  }
  if (want("6")) {
    log("search (row 6)");
    rows.push(...(await searchRows(runs)));
  }
  if (want("7")) {
    log("compareCareers (row 7)");
    rows.push(...(await compareRows(runs)));
  }
  if (want("8")) {
    log("steps (row 8)");
    rows.push(...(await stepRows(runs)));
  }
  if (want("9")) {
    log("validation (row 9)");
    rows.push(...validateRows(runs));
  }
  if (want("11") || want("12") || want("13")) {
    log("matchCareers, careerMoves, explorer (rows 11–13)");
    rows.push(...(await matchRows(runs)).filter((r) => want(r.id)));
  }
  if (want("10")) {
    log("memory (row 10)");
    rows.push(...memoryRows(runs, size.rawJson));
  }

  if (want("14")) {
    log("CLI start-up (row 14)");
    rows.push(...cliStartRows(runs));
  }

  const seconds = Math.round((performance.now() - started) / 100) / 10;
  process.stdout.write(textTable(rows, m));
  process.stdout.write(`\n(${seconds} s; medians over ${runs}+ runs, [min–max, n])\n`);
  const record = {
    date: new Date().toISOString(),
    machine: m,
    loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    runs,
    seconds,
    rows,
    markdown: markdownTable(rows),
  };
  const dir = join(ROOT, ".bench");
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(record, null, 2)}\n`;
  writeFileSync(join(dir, `bench-${record.date.replaceAll(":", "-")}.json`), json);
  writeFileSync(join(dir, "latest.json"), json);
  return rows.some((r) => r.status === "miss") ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
