// Row 14: CLI start-up. Wall time of `careerpath show` (a guide, and a code in 14d), `search`
// and `--help` as a user runs them (a fresh `node dist/cli.js` process, output to a pipe),
// against a bare `node -e 0` measured in the same rounds, interleaved so that load on the
// machine hits them all alike.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { DIST, ROOT } from "../lib/paths.js";
import { type Row, round, status } from "../lib/row.js";
import { spread } from "../lib/stats.js";

const CLI = join(DIST, "cli.js");
const PROGRAMS = {
  bare: ["-e", "0"],
  show: [CLI, "show", "insurance-coder"],
  showCode: [CLI, "show", "29-2072"],
  search: [CLI, "search", "medical coder"],
  help: [CLI, "--help"],
} as const;
type Program = keyof typeof PROGRAMS;

function timeProcess(args: readonly string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "pipe" });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`bench: child failed: ${args.join(" ")}\n${r.stderr}`);
  return ms;
}

export function cliStartRows(runs: number): Row[] {
  const names = Object.keys(PROGRAMS) as Program[];
  const samples: Record<Program, number[]> = {
    bare: [],
    show: [],
    showCode: [],
    search: [],
    help: [],
  };
  for (const k of names) timeProcess(PROGRAMS[k]); // warm the disk cache
  for (let i = 0; i < runs; i++) for (const k of names) samples[k].push(timeProcess(PROGRAMS[k]));
  const bare = spread(samples.bare);
  const row = (id: string, k: Exclude<Program, "bare">, scenario: string): Row => {
    const s = spread(samples[k]);
    // Ratio of medians, and the spread of the per-round ratios in the note.
    const perRound = spread(samples[k].map((v, i) => v / (samples.bare[i] ?? v)));
    const ratio = s.median / bare.median;
    return {
      id,
      scenario,
      figure: { value: s.median, unit: "ms", spread: s },
      baseline: { label: "bare `node -e 0`", value: bare.median, unit: "ms", spread: bare },
      ratio,
      ratioLabel: "× bare node",
      budget: "≤ 2 × bare node",
      status: status(ratio <= 2),
      note: `wall time of a fresh process; per-round ratio ${round(perRound.min)}–${round(perRound.max)}`,
    };
  };
  return [
    row("14", "show", "CLI start-up: `careerpath show insurance-coder`"),
    row("14b", "search", 'CLI start-up: `careerpath search "medical coder"`'),
    row("14c", "help", "CLI start-up: `careerpath --help` (loads no dataset)"),
    row("14d", "showCode", "CLI start-up: `careerpath show 29-2072` (an occupation code)"),
  ];
}
