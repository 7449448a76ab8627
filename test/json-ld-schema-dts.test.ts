// The JSON-LD vocabulary, checked by the TypeScript compiler against schema-dts (schema.org's own
// types, generated from its vocabulary): every `@type`, which type owns each property, and the
// type of each value. The test writes the real output of toJsonLd and toHowToJsonLd for every
// career and all 832 occupation codes into one TypeScript file, each object literal annotated
// with its schema-dts type, and type-checks it (with a page URL, so that mainEntityOfPage is checked too). Object literals get excess-property checks, so a
// property that the type does not define is an error, as is a value of the wrong type.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { careerIds, occupationCodes, toHowToJsonLd, toJsonLd } from "../src/index.js";

const ROOT = resolve(import.meta.dirname, "..");
// Inside the repository, so that `schema-dts` and `../src` resolve from the temporary folder.
const dir = mkdtempSync(join(ROOT, "test", ".schema-dts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const URL_OPTIONS = { url: "https://example.org/careers/x", lastReviewed: "2025-06-30" } as const;

const HEADER = `import type { HowTo, Occupation, WithContext } from "schema-dts";
import type { HowToJsonLd, OccupationJsonLd } from "../../src/index.js";
`;

/** Type-checks the files in one program; returns the diagnostics of each, as "line: message". */
function check(files: Record<string, string>): Map<string, string[]> {
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  const program = ts.createProgram(
    Object.keys(files).map((name) => join(dir, name)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const out = new Map<string, string[]>(Object.keys(files).map((name) => [name, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? d.file.fileName.slice(dir.length + 1) : "?";
    const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0;
    const list = out.get(name) ?? [];
    list.push(`${name}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    out.set(name, list);
  }
  return out;
}

const literal = (type: string, name: string, value: unknown) =>
  `export const ${name}: WithContext<${type}> = ${JSON.stringify(value)};\n`;

type Breaker = (o: Record<string, unknown>) => Record<string, unknown>;
/** Deliberately broken records, each of which schema-dts must reject (so the check can fail). */
const BROKEN: readonly [string, Breaker][] = [
  ["a property another type owns (HowTo's steps on an Occupation)", (o) => ({ ...o, steps: [] })],
  ["a made-up property", (o) => ({ ...o, salaryMedian: 1 })],
  ["an unknown @type", (o) => ({ ...o, "@type": "Job" })],
  ["a number where a Place is expected", (o) => ({ ...o, occupationLocation: 42 })],
  [
    "a string where a number is expected",
    (o) => ({
      ...o,
      estimatedSalary: [{ "@type": "MonetaryAmountDistribution", median: "a lot" }],
    }),
  ],
];

let diagnostics: Map<string, string[]>;
const ids = [...careerIds, ...occupationCodes];

beforeAll(() => {
  let output = HEADER;
  ids.forEach((id, i) => {
    output += literal("Occupation", `p${i}`, toJsonLd(id, URL_OPTIONS));
    output += literal("HowTo", `h${i}`, toHowToJsonLd(id, URL_OPTIONS));
  });
  const declared = `${HEADER}
declare const occupation: OccupationJsonLd;
declare const howTo: HowToJsonLd;
export const a: WithContext<Occupation> = occupation;
export const b: WithContext<HowTo> = howTo;
`;
  const files: Record<string, string> = { "output.ts": output, "declared.ts": declared };
  const base = toJsonLd("insurance-coder") as unknown as Record<string, unknown>;
  BROKEN.forEach(([, breakIt], i) => {
    files[`broken-${i}.ts`] = HEADER + literal("Occupation", "x", breakIt(base));
  });
  diagnostics = check(files);
}, 300_000);

describe("JSON-LD against schema-dts", () => {
  it("the declared result types are schema-dts Occupation and HowTo", () => {
    expect(diagnostics.get("declared.ts")).toEqual([]);
  });

  it("type-checks the output for every career and all 832 codes", () => {
    expect(ids.length).toBe(careerIds.length + 832);
    expect(diagnostics.get("output.ts")).toEqual([]);
  });

  it.each(BROKEN.map(([what], i) => [what, i] as const))("rejects %s", (_what, i) => {
    expect(diagnostics.get(`broken-${i}.ts`)?.length).toBeGreaterThan(0);
  });
});
