// `__proto__`, `constructor` and `prototype` keys, from JSON.parse and as literals, at several
// depths and inside arrays, never reach Object.prototype or the parsed output.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  compareCareers,
  getCareer,
  getCodeSet,
  getCredential,
  getOccupation,
  getOrganization,
  getSource,
  isCareerId,
  isOccupationCode,
  nextStep,
  searchCareers,
} from "../../src/index.js";
import { validateCareer, validateOccupation } from "../../src/schemas/index.js";
import { searchOccupations } from "../../src/search.js";
import { objectNodes, pollutionProblems, prototypeKeys, runCli } from "./helpers.js";

let before: string[];
beforeAll(() => {
  before = prototypeKeys();
});
afterEach(() => {
  expect(pollutionProblems(before)).toEqual([]);
});

const career = JSON.stringify(getCareer("insurance-coder"));
const occupation = JSON.stringify(getOccupation("29-2072"));

// Tuples, not an object literal: in a literal, `__proto__: "…"` would not even make a key.
const hostileKeys = ["__proto__", "constructor", "prototype"] as const;
type HostileKey = (typeof hostileKeys)[number];
const payloads: Readonly<Record<HostileKey, string>> = Object.fromEntries([
  ["__proto__", '{"polluted": "yes"}'],
  ["constructor", '{"prototype": {"polluted": "yes"}}'],
  ["prototype", '{"polluted": "yes"}'],
]) as Record<HostileKey, string>;

/** Where to put the hostile key in each record, as a path to an object. */
const depths = {
  Career: [
    [],
    ["quickFacts"],
    ["quickFacts", "certification"],
    ["steps", 0],
    ["steps", 1, "duration"],
    ["historicalFigures", 0, "figure"],
  ],
  Occupation: [
    [],
    ["soc"],
    ["soc", "major"],
    ["wages", "may2024", "annual"],
    ["onet", "related", 0],
  ],
} as const;

/** Splices `"key": payload` into the JSON text of the object at `path`, as raw JSON text. */
function injectJson(json: string, path: readonly (string | number)[], key: HostileKey): string {
  const marker = "HOSTILE_KEY_MARKER";
  const value = JSON.parse(json) as Record<string | number, unknown>;
  let node = value;
  for (const k of path) node = node[k] as Record<string | number, unknown>;
  node[marker] = 0;
  return JSON.stringify(value).replace(`"${marker}":0`, `"${key}":${payloads[key]}`);
}

/** Problems showing the payload reached the output; empty when it did not. */
function outputProblems(data: unknown): string[] {
  return objectNodes(data)
    .filter(({ node }) => {
      const proto = Object.getPrototypeOf(node);
      return (
        "polluted" in node ||
        (proto !== Object.prototype && proto !== Array.prototype) ||
        Object.hasOwn(node, "__proto__") ||
        Object.hasOwn(node, "constructor") ||
        Object.hasOwn(node, "prototype")
      );
    })
    .map(({ path }) => path);
}

const validators = { Career: validateCareer, Occupation: validateOccupation } as const;

describe.each(["Career", "Occupation"] as const)("%s records from JSON.parse", (record) => {
  const base = record === "Career" ? career : occupation;
  const cases = depths[record].flatMap((path) => hostileKeys.map((key) => [key, path] as const));
  it.each(cases)("a %s key at %j is rejected and goes nowhere", (key, path) => {
    const text = injectJson(base, path, key);
    const parsed = JSON.parse(text) as unknown;
    const r = validators[record](parsed);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toContainEqual(
        expect.objectContaining({ path: [...path, key], code: "unrecognized_keys" }),
      );
    }
  });

  it("a hostile key inside an array element of strings is rejected", () => {
    const value = JSON.parse(base) as Record<string, unknown>;
    const arrayKey = record === "Career" ? "aliases" : "covers";
    value[arrayKey] = JSON.parse(
      '[{"__proto__": {"polluted": 1}}, {"constructor": {"prototype": {"polluted": 1}}}]',
    );
    const r = validators[record](value);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path)).toContainEqual([arrayKey, 0]);
  });
});

describe("object literals with __proto__", () => {
  /** Rejected for the inherited enumerable key, or accepted with a clean output. */
  function expectHarmless(r: ReturnType<typeof validateCareer>, at: readonly (string | number)[]) {
    if (r.success) expect(outputProblems(r.data)).toEqual([]);
    else expect(r.issues.map((i) => i.path)).toContainEqual([...at, "polluted"]);
  }

  it("a literal __proto__ sets the input's prototype; its keys never reach the output", () => {
    const valid = JSON.parse(career) as Record<string, unknown>;
    const input = { __proto__: { polluted: "yes", id: "evil" }, ...valid };
    expectHarmless(validateCareer(input), []);
  });

  it("a nested literal __proto__ in a step and in quickFacts", () => {
    const valid = JSON.parse(career) as { steps: Record<string, unknown>[]; quickFacts: object };
    const steps = valid.steps.map((s) => ({ __proto__: { polluted: "yes" }, ...s }));
    expectHarmless(validateCareer({ ...valid, steps }), ["steps", 0]);
    const quickFacts = { __proto__: { polluted: "yes" }, ...valid.quickFacts };
    expectHarmless(validateCareer({ ...valid, quickFacts }), ["quickFacts"]);
  });

  it("a record that only inherits its fields is not mistaken for one that has them", () => {
    // Every field lives on the prototype; the object itself is empty.
    const inherited = Object.create(JSON.parse(occupation) as object) as object;
    const r = validateOccupation(inherited);
    // Accepted (zod reads fields with `in`), but the output is a fresh, ordinary record.
    if (r.success) {
      expect(outputProblems(r.data)).toEqual([]);
      expect(Object.keys(r.data).length).toBeGreaterThan(5);
    }
  });

  it("computed and defined own __proto__ keys are rejected", () => {
    const computed = { ...JSON.parse(career), ["__proto__"]: { polluted: "yes" } };
    const defined = Object.defineProperty(JSON.parse(career) as object, "__proto__", {
      value: { polluted: "yes" },
      enumerable: true,
    });
    for (const input of [computed, defined]) {
      const r = validateCareer(input);
      // Both make an own "__proto__" key (only the plain `__proto__:` form sets the prototype).
      expect(Object.hasOwn(input, "__proto__")).toBe(true);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues.map((i) => i.path)).toContainEqual(["__proto__"]);
    }
  });
});

describe("the helpers given prototype keys as ids", () => {
  const names = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"] as const;
  it.each(names)("%s is unknown everywhere", async (name) => {
    expect(getCareer(name)).toBeUndefined();
    expect(getOccupation(name)).toBeUndefined();
    expect(getCredential(name)).toBeUndefined();
    expect(getOrganization(name)).toBeUndefined();
    expect(getCodeSet(name)).toBeUndefined();
    expect(getSource(name)).toBeUndefined();
    expect(isCareerId(name)).toBe(false);
    expect(isOccupationCode(name)).toBe(false);
    expect(() => nextStep(name)).toThrow(/Unknown career/);
    expect(() => compareCareers(name, "insurance-coder")).toThrow(/Unknown career/);
    expect(() => nextStep("insurance-coder", { completed: [name] })).toThrow(/Unknown step/);
    expect(searchCareers(name)).toBeInstanceOf(Array);
    expect(searchOccupations(name)).toBeInstanceOf(Array);
    const cli = await runCli(["show", name]);
    expect(cli.code).toBe(2);
    expect(cli.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("options objects with hostile keys are read as plain options", () => {
    const options = JSON.parse('{"__proto__": {"skipOptional": true, "completed": [1]}}');
    const r = nextStep("insurance-coder", options);
    // An own "__proto__" key is not an option: nothing is completed or skipped.
    expect(r.kind === "next" && r.step.order).toBe(1);
    expect(searchOccupations("nurse", JSON.parse('{"__proto__": {"limit": 1}}')).length).toBe(10);
  });
});
