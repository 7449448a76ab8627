import { describe, expect, it } from "vitest";
import {
  careerSteps,
  getOccupation,
  InvalidOptionError,
  occupationCodes,
  toHowToJsonLd,
  toJsonLd,
  UnknownCareerError,
  UnknownOccupationError,
} from "../src/index.js";

const URL_OPTIONS = { url: "https://example.org/careers/x", lastReviewed: "2025-06-30" } as const;

// The vocabulary itself (types, properties, value types) is checked against schema-dts in
// test/json-ld-schema-dts.test.ts.
describe("toJsonLd: @context", () => {
  it("sets @context once, at the root", () => {
    const ld = toJsonLd("insurance-coder");
    expect(ld["@context"]).toBe("https://schema.org");
    expect(JSON.stringify(ld).match(/"@context"/g)).toHaveLength(1);
  });
});

describe("toJsonLd: OEWS May 2024 wage percentiles", () => {
  const annual = (id: string) => toJsonLd(id).estimatedSalary?.[0];

  it.each([
    ["insurance-coder", [35780, 41600, 50250, 64070, 80950]],
    ["29-2072", [35780, 41600, 50250, 64070, 80950]],
    ["29-1141", [66030, 78610, 93600, 107960, 135320]],
  ] as const)("%s carries the five annual percentiles", (id, [p10, p25, median, p75, p90]) => {
    expect(annual(id)).toMatchObject({
      "@type": "MonetaryAmountDistribution",
      currency: "USD",
      duration: "P1Y",
      percentile10: p10,
      percentile25: p25,
      median,
      percentile75: p75,
      percentile90: p90,
    });
    expect(annual(id)?.name).toContain("May 2024");
    expect(annual(id)?.description).toContain("bls-oews-2024");
  });

  it("omits top-coded percentiles (29-1211 anesthesiologists) and says so", () => {
    const s = annual("29-1211");
    expect(s).toMatchObject({ percentile10: 124450, percentile25: 186680, duration: "P1Y" });
    expect(s).not.toHaveProperty("median");
    expect(s).not.toHaveProperty("percentile75");
    expect(s).not.toHaveProperty("percentile90");
    expect(s?.description).toMatch(/top-codes them at \$239,200 or more/);
  });

  it("gives hourly percentiles where OEWS suppresses annual wages (27-2011 actors)", () => {
    const all = toJsonLd("27-2011").estimatedSalary ?? [];
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      duration: "PT1H",
      percentile10: 14,
      percentile25: 16.94,
      median: 23.33,
      percentile75: 41.09,
      percentile90: 97.19,
    });
    expect(all.some((s) => s.duration === "P1Y")).toBe(false);
  });

  it("has no estimatedSalary where OEWS publishes no estimate (45-3031)", () => {
    expect(toJsonLd("45-3031")).not.toHaveProperty("estimatedSalary");
  });

  it("never fakes a percentile: every value equals the published number, for all 832 codes", () => {
    const keys = [
      ["p10", "percentile10"],
      ["p25", "percentile25"],
      ["median", "median"],
      ["p75", "percentile75"],
      ["p90", "percentile90"],
    ] as const;
    const bad: string[] = [];
    for (const code of occupationCodes) {
      const wages = getOccupation(code).wages.may2024;
      const s = toJsonLd(code).estimatedSalary?.[0];
      if (!wages) {
        if (s) bad.push(`${code}: salary without OEWS estimate`);
        continue;
      }
      const scale = s?.duration === "PT1H" ? wages.hourly : wages.annual;
      for (const [key, term] of keys) {
        const published = scale[key];
        const given = s?.[term];
        const expected = typeof published === "number" ? published : undefined;
        if (given !== expected) bad.push(`${code}.${term}: ${given} vs published ${expected}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("toJsonLd: content", () => {
  it("describes the insurance coder from the guide", () => {
    const ld = toJsonLd("insurance-coder");
    expect(ld.name).toBe("Insurance coder");
    expect(ld.alternateName).toContain("medical coder");
    expect(ld.occupationalCategory.map((c) => [c.codeValue, c.inCodeSet.name])).toEqual([
      ["29-2072", "SOC 2018"],
      ["29-2072.00", "O*NET-SOC 2019"],
    ]);
    expect(ld.educationRequirements).toMatchObject({
      "@type": "EducationalOccupationalCredential",
      credentialCategory: "Postsecondary nondegree award",
    });
    expect(ld.experienceRequirements).toMatchObject({ monthsOfExperience: 0 });
    expect(ld.qualifications?.map((q) => q.name)).toContain("Certified Professional Coder (CPC)");
    expect(ld.skills?.length).toBeGreaterThan(0);
    expect(ld.responsibilities?.length).toBeGreaterThan(0);
    expect(ld.occupationLocation).toEqual([{ "@type": "Country", name: "United States" }]);
    expect(ld).not.toHaveProperty("mainEntityOfPage");
  });

  it("composes a description from facts for a code, with no guide text", () => {
    const ld = toJsonLd("29-1141");
    expect(ld.name).toBe("Registered nurses");
    expect(ld.description).toMatch(/^Registered nurses \(29-1141\)/);
    expect(ld.description).toContain("2024–34");
    expect(ld).not.toHaveProperty("responsibilities");
    // Since issue 16 a reviewed occupation's licences and exams fill `qualifications`; an
    // occupation that was not reviewed still has none.
    expect(toJsonLd("15-1252")).not.toHaveProperty("qualifications");
  });

  it("turns the BLS experience category into months only where the category has a minimum", () => {
    const byCategory = new Map<string, unknown>();
    for (const code of occupationCodes)
      byCategory.set(
        getOccupation(code).categories.experience,
        toJsonLd(code).experienceRequirements,
      );
    expect(byCategory.get("None")).toMatchObject({ monthsOfExperience: 0 });
    expect(byCategory.get("5 years or more")).toMatchObject({ monthsOfExperience: 60 });
    expect(typeof byCategory.get("Less than 5 years")).toBe("string");
  });

  it("adds mainEntityOfPage only with a url, and lastReviewed only when given", () => {
    expect(toJsonLd("29-2072", { url: "https://example.org/a" }).mainEntityOfPage).toEqual({
      "@type": "WebPage",
      url: "https://example.org/a",
    });
    expect(toJsonLd("29-2072", URL_OPTIONS).mainEntityOfPage).toEqual({
      "@type": "WebPage",
      url: URL_OPTIONS.url,
      lastReviewed: "2025-06-30",
    });
    expect(
      toJsonLd("29-2072", {
        url: "https://example.org/a",
        lastReviewed: new Date(Date.UTC(2025, 5, 30)),
      }).mainEntityOfPage?.lastReviewed,
    ).toBe("2025-06-30T00:00:00.000Z");
  });

  it("returns a fresh JSON-serializable object and does not mutate the options", () => {
    const options = { url: "https://example.org/a" };
    const a = toJsonLd("insurance-coder", options);
    const b = toJsonLd("insurance-coder", options);
    expect(a).not.toBe(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(options).toEqual({ url: "https://example.org/a" });
  });
});

describe("JSON-LD: the datasets behind the facts, with their credit", () => {
  const ONET = {
    "@type": "Dataset",
    name: "O*NET 30.1 Database",
    version: "O*NET 30.1 (December 2025)",
    license: "https://creativecommons.org/licenses/by/4.0/",
  };

  it("credits O*NET 30.1 with the CC BY attribution and the modification notice, for every code", () => {
    for (const code of occupationCodes) {
      const onet = toJsonLd(code).subjectOf.find((d) => d.name.startsWith("O*NET"));
      expect(onet, code).toMatchObject(ONET);
      expect(onet?.creditText).toMatch(
        /^This product includes information from the O\*NET 30\.1 Database/,
      );
      expect(onet?.creditText).toMatch(
        /careerpath project has modified all or some of this information/,
      );
    }
  });

  it("names SOC 2018, the projections and the OEWS release the wages come from", () => {
    const names = toJsonLd("insurance-coder").subjectOf.map((d) => [d.name, d.temporalCoverage]);
    expect(names.map(([, period]) => period)).toEqual([
      "2018",
      "2024–34",
      "May 2024",
      "December 2025",
    ]);
    // Public-domain BLS data has no licence page to link, so it gets none.
    expect(toJsonLd("29-2072").subjectOf[0]).not.toHaveProperty("license");
  });

  it("leaves OEWS out where it publishes no estimate (45-3031)", () => {
    const periods = toJsonLd("45-3031").subjectOf.map((d) => d.temporalCoverage);
    expect(periods).not.toContain("May 2024");
    expect(periods).toContain("2024–34");
  });

  it("bases generated HowTo steps on the datasets they cite, never on cited pages", () => {
    const howTo = toHowToJsonLd("29-1141");
    expect(howTo.isBasedOn?.map((d) => d.name)).toEqual([
      expect.stringMatching(/^Employment Projections 2024–34/),
      "O*NET 30.1 Database",
      expect.stringMatching(/^Classification of Instructional Programs 2020/),
    ]);
    expect(howTo.isBasedOn?.[1]?.creditText).toMatch(/has modified/);
  });
});

describe("toJsonLd: bad input", () => {
  it.each([
    [{ url: "not a url" }, "url"],
    [{ url: "ftp://example.org/x" }, "url"],
    [{ url: 42 }, "url"],
    [{ lastReviewed: "2025-06-30" }, "url"],
    [{ url: "https://example.org", lastReviewed: "30/06/2025" }, "lastReviewed"],
    [{ url: "https://example.org", lastReviewed: "2025-02-30T99:00" }, "lastReviewed"],
    [{ url: "https://example.org", lastReviewed: new Date(Number.NaN) }, "lastReviewed"],
    [null, "options"],
    ["https://example.org", "options"],
  ] as const)("rejects %j (option %s)", (options, option) => {
    expect(() => toJsonLd("insurance-coder", options as never)).toThrow(InvalidOptionError);
    try {
      toHowToJsonLd("insurance-coder", options as never);
    } catch (error) {
      expect((error as InvalidOptionError).option).toBe(option);
    }
  });

  it("throws typed errors with suggestions for unknown ids", () => {
    expect(() => toJsonLd("insurance-codr")).toThrow(UnknownCareerError);
    expect(() => toJsonLd("29-2073")).toThrow(UnknownOccupationError);
    expect(() => toHowToJsonLd("nope")).toThrow(UnknownCareerError);
  });
});

describe("toHowToJsonLd", () => {
  it("offers the insurance-coder steps in order", () => {
    const howTo = toHowToJsonLd("insurance-coder", { url: "https://example.org/ic" });
    const steps = careerSteps("insurance-coder");
    expect(howTo.name).toBe("How to become an insurance coder");
    expect(howTo.step.map((s) => [s.position, s.name])).toEqual(
      steps.map((s) => [s.order, s.title]),
    );
    expect(howTo.step[0]?.url).toBe("https://example.org/ic#step-high-school");
    const optional = steps.findIndex((s) => s.optional);
    expect(howTo.step[optional]?.text).toMatch(/^Optional: /);
  });

  it("says when the steps are generated from BLS categories", () => {
    const howTo = toHowToJsonLd("15-1252");
    expect(howTo.description).toMatch(/generated from its BLS/);
    // Generated titles name the occupation since issue 16 ("Get hired in the occupation" before).
    expect(howTo.step.map((s) => s.name)).toContain("Get hired as a software developer");
    expect(howTo.step.map((s) => s.position)).toEqual(howTo.step.map((_, i) => i + 1));
  });
});
