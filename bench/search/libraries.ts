// Search libraries compared against careerpath's own index on the same titles, when installed:
// `npm install --no-save minisearch` adds MiniSearch to `npm run bench:search`. None is a
// dependency of careerpath; docs/search.md gives the result of the comparison.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Ranker, TitleDoc } from "./baselines.js";

type Make = (docs: readonly TitleDoc[]) => Promise<Ranker>;

/** The gzip -9 size of a minified browser bundle of `source`. */
async function bundleGzip(source: string): Promise<number> {
  const out = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

async function miniSearch(): Promise<Make | undefined> {
  let mod: { default: new (options: unknown) => unknown };
  try {
    mod = (await import("minisearch")) as typeof mod;
  } catch {
    return undefined;
  }
  const MiniSearch = mod.default as unknown as new (
    options: unknown,
  ) => {
    addAll(docs: unknown[]): void;
    search(q: string, o?: unknown): { id: number; score: number }[];
  };
  const libraryGzip = await bundleGzip('import M from "minisearch"; console.log(M);');
  return async (docs) => {
    const index = new MiniSearch({ fields: ["text"], storeFields: [] });
    index.addAll(docs.map((d, id) => ({ id, text: d.text })));
    return {
      name: "MiniSearch 7 (fuzzy 0.2, OR)",
      gzip: libraryGzip,
      rank: (text) => {
        const best = new Map<string, number>();
        for (const hit of index.search(text, { fuzzy: 0.2, combineWith: "OR" })) {
          const code = docs[hit.id]?.code as string;
          if (hit.score > (best.get(code) ?? 0)) best.set(code, hit.score);
          if (best.size >= 5 && hit.score < 0) break;
        }
        return [...best]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([code]) => code);
      },
    };
  };
}

/** A ranker per installed library; an empty list when none is installed. */
export async function libraryRankers(): Promise<Make[]> {
  return [await miniSearch()].filter((m): m is Make => m !== undefined);
}
