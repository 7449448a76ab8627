// matchCareers, careerMoves and skillGap: ranking properties, filters (fast-check, 1,000 runs,
// seed printed; rerun with FC_SEED=<seed>), the known moves, shared figures with compareCareers,
// and typed errors for bad input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  careerMoves,
  compareCareers,
  getOccupation,
  InvalidOptionError,
  matchCareers,
  occupationCodes,
  skillGap,
  UnknownCareerError,
  UnknownOccupationError,
} from "../src/index.js";
import { skillsToBuild } from "../src/internal/skill-gap.js";
import { codeFit, parseProfile, topCode } from "../src/match/interest-fit.js";
import type { Occupation } from "../src/schemas/occupation.js";
import { educationCategories, interestAreas } from "../src/vocabulary.js";

const NUM_RUNS = 1000;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
function check<T>(name: string, property: fc.IProperty<T>): void {
  fc.assert(property, { numRuns: NUM_RUNS, seed });
  console.log(`fuzz: ${name}: ${NUM_RUNS} runs passed (seed ${seed})`);
}

const occupations = occupationCodes.map((c) => getOccupation(c));
const withInterests = occupations.filter((o) => o.onet.interests);

describe("matchCareers ranking", () => {
  it("an occupation's own six scores rank it first, with a correlation of 1", () => {
    const bad: string[] = [];
    for (const o of withInterests.filter((_, i) => i % 7 === 0)) {
      const top = matchCareers(o.onet.interests as never, { limit: 3 }).matches;
      const first = top[0];
      // Only an exactly proportional profile could tie; none does in the data.
      if (first?.code !== o.code || first.fit.score !== 1) bad.push(`${o.code} → ${first?.code}`);
    }
    expect(bad).toEqual([]);
  });

  it("a three-letter code ranks an occupation with exactly that code first", () => {
    const codes = [...new Set(withInterests.map((o) => o.onet.topInterests))].filter(
      (c) => c.length === 3,
    );
    expect(codes.length).toBeGreaterThan(20);
    const bad = codes.filter((code) => {
      const first = matchCareers(code, { limit: 1 }).matches[0];
      return first?.fit.occupationCode !== code || first.fit.score !== 1;
    });
    expect(bad).toEqual([]);
  });

  it("scores are ordered best first and ranks count from 1", () => {
    const { matches } = matchCareers("SIC", { limit: 50 });
    expect(matches.map((m) => m.rank)).toEqual(matches.map((_, i) => i + 1));
    for (let i = 1; i < matches.length; i++)
      expect(matches[i - 1]?.fit.score).toBeGreaterThanOrEqual(matches[i]?.fit.score as number);
  });

  it("the C index follows the hexagon: same 3, adjacent 2, alternate 1, opposite 0", () => {
    const letters = (code: string): readonly number[] => {
      const p = parseProfile(code);
      return p.kind === "code" ? p.letters : [];
    };
    expect(codeFit(letters("R"), "R")).toBe(1);
    expect(codeFit(letters("R"), "I")).toBeCloseTo(2 / 3);
    expect(codeFit(letters("R"), "A")).toBeCloseTo(1 / 3);
    expect(codeFit(letters("R"), "S")).toBe(0);
    expect(codeFit(letters("R"), "C")).toBeCloseTo(2 / 3);
    // A shorter occupation code scores nothing where it has no letter.
    expect(codeFit(letters("SIC"), "SI")).toBeCloseTo(15 / 18);
    expect(topCode([1, 5, 2, 7, 3, 6])).toBe("SCI");
  });

  it("counts add up: eligible plus excluded is every occupation", () => {
    const r = matchCareers("RIC", {
      maxEducation: "Associate's degree",
      minWage: 60000,
      minGrowth: 0,
      jobZone: { min: 2, max: 3 },
    });
    const out = Object.values(r.excluded).reduce((a, b) => a + b, 0);
    expect(r.eligible + out).toBe(occupationCodes.length);
    expect(r.matches.length).toBe(Math.min(10, r.eligible));
  });

  it("gives each match its filters and headline figures with sources", () => {
    const m = matchCareers("SIC", { maxEducation: "Associate's degree", minWage: 45000 })
      .matches[0];
    expect(m?.filters.map((f) => f.filter)).toEqual(["maxEducation", "minWage"]);
    expect(m?.headline.medianWage?.source).toBe("bls-oews-2025");
    expect(m?.headline.growth.source).toBe("bls-ep-2024-34");
    expect(m?.fit.explanation).toMatch(/of 18$/);
  });

  it("does not mutate the profile or options", () => {
    const profile = {
      Realistic: 1,
      Investigative: 5,
      Artistic: 2,
      Social: 7,
      Enterprising: 3,
      Conventional: 6,
    };
    const options = { jobZone: { min: 2, max: 4 }, limit: 5 };
    const copy = structuredClone({ profile, options });
    matchCareers(profile, options);
    expect({ profile, options }).toEqual(copy);
  });
});

const profileArb = fc.oneof(
  fc.shuffledSubarray([..."RIASEC"], { minLength: 1, maxLength: 3 }).map((l) => l.join("")),
  fc
    .tuple(...interestAreas.map(() => fc.double({ min: 1, max: 7, noNaN: true })))
    .filter((s) => s.some((x) => x !== s[0]))
    .map((s) => Object.fromEntries(interestAreas.map((a, i) => [a, s[i]]))),
);
const optionsArb = fc.record(
  {
    maxEducation: fc.constantFrom(...educationCategories),
    minWage: fc.integer({ min: 0, max: 150000 }),
    wagePeriod: fc.constantFrom("May 2024" as const, "May 2025" as const),
    minGrowth: fc.double({ min: -20, max: 30, noNaN: true }),
    jobZone: fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .map(([x, y]) => ({ min: Math.min(x, y), max: Math.max(x, y) })),
    limit: fc.integer({ min: 1, max: 832 }),
  },
  { requiredKeys: [] },
);

describe("properties", () => {
  it("matchCareers never returns an occupation that breaks a filter", () => {
    check(
      "matchCareers filters",
      fc.property(profileArb, optionsArb, (profile, options) => {
        const r = matchCareers(profile as never, options);
        const key = options.wagePeriod === "May 2024" ? "may2024" : "may2025";
        for (const m of r.matches) {
          const o = getOccupation(m.code);
          if (options.maxEducation !== undefined)
            expect(educationCategories.indexOf(o.categories.education)).toBeLessThanOrEqual(
              educationCategories.indexOf(options.maxEducation),
            );
          if (options.minWage !== undefined) {
            const med = o.wages[key]?.annual.median;
            const value =
              typeof med === "number" ? med : med?.kind === "top-coded" ? med.atLeast : -1;
            expect(value).toBeGreaterThanOrEqual(options.minWage);
          }
          if (options.minGrowth !== undefined)
            expect(o.projections.percentChange as number).toBeGreaterThanOrEqual(options.minGrowth);
          if (options.jobZone) {
            expect(o.onet.jobZone).not.toBeNull();
            expect(o.onet.jobZone as number).toBeGreaterThanOrEqual(options.jobZone.min);
            expect(o.onet.jobZone as number).toBeLessThanOrEqual(options.jobZone.max);
          }
        }
        expect(r.matches.length).toBeLessThanOrEqual(options.limit ?? 10);
      }),
    );
  });

  it("careerMoves never returns a move that breaks a filter", () => {
    const movesOptions = fc.record(
      {
        maxExtraEducation: fc.integer({ min: 0, max: 7 }),
        minWageGain: fc.integer({ min: -50000, max: 80000 }),
        sameFamily: fc.boolean(),
        limit: fc.integer({ min: 1, max: 40 }),
      },
      { requiredKeys: [] },
    );
    check(
      "careerMoves filters",
      fc.property(fc.constantFrom(...occupationCodes), movesOptions, (code, options) => {
        const from = getOccupation(code);
        const r = careerMoves(code, options);
        for (const m of r.moves) {
          const to = getOccupation(m.code);
          expect(m.code).not.toBe(code);
          if (options.sameFamily) expect(to.soc.major.code).toBe(from.soc.major.code);
          if (options.maxExtraEducation !== undefined)
            expect(m.education.difference).toBeLessThanOrEqual(options.maxExtraEducation);
          if (options.minWageGain !== undefined) {
            expect(m.wages.comparable).toBe(true);
            if (m.wages.comparable)
              expect(m.wages.medianDifference as number).toBeGreaterThanOrEqual(
                options.minWageGain,
              );
          }
          expect(m.support === "onet-related").toBe(m.relatedness !== undefined);
        }
        expect(r.moves.length).toBeLessThanOrEqual(options.limit ?? 10);
      }),
    );
  });

  it("arbitrary profiles and options either work or throw InvalidOptionError", () => {
    check(
      "matchCareers × fc.anything()",
      fc.property(fc.anything(), fc.anything(), (profile, options) => {
        try {
          matchCareers(profile as never, options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidOptionError);
          expect((error as Error).message).not.toMatch(/\n/);
        }
      }),
    );
  });
});

describe("careerMoves", () => {
  const codes = (from: string, limit = 20) => careerMoves(from, { limit }).moves.map((m) => m.code);
  it("moves from nursing assistants include LPNs and registered nurses", () => {
    expect(codes("31-1131")).toEqual(expect.arrayContaining(["29-2061", "29-1141"]));
  });
  it("moves from medical records specialists include health information technologists", () => {
    expect(codes("29-2072")).toContain("29-9021");
  });
  it("marks O*NET-related moves and similarity-only moves, related first", () => {
    const { moves } = careerMoves("31-1131", { limit: 30 });
    const kinds = moves.map((m) => m.support);
    expect(kinds).toContain("skill-similarity");
    expect(kinds.indexOf("skill-similarity")).toBeGreaterThan(kinds.lastIndexOf("onet-related"));
    const rn = moves.find((m) => m.code === "29-1141");
    expect(rn?.relatedness?.tier).toBe("Primary-Short");
    expect(rn?.education.difference).toBeGreaterThan(0);
    expect(rn?.wages.comparable && rn.wages.period).toBe("May 2025");
    expect(rn?.skillsToBuild.length).toBeGreaterThan(0);
    // Nursing assistants and registered nurses are both reviewed: the RN licence exam is a gap.
    expect(rn?.requirements.status).toBe("reviewed");
    expect(rn?.requirements.status === "reviewed" && rn.requirements.gaps).toContain("NCLEX-RN");
    const unreviewed = moves.find((m) => m.requirements.status === "not reviewed");
    expect(
      unreviewed?.requirements.status === "not reviewed" && unreviewed.requirements.note,
    ).toMatch(/not "none"/);
  });
  it("a guide id moves from its main occupation", () => {
    expect(careerMoves("insurance-coder").from.code).toBe("29-2072");
  });
  it("filters: sameFamily, maxExtraEducation 0 and minWageGain 0", () => {
    const { moves } = careerMoves("31-1131", {
      sameFamily: true,
      maxExtraEducation: 0,
      minWageGain: 0,
      limit: 50,
    });
    expect(moves.length).toBeGreaterThan(0);
    for (const m of moves) {
      expect(m.code.slice(0, 2)).toBe("31");
      expect(m.education.difference).toBeLessThanOrEqual(0);
    }
  });
});

describe("skillGap and compareCareers state the same figures", () => {
  it.each([
    ["31-1131", "29-1141"],
    ["29-1141", "31-1131"],
    ["insurance-coder", "11-9111"],
    ["15-1252", "15-1211"],
  ] as const)("%s → %s", (a, b) => {
    const gap = skillGap(a, b);
    const c = compareCareers(a, b);
    expect(gap.similarity).toBe(c.skills.similarity);
    expect(gap.shared).toEqual(c.skills.shared);
    expect(gap.aNeedsMore).toEqual(c.skills.aNeedsMore);
    expect(gap.education).toEqual(c.education);
    expect(gap.wages).toEqual(c.latestWages);
  });
  it("careerMoves shows the same similarity and wage change as skillGap", () => {
    const move = careerMoves("31-1131").moves.find((m) => m.code === "29-2061");
    const gap = skillGap("31-1131", "29-2061");
    expect(move?.similarity).toBe(gap.similarity);
    expect(move?.skillsToBuild).toEqual(gap.toBuild);
    expect(move?.wages).toEqual(gap.wages);
  });
});

describe("skills to build", () => {
  const fake = (code: string, importance: number[], levels: number[] | null) =>
    ({
      code,
      onet: { skills: importance, skillLevels: levels },
    }) as unknown as Occupation;
  const imp = Array.from({ length: 35 }, () => 3);
  it("uses O*NET levels where both sides have them: a gap of at least 1 LV point on an important skill", () => {
    const from = fake(
      "00-0001",
      imp,
      Array.from({ length: 35 }, () => 2),
    );
    const lv = Array.from({ length: 35 }, () => 2);
    lv[0] = 4.5;
    lv[1] = 2.9;
    lv[2] = 3;
    const to = fake(
      "00-0002",
      imp.map((x, i) => (i === 2 ? 2 : x)),
      lv,
    );
    // Skill 0: +2.5 (built); skill 1: +0.9 (under the margin); skill 2: +1 but not important to the target.
    expect(skillsToBuild(from, to).map((s) => [s.from, s.to, s.scale])).toEqual([
      [2, 4.5, "level"],
    ]);
  });
  it("falls back to importance where levels are missing", () => {
    const from = fake("00-0003", imp, null);
    const to = fake(
      "00-0004",
      imp.map((x, i) => (i === 5 ? 4 : x)),
      null,
    );
    expect(skillsToBuild(from, to).map((s) => [s.from, s.to, s.scale])).toEqual([
      [3, 4, "importance"],
    ]);
  });
});

describe("bad input", () => {
  it.each([
    ["SICX", "profile", "SIC"],
    ["SS", "profile", "S"],
    ["", "profile", undefined],
    [42, "profile", undefined],
  ] as const)("profile %j", (profile, option, suggestion) => {
    const error = (() => {
      try {
        matchCareers(profile as never);
      } catch (e) {
        return e;
      }
    })() as InvalidOptionError;
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.option).toBe(option);
    if (suggestion) expect(error.suggestions).toContain(suggestion);
  });
  it("names the option and suggests the category", () => {
    expect(() => matchCareers("SIC", { maxEducation: "Associates degree" as never })).toThrow(
      /"maxEducation".*did you mean "Associate's degree"/,
    );
    expect(() => matchCareers("SIC", { limit: 0 })).toThrow(InvalidOptionError);
    expect(() => matchCareers("SIC", { minWage: Number.NaN })).toThrow(/"minWage"/);
    expect(() => matchCareers("SIC", { jobZone: { min: 4, max: 2 } })).toThrow(/"jobZone"/);
    expect(() => matchCareers("SIC", { maxEducaton: "x" } as never)).toThrow(
      /did you mean "maxEducation"/,
    );
    expect(() => matchCareers("SIC", { wagePeriod: "May 2023" as never })).toThrow(/"wagePeriod"/);
    expect(() =>
      matchCareers({
        Realistic: 3,
        Investigative: 3,
        Artistic: 3,
        Social: 3,
        Enterprising: 3,
        Conventional: 3,
      }),
    ).toThrow(/not all equal/);
    expect(() => careerMoves("31-1131", { maxExtraEducation: -1 })).toThrow(/"maxExtraEducation"/);
    expect(() => careerMoves("31-1131", { sameFamily: "yes" as never })).toThrow(/"sameFamily"/);
  });
  it("unknown ids say did you mean", () => {
    expect(() => careerMoves("31-1113")).toThrow(UnknownOccupationError);
    expect(() => careerMoves("31-1113")).toThrow(/did you mean "31-1131"/);
    expect(() => skillGap("insurance-codr", "29-1141")).toThrow(UnknownCareerError);
    // Not a string at all: the shared input rule's typed error, naming the parameter.
    expect(() => skillGap("29-1141", undefined as never)).toThrow(InvalidOptionError);
  });
});
