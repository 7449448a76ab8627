// Runs against the built dist/ (npm run build first): both module systems load, the main entry
// does not load zod, the bin works, and a consumer project type-checks against the exports.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const node = process.execPath;

function runNode(args: string[]) {
  return spawnSync(node, args, { cwd: root, encoding: "utf8" });
}

describe("built package", () => {
  it("has been built", () => {
    expect(existsSync(join(dist, "index.js"))).toBe(true);
  });

  it.each([
    [
      "import",
      `import("careerpath").then((m) => console.log(m.getCareer("insurance-coder").steps.length, m.getOccupation("29-2072").title))`,
    ],
    [
      "require",
      `const m = require("careerpath"); console.log(m.getCareer("insurance-coder").steps.length, m.getOccupation("29-2072").title)`,
    ],
  ] as const)("loads through %s", (_kind, code) => {
    const r = runNode(["-e", code]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("5 Medical records specialists");
  });

  it.each([
    [
      "import",
      `import("careerpath/schemas").then((m) => console.log(m.validateCareer({}).success, typeof m.Occupation.parse))`,
    ],
    [
      "require",
      `const m = require("careerpath/schemas"); console.log(m.validateCareer({}).success, typeof m.Occupation.parse)`,
    ],
  ] as const)("loads careerpath/schemas through %s", (_kind, code) => {
    const r = runNode(["-e", code]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("false function");
  });

  it("loads careerpath/search through import and require", () => {
    const esm = runNode([
      "-e",
      `import("careerpath/search").then((m) => console.log(m.searchOccupations("RN")[0].code))`,
    ]);
    const cjs = runNode([
      "-e",
      `console.log(require("careerpath/search").searchOccupations("RN")[0].code)`,
    ]);
    expect([esm.stdout.trim(), cjs.stdout.trim()]).toEqual(["29-1141", "29-1141"]);
  });

  it("loads careerpath/codes through import and require, and keeps its tables out of the main entry", () => {
    const esm = runNode([
      "-e",
      `import("careerpath/codes").then((m) => console.log(m.resolveOccupation("29-2071").kind))`,
    ]);
    const cjs = runNode([
      "-e",
      `console.log(require("careerpath/codes").resolveOccupation("13-1021").code)`,
    ]);
    expect([esm.stdout.trim(), cjs.stdout.trim()]).toEqual(["split", "13-1020"]);
    // A SOC 2010 title that only the crosswalk tables hold.
    const seen = new Set<string>();
    const texts: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      texts.push(text);
      for (const m of text.matchAll(/from\s*["'](\.\/[^"']+)["']/g))
        visit(join(dirname(file), m[1] as string));
    };
    visit(join(dist, "index.js"));
    expect(texts.some((t) => t.includes("Software Developers, Applications"))).toBe(false);
    expect(readFileSync(join(dist, "codes.cjs"), "utf8")).toContain(
      "Software Developers, Applications",
    );
  });

  it("does not load zod from the main entry", () => {
    const cjs = runNode([
      "-e",
      `require("careerpath"); console.log(Object.keys(require.cache).filter((k) => k.includes("zod")).length)`,
    ]);
    expect(cjs.stdout.trim()).toBe("0");
    // ESM: follow the static import graph of dist/index.js.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      expect(text).not.toMatch(/from\s*["']zod/);
      for (const m of text.matchAll(/from\s*["'](\.\/[^"']+)["']/g))
        visit(join(dirname(file), m[1] as string));
    };
    visit(join(dist, "index.js"));
    expect(seen.size).toBeGreaterThan(0);
  });

  it("ships the JSON Schema files", () => {
    const require = createRequire(join(root, "package.json"));
    const schema = require("careerpath/json-schema/career.json");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("runs the bin", () => {
    const r = runNode([join(dist, "cli.js"), "show", "insurance-coder"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Insurance coder/);
    const bad = runNode([join(dist, "cli.js"), "shwo"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  describe("a consumer project", () => {
    const temp = mkdtempSync(join(tmpdir(), "careerpath-consumer-"));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    it("type-checks with module node16 against the exports map", () => {
      mkdirSync(join(temp, "node_modules"));
      symlinkSync(root, join(temp, "node_modules/careerpath"), "dir");
      symlinkSync(join(root, "node_modules/zod"), join(temp, "node_modules/zod"), "dir");
      writeFileSync(
        join(temp, "package.json"),
        JSON.stringify({ name: "consumer", type: "module" }),
      );
      writeFileSync(
        join(temp, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            module: "node16",
            moduleResolution: "node16",
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ["index.ts"],
        }),
      );
      writeFileSync(
        join(temp, "index.ts"),
        `import { getCareer, nextStep, type CareerId, type Occupation } from "careerpath";
import { validateOccupation } from "careerpath/schemas";
import { searchOccupations } from "careerpath/search";
const id: CareerId = "insurance-coder";
const steps: number = getCareer(id).steps.length;
const r = nextStep(id, { completed: [1] });
const title: string = r.kind === "next" ? r.step.title : "done";
const v = validateOccupation({});
const ok: boolean = v.success;
const hit: string | undefined = searchOccupations("nurse")[0]?.code;
export const out: [number, string, boolean, string | undefined, Occupation | undefined] = [steps, title, ok, hit, undefined];
`,
      );
      const tsc = join(root, "node_modules/typescript/bin/tsc");
      let output = "";
      try {
        execFileSync(node, [tsc, "-p", temp], { encoding: "utf8" });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      expect(output).toBe("");
    });
  });
});
