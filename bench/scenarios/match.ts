// Rows 11–13: matchCareers over all 832 occupations against a naive full scan through the public
// API in the same run; careerMoves from every occupation against the 832 record lookups it
// starts from; the career explorer's time to interactive in headless Chromium and its gzip bytes.
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildExplorer } from "../../scripts/docs/explorer.js";
import { educationCategories } from "../../src/vocabulary.js";
import { serveExplorer, timeToInteractive } from "../../test/browser/check-explorer.js";
import { ARGS, CHROMIUM } from "../../test/browser/site.js";
import { distUrl, ROOT } from "../lib/paths.js";
import { type Row, status } from "../lib/row.js";
import { spread } from "../lib/stats.js";

interface Occ {
  code: string;
  title: string;
  categories: { education: string };
  onet: { interests: Record<string, number> | null; topInterests: string; jobZone: number | null };
  wages: { may2025: { annual: { median: unknown } } | null };
}
interface Api {
  occupationCodes: readonly string[];
  getOccupation: (code: string) => Occ;
  matchCareers: (p: string, o: object) => { matches: readonly { code: string }[] };
  careerMoves: (from: string) => { moves: readonly unknown[] };
}

/** The BLS education categories in rank order, from the one list the library keeps. */
const EDU: readonly string[] = educationCategories;
const HEX = "RIASEC";

/** The obvious way with the public API: read every record, score it, sort them all. */
function naiveMatch(api: Api, code: string, maxEducation: string, minWage: number): string[] {
  const scored: { code: string; score: number }[] = [];
  for (const c of api.occupationCodes) {
    const o = api.getOccupation(c);
    if (!o.onet.interests) continue;
    if (EDU.indexOf(o.categories.education) > EDU.indexOf(maxEducation)) continue;
    const m = o.wages.may2025?.annual.median;
    if (typeof m !== "number" || m < minWage) continue;
    let score = 0;
    for (let k = 0; k < code.length; k++) {
      const x = HEX.indexOf(code[k] as string);
      const y = k < o.onet.topInterests.length ? HEX.indexOf(o.onet.topInterests[k] as string) : -1;
      if (y < 0) continue;
      const d = Math.abs(x - y);
      score += ([3, 2, 1][k] ?? 0) * (3 - Math.min(d, 6 - d));
    }
    scored.push({ code: c, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1))
    .slice(0, 10)
    .map((s) => s.code);
}

const PROFILES = ["SIC", "RIC", "AES", "CEI", "IRA", "ESC", "S", "IR"];

export async function matchRows(runs: number): Promise<Row[]> {
  const api = (await import(distUrl("index.js"))) as Api;
  const calls = (f: () => void, n: number) => {
    const t = performance.now();
    for (let i = 0; i < n; i++) f();
    return (performance.now() - t) / n;
  };
  const opts = { maxEducation: "Associate's degree", minWage: 45000 };
  const ours = () => {
    for (const p of PROFILES) api.matchCareers(p, opts);
  };
  const naive = () => {
    for (const p of PROFILES) naiveMatch(api, p, opts.maxEducation, opts.minWage);
  };
  ours();
  naive();
  const m: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < runs; i++) {
    m.push(calls(ours, 20) / PROFILES.length);
    n.push(calls(naive, 20) / PROFILES.length);
  }
  const sm = spread(m);
  const sn = spread(n);

  const codes = api.occupationCodes;
  const movePass = () => {
    const t = performance.now();
    for (const c of codes) api.careerMoves(c);
    return (performance.now() - t) / codes.length;
  };
  const lookupPass = () => {
    const t = performance.now();
    for (let k = 0; k < codes.length; k++) for (const c of codes) api.getOccupation(c);
    return (performance.now() - t) / codes.length;
  };
  movePass();
  const mv: number[] = [];
  const lk: number[] = [];
  for (let i = 0; i < Math.max(5, Math.ceil(runs / 2)); i++) {
    mv.push(movePass());
    lk.push(lookupPass());
  }
  const smv = spread(mv);
  const slk = spread(lk);

  // The explorer: built fresh into .bench/explorer, loaded cold in a new browser context.
  const dir = join(ROOT, ".bench", "explorer");
  const size = await buildExplorer(ROOT, dir);
  const { origin, close } = await serveExplorer(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const tti: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      tti.push(await timeToInteractive(origin, await context.newPage()));
      await context.close();
    }
  } finally {
    await browser.close();
    await close();
  }
  const st = spread(tti);
  return [
    {
      id: "11",
      scenario: "matchCareers over 832 occupations",
      figure: { value: sm.median, unit: "ms/call", spread: sm },
      baseline: { label: "naive full scan", value: sn.median, unit: "ms/call", spread: sn },
      ratio: sn.median / sm.median,
      ratioLabel: "× faster",
      budget: "≤ 2 ms/call",
      status: status(sm.median <= 2),
      note: `${PROFILES.length} codes, Associate's ceiling, $45,000 floor; naive = getOccupation per code, score, sort all`,
    },
    {
      id: "12",
      scenario: "careerMoves from every occupation",
      figure: { value: smv.median, unit: "ms/call", spread: smv },
      baseline: { label: "832 getOccupation", value: slk.median, unit: "ms/call", spread: slk },
      ratio: smv.median / slk.median,
      ratioLabel: "× lookups",
      budget: "≤ 5 ms/call",
      status: status(smv.median <= 5),
      note: `mean per call over all ${codes.length} sources, default limit 10`,
    },
    {
      id: "13",
      scenario: "career explorer: time to interactive",
      figure: { value: st.median, unit: "ms", spread: st },
      baseline: { label: "bundle gzip -9", value: size.gzip, unit: "B" },
      ratio: undefined,
      ratioLabel: "",
      budget: "report",
      status: "info",
      note: `headless Chromium, local server, cold context; bundle ${size.bytes.toLocaleString("en-US")} B raw, ${size.gzip.toLocaleString("en-US")} B gzip`,
    },
  ];
}
