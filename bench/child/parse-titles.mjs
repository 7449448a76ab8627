// The baseline for the first search call: JSON.parse of the title files in a fresh process.
// Prints {"ms"}.
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8");
const t0 = performance.now();
const parsed = JSON.parse(text);
const t1 = performance.now();
if (Object.keys(parsed).length === 0) process.exitCode = 1;
process.stdout.write(JSON.stringify({ ms: t1 - t0 }));
