// Shared data is deeply frozen: every record handed out, every exported id list. Helpers never
// mutate their inputs, and results meant for the caller are fresh on every call.
import { describe, expect, it } from "vitest";
import { registryRecords } from "../../src/generated/registry.js";
import {
  careerIds,
  careerPaths,
  careerSteps,
  compareCareers,
  credentialIds,
  getCareer,
  getCodeSet,
  getCredential,
  getOccupation,
  getOrganization,
  getSource,
  nextStep,
  occupationCodes,
  officialFigures,
  organizationIds,
  relatedCareers,
  searchCareers,
  sourceIds,
  toHowToJsonLd,
  toJsonLd,
} from "../../src/index.js";
import { compactIds } from "../../src/internal/compact-json.js";
import { validateCareer, validateOccupation } from "../../src/schemas/index.js";
import { searchOccupations } from "../../src/search.js";
import { differences, mutateEverything, objectNodes, snapshot, unfrozenPaths } from "./helpers.js";

const codeSetIds = compactIds(registryRecords)
  .filter((key) => key.startsWith("k:"))
  .map((key) => key.slice(2));

/** Every collection the package hands out, each as [id, record] pairs. */
const collections = {
  getCareer: () => careerIds.map((id) => [id, getCareer(id)] as const),
  getOccupation: () => occupationCodes.map((code) => [code, getOccupation(code)] as const),
  "careerSteps (curated)": () => careerIds.map((id) => [id, careerSteps(id)] as const),
  "careerSteps (generated)": () => occupationCodes.map((c) => [c, careerSteps(c)] as const),
  getCredential: () => credentialIds.map((id) => [id, getCredential(id)] as const),
  getOrganization: () => organizationIds.map((id) => [id, getOrganization(id)] as const),
  getCodeSet: () => codeSetIds.map((id) => [id, getCodeSet(id)] as const),
  getSource: () => sourceIds.map((id) => [id, getSource(id)] as const),
} as const;

const idLists = { careerIds, occupationCodes, credentialIds, organizationIds, sourceIds } as const;

describe("strict mode", () => {
  it("is on in this file, so writes to frozen objects throw rather than fail silently", () => {
    expect(() => {
      (Object.freeze({ a: 1 }) as { a: number }).a = 2;
    }).toThrow(TypeError);
  });
});

describe.each(Object.keys(collections))("%s", (name) => {
  const entries = collections[name as keyof typeof collections]();

  it("hands out a record for every id, frozen all the way down", () => {
    expect(entries.length).toBeGreaterThan(0);
    const missing = entries.filter(([, r]) => r === undefined).map(([id]) => id);
    expect(missing).toEqual([]);
    const unfrozen = entries.flatMap(([id, r]) => unfrozenPaths(r).map((p) => `${id}: ${p}`));
    expect(unfrozen).toEqual([]);
  });

  it("throws a TypeError on every kind of write, and the record is unchanged", () => {
    // The sample is the record with the most nested objects, so that deep writes are tried.
    const [id, record] = [...entries].sort(
      (x, y) => objectNodes(y[1]).length - objectNodes(x[1]).length,
    )[0] as (typeof entries)[number];
    const before = snapshot(record);
    const nodes = objectNodes(record);
    const object = nodes.find(({ node }) => !Array.isArray(node) && node !== record)?.node;
    const array = nodes.find(({ node }) => Array.isArray(node))?.node as unknown[] | undefined;
    const attempts: [string, () => void][] = [
      ["assign a top-level field", () => Object.assign(record as object, { id: "x", title: "x" })],
      ["add a top-level field", () => Object.defineProperty(record, "added", { value: 1 })],
      [
        "delete a top-level field",
        () =>
          delete (record as Record<string, unknown>)[Object.keys(record as object)[0] as string],
      ],
      ["replace the prototype", () => Object.setPrototypeOf(record, { polluted: true })],
    ];
    if (object) attempts.push(["write a nested field", () => Object.assign(object, { x: 1 })]);
    if (object)
      attempts.push([
        "overwrite a nested field",
        () => {
          (object as Record<string, unknown>)[Object.keys(object)[0] as string] = "changed";
        },
      ]);
    if (array) attempts.push(["push onto a nested array", () => array.push("x")]);
    if (array) attempts.push(["sort a nested array", () => array.sort().reverse()]);
    if (array) attempts.push(["set an array length", () => Object.assign(array, { length: 0 })]);
    const notThrown = attempts
      .filter(([, attempt]) => {
        try {
          attempt();
          return true;
        } catch (error) {
          return !(error instanceof TypeError);
        }
      })
      .map(([what]) => what);
    expect(notThrown, `${name}(${id})`).toEqual([]);
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    expect(snapshot(record)).toBe(before);
  });
});

describe("exported id lists", () => {
  it.each(Object.keys(idLists))("%s is frozen and cannot be pushed to or sorted", (name) => {
    const list = idLists[name as keyof typeof idLists] as unknown as string[];
    const before = [...list];
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.length).toBeGreaterThan(0);
    expect(() => list.push("x")).toThrow(TypeError);
    expect(() => list.sort().reverse()).toThrow(TypeError);
    expect(() => {
      list[0] = "x";
    }).toThrow(TypeError);
    expect(list).toEqual(before);
  });
});

describe("helpers never mutate their inputs", () => {
  it("nextStep with frozen options and completed lists", () => {
    const completed = Object.freeze(["high-school", 2] as const);
    const options = Object.freeze({ completed, skipOptional: true });
    expect(() => nextStep("insurance-coder", options)).not.toThrow();
    expect(() =>
      nextStep("29-1141", Object.freeze({ completed: Object.freeze([1]) })),
    ).not.toThrow();
    expect(options).toEqual({ completed: ["high-school", 2], skipOptional: true });
  });

  it("search functions with frozen options", () => {
    const options = Object.freeze({ limit: 3 });
    expect(searchOccupations("nurse", options)).toHaveLength(3);
    expect(searchCareers("coder", options).length).toBeLessThanOrEqual(3);
    expect(options).toEqual({ limit: 3 });
  });

  it("validators with deeply frozen inputs, valid and invalid", () => {
    const occupation = getOccupation("29-2072"); // already deeply frozen
    expect(validateOccupation(occupation).success).toBe(true);
    const broken = structuredClone(getCareer("insurance-coder")) as Record<string, unknown>;
    broken.steps = [];
    const frozen = deepFreezeForTest(broken);
    const before = snapshot(frozen);
    expect(validateCareer(frozen).success).toBe(false);
    expect(snapshot(frozen)).toBe(before);
  });
});

describe("results meant for the caller are fresh on every call", () => {
  const aggregate = occupationCodes.find((c) => getOccupation(c).kind === "aggregate") as string;
  const cases = [
    ["compareCareers(guides)", () => compareCareers("insurance-coder", "medical-transcriptionist")],
    ["compareCareers(codes)", () => compareCareers("29-2072", "29-1141")],
    ["compareCareers(same)", () => compareCareers("29-1141", "29-1141")],
    ["searchOccupations", () => searchOccupations("medical coder", { limit: 20 })],
    ["searchCareers", () => searchCareers("medical")],
    ["officialFigures", () => officialFigures("29-2072")],
    ["nextStep", () => nextStep("insurance-coder", { completed: [1], skipOptional: true })],
    ["relatedCareers", () => relatedCareers("insurance-coder")],
    ["careerPaths", () => careerPaths("insurance-coder", "health-information-manager")],
    ["toJsonLd(guide)", () => toJsonLd("insurance-coder", { url: "https://example.com/a" })],
    ["toJsonLd(code)", () => toJsonLd("29-1141")],
    ["toJsonLd(aggregate)", () => toJsonLd(aggregate)],
    ["toHowToJsonLd", () => toHowToJsonLd("insurance-coder")],
  ] as const;

  it.each(cases)("%s: mutating one result does not change the next", (_name, call) => {
    const expected = JSON.parse(snapshot(call())) as unknown;
    const first = call();
    expect(first).not.toBe(call());
    expect(mutateEverything(first)).toBeGreaterThan(0);
    expect(differences(expected, JSON.parse(snapshot(call())))).toEqual([]);
  });
});

function deepFreezeForTest<T>(value: T): T {
  for (const { node } of objectNodes(value)) Object.freeze(node);
  return value;
}
