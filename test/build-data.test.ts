import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildData, staleFiles } from "../scripts/build-data.js";

const root = resolve(import.meta.dirname, "..");

describe("build-data", () => {
  it("generated files equal a fresh regeneration", () => {
    const result = buildData(root);
    expect(result.problems).toEqual([]);
    expect(staleFiles(root, result.files)).toEqual([]);
  });

  it("has no timestamps or absolute paths in generated output", () => {
    const { files } = buildData(root);
    const bad = [...files]
      .filter(([, content]) => content.includes(root) || /\b20\d\d-\d\d-\d\dT\d\d:/.test(content))
      .map(([p]) => p);
    expect(bad).toEqual([]);
  });

  describe("with broken records", () => {
    const temp = mkdtempSync(join(tmpdir(), "careerpath-build-"));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    cpSync(join(root, "data"), join(temp, "data"), { recursive: true });
    const careerFile = join(temp, "data/careers/insurance-coder.json");
    const career = JSON.parse(readFileSync(careerFile, "utf8"));
    career.steps[0].kind = "schooling"; // not a step kind
    career.summary = ""; // empty text
    career.tittle = "typo"; // unknown key
    writeFileSync(careerFile, JSON.stringify(career));
    const transcriptionist = join(temp, "data/careers/medical-transcriptionist.json");
    const other = JSON.parse(readFileSync(transcriptionist, "utf8"));
    other.occupations = ["31-9999"]; // does not exist
    other.credentials = [...(other.credentials ?? []), "xyz"]; // not in the registry
    writeFileSync(transcriptionist, JSON.stringify(other));
    const secretary = join(temp, "data/careers/medical-secretary.json");
    const third = JSON.parse(readFileSync(secretary, "utf8"));
    third.steps
      .find((s: { programs?: string[] }) => s.programs?.length)
      .programs.push("51.0798", "51.0713");
    writeFileSync(secretary, JSON.stringify(third));
    const programsFile = join(temp, "data/official/programs.json");
    const programs = JSON.parse(readFileSync(programsFile, "utf8"));
    const coding = programs.find((p: { code: string }) => p.code === "51.0713");
    coding.occupations = ["29-9021"]; // 29-2072 still lists 51.0713: one direction only
    writeFileSync(programsFile, JSON.stringify(programs));

    it("fails once, listing every problem with file and path", () => {
      const result = buildData(temp);
      expect(result.ok).toBe(false);
      expect(result.files.size).toBe(0);
      const expected = [
        /data\/careers\/insurance-coder\.json at steps\[0\]\.kind: /,
        /data\/careers\/insurance-coder\.json at summary: /,
        /data\/careers\/insurance-coder\.json.*tittle/,
        /data\/careers\/medical-transcriptionist\.json at occupations\[0\]: unknown occupation code "31-9999"/,
        /data\/careers\/medical-transcriptionist\.json at credentials\[\d+\]: unknown credential "xyz"/,
        /data\/careers\/medical-secretary\.json at steps\[\d+\]\.programs\[\d+\]: CIP 51\.0798 is not a program/,
        /data\/official\/programs\.json: 29-2072: lists 51\.0713, which do not list it/,
        /data\/careers\/medical-secretary\.json at steps\[\d+\]\.programs\[\d+\]: CIP 51\.0713 leads to none of the guide's occupations \(29-9021\)/,
      ];
      const missing = expected.filter((re) => !result.problems.some((p) => re.test(p))).map(String);
      expect(missing, result.problems.join("\n")).toEqual([]);
    });
  });
});
