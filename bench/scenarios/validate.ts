// Row 9: validating all 832 occupation records with the published zod schema (the Occupation
// schema from careerpath/schemas), each run in a fresh process so that schema set-up counts.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { distUrl, ROOT } from "../lib/paths.js";
import { type Row, round, status } from "../lib/row.js";
import { spread } from "../lib/stats.js";

interface Result {
  first: number;
  warm: number;
  parse: number;
  count: number;
  ok: number;
}

export function validateRows(runs: number): Row[] {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(
      process.execPath,
      [
        join(import.meta.dirname, "../child/validate.mjs"),
        distUrl("schemas.js"),
        join(ROOT, "data/official/occupations.json"),
      ],
      { stdio: "pipe" },
    );
    if (r.status !== 0) throw new Error(`bench: validate child failed\n${r.stderr}`);
    results.push(JSON.parse(String(r.stdout)) as Result);
  }
  const first = spread(results.map((r) => r.first));
  const warm = spread(results.map((r) => r.warm));
  const parse = spread(results.map((r) => r.parse));
  const count = results[0]?.count ?? 0;
  const ok = results[0]?.ok ?? 0;
  return [
    {
      id: "9",
      scenario: `validate all ${count} occupations (zod), first pass in a fresh process`,
      figure: { value: first.median, unit: "ms", spread: first },
      baseline: { label: "JSON.parse of the file", value: parse.median, unit: "ms", spread: parse },
      ratio: first.median / parse.median,
      ratioLabel: "× JSON.parse",
      budget: "≤ 50 ms total",
      status: status(first.median <= 50 && ok === count),
      note: `${Math.round((count / first.median) * 1000).toLocaleString("en-US")} records/s cold; warm passes ${round(warm.median)} ms (${Math.round((count / warm.median) * 1000).toLocaleString("en-US")} records/s); ${ok}/${count} valid`,
    },
  ];
}
