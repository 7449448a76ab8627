import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildData, orphanFiles, staleFiles } from "../scripts/build-data.js";

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

  describe("with a generated file the build no longer writes", () => {
    const temp = mkdtempSync(join(tmpdir(), "careerpath-orphan-"));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    const orphan = "src/generated/careers/retired-guide.ts";

    it("lists it as stale, and the build deletes it", () => {
      cpSync(join(root, "data"), join(temp, "data"), { recursive: true });
      cpSync(join(root, "src/generated"), join(temp, "src/generated"), { recursive: true });
      writeFileSync(join(temp, orphan), "export const record = {};\n");
      const { files } = buildData(temp);
      expect(files.has(orphan)).toBe(false);
      expect(orphanFiles(temp, files)).toEqual([orphan]);
      expect(staleFiles(temp, files)).toEqual([`${orphan} (no longer generated)`]);

      const tsx = join(root, "node_modules/.bin/tsx");
      const script = join(root, "scripts/build-data.ts");
      const check = spawnSync(tsx, [script, "--check", "--root", temp], { encoding: "utf8" });
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(`${orphan} (no longer generated)`);
      const out = execFileSync(tsx, [script, "--root", temp], { encoding: "utf8" });
      expect(out).toContain(`removed ${orphan}`);
      expect(existsSync(join(temp, orphan))).toBe(false);
      expect(existsSync(join(temp, "src/generated/careers/insurance-coder.ts"))).toBe(true);
      expect(spawnSync(tsx, [script, "--check", "--root", temp]).status).toBe(0);
    });

    it("finds none when src/generated does not exist", () => {
      mkdirSync(join(temp, "empty"));
      expect(orphanFiles(join(temp, "empty"), new Map())).toEqual([]);
    });
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

  describe("with broken requirement files and guide scopes", () => {
    const temp = mkdtempSync(join(tmpdir(), "careerpath-build-req-"));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    cpSync(join(root, "data"), join(temp, "data"), { recursive: true });
    // biome-ignore lint/suspicious/noExplicitAny: the test edits raw JSON records freely
    const edit = (file: string, change: (value: any) => void) => {
      const full = join(temp, file);
      const value = JSON.parse(readFileSync(full, "utf8"));
      change(value);
      writeFileSync(full, JSON.stringify(value, null, 2));
    };
    const [reqFile, otherFile] = readdirSync(join(temp, "data/requirements"))
      .filter((f) => f.endsWith(".json"))
      .sort();
    const file = `data/requirements/${reqFile}`;
    edit(file, (f) => {
      f.occupations[1].code = "99-9999"; // not an occupation
      f.occupations[2].title = "Wrong title"; // not the official title
      f.occupations[3].requirements.push({ ...f.occupations[3].requirements[0] }); // duplicate id
      f.occupations.push({ ...f.occupations[0] }); // the same code twice
    });
    const other = `data/requirements/${otherFile}`;
    edit(other, (f) => {
      f.occupations[0].requirements[0].kind = "diploma"; // not a kind (schema)
    });
    const [sourceFile] = readdirSync(join(temp, "data/requirements/sources"))
      .filter((f) => f.endsWith(".json"))
      .sort();
    edit(`data/requirements/sources/${sourceFile}`, (list) => {
      list.push({ ...list[0], id: "bls-ep-2024-34" }); // collides with data/sources.json
    });
    // A specialty guide that names itself after its occupation would take the occupation over.
    edit("data/careers/coding-supervisor.json", (c) => {
      c.aliases.push("first-line supervisor of office and administrative support workers");
    });
    edit("data/careers/medical-biller.json", (c) => {
      c.occupationNote = undefined;
    });
    // A second whole-occupation guide for a code that already has one.
    edit("data/careers/medical-transcriptionist.json", (c) => {
      c.occupations = ["29-2072"];
    });
    edit("data/careers/information-clerk.json", (c) => {
      c.scope = undefined; // scope is required
    });
    // The slip the repeated-sentence lint exists for.
    edit("data/careers/health-information-manager.json", (c) => {
      c.steps[3].summary =
        "BLS puts the related work experience at under five years. BLS puts the related work experience that managers need at less than five years.";
    });

    it("fails, naming each problem with its file and path", () => {
      const result = buildData(temp);
      expect(result.ok).toBe(false);
      const esc = file.replace(/[.]/g, "\\.");
      const expected = [
        new RegExp(
          `${other.replace(/[.]/g, "\\.")} at occupations\\[0\\]\\.requirements\\[0\\]\\.kind: `,
        ),
        new RegExp(`${esc} at occupations\\[1\\]\\.code: unknown occupation code "99-9999"`),
        new RegExp(`${esc} at occupations\\[2\\]\\.title: "Wrong title" is not the official title`),
        new RegExp(
          `${esc} at occupations\\[3\\]\\.requirements\\[\\d+\\]\\.id: duplicate requirement id`,
        ),
        new RegExp(
          `${esc} at occupations\\[\\d+\\]\\.code: \\d{2}-\\d{4} is also reviewed in ${esc}`,
        ),
        /data\/requirements\/sources\/.+ at bls-ep-2024-34: source id is also in data\/sources\.json/,
        /data\/careers\/coding-supervisor\.json at aliases\[\d+\]: specialty guide would take over 43-1011/,
        /data\/careers\/medical-biller\.json at occupationNote: a specialty guide must say/,
        /data\/careers\/information-clerk\.json at scope: /,
        /data\/careers\/medical-transcriptionist\.json at scope: "insurance-coder" already covers 29-2072/,
        /data\/careers\/health-information-manager\.json at steps\[3\]\.summary: the text says the same thing twice/,
      ];
      const missing = expected.filter((re) => !result.problems.some((p) => re.test(p))).map(String);
      expect(missing, result.problems.join("\n")).toEqual([]);
    });

    it("catches an unknown source on a valid record", () => {
      const again = mkdtempSync(join(tmpdir(), "careerpath-build-req2-"));
      try {
        cpSync(join(root, "data"), join(again, "data"), { recursive: true });
        const full = join(again, file);
        const value = JSON.parse(readFileSync(full, "utf8"));
        value.occupations[0].requirements[0].sources.push("no-such-source");
        writeFileSync(full, JSON.stringify(value));
        const result = buildData(again);
        expect(result.problems).toEqual([
          expect.stringMatching(
            new RegExp(
              `${file.replace(/[.]/g, "\\.")} at occupations\\[0\\]\\.requirements\\[0\\]\\.sources\\[\\d+\\]: unknown source "no-such-source"`,
            ),
          ),
        ]);
      } finally {
        rmSync(again, { recursive: true, force: true });
      }
    });
  });
});
