// careerpath/programs: the CIP 2020 programs that lead to each occupation, and back.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  careerIds,
  careerSteps,
  getCareer,
  getOccupation,
  occupationCodes,
  UnknownCareerError,
  UnknownOccupationError,
} from "../src/index.js";
import {
  getProgram,
  getProgramOrThrow,
  isProgramCode,
  occupationsForProgram,
  type Program,
  programCodes,
  programsFor,
  stepsWithPrograms,
  UnknownProgramError,
} from "../src/programs.js";
import { Program as ProgramSchema } from "../src/schemas/index.js";

const root = resolve(import.meta.dirname, "..");
const committed = JSON.parse(
  readFileSync(join(root, "data/official/programs.json"), "utf8"),
) as Program[];

const codes = (list: readonly Program[]) => list.map((p) => p.code);

describe("programs data", () => {
  it("has one valid record per program code, sorted", () => {
    expect(programCodes).toEqual(committed.map((p) => p.code));
    expect([...programCodes].sort()).toEqual([...programCodes]);
    const bad = committed.filter((p) => !ProgramSchema.safeParse(p).success).map((p) => p.code);
    expect(bad).toEqual([]);
  });

  it("lists each occupation's programs exactly as the programs list it (both directions)", () => {
    const bad: string[] = [];
    const expected = new Map<string, string[]>();
    for (const p of committed)
      for (const code of p.occupations) expected.set(code, [...(expected.get(code) ?? []), p.code]);
    for (const code of occupationCodes) {
      const listed = getOccupation(code).programs;
      const want = expected.get(code) ?? [];
      if (JSON.stringify(listed) !== JSON.stringify(want)) bad.push(code);
      if (JSON.stringify(codes(programsFor(code))) !== JSON.stringify(want))
        bad.push(`${code} api`);
    }
    for (const p of committed) {
      for (const code of p.occupations)
        if (!getOccupation(code)?.programs.includes(p.code)) bad.push(`${p.code} → ${code}`);
    }
    expect(bad).toEqual([]);
  });

  it("gives every curated step program a record that leads to the guide's occupations", () => {
    const bad: string[] = [];
    for (const id of careerIds) {
      const career = getCareer(id);
      for (const cip of career.steps.flatMap((s) => s.programs)) {
        const p = getProgram(cip);
        if (!p?.occupations.some((c) => career.occupations.includes(c as never)))
          bad.push(`${id} ${cip}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("programsFor", () => {
  it("puts the insurance-coder guide's own programs first, then its occupation's", () => {
    const list = codes(programsFor("insurance-coder"));
    expect(list).toContain("51.0713");
    expect(list).toContain("51.0707");
    expect(list).toEqual(["51.0713", "51.0707", "51.0706", "51.0721"]);
  });

  const cases = [
    ["an occupation code", "29-2072", ["51.0706", "51.0707", "51.0713", "51.0721"]],
    ["a code without programs", "41-2031", []],
    ["an aggregate (covers 13-1021…13-1023)", "13-1020", null],
    ["a guide spanning several codes", "information-clerk", null],
  ] as const;
  it.each(cases)("%s", (_label, input, expected) => {
    const list = programsFor(input);
    if (expected !== null) expect(codes(list)).toEqual(expected);
    else expect(list.length).toBeGreaterThan(0);
    expect(new Set(codes(list)).size).toBe(list.length);
    expect(Object.isFrozen(list)).toBe(true);
  });

  it("throws the usual typed errors for unknown careers and codes", () => {
    expect(() => programsFor("insurance-codr")).toThrow(UnknownCareerError);
    expect(() => programsFor("29-2079")).toThrow(UnknownOccupationError);
  });
});

describe("occupationsForProgram and getProgram", () => {
  it("maps 51.3801 to registered nurses and 51.0707 to both health-information codes", () => {
    expect(occupationsForProgram("51.3801")).toContain("29-1141");
    expect(occupationsForProgram("51.0707")).toEqual(["29-2072", "29-9021"]);
  });

  it("maps SOC codes that an aggregate covers onto the aggregate", () => {
    // 51.1005 Clinical Laboratory Science links to 29-2011, which 29-2010 covers.
    expect(occupationsForProgram("51.1005")).toContain("29-2010");
  });

  it("returns the record with family and series", () => {
    expect(getProgram("51.0713")).toEqual({
      code: "51.0713",
      title: "Medical Insurance Coding Specialist/Coder",
      family: { code: "51", title: "HEALTH PROFESSIONS AND RELATED PROGRAMS" },
      series: { code: "51.07", title: "Health and Medical Administrative Services" },
      occupations: ["29-2072", "29-9021"],
      source: "nces-cip-2020",
    });
    expect(getProgram("01.0000")?.title).toBe("Agriculture, General");
    expect(Object.isFrozen(getProgram("51.0713")?.occupations)).toBe(true);
  });

  const unknown = [
    ["no dot", "510713", "51.0713"],
    ["lost leading zero", "1.0000", "01.0000"],
    ["a digit dropped", "51.713", "51.0713"],
  ] as const;
  it.each(unknown)(
    "unknown CIP (%s) → UnknownProgramError with suggestions",
    (_l, input, first) => {
      let caught: unknown;
      try {
        occupationsForProgram(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UnknownProgramError);
      const error = caught as UnknownProgramError;
      expect(error.name).toBe("UnknownProgramError");
      expect(error.code).toBe(input);
      expect(error.suggestions[0]).toBe(first);
      expect(error.message).toContain(`did you mean "${first}"`);
    },
  );

  it("has no program for NO MATCH, military-only or retired codes", () => {
    expect(getProgram("99.9999")).toBeUndefined();
    expect(getProgram("01.0508")).toBeUndefined(); // Taxidermy: NO MATCH
    expect(getProgram("28.0505")).toBeUndefined(); // leads only to military 55-1019
    expect(getProgram("01.0309")).toBeUndefined(); // moved to 01.1004
    expect(isProgramCode("51.0713")).toBe(true);
    expect(isProgramCode(510713)).toBe(false);
    expect(() => getProgramOrThrow("")).toThrow(UnknownProgramError);
  });
});

describe("stepsWithPrograms", () => {
  it("fills the degree step of a generated path", () => {
    const steps = stepsWithPrograms("29-1141");
    const degree = steps.find((s) => s.id === "bachelors-degree");
    expect(degree?.programs).toEqual(getOccupation("29-1141").programs);
    expect(degree?.programs).toContain("51.3801");
    expect(steps.filter((s) => s.programs.length > 0)).toHaveLength(1);
    expect(steps.map((s) => s.id)).toEqual(careerSteps("29-1141").map((s) => s.id));
    expect(stepsWithPrograms("29-1141")).toBe(steps);
  });

  it("uses the apprenticeship step when entry needs no postsecondary education", () => {
    const steps = stepsWithPrograms("47-2111");
    expect(steps.find((s) => s.id === "apprenticeship")?.programs).toEqual(
      getOccupation("47-2111").programs,
    );
  });

  it("keeps curated steps as they are", () => {
    expect(stepsWithPrograms("insurance-coder")).toBe(careerSteps("insurance-coder"));
    expect(stepsWithPrograms("insurance-coder")[1]?.programs).toEqual(["51.0713", "51.0707"]);
    expect(stepsWithPrograms("29-2072")).toBe(careerSteps("29-2072"));
  });

  it("leaves paths without programs alone and does not mutate the generated steps", () => {
    expect(stepsWithPrograms("41-2031")).toBe(careerSteps("41-2031"));
    // careerSteps names the two most specific programs since issue 16; stepsWithPrograms lists
    // them all without changing the generated steps.
    const before = careerSteps("29-1141").map((s) => s.programs.length);
    expect(stepsWithPrograms("29-1141")[1]?.programs.length).toBeGreaterThan(2);
    expect(careerSteps("29-1141").map((s) => s.programs.length)).toEqual(before);
    expect(Math.max(...before)).toBe(2);
    expect(Object.isFrozen(stepsWithPrograms("29-1141")[1])).toBe(true);
  });
});

describe("programs of an occupation, found by scanning and then by the full index", () => {
  it("match the programs that name each code, in CIP order, for all 832 codes", async () => {
    // A fresh module instance: its first look-ups scan the record texts, the later ones use
    // the index it builds once; both must give what the program records say.
    vi.resetModules();
    const { programsOfOccupation } = await import("../src/internal/programs.js");
    const expected = new Map<string, string[]>();
    for (const cip of programCodes)
      for (const occ of getProgram(cip)?.occupations ?? [])
        expected.set(occ, [...(expected.get(occ) ?? []), cip]);
    for (const code of ["29-2072", "11-1011", "99-9999", ...occupationCodes]) {
      const list = programsOfOccupation(code);
      expect(
        list.map((p) => p.code),
        code,
      ).toEqual(expected.get(code) ?? []);
      expect(Object.isFrozen(list)).toBe(true);
      expect(programsOfOccupation(code)).toBe(list);
      expect(JSON.stringify(getOccupation(code)?.programs ?? [])).toBe(
        JSON.stringify(list.map((p) => p.code)),
      );
    }
  });
});
