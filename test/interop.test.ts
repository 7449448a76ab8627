// Interop: the zod schemas work as Standard Schema validators, and the records in the CLI's --json output
// validate against the shipped JSON Schema files (career.json, occupation.json, program.json).
// No standalone JSON Schema validator (such as Ajv) is a dependency, so the JSON Schema files are
// loaded with zod's own JSON Schema reader (`z.fromJSONSchema`), and the same output is also
// checked with the zod schemas.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { main } from "../src/cli/main.js";
import { careerIds, getCareer, getOccupation, occupationCodes } from "../src/index.js";
import {
  Career,
  CareerStep,
  Occupation,
  validateCareer,
  validateOccupation,
} from "../src/schemas/index.js";

const ROOT = resolve(import.meta.dirname, "..");

function jsonSchema(name: "career" | "occupation"): z.ZodType {
  const file = join(ROOT, "src", "generated", "json-schema", `${name}.json`);
  return z.fromJSONSchema(JSON.parse(readFileSync(file, "utf8")));
}

async function showJson(id: string): Promise<unknown> {
  let stdout = "";
  const out = {
    write: (s: string) => {
      stdout += s;
      return true;
    },
  };
  const err = { write: () => true };
  const code = await main(["show", id, "--json"], out, err);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe("Standard Schema", () => {
  it("the schemas are Standard Schema v1 validators", () => {
    for (const schema of [Occupation, Career]) {
      expect(schema["~standard"].version).toBe(1);
      expect(schema["~standard"].vendor).toBe("zod");
    }
  });

  it("accepts every shipped record and rejects a bad one, synchronously", () => {
    const bad: string[] = [];
    for (const code of occupationCodes) {
      const result = Occupation["~standard"].validate(getOccupation(code));
      if (result instanceof Promise) throw new Error("async validation");
      if (result.issues) bad.push(`${code}: ${result.issues[0]?.message}`);
    }
    for (const id of careerIds) {
      const result = Career["~standard"].validate(getCareer(id));
      if (result instanceof Promise) throw new Error("async validation");
      if (result.issues) bad.push(`${id}: ${result.issues[0]?.message}`);
    }
    expect(bad).toEqual([]);
    const result = Career["~standard"].validate({ id: "Not A Slug" });
    if (result instanceof Promise) throw new Error("async validation");
    expect(result.issues?.length).toBeGreaterThan(0);
    expect(result.issues?.some((i) => i.path?.[0] === "id")).toBe(true);
  });
});

describe("careerpath show --json", () => {
  const careerSchema = jsonSchema("career");
  const occupationSchema = jsonSchema("occupation");

  it("prints, for every career, a record valid against career.json and the Career schema", async () => {
    const bad: string[] = [];
    for (const id of careerIds) {
      const output = await showJson(id);
      const viaJsonSchema = careerSchema.safeParse(output);
      if (!viaJsonSchema.success) bad.push(`${id} (career.json): ${viaJsonSchema.error.message}`);
      const viaZod = validateCareer(output);
      if (!viaZod.success) bad.push(`${id} (Career): ${viaZod.summary}`);
    }
    expect(bad).toEqual([]);
  });

  it("prints, for every occupation code, a record valid against occupation.json and the Occupation schema", async () => {
    const bad: string[] = [];
    for (const code of occupationCodes) {
      const output = await showJson(code);
      const viaJsonSchema = occupationSchema.safeParse(output);
      if (!viaJsonSchema.success)
        bad.push(`${code} (occupation.json): ${viaJsonSchema.error.message}`);
      const viaZod = validateOccupation(output);
      if (!viaZod.success) bad.push(`${code} (Occupation): ${viaZod.summary}`);
    }
    expect(bad).toEqual([]);
  });

  it("the JSON Schema files reject what the zod schemas reject", async () => {
    const occupation = (await showJson("29-2072")) as Record<string, unknown>;
    expect(occupationSchema.safeParse({ ...occupation, extra: 1 }).success).toBe(false);
    expect(occupationSchema.safeParse({ ...occupation, code: "29-20722" }).success).toBe(false);
    const career = (await showJson("insurance-coder")) as Record<string, unknown>;
    expect(careerSchema.safeParse({ ...career, steps: [] }).success).toBe(false);
    expect(careerSchema.safeParse({ ...career, id: "Insurance Coder" }).success).toBe(false);
  });
});

describe("the other --json outputs carry records valid against the shipped schemas", () => {
  const cli = async (...argv: string[]): Promise<unknown> => {
    let stdout = "";
    const out = {
      write: (s: string) => {
        stdout += s;
        return true;
      },
    };
    const code = await main(argv, out, { write: () => true });
    expect(code).toBe(0);
    return JSON.parse(stdout);
  };
  const careerSchema = jsonSchema("career");
  const occupationSchema = jsonSchema("occupation");
  const programSchema = z.fromJSONSchema(
    JSON.parse(readFileSync(join(ROOT, "src/generated/json-schema/program.json"), "utf8")),
  );

  it("next: the step is a valid CareerStep", async () => {
    const result = (await cli("next", "insurance-coder", "--done", "1", "--json")) as {
      step: unknown;
    };
    expect(CareerStep.safeParse(result.step).success).toBe(true);
    const generated = (await cli("next", "29-1141", "--json")) as { step: unknown };
    expect(CareerStep.safeParse(generated.step).success).toBe(true);
  });

  it("compare: both sides' guide and occupation validate against career.json and occupation.json", async () => {
    const c = (await cli("compare", "insurance-coder", "15-1252", "--json")) as {
      a: { career: unknown; occupation: unknown };
      b: { career?: unknown; occupation: unknown };
    };
    expect(careerSchema.safeParse(c.a.career).success).toBe(true);
    expect(occupationSchema.safeParse(c.a.occupation).success).toBe(true);
    expect(occupationSchema.safeParse(c.b.occupation).success).toBe(true);
    expect(c.b.career).toBeUndefined();
  });

  it("programs and program: every record validates against program.json", async () => {
    const list = (await cli("programs", "insurance-coder", "--json")) as unknown[];
    expect(list.length).toBeGreaterThan(0);
    const bad = list.filter((p) => !programSchema.safeParse(p).success);
    expect(bad).toEqual([]);
    expect(programSchema.safeParse(await cli("program", "51.0713", "--json")).success).toBe(true);
  });
});
