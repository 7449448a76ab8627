import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/package.test.ts", "test/reliability/supply-chain.test.ts", "node_modules/**"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 60_000,
    // Hooks that import the official files need more than the 10 s default on a loaded machine.
    hookTimeout: 120_000,
  },
});
