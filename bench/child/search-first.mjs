// Row 6: the first searchOccupations call in a fresh process, which builds the index, then the
// first query with a typo, which builds the one-typo map. Prints {"ms", "typoMs", "importMs"}.
const t0 = performance.now();
const { searchOccupations } = await import(process.argv[2]);
const t1 = performance.now();
searchOccupations("medical coder");
const t2 = performance.now();
searchOccupations("medcal codr");
const t3 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, ms: t2 - t1, typoMs: t3 - t2 }));
