import { describe, expect, it } from "vitest";
import {
  careerSteps,
  InvalidOptionError,
  nextStep,
  UnknownCareerError,
  UnknownOccupationError,
  UnknownStepError,
} from "../src/index.js";

const next = (id: string, completed: (string | number)[], skipOptional = false) => {
  const r = nextStep(id, { completed, skipOptional });
  return r.kind === "next" ? r.step.id : r.kind;
};

describe("nextStep for the insurance coder", () => {
  const cases = [
    { completed: [], expected: "high-school" },
    { completed: ["high-school"], expected: "training-program" },
    { completed: ["high-school", "training-program"], expected: "first-job" },
    { completed: [1, 2], expected: "first-job" },
    { completed: ["training-program", "high-school", "high-school"], expected: "first-job" },
    { completed: [1, 2, 3], expected: "certification" },
    { completed: [1, 2, 3, 4], expected: "advancement" },
    { completed: [1, 2, 3, 4, 5], expected: "done" },
    { completed: ["first-job"], expected: "high-school" },
  ] as const;
  it.each(cases)("after $completed → $expected", ({ completed, expected }) => {
    expect(next("insurance-coder", [...completed])).toBe(expected);
  });

  it("skips the optional certification only when asked", () => {
    expect(next("insurance-coder", [1, 2, 3], true)).toBe("advancement");
    const r = nextStep("insurance-coder", { completed: [1, 2, 3], skipOptional: true });
    expect(r.kind === "next" && r.skipped.map((s) => s.id)).toEqual(["certification"]);
    expect(next("insurance-coder", [1, 2, 3, 5], true)).toBe("done");
  });

  it("treats a curated occupation code as its guide", () => {
    expect(next("29-2072", [])).toBe("high-school");
    expect(nextStep("29-2072", { completed: [] }).career).toBe("insurance-coder");
  });

  it("reports totals", () => {
    const r = nextStep("insurance-coder", { completed: ["high-school"] });
    expect(r).toMatchObject({ kind: "next", completedCount: 1, total: 5 });
  });
});

describe("nextStep errors", () => {
  it("throws a typed error with a suggestion for an unknown step", () => {
    expect(() => nextStep("insurance-coder", { completed: ["hig-school"] })).toThrow(
      UnknownStepError,
    );
    try {
      nextStep("insurance-coder", { completed: ["hig-school"] });
    } catch (error) {
      expect((error as UnknownStepError).suggestions[0]).toBe("high-school");
    }
    expect(() => nextStep("insurance-coder", { completed: [9] })).toThrow(UnknownStepError);
  });
  it("throws for unknown careers and codes", () => {
    expect(() => nextStep("insurance-codr", {})).toThrow(UnknownCareerError);
    expect(() => nextStep("29-2079", {})).toThrow(UnknownOccupationError);
  });
  it.each([
    [{ completed: "high-school" }, "completed"],
    [{ completed: [null] }, "completed"],
    [{ completed: [1.5] }, "completed"],
    [{ skipOptional: "yes" }, "skipOptional"],
    [null, "options"],
  ] as const)("rejects options %j naming %s", (options, option) => {
    expect(() => nextStep("insurance-coder", options as never)).toThrow(InvalidOptionError);
    try {
      nextStep("insurance-coder", options as never);
    } catch (error) {
      expect((error as InvalidOptionError).option).toBe(option);
    }
  });
  it("does not mutate a frozen completed list", () => {
    const completed = Object.freeze(["high-school"]);
    expect(() => nextStep("insurance-coder", { completed })).not.toThrow();
    expect(completed).toEqual(["high-school"]);
  });
});

describe("generated steps", () => {
  it("gives every occupation a generated path when it has no guide", () => {
    const r = nextStep("29-1141", { completed: [] });
    expect(r.kind).toBe("next");
    if (r.kind === "next") {
      expect(r.step.generated).toBe(true);
      expect(r.step.basis).toMatch(/Typical education needed for entry/);
    }
    const ids = careerSteps("29-1141").map((s) => s.id);
    // The path grew with requirements, advancement and the review status (issue 16); the
    // education steps and the first job stay, in this order.
    const core = ids.filter((id) => ["high-school", "bachelors-degree", "first-job"].includes(id));
    expect(core).toEqual(["high-school", "bachelors-degree", "first-job"]);
  });
  it("adds an experience step that names related occupations", () => {
    const steps = careerSteps("11-2022");
    const experience = steps.find((s) => s.kind === "experience");
    expect(experience?.duration).toEqual({ min: 1, max: 5, unit: "years" });
    expect(experience?.summary).toMatch(/\(\d{2}-\d{4}\)/);
  });
  it("returns the same frozen array on every call", () => {
    expect(careerSteps("15-1252")).toBe(careerSteps("15-1252"));
    expect(Object.isFrozen(careerSteps("15-1252"))).toBe(true);
  });
});
