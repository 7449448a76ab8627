// The slug and SOC groups that the generated occupation records leave out: the decoder works
// them out again, and the records whose own slug or groups differ from that keep them.
import { describe, expect, it } from "vitest";
import {
  occupationRecords,
  occupationShapes,
  occupationStrings,
  socGroupsJson,
} from "../src/generated/occupations.js";
import { getOccupation } from "../src/get-occupation.js";
import { compactLookup } from "../src/internal/compact-json.js";
import { socGroupsOf } from "../src/internal/occupation-fields.js";

const groups = JSON.parse(socGroupsJson) as Record<string, string>;
// The records as stored, without the decoder's revive step.
const stored = compactLookup<Record<string, unknown>>(
  occupationRecords,
  occupationShapes,
  occupationStrings,
);

describe("occupation fields worked out at decode time", () => {
  it("gives the SOC 2018 groups by code pattern, the XX-YY00 minor groups included", () => {
    expect(socGroupsOf("29-2072", groups)).toEqual({
      major: { code: "29-0000", title: "Healthcare Practitioners and Technical Occupations" },
      minor: { code: "29-2000", title: "Health Technologists and Technicians" },
      broad: { code: "29-2070", title: "Medical Records Specialists" },
    });
    expect(socGroupsOf("15-1252", groups)?.minor).toEqual({
      code: "15-1200",
      title: "Computer Occupations",
    });
    expect(socGroupsOf("99-9999", groups)).toBeUndefined();
  });

  it("decodes the slug from the title, cut at 80 characters on a word boundary", () => {
    expect(getOccupation("29-2072").slug).toBe("medical-records-specialists");
    expect(getOccupation("25-3011").slug).toBe(
      "adult-basic-education-adult-secondary-education-and-english-as-a-second-language",
    );
    expect(stored("29-2072")).not.toHaveProperty("slug");
  });

  it("stores SOC groups only where the code pattern does not give them back", () => {
    // 29-1221 (pediatricians) belongs to the broad group 29-1210 (Physicians), not to a 29-1220
    // the pattern would look for, so its record keeps its own groups.
    expect(socGroupsOf("29-1221", groups)).toBeUndefined();
    expect(getOccupation("29-1221").soc.broad).toEqual({ code: "29-1210", title: "Physicians" });
    expect(stored("29-1221")?.soc).toEqual(getOccupation("29-1221").soc);
    expect(stored("29-2072")).not.toHaveProperty("soc");
    const occupation = getOccupation("29-2072");
    expect(Object.keys(occupation).slice(0, 6)).toEqual([
      "code",
      "title",
      "slug",
      "kind",
      "covers",
      "soc",
    ]);
    expect(Object.isFrozen(occupation.soc.broad)).toBe(true);
  });
});
