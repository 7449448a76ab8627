import { describe, expect, it } from "vitest";
import { careerIds, getCareer, getOccupation, getSource, occupationCodes } from "../src/index.js";
import { Career, Occupation } from "../src/schemas/index.js";

describe("data integrity", () => {
  it("has 832 occupations (820 detailed, 12 aggregates), each valid under the published schema", () => {
    expect(occupationCodes).toHaveLength(832);
    const bad: string[] = [];
    let aggregates = 0;
    for (const code of occupationCodes) {
      const occ = getOccupation(code);
      const r = Occupation.safeParse(occ);
      if (!r.success) bad.push(`${code}: ${r.error.issues[0]?.message}`);
      if (occ.kind === "aggregate") aggregates++;
    }
    expect(bad).toEqual([]);
    expect(aggregates).toBe(12);
  });

  it("every career validates and every cited source exists", () => {
    const bad: string[] = [];
    for (const id of careerIds) {
      const career = getCareer(id);
      if (!Career.safeParse(career).success) bad.push(`${id}: invalid`);
      for (const s of [
        ...career.sources,
        ...career.historicalFigures.map((h) => h.figure.source),
      ]) {
        if (!getSource(s)) bad.push(`${id}: unknown source ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("every official figure group has a source and a period", () => {
    const bad: string[] = [];
    for (const code of occupationCodes) {
      const occ = getOccupation(code);
      const groups = [occ.projections, occ.wages.may2024, occ.wages.may2025].filter(
        (g) => g !== null,
      );
      for (const g of groups) if (!getSource(g.source) || g.period === "") bad.push(code);
      if (!getSource(occ.onet.source)) bad.push(code);
    }
    expect(bad).toEqual([]);
  });

  it("keeps top-coded and suppressed values typed, never as 0", () => {
    const anesthesiologists = getOccupation("29-1211");
    expect(anesthesiologists.projections.medianWage).toEqual({
      kind: "top-coded",
      atLeast: 239200,
      marker: ">=$239,200",
    });
    const zeros = occupationCodes.filter(
      (c) => getOccupation(c).wages.may2024?.annual.median === 0,
    );
    expect(zeros).toEqual([]);
  });
});
