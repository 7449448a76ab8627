// The validation API against hostile input: validate* never throws, parse* throws only
// CareerpathValidationError, every issue has a path, a code and a one-line message, and unknown
// keys are rejected at every depth.
import { describe, expect, it } from "vitest";
import { getCareer, getOccupation } from "../../src/index.js";
import {
  Career,
  CareerpathValidationError,
  Occupation,
  parseCareer,
  parseOccupation,
  type ValidationResult,
  validateCareer,
  validateOccupation,
} from "../../src/schemas/index.js";
import { hostileInputs, objectNodes, snapshot } from "./helpers.js";

const validators = [
  { name: "Occupation", validate: validateOccupation, parse: parseOccupation },
  { name: "Career", validate: validateCareer, parse: parseCareer },
] as const;

/** Problems with the shape of a failed result; empty when it is well-formed. */
function shapeProblems(result: ValidationResult<unknown>): string[] {
  if (result.success) return ["succeeded"];
  const problems: string[] = [];
  if (result.issues.length === 0) problems.push("no issues");
  if (result.issues.length > 101) problems.push(`${result.issues.length} issues (cap is 100 + 1)`);
  for (const issue of result.issues) {
    if (!Array.isArray(issue.path)) problems.push("path is not an array");
    else if (!issue.path.every((k) => typeof k === "string" || typeof k === "number"))
      problems.push(`path ${String(issue.path)} has a key that is not a string or number`);
    if (typeof issue.code !== "string" || issue.code === "") problems.push("no code");
    if (typeof issue.message !== "string" || issue.message === "") problems.push("no message");
    else if (/[\r\n\u2028\u2029]/.test(issue.message)) problems.push("multi-line message");
    else if (issue.message.length > 300) problems.push(`message of ${issue.message.length}`);
  }
  if (typeof result.summary !== "string") problems.push("no summary");
  else {
    if (/[\r\n\u2028\u2029]/.test(result.summary)) problems.push("multi-line summary");
    if (result.summary.length > 2500) problems.push(`summary of ${result.summary.length}`);
    if (!/^Invalid (Occupation|Career): \d+ issues?: /.test(result.summary))
      problems.push(`summary "${result.summary.slice(0, 60)}" does not start as documented`);
  }
  return problems;
}

describe.each(validators)("validate$name and parse$name on hostile input", (v) => {
  it.each(Object.keys(hostileInputs))("%s: fails cleanly, never throws", (name) => {
    const make = hostileInputs[name] as () => unknown;
    let result: ValidationResult<unknown> | undefined;
    expect(() => {
      result = v.validate(make());
    }).not.toThrow();
    expect(shapeProblems(result as ValidationResult<unknown>)).toEqual([]);

    let thrown: unknown;
    try {
      v.parse(make());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CareerpathValidationError);
    const error = thrown as CareerpathValidationError;
    expect(error.name).toBe("CareerpathValidationError");
    expect(error.record).toBe(v.name);
    expect(error.issues.length).toBeGreaterThan(0);
    if (result && !result.success) {
      expect(error.message).toBe(result.summary);
      expect(error.issues.map((i) => i.code)).toEqual(result.issues.map((i) => i.code));
    }
  });
});

describe("hostile input: specific outcomes", () => {
  it("reports a throwing getter as unreadable input, with its message on one line", () => {
    const r = validateOccupation(hostileInputs["a getter that throws a multi-line message"]?.());
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toEqual([
        {
          path: [],
          code: "unreadable_input",
          message: "Input could not be read: line one line two line three",
        },
      ]);
    }
  });

  it("does not touch a thrown value that throws when inspected", () => {
    const r = validateCareer(hostileInputs["a getter that throws something untouchable"]?.());
    expect(!r.success && r.issues[0]?.code).toBe("unreadable_input");
  });

  it("cuts a 1 MB unknown key down in the message but keeps it whole in the path", () => {
    const key = "k".repeat(1_000_000);
    const r = validateOccupation({ [key]: 1 });
    const issue = !r.success ? r.issues.find((i) => i.code === "unrecognized_keys") : undefined;
    expect(issue?.path).toEqual([key]);
    expect(issue?.message.length).toBeLessThan(120);
  });

  it("lists at most 100 issues and says how many more there were", () => {
    const r = validateCareer({ aliases: new Array(5000).fill(7) });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toHaveLength(101);
      const last = r.issues.at(-1);
      expect(last?.code).toBe("too_many_issues");
      // 5000 wrong aliases plus the missing required fields.
      const total = Number(/^Invalid Career: (\d+) issues/.exec(r.summary)?.[1]);
      expect(total).toBeGreaterThan(5000);
      expect(last?.message).toBe(`${total - 100} more issues not listed`);
    }
  });

  it("rejects a BigInt where a number belongs, naming the type", () => {
    const occ = structuredClone(getOccupation("29-2072")) as Record<string, unknown>;
    (occ.onet as { jobZone: unknown }).jobZone = 3n;
    const r = validateOccupation(occ);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => i.path)).toContainEqual(["onet", "jobZone"]);
      expect(r.summary).toMatch(/bigint/);
    }
  });
});

describe("valid records", () => {
  const occupation = getOccupation("29-2072");
  const career = getCareer("insurance-coder");

  it.each([
    ["an official occupation", validateOccupation, occupation, Occupation],
    ["a curated career", validateCareer, career, Career],
  ] as const)(
    "%s validates, into a fresh copy that shares nothing with the input",
    (_n, validate, input, schema) => {
      expect(Object.isFrozen(input)).toBe(true); // so zod cannot have written to it
      const before = snapshot(input);
      const r = validate(input as never);
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(schema.safeParse(r.data).success).toBe(true);
      // Every input value is kept (defaults may add fields the input left out).
      expect(r.data).toMatchObject(JSON.parse(before) as object);
      expect(snapshot(input)).toBe(before);
      const inputNodes = new Set(objectNodes(input).map((n) => n.node));
      const shared = objectNodes(r.data).filter((n) => inputNodes.has(n.node));
      expect(shared.map((n) => n.path)).toEqual([]);
    },
  );

  it("copies getters and Proxy reads into plain data properties", () => {
    const source = structuredClone(career) as Record<string, unknown>;
    const withGetter = Object.defineProperty({ ...source }, "title", {
      get: () => "Insurance coder",
      enumerable: true,
    });
    const viaProxy = new Proxy(source, {});
    for (const input of [withGetter, viaProxy]) {
      const r = validateCareer(input);
      expect(r.success).toBe(true);
      if (r.success) {
        const d = Object.getOwnPropertyDescriptor(r.data, "title");
        expect(d && "value" in d && d.value).toBe("Insurance coder");
        expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
      }
    }
  });

  it("accepts a record whose objects have a null prototype, and returns ordinary objects", () => {
    const nullProto = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(nullProto);
      if (value === null || typeof value !== "object") return value;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = nullProto(v);
      return out;
    };
    const r = validateOccupation(nullProto(occupation));
    expect(r.success).toBe(true);
    if (r.success) {
      const odd = objectNodes(r.data).filter(
        ({ node }) =>
          Object.getPrototypeOf(node) !== Object.prototype &&
          Object.getPrototypeOf(node) !== Array.prototype,
      );
      expect(odd.map((n) => n.path)).toEqual([]);
    }
  });
});

describe("unknown keys are rejected at every depth", () => {
  const occupation = getOccupation("29-2072");
  const career = getCareer("insurance-coder");
  const cases = [
    ["Occupation", ["tittle"]],
    ["Occupation", ["soc", "major", "name"]],
    ["Occupation", ["projections", "median"]],
    ["Occupation", ["wages", "may2024", "annual", "p95"]],
    ["Occupation", ["onet", "related", 0, "score"]],
    ["Occupation", ["onet", "interests", "Creative"]],
    ["Career", ["descripton"]],
    ["Career", ["quickFacts", "salary"]],
    ["Career", ["quickFacts", "certification", "required"]],
    ["Career", ["steps", 1, "cost"]],
    ["Career", ["historicalFigures", 0, "figure", "note"]],
    ["Career", ["related", 0, "weight"]],
    ["Career", ["$schema"]],
  ] as const;

  it.each(cases)("%s with an extra key at %j", (record, path) => {
    const copy = structuredClone(record === "Occupation" ? occupation : career) as unknown;
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    expect(node).toBeTypeOf("object");
    node[path.at(-1) as string] = "extra";
    const r = record === "Occupation" ? validateOccupation(copy) : validateCareer(copy);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toContainEqual({
        path: [...path],
        code: "unrecognized_keys",
        message: `Unknown key "${String(path.at(-1))}": unknown keys are rejected`,
      });
    }
  });
});
