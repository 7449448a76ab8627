// Row 9: validate all 832 occupation records with the published zod schema, in a fresh process.
// Prints {"first": ms, "warm": ms, "parse": ms, "count": n, "ok": n}.
import { readFileSync } from "node:fs";

const [schemasUrl, dataFile] = process.argv.slice(2);
const text = readFileSync(dataFile, "utf8");
let t = performance.now();
const records = JSON.parse(text);
const parse = performance.now() - t;
const { Occupation } = await import(schemasUrl);
let ok = 0;
t = performance.now();
for (const r of records) if (Occupation.safeParse(r).success) ok++;
const first = performance.now() - t;
const warm = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  for (const r of records) Occupation.safeParse(r);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ first, warm: warm[2], parse, count: records.length, ok }));
