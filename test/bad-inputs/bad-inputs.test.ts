// Runs the bad-input catalogue in cases.ts: the API, the validators, the CLI and the importer.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importOfficial } from "../../scripts/official/import.js";
import { ImportError } from "../../scripts/official/problems.js";
import {
  careerPaths,
  careerSteps,
  compareCareers,
  getCareer,
  getCareerOrThrow,
  getOccupation,
  getOccupationOrThrow,
  groupFigures,
  nextStep,
  nextStepIn,
  officialFigures,
  relatedCareers,
  searchCareers,
  toHowToJsonLd,
  toJsonLd,
} from "../../src/index.js";
import { getProgramOrThrow } from "../../src/programs.js";
import {
  parseCareer,
  parseOccupation,
  validateCareer,
  validateOccupation,
} from "../../src/schemas/index.js";
import { searchOccupations } from "../../src/search.js";
import { runCli } from "../reliability/helpers.js";
import {
  type ApiFunction,
  apiCases,
  cliCases,
  type ImporterFault,
  importerCases,
  validationCases,
} from "./cases.js";

const api: Record<ApiFunction, (...args: never[]) => unknown> = {
  getCareer,
  groupFigures,
  getProgramOrThrow,
  getCareerOrThrow,
  getOccupationOrThrow,
  careerSteps,
  nextStep,
  nextStepIn,
  compareCareers,
  officialFigures,
  searchOccupations,
  searchCareers,
  careerPaths,
  relatedCareers,
  toJsonLd,
  toHowToJsonLd,
  parseCareer,
  parseOccupation,
};

const stackLine = /\n\s+at \S|\bat .+:\d+:\d+/;

describe("API", () => {
  it.each(apiCases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    let thrown: unknown;
    try {
      (api[c.fn] as (...args: readonly unknown[]) => unknown)(...c.args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown, `${c.fn} did not throw`).toBeInstanceOf(Error);
    const error = thrown as Error & { option?: string; suggestions?: readonly string[] };
    expect(error.name).toBe(c.error);
    expect(error.constructor.name).toBe(c.error);
    expect(error.message).toMatch(c.message);
    expect(error.message).not.toMatch(/[\r\n]/);
    if ("option" in c) expect(error.option).toBe(c.option);
    if ("suggests" in c) expect(error.suggestions).toContain(c.suggests);
  });
});

describe("validation", () => {
  const bases = {
    Occupation: getOccupation("29-2072"),
    Career: getCareer("insurance-coder"),
  } as const;

  it.each(validationCases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const copy = structuredClone(bases[c.record]) as unknown as Record<string | number, unknown>;
    let node = copy;
    for (const key of c.set.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = c.set.at(-1) as string | number;
    expect(node, `a valid record has ${c.set.join(".")}`).toBeTypeOf("object");
    node[last] = c.value;
    const result = c.record === "Occupation" ? validateOccupation(copy) : validateCareer(copy);
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.issues.find(
      (i) => i.code === c.issue.code && JSON.stringify(i.path) === JSON.stringify(c.issue.path),
    );
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue?.message).toMatch(c.message);
    expect(result.summary).toMatch(new RegExp(`^Invalid ${c.record}: \\d+ issues?: `));
    const parse = c.record === "Occupation" ? parseOccupation : parseCareer;
    expect(() => parse(copy)).toThrow(
      expect.objectContaining({ name: "CareerpathValidationError" }),
    );
  });
});

describe("CLI", () => {
  it.each(cliCases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const text = await runCli(c.argv);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe("");
    expect(text.stderr.endsWith("\n")).toBe(true);
    expect(text.stderr.slice(0, -1)).not.toMatch(/[\r\n]/);
    expect(text.stderr).not.toMatch(stackLine);
    expect(text.stderr).toMatch(/^careerpath: /);
    expect(text.stderr.slice("careerpath: ".length, -1)).toMatch(c.message);

    const json = await runCli([...c.argv, "--json"]);
    expect(json.code).toBe(2);
    expect(json.stdout).toBe("");
    expect(json.stderr.slice(0, -1)).not.toMatch(/[\r\n]/);
    const parsed = JSON.parse(json.stderr) as { error: { name: string; message: string } };
    expect(parsed.error.name).toBe(c.error);
    expect(parsed.error.message).toMatch(c.message);
  });
});

// ---- Importer --------------------------------------------------------------------------------

const fixtures = resolve(import.meta.dirname, "../fixtures/official");
const temp = mkdtempSync(join(tmpdir(), "careerpath-bad-imports-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function applyFault(path: string, fault: ImporterFault): void {
  const lines = () => readFileSync(path, "utf8").split("\n");
  switch (fault.kind) {
    case "delete":
      unlinkSync(path);
      return;
    case "empty":
      writeFileSync(path, "");
      return;
    case "truncate": {
      const bytes = readFileSync(path);
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * fault.keep)));
      return;
    }
    case "cutLastLine": {
      const text = readFileSync(path, "utf8").trimEnd();
      writeFileSync(path, text.slice(0, text.lastIndexOf("\t") + 3));
      return;
    }
    case "replace": {
      const text = readFileSync(path, "utf8");
      expect(text).toContain(fault.from);
      writeFileSync(path, text.replace(fault.from, fault.to));
      return;
    }
    case "appendToLine": {
      const all = lines();
      all[fault.line - 1] = `${all[fault.line - 1]?.replace(/\r$/, "")}${fault.text}`;
      writeFileSync(path, all.join("\n"));
      return;
    }
    case "duplicateLine": {
      const all = lines();
      all.splice(fault.line, 0, all[fault.line - 1] as string);
      writeFileSync(path, all.join("\n"));
      return;
    }
    case "latin1": {
      const all = lines();
      const before = Buffer.from(`${all.slice(0, fault.line - 1).join("\n")}\n`, "utf8");
      const line = Buffer.concat([
        Buffer.from(all[fault.line - 1] ?? "", "utf8"),
        Buffer.from([0x20, 0xe9]),
      ]);
      const after = Buffer.from(`\n${all.slice(fault.line).join("\n")}`, "utf8");
      writeFileSync(path, Buffer.concat([before, line, after]));
      return;
    }
  }
}

describe("importer", () => {
  it("imports the unbroken fixtures", () => {
    expect(importOfficial(fixtures).occupations.length).toBeGreaterThan(0);
  });

  it.each(importerCases.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
    const dir = join(temp, String(i));
    cpSync(fixtures, dir, { recursive: true });
    applyFault(join(dir, c.file), c.fault);
    let thrown: unknown;
    try {
      importOfficial(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    const problems = (thrown as ImportError).problems;
    expect(
      problems.some((p) => c.message.test(p)),
      problems.join("\n"),
    ).toBe(true);
    for (const p of problems) expect(p).not.toMatch(/[\r\n]/);
  });
});
