// Byte budgets for what careerpath adds to an app's bundle, checked by `size-limit` against
// dist/ after `tsup` in `npm test`. Each check bundles one of bench/size/*.js with esbuild
// (ESM, browser platform, minified, tree-shaken, as bench/run.ts does) and compares its gzip
// size (level 9) with the limit. `npm run bench` prints the same figures next to their
// baselines; see docs/performance.md.

/**
 * Bundle like an app targeting browsers: ESM output, browser platform. dist/index.js imports
 * the guide chunks bare (esbuild's code splitting keeps their load order), and esbuild warns that
 * `"sideEffects": false` drops such imports, which is what we want; it says nothing when the
 * package sits in an app's node_modules, so the warning is silenced here only.
 */
const asApp = (config) => ({
  ...config,
  format: "esm",
  platform: "browser",
  logOverride: { ...config.logOverride, "ignored-bare-import": "silent" },
});

module.exports = [
  {
    // Row 1: one guide alone, the documented way (README "One guide alone"): the guide's own
    // entry point careerpath/guides/<id> and nextStepIn, which walks the guide it is given and
    // imports no data. Must not carry the 832-occupation dataset or the title index (the bench
    // checks that too). Budget 15 kB. Measured 2026-12-01: 5.19 kB (vite 8: 5.0 kB) (the guide itself is
    // about 3 kB of it; was 152.9 kB through getCareer + nextStep, row 1b). It stays there as
    // guides and requirements grow: each guide is its own module and nothing here looks up ids.
    name: "one guide alone: careerpath/guides/insurance-coder + nextStepIn",
    path: "bench/size/one-guide.js",
    gzip: true,
    limit: "15 kB",
    modifyEsbuildConfig: asApp,
  },
  {
    // Row 1b: getCareer + nextStep by id. Larger by design: an id or code known only at run
    // time cannot be tree-shaken, so all nine curated guides ship, and nextStep accepts any
    // occupation code, so the generated-step tables for all 832 codes come with it, with the
    // entry requirements of the reviewed occupations (about 90 kB gzipped) and the path table
    // (about 42 kB). Measured 2026-12-01: 154.27 kB (152.88 kB before the merges of the day). This limit is a ceiling against
    // regressions at today's size, not a budget; an app that shows one guide uses row 1.
    name: "getCareer + nextStep by id (any guide or code)",
    path: "bench/size/by-id.js",
    gzip: true,
    limit: "155 kB",
    modifyEsbuildConfig: asApp,
  },
  {
    // Row 2: everything from ".". The budget is 1.15 × the floor, the gzip -9 size of the
    // committed source data the entry carries (data/official without titles.json and
    // programs.json, plus data/careers, the registries and data/requirements with its sources).
    // Floor measured on 2026-12-01 after the entry requirements were added (108 occupations,
    // 647 page sources; the O*NET 30.1 floor before them was 428,681 B): 565,045 B, so the
    // limit is 649,802 B (the bundle measured 580.93 kB, 1.03 × floor). Re-measure it and
    // update this limit when data/ grows.
    name: "everything from '.'",
    path: "bench/size/everything.js",
    gzip: true,
    limit: "649802 B",
    modifyEsbuildConfig: asApp,
  },
  {
    // Row 3: careerpath/schemas with the Occupation and Career schemas; zod is the app's own
    // dependency, so it is left out and only our bytes count.
    name: "careerpath/schemas: Occupation + Career, zod excluded",
    path: "bench/size/schemas.js",
    ignore: ["zod"],
    gzip: true,
    limit: "10 kB",
    modifyEsbuildConfig: asApp,
  },
];
