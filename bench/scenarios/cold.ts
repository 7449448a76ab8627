// Row 5: cold start. Each run is a fresh `node` process; wall time of the whole process, minus
// a bare `node -e 0` measured in the same run, interleaved so that drift hits all alike.
import { spawnSync } from "node:child_process";
import { ROOT, sourceDataFiles } from "../lib/paths.js";
import { type Row, status } from "../lib/row.js";
import { spread } from "../lib/stats.js";

function timeProcess(code: string): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["-e", code], { cwd: ROOT, stdio: "pipe" });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`bench: child failed: ${code}\n${r.stderr}`);
  return ms;
}

export function coldRows(runs: number): Row[] {
  const files = JSON.stringify(sourceDataFiles());
  const programs = {
    bare: "0",
    importOnly: 'import("careerpath")',
    importAndTouch:
      'import("careerpath").then((m) => { for (const c of m.occupationCodes) m.getOccupation(c); })',
    json: `const fs = require("node:fs"); for (const f of ${files}) JSON.parse(fs.readFileSync(f, "utf8"));`,
  } as const;
  const samples: Record<keyof typeof programs, number[]> = {
    bare: [],
    importOnly: [],
    importAndTouch: [],
    json: [],
  };
  for (const k of Object.keys(programs) as (keyof typeof programs)[]) timeProcess(programs[k]); // warm the disk cache
  for (let i = 0; i < runs; i++) {
    for (const k of Object.keys(programs) as (keyof typeof programs)[]) {
      samples[k].push(timeProcess(programs[k]));
    }
  }
  // Subtract the bare start-up run by run (same round), then summarise.
  const minusBare = (k: keyof typeof programs) =>
    samples[k].map((v, i) => v - (samples.bare[i] ?? 0));
  const imp = spread(minusBare("importOnly"));
  const touch = spread(minusBare("importAndTouch"));
  const json = spread(minusBare("json"));
  const bare = spread(samples.bare);
  const base = { label: "JSON.parse same data", value: json.median, unit: "ms", spread: json };
  return [
    {
      id: "5",
      scenario: 'cold import("careerpath"), fresh process',
      figure: { value: imp.median, unit: "ms", spread: imp },
      baseline: base,
      ratio: imp.median / json.median,
      ratioLabel: "× JSON.parse",
      budget: "≤ 1.5 × JSON.parse",
      status: status(imp.median / json.median <= 1.5),
      note: `both minus bare \`node -e 0\` (median ${Math.round(bare.median)} ms); baseline reads and parses ${sourceDataFiles().length} committed JSON files`,
    },
    {
      id: "5b",
      scenario: "cold import + getOccupation for all 832",
      figure: { value: touch.median, unit: "ms", spread: touch },
      baseline: base,
      ratio: touch.median / json.median,
      ratioLabel: "× JSON.parse",
      budget: "report",
      status: "info",
      note: "the first occupation lookup parses the whole dataset once",
    },
  ];
}
