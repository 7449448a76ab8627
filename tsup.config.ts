import { cpSync } from "node:fs";
import { defineConfig } from "tsup";

// Six entry points: the data and helpers (no zod at runtime), the schemas, search with its
// title index, programs with the CIP tables, codes with the crosswalks, and the CLI. ESM and CJS, each with its own declaration files.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas/index.ts",
      search: "src/search.ts",
      programs: "src/programs.ts",
      codes: "src/codes.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    sourcemap: false,
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
    onSuccess: async () => {
      cpSync("src/generated/json-schema", "dist/json-schema", { recursive: true });
    },
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    splitting: false,
    clean: false,
    dts: false,
  },
]);
