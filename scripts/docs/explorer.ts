// The career explorer page: docs/explorer/index.html plus one ES module bundled by esbuild from
// docs/explorer/app.js and the package source (browser platform, minified). Written into the
// built site after TypeDoc, under docs-site/explorer/. Returns the bundle's size.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Bundles the explorer into `outDir`; returns raw and gzip (level 9) bytes of the bundle. */
export async function buildExplorer(
  root: string,
  outDir: string,
): Promise<{ bytes: number; gzip: number }> {
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, "explorer.js");
  await build({
    entryPoints: [join(root, "docs", "explorer", "app.js")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    outfile: out,
    logLevel: "warning",
  });
  copyFileSync(join(root, "docs", "explorer", "index.html"), join(outDir, "index.html"));
  const code = readFileSync(out);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
