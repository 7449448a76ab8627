// The requirement schema (careerpath/schemas) and the shipped JSON Schema file agree on every
// data/requirements file, and both reject broken records.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { Requirement, RequirementsFile } from "../src/schemas/index.js";

const ROOT = join(import.meta.dirname, "..");
const dir = join(ROOT, "data/requirements");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8"));
const jsonSchema = z.fromJSONSchema(
  JSON.parse(readFileSync(join(ROOT, "src/generated/json-schema/requirements.json"), "utf8")),
);

const good = {
  id: "nclex-rn",
  kind: "exam",
  name: "National Council Licensure Examination for Registered Nurses",
  acronym: "NCLEX-RN",
  summary: "The national licensing exam.",
  scope: "all-states",
  timing: "after-training",
  exam: { questions: { value: 85, max: 150, unit: "questions", source: "hc-x" } },
  sources: ["hc-x"],
};

describe("requirement schema", () => {
  it("accepts every data/requirements file, with the zod schema and the shipped JSON Schema", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(RequirementsFile.safeParse(read(f)).success, f).toBe(true);
      expect(jsonSchema.safeParse(read(f)).success, f).toBe(true);
    }
  });

  it("fills defaults for the optional lists", () => {
    const r = Requirement.parse(good);
    expect(r.prerequisites).toEqual([]);
    expect(r.variesByState).toEqual([]);
  });

  for (const [label, change] of [
    ["an unknown kind", { kind: "diploma" }],
    ["an unknown scope", { scope: "nationwide" }],
    ["no sources", { sources: [] }],
    [
      "a range whose value exceeds its max",
      { duration: { value: 5, max: 3, unit: "years", source: "x" } },
    ],
    ["an unknown key", { tittle: "typo" }],
    ["an id that is not a slug", { id: "NCLEX RN" }],
  ] as const) {
    it(`rejects ${label}`, () => {
      expect(Requirement.safeParse({ ...good, ...change }).success).toBe(false);
      const file = {
        family: "Test",
        occupations: [
          {
            code: "29-1141",
            title: "Registered nurses",
            summary: "Test.",
            reviewed: "2026-12-01",
            requirements: [{ ...good, ...change }],
          },
        ],
      };
      // JSON Schema cannot compare two fields, so value ≤ max is checked by zod and the build only.
      if (label !== "a range whose value exceeds its max")
        expect(jsonSchema.safeParse(file).success).toBe(false);
    });
  }
});
