// The search benchmark: careerpath's searchOccupations against an exact-match baseline and a
// TF-IDF baseline, both written here, on the real job titles of ../shared/data/search-realworld/,
// all in the same run. Prints one table and writes it as JSON to .bench/search-latest.json.
// Never part of `npm test`. Needs a fresh build: `npm run build && npm run bench:search`.
//
//   tsx bench/search-realworld.ts [--data <dir>] [--runs N] [--misses <file>]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { assertBuilt, DIST, distUrl, ROOT } from "./lib/paths.js";
import { quantile, spread } from "./lib/stats.js";
import {
  exactBaseline,
  fold,
  type Ranker,
  tfidfBaseline,
  titleUniverse,
} from "./search/baselines.js";
import { libraryRankers } from "./search/libraries.js";

interface Args {
  data: string;
  runs: number;
  misses: string | undefined;
}

function readArgs(argv: readonly string[]): Args {
  const args: Args = { data: resolve(ROOT, "../shared/data"), runs: 7, misses: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === "--data" && value) args.data = resolve(value);
    else if (arg === "--runs" && value) args.runs = Number(value);
    else if (arg === "--misses" && value) args.misses = resolve(value);
    else
      throw new Error(`bench:search: unknown argument ${arg} (expected --data, --runs, --misses)`);
    i++;
  }
  if (!Number.isInteger(args.runs) || args.runs < 3) throw new Error("bench:search: --runs ≥ 3");
  return args;
}

interface Case {
  readonly title: string;
  readonly expected: string;
  readonly source: string;
  readonly inOnet: boolean;
}

/** The benchmark rows, with the in-O*NET flag computed from the O*NET 29.3 files. */
function readCases(data: string): Case[] {
  const onet = new Set<string>();
  const tsv = (file: string) =>
    readFileSync(join(data, "onet-29.3", file), "utf8")
      .split("\n")
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.replace(/\r$/, "").split("\t"));
  for (const r of tsv("Occupation Data.tsv")) onet.add(fold(r[1] ?? ""));
  for (const r of tsv("Alternate Titles.tsv")) {
    onet.add(fold(r[2] ?? ""));
    if (r[3]) onet.add(fold(r[3]));
  }
  for (const r of tsv("Sample of Reported Titles.tsv")) onet.add(fold(r[2] ?? ""));
  onet.delete("");
  const lines = readFileSync(join(data, "search-realworld/search-realworld.tsv"), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l !== "");
  return lines.map((l) => {
    const [title = "", expected = "", source = ""] = l.split("\t");
    return { title, expected, source, inOnet: onet.has(fold(title)) };
  });
}

/** SOC detailed code → minor group code, from the SOC 2018 structure file. */
function readMinors(data: string): Map<string, string> {
  const out = new Map<string, string>();
  let minor = "";
  for (const line of readFileSync(join(data, "soc-2018/soc_structure_2018.csv"), "utf8")
    .split("\n")
    .slice(1)) {
    const [, mi, , detailed] = line.split(",");
    if (mi) minor = mi;
    if (detailed) out.set(detailed, minor);
  }
  return out;
}

interface Judge {
  /** Whether `hit` answers `expected` at the level, counting an aggregate that covers it. */
  (hit: string, expected: string, level: "detailed" | "broad" | "minor"): boolean;
}

function judge(minors: Map<string, string>): Judge {
  const occupations = JSON.parse(
    readFileSync(join(ROOT, "data/official/occupations.json"), "utf8"),
  ) as { code: string; covers: string[] }[];
  const members = new Map(occupations.map((o) => [o.code, o.covers.length ? o.covers : [o.code]]));
  return (hit, expected, level) => {
    const codes = members.get(hit) ?? [hit];
    if (level === "detailed") return hit === expected || codes.includes(expected);
    if (level === "broad") return codes.some((c) => c.slice(0, 6) === expected.slice(0, 6));
    const m = minors.get(expected);
    return codes.some((c) => minors.get(c) === m);
  };
}

interface Score {
  n: number;
  top: Record<"detailed" | "broad" | "minor", [number, number, number]>;
  none: number;
}

const SUBSETS: readonly [string, (c: Case) => boolean][] = [
  ["all", () => true],
  ["not in O*NET", (c) => !c.inOnet],
  ["dmtf", (c) => c.source === "dmtf"],
  ["employer (h2b, lca-*)", (c) => c.source !== "dmtf"],
  ["employer, not in O*NET", (c) => c.source !== "dmtf" && !c.inOnet],
  ["h2b", (c) => c.source === "h2b"],
  ["lca-health", (c) => c.source === "lca-health"],
  ["lca-mgmt", (c) => c.source === "lca-mgmt"],
];

function score(cases: readonly Case[], answers: readonly string[][], ok: Judge): Score[] {
  return SUBSETS.map(([, keep]) => {
    const s: Score = {
      n: 0,
      top: { detailed: [0, 0, 0], broad: [0, 0, 0], minor: [0, 0, 0] },
      none: 0,
    };
    cases.forEach((c, i) => {
      if (!keep(c)) return;
      s.n++;
      const got = answers[i] ?? [];
      if (got.length === 0) s.none++;
      for (const level of ["detailed", "broad", "minor"] as const) {
        const rank = got.findIndex((code) => ok(code, c.expected, level));
        [1, 3, 5].forEach((k, j) => {
          if (rank >= 0 && rank < k) s.top[level][j] = (s.top[level][j] ?? 0) + 1;
        });
      }
    });
    return s;
  });
}

/** Warm per-query latency over the benchmark titles: three passes, the last two timed. */
function latency(rank: Ranker["rank"], titles: readonly string[]): { p50: number; p99: number } {
  let sink = 0;
  for (const t of titles) sink += rank(t).length;
  const times: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const t of titles) {
      const start = performance.now();
      sink += rank(t).length;
      times.push(performance.now() - start);
    }
  }
  if (sink < 0) console.log(sink);
  return { p50: quantile(times, 0.5) * 1000, p99: quantile(times, 0.99) * 1000 };
}

/** Runs one child script `runs` times in fresh processes and returns its `ms` figures. */
function child(script: string, args: readonly string[], runs: number): number[] {
  return childRuns(script, args, runs).map((r) => r.ms as number);
}

/** Runs one child script `runs` times in fresh processes and returns what each printed. */
function childRuns(
  script: string,
  args: readonly string[],
  runs: number,
): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, "child", script), ...args], {
      stdio: "pipe",
    });
    if (r.status !== 0) throw new Error(`bench:search: ${script} failed\n${r.stderr}`);
    out.push(JSON.parse(String(r.stdout)) as Record<string, number>);
  }
  return out;
}

/** The gzip -9 size of everything src/generated/titles.ts exports: the shipped title index. */
async function titleIndexGzip(): Promise<number> {
  const mod = (await import(join(ROOT, "src/generated/titles.ts"))) as Record<string, unknown>;
  const text = Object.keys(mod)
    .sort()
    .map((k) => (typeof mod[k] === "string" ? (mod[k] as string) : JSON.stringify(mod[k])))
    .join("\n");
  return gzipSync(text, { level: 9 }).length;
}

const pct = (k: number, n: number) => (n === 0 ? "–" : `${((100 * k) / n).toFixed(1)}`);
const ms = (v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(1));

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  assertBuilt();
  const log = (s: string) => process.stderr.write(`bench:search: ${s}\n`);
  const cases = readCases(args.data);
  const ok = judge(readMinors(args.data));
  const titles = cases.map((c) => c.title);

  log("first calls (fresh processes)");
  const titleFile = join(ROOT, "data/official/titles.json");
  const parse = spread(child("parse-titles.mjs", [titleFile], args.runs));
  const firstRuns = childRuns("search-first.mjs", [distUrl("search.js")], args.runs);
  const first = spread(firstRuns.map((r) => r.ms as number));
  const typo = spread(firstRuns.map((r) => r.typoMs as number));
  const gzip = await titleIndexGzip();

  const { searchOccupations } = (await import(distUrl("search.js"))) as {
    searchOccupations: (t: string, o?: { limit?: number }) => { code: string }[];
  };
  const universe = titleUniverse();
  const systems: { name: string; rank: Ranker["rank"]; firstMs: number; gzip?: number }[] = [
    {
      name: "careerpath",
      rank: (t) => searchOccupations(t, { limit: 5 }).map((h) => h.code),
      firstMs: first.median,
      gzip,
    },
  ];
  for (const make of [exactBaseline, tfidfBaseline, ...(await libraryRankers())]) {
    const started = performance.now();
    const ranker = await make(universe);
    systems.push({
      name: ranker.name,
      rank: ranker.rank,
      firstMs: performance.now() - started,
      gzip: ranker.gzip,
    });
  }

  const header = [
    "system",
    "titles",
    "n",
    "top-1",
    "top-3",
    "top-5",
    "broad 1/3/5",
    "minor 1/3/5",
    "no answer",
    "p50 µs",
    "p99 µs",
    "first call ms",
    "index gzip B",
  ];
  const rows: string[][] = [];
  const record: Record<string, unknown>[] = [];
  let careerpathAnswers: string[][] = [];
  for (const system of systems) {
    log(system.name);
    const answers = cases.map((c) => system.rank(c.title).slice(0, 5));
    if (system.name === "careerpath") careerpathAnswers = answers;
    const lat = latency(system.rank, titles);
    const scores = score(cases, answers, ok);
    scores.forEach((s, i) => {
      const d = s.top.detailed;
      const b = s.top.broad;
      const m = s.top.minor;
      const firstRow = i === 0;
      rows.push([
        firstRow ? system.name : "",
        SUBSETS[i]?.[0] ?? "",
        String(s.n),
        pct(d[0], s.n),
        pct(d[1], s.n),
        pct(d[2], s.n),
        `${pct(b[0], s.n)} / ${pct(b[1], s.n)} / ${pct(b[2], s.n)}`,
        `${pct(m[0], s.n)} / ${pct(m[1], s.n)} / ${pct(m[2], s.n)}`,
        String(s.none),
        firstRow ? lat.p50.toFixed(1) : "",
        firstRow ? lat.p99.toFixed(1) : "",
        firstRow
          ? system.name === "careerpath"
            ? `${ms(system.firstMs)} (${(system.firstMs / parse.median).toFixed(2)}× parse ${ms(parse.median)})`
            : `${ms(system.firstMs)} (build, in process)`
          : "",
        firstRow && system.gzip !== undefined ? String(system.gzip) : "",
      ]);
      record.push({ system: system.name, subset: SUBSETS[i]?.[0], ...s, ...(firstRow ? lat : {}) });
    });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const table = [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join(
    "\n",
  );
  process.stdout.write(`${table}\n`);
  process.stdout.write(
    `\ntop-k in %, detailed unless named; an aggregate that covers the expected code counts. ` +
      `first call: median of ${args.runs} fresh processes [${ms(first.min)}–${ms(first.max)}]; ` +
      `then the first query with a typo ("medcal codr", which reads the whole vocabulary): ${ms(typo.median)} ms [${ms(typo.min)}–${ms(typo.max)}]; ` +
      `parse = JSON.parse of data/official/titles.json in a fresh process, same run. ` +
      `index gzip = gzip -9 of what src/generated/titles.ts exports (for a library: its minified code alone; it indexes the same titles at run time).\n`,
  );
  if (args.misses) {
    const misses = cases
      .map((c, i) => ({ ...c, got: careerpathAnswers[i] ?? [] }))
      .filter((c) => !c.got.slice(0, 1).some((code) => ok(code, c.expected, "detailed")))
      .map((c) =>
        [c.title, c.expected, c.source, c.inOnet ? "onet" : "-", c.got.join(" ")].join("\t"),
      );
    writeFileSync(args.misses, `${misses.join("\n")}\n`);
    log(`${misses.length} top-1 misses → ${args.misses}`);
  }
  const dir = join(ROOT, ".bench");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "search-latest.json"),
    `${JSON.stringify({ date: new Date().toISOString(), dist: DIST, parse, first, typo, gzip, record, table }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
