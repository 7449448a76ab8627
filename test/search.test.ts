import { describe, expect, it } from "vitest";
import { InvalidOptionError, searchCareers } from "../src/index.js";
import { searchOccupations } from "../src/search.js";

describe("searchOccupations", () => {
  const expectations = [
    { query: "insurance coder", code: "29-2072" },
    { query: "medical biller", code: "43-3021" },
    { query: "registered nurse", code: "29-1141" },
    { query: "RN", code: "29-1141" },
    { query: "software engineer", code: "15-1252" },
    { query: "15-1252", code: "15-1252" },
    { query: "Medical Records Specialists", code: "29-2072" },
    { query: "registerd nurse", code: "29-1141" },
    { query: "sofware developers", code: "15-1252" },
  ] as const;
  it.each(expectations)("$query → $code first", ({ query, code }) => {
    expect(searchOccupations(query)[0]?.code).toBe(code);
  });

  it("says why each hit matched", () => {
    expect(searchOccupations("15-1252")[0]?.match).toBe("code");
    expect(searchOccupations("registered nurses")[0]?.match).toBe("title");
    // "insurance coder" is also an O*NET alternate title, and an exact O*NET title now ranks
    // before a guide alias; this alias is in no O*NET list.
    expect(searchOccupations("insurance coding specialist")[0]).toMatchObject({
      code: "29-2072",
      match: "alias",
      career: "insurance-coder",
    });
    expect(searchOccupations("insurance coder")[0]).toMatchObject({ match: "alternate" });
    expect(searchOccupations("registerd nurse")[0]?.match).toBe("typo");
  });

  it("handles empty, odd and huge input", () => {
    expect(searchOccupations("")).toEqual([]);
    expect(searchOccupations("   ")).toEqual([]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: regex metacharacters on purpose
    expect(searchOccupations(".*+?^${}()|[]\\")).toEqual([]);
    expect(searchOccupations("x".repeat(100_000)).length).toBeLessThanOrEqual(10);
    expect(searchOccupations("nurse", { limit: 3 })).toHaveLength(3);
  });

  it("validates the limit option", () => {
    expect(() => searchOccupations("nurse", { limit: 0 })).toThrow(InvalidOptionError);
    expect(() => searchOccupations("nurse", { limit: 1.5 })).toThrow(InvalidOptionError);
  });
});

describe("searchCareers", () => {
  it.each([
    ["medical coder", "insurance-coder"],
    ["insurance coder", "insurance-coder"],
    ["transcriptionist", "medical-transcriptionist"],
    ["medical biller", "medical-biller"],
  ] as const)("%s → %s", (query, id) => {
    expect(searchCareers(query)[0]?.id).toBe(id);
  });
  it("returns nothing for blank input", () => {
    expect(searchCareers("")).toEqual([]);
  });
});
