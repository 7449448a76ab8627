import { describe, expect, it } from "vitest";
import {
  careerPaths,
  groupFigures,
  InvalidOptionError,
  relatedCareers,
  UnknownCareerError,
} from "../src/index.js";

describe("careerPaths", () => {
  it("finds the supervisor route from insurance coder to health-information manager", () => {
    const routes = careerPaths("insurance-coder", "health-information-manager");
    const route = routes.find((r) => r.careers.includes("coding-supervisor"));
    expect(route?.careers).toEqual([
      "insurance-coder",
      "coding-supervisor",
      "health-information-manager",
    ]);
    expect(route?.hops).toHaveLength(2);
    for (const hop of route?.hops ?? []) {
      expect(hop.steps.length).toBeGreaterThan(0);
      expect(hop.years.min).toBeGreaterThan(0);
    }
    expect(route?.years.min).toBe((route?.hops ?? []).reduce((s, h) => s + h.years.min, 0));
  });

  it("returns no route against the direction of advancement", () => {
    expect(careerPaths("health-information-manager", "insurance-coder")).toEqual([]);
  });

  it("respects maxHops", () => {
    expect(
      careerPaths("insurance-coder", "health-information-manager", { maxHops: 1 }).every(
        (r) => r.hops.length <= 1,
      ),
    ).toBe(true);
    expect(() => careerPaths("insurance-coder", "coding-supervisor", { maxHops: 0 })).toThrow(
      InvalidOptionError,
    );
  });

  it("throws for unknown careers", () => {
    expect(() => careerPaths("insurance-coder", "ceo")).toThrow(UnknownCareerError);
  });
});

describe("relatedCareers", () => {
  it("groups neighbours by relation, reading advancement both ways", () => {
    const r = relatedCareers("insurance-coder");
    expect(r.alternative.map((x) => x.id)).toEqual(
      expect.arrayContaining(["medical-transcriptionist", "information-clerk"]),
    );
    expect(r.advancement.map((x) => x.id)).toEqual(
      expect.arrayContaining([
        "coding-supervisor",
        "health-information-manager",
        "health-information-technologist",
      ]),
    );
    expect(relatedCareers("coding-supervisor").advancesFrom.map((x) => x.id)).toContain(
      "insurance-coder",
    );
  });
});

describe("groupFigures", () => {
  it("computes the information-clerk group from its ten members, without a fake median", () => {
    const g = groupFigures("information-clerk");
    expect(g.members.map((m) => m.code)).toEqual([
      "43-4021",
      "43-4031",
      "43-4061",
      "43-4071",
      "43-4081",
      "43-4111",
      "43-4151",
      "43-4161",
      "43-4181",
      "43-4199",
    ]);
    const base = g.members.reduce((s, m) => s + (m.employment ?? 0), 0);
    expect(g.employment.base).toBeCloseTo(base, 1);
    const medians = g.members.map((m) => m.medianWage).filter((m) => m !== undefined);
    expect(g.medianWageRange).toMatchObject({
      min: Math.min(...medians),
      max: Math.max(...medians),
      period: "May 2024",
    });
    expect(g.method).toMatch(/medians cannot be combined/);
  });
});
