// Row 8: nextStep and careerSteps for every occupation code, with tinybench. One iteration
// is a pass over all 832 codes; per-call figures divide by 832.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Bench } from "tinybench";
import { distUrl } from "../lib/paths.js";
import type { Row } from "../lib/row.js";
import { spread } from "../lib/stats.js";

interface Api {
  occupationCodes: readonly string[];
  careerSteps: (code: string) => readonly { id: string }[];
  nextStep: (code: string, options: { completed: (string | number)[] }) => { kind: string };
  getCareer: (id: string) => unknown;
}

/** Bytes allocated per call, measured in a child with a big young generation and no GC. */
function allocation(): Record<string, number> {
  const r = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-semi-space-size=64",
      join(import.meta.dirname, "../child/alloc.mjs"),
      distUrl("index.js"),
    ],
    { stdio: "pipe" },
  );
  if (r.status !== 0) throw new Error(`bench: alloc child failed\n${r.stderr}`);
  return JSON.parse(String(r.stdout)) as Record<string, number>;
}

export async function stepRows(runs: number): Promise<Row[]> {
  const api = (await import(distUrl("index.js"))) as Api;
  const codes = api.occupationCodes;
  const n = codes.length;
  let sink = 0;
  const tasks = {
    careerSteps: () => {
      for (const c of codes) sink += api.careerSteps(c).length;
    },
    nextStep: () => {
      for (const c of codes) sink += api.nextStep(c, { completed: [1] }).kind.length;
    },
    getCareer: () => {
      for (const c of codes) sink += api.getCareer(c) === undefined ? 1 : 0;
    },
  };
  // `runs` separate tinybench runs; each gives a median per pass, divided by the 832 calls.
  const medians: Record<keyof typeof tasks, number[]> = {
    careerSteps: [],
    nextStep: [],
    getCareer: [],
  };
  for (let r = 0; r < runs; r++) {
    const bench = new Bench({ time: 150, warmupTime: r === 0 ? 100 : 20, iterations: 10 });
    for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
    await bench.run();
    for (const name of Object.keys(tasks) as (keyof typeof tasks)[]) {
      const result = bench.getTask(name)?.result as { latency?: { p50: number } } | undefined;
      if (!result?.latency) throw new Error(`bench: no result for ${name}`);
      medians[name].push((result.latency.p50 * 1e6) / n);
    }
  }
  if (sink < 0) console.log(sink);
  const perCall = (name: keyof typeof tasks) => spread(medians[name]);
  const steps = perCall("careerSteps");
  const next = perCall("nextStep");
  const base = perCall("getCareer");
  const bytes = allocation();
  const baseline = { label: "getCareer (miss)", value: base.median, unit: "ns", spread: base };
  return [
    {
      id: "8",
      scenario: "careerSteps(code), every code",
      figure: { value: steps.median, unit: "ns/call", spread: steps },
      baseline,
      ratio: steps.median / base.median,
      ratioLabel: "× getCareer",
      budget: "report",
      status: "info",
      note: `~${Math.round(bytes.careerSteps ?? 0)} B allocated per call after the first (same frozen array each time)`,
    },
    {
      id: "8b",
      scenario: "nextStep(code, { completed: [1] }), every code",
      figure: { value: next.median, unit: "ns/call", spread: next },
      baseline,
      ratio: next.median / base.median,
      ratioLabel: "× getCareer",
      budget: "report",
      status: "info",
      note: `~${Math.round(bytes.nextStep ?? 0)} B allocated per call (the result, the options read, a Set of completed ids), not the step list`,
    },
  ];
}
