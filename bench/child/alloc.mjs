// Row 8: bytes allocated per call of careerSteps and nextStep, after caches are warm.
// Run with --expose-gc and a large young generation so that no GC runs inside a pass.
const api = await import(process.argv[2]);
const codes = api.occupationCodes;
const calls = {
  careerSteps: (c) => api.careerSteps(c).length,
  nextStep: (c) => api.nextStep(c, { completed: [1] }).kind.length,
};
const out = {};
for (const [name, fn] of Object.entries(calls)) {
  for (let i = 0; i < 3; i++) for (const c of codes) fn(c);
  const per = [];
  for (let run = 0; run < 5; run++) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    let sink = 0;
    for (const c of codes) sink += fn(c);
    const after = process.memoryUsage().heapUsed;
    if (sink < 0) console.log(sink);
    per.push((after - before) / codes.length);
  }
  per.sort((a, b) => a - b);
  out[name] = per[Math.floor(per.length / 2)];
}
process.stdout.write(JSON.stringify(out));
