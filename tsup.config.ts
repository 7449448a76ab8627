import { cpSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { defineConfig, type Options } from "tsup";
import { careerIds } from "./src/generated/ids.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// The library entry points: the data and helpers (no zod at run time), the schemas, search with
// its title index, programs with the CIP tables, and codes with the crosswalks.
const entries = {
  index: "src/index.ts",
  schemas: "src/schemas/index.ts",
  search: "src/search.ts",
  programs: "src/programs.ts",
  codes: "src/codes.ts",
  // careerpath/guides/<id>: one curated guide alone, one entry per guide of data/careers/.
  ...Object.fromEntries(careerIds.map((id) => [`guides/${id}`, `src/generated/guides/${id}.ts`])),
};

/**
 * The CommonJS entry points load the ES module build through `require(esm)` (Node ≥ 20.19, the
 * package's `engines` floor; Bun and the bundlers do the same). So the tarball holds one copy of
 * each dataset, and `require("careerpath")` and `import("careerpath")` in one app share one
 * module instance: one `UnknownCareerError` class, one parsed dataset.
 */
function writeCommonJsEntries(): void {
  for (const name of Object.keys(entries)) {
    writeFileSync(
      `dist/${name}.cjs`,
      `"use strict";\n// CommonJS entry: the ES module build, which Node (>= 20.19, see package.json "engines") can require.\nmodule.exports = require("./${basename(name)}.js");\n`,
    );
  }
}

/**
 * The declarations are written once, as the `.d.cts` files of the second build below. Each ES
 * module entry's `.d.ts` re-exports its `.d.cts`: an ES module may import a CommonJS one, so
 * TypeScript reads the same declarations under every resolution mode (node16, nodenext,
 * bundler), and the tarball holds one copy of them instead of two.
 */
function writeModuleDeclarations(): void {
  for (const name of Object.keys(entries)) {
    writeFileSync(
      `dist/${name}.d.ts`,
      `// The declarations of this entry are in its .d.cts file (one copy for both formats).\nexport * from "./${basename(name)}.cjs";\n`,
    );
  }
}

/**
 * The search title lines stay a JSON module of their own (dist/titles.json) instead of being
 * printed into a chunk as a string literal: Node, the bundlers and browsers parse a JSON string
 * faster than a JavaScript one, and that parse is most of the CLI's search start-up. Every
 * chunk sits in dist/, so the import is rewritten to "./titles.json" and the file copied there.
 */
const titlesJson: Plugin = {
  name: "titles-json",
  setup(build) {
    // Only the import in src/generated/titles.ts; any other JSON is bundled as usual.
    build.onResolve({ filter: /^\.\/titles\.json$/ }, (args) =>
      args.importer.endsWith("src/generated/titles.ts")
        ? { path: "./titles.json", external: true }
        : undefined,
    );
  },
};

export default defineConfig([
  {
    // One ES module build for the library and the CLI together: with code splitting, the bin's
    // data lives in the same chunks as the library's, never in a copy of its own.
    entry: { ...entries, cli: "src/cli.ts" },
    format: ["esm"],
    clean: true,
    target: "node20",
    platform: "neutral",
    external: [/^node:/],
    splitting: true,
    // esbuild's own tree shaking. tsup's extra Rollup pass (treeshake: true) would print the
    // import of dist/titles.json with the old `assert` keyword, which Node 22 no longer reads;
    // without it dist/ is 2.8 kB larger (0.06 %), and the size-limit rows at most 0.13 kB.
    treeshake: false,
    sourcemap: false,
    // Strings stay quoted strings: esbuild would otherwise print the big JSON data strings as
    // template literals (fewer escapes), which V8 compiles several times slower. Import
    // attributes are kept (Node has them from 20.10; the target "node20" would drop them), so
    // that the import of dist/titles.json keeps its `with { type: "json" }`.
    esbuildOptions(options) {
      options.supported = {
        ...options.supported,
        "template-literal": false,
        "import-attributes": true,
        "import-assertions": false,
      };
    },
    esbuildPlugins: [titlesJson],
    onSuccess: async () => {
      cpSync("src/generated/json-schema", "dist/json-schema", { recursive: true });
      cpSync("src/generated/titles.json", "dist/titles.json");
      writeCommonJsEntries();
      writeModuleDeclarations();
    },
  },
  {
    // The declaration files (.d.cts), for both formats; their JavaScript is the wrapper above.
    entry: entries,
    format: ["cjs"],
    dts: { only: true },
    clean: false,
    target: "node20",
  },
]);
