import { defineConfig } from "vitest/config";

// Tests that run against the built dist/ (after tsup), not the sources.
export default defineConfig({
  test: {
    include: ["test/package.test.ts", "test/reliability/supply-chain.test.ts"],
    testTimeout: 120_000,
  },
});
