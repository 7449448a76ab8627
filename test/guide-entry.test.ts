// One guide alone: each curated guide's own module (the careerpath/guides/<id> entry point) and
// nextStepIn, which walks a guide object with the same walk as nextStep.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  careerIds,
  careerSteps,
  getCareer,
  InvalidOptionError,
  type NextStepOptions,
  nextStep,
  nextStepIn,
  UnknownStepError,
} from "../src/index.js";
import type { Career } from "../src/schemas/career.js";
import { unfrozenPaths } from "./reliability/helpers.js";

const root = resolve(import.meta.dirname, "..");

/** Each guide's module, by id, loaded the way the entry point loads it. */
const modules = new Map<string, Career>(
  await Promise.all(
    careerIds.map(
      async (id) =>
        [
          id,
          ((await import(`../src/generated/guides/${id}.ts`)) as { guide: Career }).guide,
        ] as const,
    ),
  ),
);

/** What a call returns or throws, comparable with toEqual. */
function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (error) {
    const e = error as Error & { option?: string; suggestions?: readonly string[] };
    return { error: e.name, message: e.message, option: e.option, suggestions: e.suggestions };
  }
}

describe("one module per guide", () => {
  it("has a data module and an entry module for every guide of data/careers/ and no other", () => {
    const files = readdirSync(join(root, "src/generated/guides")).map((f) =>
      f.replace(/\.ts$/, ""),
    );
    const data = readdirSync(join(root, "data/careers")).map((f) => f.replace(/\.json$/, ""));
    const records = readdirSync(join(root, "src/generated/careers")).map((f) =>
      f.replace(/\.ts$/, ""),
    );
    expect(records.sort()).toEqual([...careerIds]);
    expect(files.sort()).toEqual([...careerIds]);
    expect(data.sort()).toEqual([...careerIds]);
  });

  it.each([...careerIds])(
    "%s: the module's guide is the object getCareer returns, frozen all the way down",
    (id) => {
      const guide = modules.get(id);
      expect(guide).toBe(getCareer(id));
      expect(guide?.id).toBe(id);
      expect(unfrozenPaths(guide)).toEqual([]);
    },
  );
});

describe("nextStepIn gives what nextStep gives", () => {
  // Every subset of the first six step numbers as the completed list, with and without
  // skipOptional, for every guide: the two functions share one walk.
  const subsets = Array.from({ length: 64 }, (_, mask) =>
    [1, 2, 3, 4, 5, 6].filter((_, i) => mask & (1 << i)),
  );
  it.each([...careerIds])("%s", (id) => {
    const guide = modules.get(id) as Career;
    let compared = 0;
    for (const completed of subsets)
      for (const skipOptional of [false, true]) {
        const options: NextStepOptions = { completed, skipOptional };
        expect(outcome(() => nextStepIn(guide, options))).toEqual(
          outcome(() => nextStep(id, options)),
        );
        compared++;
      }
    expect(compared).toBe(128);
  });

  it("walks generated steps too, given the code as the id", () => {
    const steps = careerSteps("29-1141");
    const completed = [1, 2];
    expect(nextStepIn({ id: "29-1141", steps }, { completed })).toEqual(
      nextStep("29-1141", { completed }),
    );
  });

  it("finds the first step of the insurance coder, then the rest in order", () => {
    const guide = modules.get("insurance-coder") as Career;
    const order: string[] = [];
    const completed: number[] = [];
    for (let r = nextStepIn(guide); r.kind === "next"; r = nextStepIn(guide, { completed })) {
      order.push(r.step.id);
      completed.push(r.step.order);
    }
    expect(order).toEqual([
      "high-school",
      "training-program",
      "first-job",
      "certification",
      "advancement",
    ]);
  });
});

describe("nextStepIn errors match nextStep's", () => {
  const guide = modules.get("insurance-coder") as Career;
  it.each([
    ["a step id with a typo", { completed: ["hig-school"] }],
    ["a step number past the end", { completed: [9] }],
    ["step number 0", { completed: [0] }],
    ["completed as a string", { completed: "high-school" }],
    ["null inside completed", { completed: [null] }],
    ["a fractional step number", { completed: [1.5] }],
    ["skipOptional as a string", { skipOptional: "yes" }],
    ["null options", null],
    ["an array as options", [1]],
  ])("%s", (_what, options) => {
    const mine = outcome(() => nextStepIn(guide, options as never));
    expect(mine).toEqual(outcome(() => nextStep("insurance-coder", options as never)));
    expect(mine).toHaveProperty("error");
  });

  it("suggests the nearest step id", () => {
    expect(() => nextStepIn(guide, { completed: ["hig-school"] })).toThrow(UnknownStepError);
    expect(outcome(() => nextStepIn(guide, { completed: ["hig-school"] }))).toMatchObject({
      suggestions: ["high-school"],
    });
  });

  it.each([
    ["undefined", undefined, "guide"],
    ["an id instead of the guide", "insurance-coder", "guide"],
    ["an object without steps", { id: "insurance-coder" }, "guide"],
    ["steps that are not an array", { id: "x", steps: "high-school" }, "guide"],
    ["a numeric id", { id: 7, steps: [] }, "guide"],
    ["a step without an id", { id: "x", steps: [{ prerequisites: [] }] }, "guide.steps"],
    ["a null step", { id: "x", steps: [null] }, "guide.steps"],
    ["a step without prerequisites", { id: "x", steps: [{ id: "a" }] }, "guide.steps"],
  ])("rejects %s as the guide, naming %s", (_what, guide, option) => {
    expect(outcome(() => nextStepIn(guide as never))).toMatchObject({
      error: "InvalidOptionError",
      option,
    });
    expect(() => nextStepIn(guide as never)).toThrow(InvalidOptionError);
  });
});
