// Row 7: compareCareers over every ordered pair of occupation codes (832 × 831), or over a
// seeded sample of them when a full pass would take too long on this machine.
import { distUrl } from "../lib/paths.js";
import { type Row, status } from "../lib/row.js";
import { seeded, spread } from "../lib/stats.js";

interface Api {
  occupationCodes: readonly string[];
  compareCareers: (a: string, b: string) => { skills: { similarity: number | undefined } };
  getOccupation: (code: string) => { onet: { skills: readonly number[] | null } } | undefined;
}

/** Longest a full pass may take before the bench samples pairs instead. */
const FULL_PASS_LIMIT_MS = 6000;
const SAMPLE = 100_000;

export async function compareRows(runs: number): Promise<Row[]> {
  const api = (await import(distUrl("index.js"))) as Api;
  const codes = api.occupationCodes;
  const all: [string, string][] = [];
  for (const a of codes) for (const b of codes) if (a !== b) all.push([a, b]);

  const pass = (pairs: readonly [string, string][]) => {
    let sink = 0;
    const t = performance.now();
    for (const [a, b] of pairs) sink += api.compareCareers(a, b).skills.similarity ?? 0;
    const ms = performance.now() - t;
    if (Number.isNaN(sink)) console.log(sink);
    return ms;
  };
  // Warm up (loads the dataset, fills the caches), then project the cost of a full pass.
  const probe = all.slice(0, 20_000);
  pass(probe);
  const projected = (pass(probe) / probe.length) * all.length;
  let pairs = all;
  let which = `all ${all.length.toLocaleString("en-US")} ordered pairs per run`;
  if (projected > FULL_PASS_LIMIT_MS) {
    const random = seeded(7);
    pairs = Array.from(
      { length: SAMPLE },
      () => all[Math.floor(random() * all.length)] as [string, string],
    );
    which = `seeded sample of ${SAMPLE.toLocaleString("en-US")} pairs per run (a full pass would take ~${Math.round(projected / 1000)} s)`;
  }
  const perPair: number[] = [];
  for (let i = 0; i < runs; i++) perPair.push((pass(pairs) * 1000) / pairs.length);

  // Baseline: what the comparison starts from, reading both records (dataset already parsed).
  const lookup: number[] = [];
  for (let i = 0; i < runs; i++) {
    let sink = 0;
    const t = performance.now();
    for (const [a, b] of pairs) {
      sink +=
        (api.getOccupation(a)?.onet.skills?.length ?? 0) +
        (api.getOccupation(b)?.onet.skills?.length ?? 0);
    }
    lookup.push(((performance.now() - t) * 1000) / pairs.length);
    if (sink < 0) console.log(sink);
  }
  const s = spread(perPair);
  const l = spread(lookup);
  return [
    {
      id: "7",
      scenario: "compareCareers, code × code",
      figure: { value: s.median, unit: "µs/pair", spread: s },
      baseline: { label: "two getOccupation", value: l.median, unit: "µs/pair", spread: l },
      ratio: s.median / l.median,
      ratioLabel: "× lookups",
      budget: "≤ 3 µs/pair",
      status: status(s.median <= 3),
      note: `${which}; \`rows\` is built lazily and not read here`,
    },
  ];
}
