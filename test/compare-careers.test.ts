import { describe, expect, it } from "vitest";
import { compareCareers, UnknownCareerError } from "../src/index.js";

describe("compareCareers", () => {
  it("compares the insurance coder with the medical transcriptionist, value by value", () => {
    const c = compareCareers("insurance-coder", "medical-transcriptionist");
    expect(c.a.occupation.code).toBe("29-2072");
    expect(c.b.occupation.code).toBe("31-9094");
    expect(c.education).toMatchObject({
      a: "Postsecondary nondegree award",
      b: "Postsecondary nondegree award",
      difference: 0,
    });
    expect(c.wages.comparable).toBe(true);
    if (c.wages.comparable) {
      expect(c.wages.period).toBe("May 2024");
      expect(c.wages.source).toBe("bls-oews-2024");
      expect(c.wages.a).toMatchObject({
        p10: 35780,
        p25: 41600,
        median: 50250,
        p75: 64070,
        p90: 80950,
      });
      expect(c.wages.b).toMatchObject({
        p10: 26370,
        p25: 31200,
        median: 37550,
        p75: 45680,
        p90: 53890,
      });
      expect(c.wages.medianDifference).toBe(37550 - 50250);
    }
    expect(c.latestWages.comparable && c.latestWages.a.median).toBe(51140);
    expect(c.growth).toMatchObject({
      period: "2024–34",
      a: 7.1,
      b: -4.9,
      average: 3.1,
      aVsAverage: 4,
      bVsAverage: -8,
    });
    expect(c.openings).toEqual({ a: 14.2, b: 7.4 });
    expect(c.jobZone).toEqual({ a: 3, b: 3 });
    // O*NET 30.1 has no skill ratings for 29-2072.00, so there is no similarity to report.
    expect(c.skills.similarity).toBeUndefined();
    expect(c.skills.note).toMatch(/no skill ratings for 29-2072/);
    expect(c.relation.curated.some((l) => l.relation === "alternative")).toBe(true);
    expect(c.historical.a.map((h) => h.figure.period)).toEqual(
      expect.arrayContaining(["2020", "2020–30"]),
    );

    const row = (label: string) => c.rows.find((r) => r.label === label);
    expect(row("Median annual wage, May 2024")).toMatchObject({ a: "$50,250", b: "$37,550" });
    expect(row("Projected growth, 2024–34")).toMatchObject({ a: "7.1%", b: "−4.9%" });
    expect(row("Median annual wage as published, 2020")).toMatchObject({
      a: "$45,240 (2020)",
      b: "—",
    });
    expect(row("Median annual wage as published, 2020")?.note).toContain(
      "all medical records and health information specialists",
    );
  });

  it("compares occupation codes on official data (29-2072 vs 11-9111)", () => {
    const c = compareCareers("29-2072", "11-9111");
    expect(c.wages.comparable && [c.wages.a.median, c.wages.b.median]).toEqual([50250, 117960]);
    expect([c.growth.a, c.growth.b]).toEqual([7.1, 23.2]);
    expect(c.education.difference).toBeGreaterThan(0);
    expect(c.skills.similarity).toBeUndefined();
    expect(c.rows.find((r) => r.label === "Skill similarity")?.note).toMatch(/29-2072/);
    const nurses = compareCareers("29-1141", "11-9111");
    expect(nurses.skills.similarity).toBeGreaterThan(0.5);
    expect(nurses.skills.similarity).toBeLessThan(1);
    expect(nurses.skills.aNeedsMore.length).toBeGreaterThan(0);
  });

  it("is symmetric in its symmetric fields", () => {
    const ab = compareCareers("15-1252", "29-1141");
    const ba = compareCareers("29-1141", "15-1252");
    expect(ab.skills.similarity).toBe(ba.skills.similarity);
    expect(ab.education.difference + ba.education.difference).toBe(0);
    expect(ab.skills.shared).toEqual(expect.arrayContaining([...ba.skills.shared]));
  });

  it("keeps top-coded wages typed and out of differences", () => {
    const c = compareCareers("29-1211", "29-2072");
    expect(c.wages.comparable).toBe(true);
    if (c.wages.comparable) {
      expect(c.wages.a.median).toBeUndefined();
      expect(c.wages.a.topCoded).toContainEqual({ percentile: "median", atLeast: 239200 });
      expect(c.wages.medianDifference).toBeUndefined();
    }
  });

  it("refuses to compare a group's wages as one distribution", () => {
    const c = compareCareers("information-clerk", "receptionist");
    expect(c.wages.comparable).toBe(false);
    if (!c.wages.comparable) expect(c.wages.reason).toMatch(/spans 10 occupations/);
  });

  it("throws a typed error with suggestions for unknown ids", () => {
    expect(() => compareCareers("insurance-coder", "medical-transcriptonist")).toThrow(
      UnknownCareerError,
    );
    try {
      compareCareers("insurance-coder", "medical-transcriptonist");
    } catch (error) {
      expect((error as UnknownCareerError).suggestions).toContain("medical-transcriptionist");
    }
  });
});
