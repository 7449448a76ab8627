// Rows 1, 1b and 2–4: what the library adds to an app's bundle (esbuild: minify, tree-shake, browser
// platform, ESM), gzip level 9, against baselines measured in the same run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { BENCH, concat, NOT_IN_MAIN, ROOT, sourceDataFiles } from "../lib/paths.js";
import { type Row, status } from "../lib/row.js";

/** The same compression as `gzip -9` and as size-limit's gzip mode. */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

interface Bundle {
  readonly text: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** Bundles one of bench/size/*.js the way an app's bundler would. */
export async function bundle(file: string, external: string[] = []): Promise<Bundle> {
  const result = await build({
    entryPoints: [join(BENCH, "size", file)],
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: "browser",
    format: "esm",
    write: false,
    external,
    logLevel: "error",
  });
  const text = result.outputFiles[0]?.text ?? "";
  return { text, bytes: Buffer.byteLength(text), gzip: gzipBytes(text) };
}

/** Strings that appear only in the dataset and only in the title index. */
function markers(): { dataset: string; titles: string } {
  const titles = JSON.parse(
    readFileSync(join(ROOT, "data/official/titles.json"), "utf8"),
  ) as Record<string, { alternate: string[] }>;
  const occupations = readFileSync(join(ROOT, "data/official/occupations.json"), "utf8");
  const title = Object.values(titles)
    .flatMap((t) => t.alternate)
    .find((t) => t.length > 20 && !occupations.includes(t));
  // "oewsCode" is a key of the OEWS block of every occupation record and nowhere in the code
  // of the main entry point.
  return { dataset: "oewsCode", titles: title ?? "" };
}

export const KB = 1000;

export async function sizeRows(): Promise<{ rows: Row[]; floor: number; rawJson: number }> {
  const mark = markers();
  const [one, byId, all, schemas, schemasAndZod, zod, search, titleIndex] = await Promise.all([
    bundle("one-guide.js"),
    bundle("by-id.js"),
    bundle("everything.js"),
    bundle("schemas.js", ["zod"]),
    bundle("schemas.js"),
    bundle("zod-alone.js"),
    bundle("search.js"),
    bundle("title-index.js"),
  ]);
  const data = concat(sourceDataFiles());
  const floor = gzipBytes(data);
  const titlesRaw = readFileSync(join(ROOT, "data/official/titles.json"));
  const rows: Row[] = [];

  const leaks = (text: string) =>
    [
      text.includes(mark.dataset) ? "the occupation dataset" : "",
      text.includes(mark.titles) ? "the title index" : "",
    ].filter(Boolean);
  // The other guides, each by the longest plain-ASCII stretch of its summary (the minifier may
  // escape other characters and pick other quotes): a one-guide bundle holds none of them.
  const marker = (text: string) =>
    text.split(/[^\x20-\x7e]|["'`\\]/).reduce((a, b) => (b.length > a.length ? b : a), "");
  const otherGuides = readdirSync(join(ROOT, "data/careers"))
    .filter((f) => f.endsWith(".json") && f !== "insurance-coder.json")
    .map(
      (f) => JSON.parse(readFileSync(join(ROOT, "data/careers", f), "utf8")) as { summary: string },
    )
    .filter((c) => one.text.includes(marker(c.summary)));
  const oneLeaks = leaks(one.text);
  if (otherGuides.length > 0) oneLeaks.push(`${otherGuides.length} other guide(s)`);
  rows.push({
    id: "1",
    scenario: "one guide alone: careerpath/guides/<id> + nextStepIn (esbuild, gzip)",
    figure: { value: one.gzip, unit: "B" },
    baseline: { label: "getCareer + nextStep by id (row 1b)", value: byId.gzip, unit: "B" },
    ratio: one.gzip / byId.gzip,
    ratioLabel: "× by id",
    budget: "≤ 15 kB, that guide only",
    status: status(one.gzip <= 15 * KB && oneLeaks.length === 0),
    note: `${one.bytes} B minified; ${oneLeaks.length ? `pulls in ${oneLeaks.join(" and ")}` : "no other guide, no occupation dataset, no title index"}`,
  });

  const byIdLeaks = leaks(byId.text);
  rows.push({
    id: "1b",
    scenario: "getCareer + nextStep by id, any guide or code (esbuild, gzip)",
    figure: { value: byId.gzip, unit: "B" },
    baseline: { label: "dataset floor (row 2)", value: floor, unit: "B" },
    ratio: byId.gzip / floor,
    ratioLabel: "× floor",
    budget: "report; no dataset/titles",
    status: status(byIdLeaks.length === 0),
    note: `${byId.bytes} B minified; all nine guides and the generated steps of every code (requirements, path table), since the id is known only at run time; ${byIdLeaks.length ? `pulls in ${byIdLeaks.join(" and ")}` : "no occupation dataset, no title index"}`,
  });

  const allLeaks = all.text.includes(mark.titles);
  rows.push({
    id: "2",
    scenario: "everything from '.' (esbuild, gzip)",
    figure: { value: all.gzip, unit: "B" },
    baseline: { label: "gzip -9 of its source data", value: floor, unit: "B" },
    ratio: all.gzip / floor,
    ratioLabel: "× floor",
    budget: "≤ 1.15 × floor",
    status: status(all.gzip / floor <= 1.15 && !allLeaks),
    note: `floor = ${sourceDataFiles().length} committed JSON files (data/official without ${NOT_IN_MAIN.join(" and ")}, careers, registries), ${data.length} B raw; bundle ${all.bytes} B minified${allLeaks ? "; CONTAINS the title index" : ""}`,
  });

  const beyondZod = schemasAndZod.gzip - zod.gzip;
  rows.push({
    id: "3",
    scenario: "careerpath/schemas: Occupation + Career (gzip beyond zod)",
    figure: { value: beyondZod, unit: "B" },
    baseline: { label: "zod alone", value: zod.gzip, unit: "B" },
    ratio: beyondZod / zod.gzip,
    ratioLabel: "× zod",
    budget: "≤ 10 kB",
    status: status(beyondZod <= 10 * KB && schemas.gzip <= 10 * KB),
    note: `with zod bundled ${schemasAndZod.gzip} B; with zod external ${schemas.gzip} B (the size-limit check)`,
  });

  rows.push({
    id: "4",
    scenario: "title index for search (gzip)",
    figure: { value: titleIndex.gzip, unit: "B" },
    baseline: { label: "gzip -9 titles.json", value: gzipBytes(titlesRaw), unit: "B" },
    ratio: titleIndex.gzip / gzipBytes(titlesRaw),
    ratioLabel: "× raw",
    budget: "report; only with search",
    status: status(!one.text.includes(mark.titles) && !allLeaks),
    note: `whole careerpath/search bundle ${search.gzip} B gzip (search code, official titles, title index${search.text.includes(mark.dataset) ? ", and the whole occupation dataset" : "; not the occupation dataset"}); rows 1–2 carry no title index: ${!one.text.includes(mark.titles) && !allLeaks}`,
  });
  return { rows, floor, rawJson: data.length };
}
