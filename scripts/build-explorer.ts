// Writes the career explorer into the built docs site (docs-site/explorer/), after TypeDoc,
// and prints its bundle size. Usage: tsx scripts/build-explorer.ts
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildExplorer } from "./docs/explorer.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { bytes, gzip } = await buildExplorer(ROOT, join(ROOT, "docs-site", "explorer"));
process.stdout.write(
  `build-explorer: docs-site/explorer/explorer.js ${bytes.toLocaleString("en-US")} B, ${gzip.toLocaleString("en-US")} B gzip\n`,
);
