// Nothing shared can be changed through a result. For every public helper, in a fresh copy of
// the package (so that no earlier call has frozen anything yet): call it first, write everywhere
// in its result that accepts a write, then check that every helper still returns what a clean
// copy returns. A fast-check property does the same for random helpers, inputs and write paths.
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { differences, mutateEverything, snapshot } from "./helpers.js";

type Api = typeof import("../../src/index.js") &
  typeof import("../../src/search.js") &
  typeof import("../../src/programs.js");

/** A fresh copy of all three entry points, sharing no module state with earlier copies. */
async function freshApi(): Promise<Api> {
  vi.resetModules();
  const [main, search, programs] = await Promise.all([
    import("../../src/index.js"),
    import("../../src/search.js"),
    import("../../src/programs.js"),
  ]);
  return { ...main, ...search, ...programs };
}

/** Every public helper that returns data, with arguments that exercise its shared parts. */
const calls: readonly (readonly [string, (api: Api) => unknown])[] = [
  ["getCareer", (a) => a.careerIds.map((id) => a.getCareer(id))],
  ["getCareerOrThrow", (a) => a.getCareerOrThrow("coding-supervisor")],
  ["getOccupation", (a) => ["29-2072", "43-1011", "29-1141"].map((c) => a.getOccupation(c))],
  ["getOccupationOrThrow", (a) => a.getOccupationOrThrow("11-9111")],
  ["careerSteps(curated)", (a) => a.careerIds.map((id) => a.careerSteps(id))],
  ["careerSteps(generated)", (a) => a.careerSteps("29-1141")],
  ["nextStep", (a) => a.nextStep("insurance-coder", { completed: [1], skipOptional: true })],
  ["nextStep(generated)", (a) => a.nextStep("29-1141")],
  ["compareCareers", (a) => a.compareCareers("insurance-coder", "health-information-manager")],
  ["compareCareers(codes)", (a) => a.compareCareers("29-2072", "43-1011")],
  ["officialFigures", (a) => a.officialFigures("29-2072")],
  ["groupFigures", (a) => a.groupFigures("information-clerk")],
  // One career first: its advancesFrom entries come from other guides, not yet frozen.
  ["relatedCareers", (a) => a.relatedCareers("coding-supervisor")],
  ["relatedCareers(all)", (a) => a.careerIds.map((id) => a.relatedCareers(id))],
  ["careerPaths", (a) => a.careerPaths("insurance-coder", "health-information-manager")],
  ["searchCareers", (a) => a.searchCareers("coding")],
  ["searchOccupations", (a) => a.searchOccupations("medical coder")],
  ["toJsonLd", (a) => a.toJsonLd("insurance-coder", { url: "https://example.com/a" })],
  ["toJsonLd(code)", (a) => a.toJsonLd("29-1141")],
  ["toHowToJsonLd", (a) => a.toHowToJsonLd("coding-supervisor")],
  ["getCredential", (a) => a.credentialIds.map((id) => a.getCredential(id))],
  ["getOrganization", (a) => a.organizationIds.map((id) => a.getOrganization(id))],
  ["getCodeSet", (a) => a.getCodeSet("icd-10-cm")],
  ["getSource", (a) => a.sourceIds.map((id) => a.getSource(id))],
  ["getProgram", (a) => a.getProgram("51.0713")],
  ["getProgramOrThrow", (a) => a.getProgramOrThrow("51.0707")],
  ["programsFor", (a) => a.programsFor("insurance-coder")],
  ["programsFor(code)", (a) => a.programsFor("29-1141")],
  ["occupationsForProgram", (a) => a.occupationsForProgram("51.3801")],
  ["stepsWithPrograms", (a) => a.stepsWithPrograms("29-1141")],
];

/** What every helper returns, as JSON text per call. */
function everything(api: Api): string[] {
  return calls.map(([, call]) => snapshot(call(api)));
}

let baseline: string[] = [];

describe("writing into one helper's result changes no later result", () => {
  it("takes the baseline from a clean copy", async () => {
    baseline = everything(await freshApi());
    expect(baseline).toHaveLength(calls.length);
  });

  it.each(calls.map(([name], i) => [name, i] as const))(
    "%s, called first in a fresh copy, then written everywhere",
    async (_name, i) => {
      const api = await freshApi();
      const result = (calls[i] as (typeof calls)[number])[1](api);
      snapshot(result); // reads lazy getters (compareCareers' rows) before their inputs change
      expect(mutateEverything(result)).toBeGreaterThanOrEqual(0);
      const after = everything(api);
      const changed = calls
        .map(
          ([name], j) =>
            [
              name,
              differences(JSON.parse(baseline[j] as string), JSON.parse(after[j] as string), 3),
            ] as const,
        )
        .filter(([, diff]) => diff.length > 0)
        .map(([name, diff]) => `${name}: ${diff.join("; ")}`);
      expect(changed).toEqual([]);
    },
  );
});

const NUM_RUNS = 1000;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
afterAll(() => {
  console.log(`isolation: mutation property ${NUM_RUNS} runs (seed ${seed})`);
});

describe("mutation isolation (property)", () => {
  it("a write at any reachable path of any helper's result leaves every helper's result unchanged", async () => {
    const api = await freshApi();
    const before = everything(api);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calls.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.oneof(fc.constant("set"), fc.constant("push"), fc.constant("delete")),
        (which, path, how) => {
          const result = (calls[which] as (typeof calls)[number])[1](api);
          // Walk down a random path through the result, then try one write there.
          let node: unknown = result;
          for (const step of path) {
            if (node === null || typeof node !== "object") break;
            const keys = Object.keys(node);
            if (keys.length === 0) break;
            node = (node as Record<string, unknown>)[keys[step % keys.length] as string];
          }
          if (node === null || typeof node !== "object") node = result;
          try {
            if (how === "push" && Array.isArray(node)) node.push("MUTATED");
            else if (how === "delete")
              delete (node as Record<string, unknown>)[Object.keys(node as object)[0] ?? "x"];
            else
              (node as Record<string, unknown>)[Object.keys(node as object)[0] ?? "x"] = "MUTATED";
          } catch (error) {
            // A frozen shared part refuses the write; that is the other half of the contract.
            if (!(error instanceof TypeError)) throw error;
          }
          const after = everything(api);
          return after.every((s, i) => s === before[i]);
        },
      ),
      { numRuns: NUM_RUNS, seed },
    );
    console.log(`isolation: ${NUM_RUNS} runs passed (seed ${seed})`);
  }, 600_000);
});
