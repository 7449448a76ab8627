// Search reads the guides' names from src/generated/career-names.ts instead of the guide
// records, so that it loads no guide. The build writes both from data/careers/; these tests
// check that they agree, and that search loads no guide record.
import { describe, expect, it } from "vitest";
import { careerNameTable } from "../src/generated/career-names.js";
import { careerRecords } from "../src/generated/careers.js";
import { careerIds } from "../src/generated/ids.js";

describe("the guide name table", () => {
  it("lists every guide in the order of careerIds", () => {
    expect(careerNameTable.map((c) => c.id)).toEqual([...careerIds]);
  });

  it.each(careerIds.map((id) => [id]))("%s: title, aliases and codes as in its record", (id) => {
    const names = careerNameTable.find((c) => c.id === id);
    const record = careerRecords[id];
    expect(names).toEqual({
      id,
      title: record.title,
      aliases: record.aliases,
      occupations: record.occupations,
    });
  });

  it("is frozen all the way down", () => {
    expect(Object.isFrozen(careerNameTable)).toBe(true);
    for (const c of careerNameTable) {
      expect(Object.isFrozen(c)).toBe(true);
      expect(Object.isFrozen(c.aliases)).toBe(true);
      expect(Object.isFrozen(c.occupations)).toBe(true);
    }
  });
});
