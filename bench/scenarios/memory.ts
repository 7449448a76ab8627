// Row 10: memory held after importing "." with all data touched, in a fresh process each run.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { distUrl } from "../lib/paths.js";
import { type Row, status } from "../lib/row.js";
import { spread } from "../lib/stats.js";

export function memoryRows(runs: number, rawJsonBytes: number): Row[] {
  const deltas: number[] = [];
  const imports: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(
      process.execPath,
      ["--expose-gc", join(import.meta.dirname, "../child/memory.mjs"), distUrl("index.js")],
      { stdio: "pipe" },
    );
    if (r.status !== 0) throw new Error(`bench: memory child failed\n${r.stderr}`);
    const { delta, importOnly } = JSON.parse(String(r.stdout)) as {
      delta: number;
      importOnly: number;
    };
    deltas.push(delta / 1e6);
    imports.push(importOnly / 1e6);
  }
  const d = spread(deltas);
  const imp = spread(imports);
  const raw = rawJsonBytes / 1e6;
  return [
    {
      id: "10",
      scenario: "heap after import('.') + all data touched",
      figure: { value: d.median, unit: "MB", spread: d },
      baseline: { label: "raw JSON bytes", value: raw, unit: "MB" },
      ratio: d.median / raw,
      ratioLabel: "× raw JSON",
      budget: "≤ 3 × raw JSON",
      status: status(d.median / raw <= 3),
      note: `heapUsed delta after gc, --expose-gc, fresh process; import alone ${imp.median.toFixed(2)} MB`,
    },
  ];
}
