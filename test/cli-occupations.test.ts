// The CLI's own occupation look-up (src/cli/occupations.ts): it loads only the modules of the
// records a command shows, answers for them exactly as getOccupation does, and refuses a code
// whose module it has not loaded instead of answering "unknown".
import { describe, expect, it } from "vitest";
import { loadOccupations } from "../src/cli/occupations.js";
import { occupationCodes } from "../src/generated/ids.js";
import { occupationFileOf } from "../src/generated/occupation-tables.js";
import { getOccupation } from "../src/get-occupation.js";

describe("the CLI occupation look-up", () => {
  it("answers for the codes it loaded like getOccupation, and throws for a module not loaded", async () => {
    const code = "29-2072";
    const other = occupationCodes.find(
      (c) => occupationFileOf[c.slice(0, 4)] !== occupationFileOf[code.slice(0, 4)],
    ) as string;
    const of = await loadOccupations([code]);
    expect(JSON.stringify(of(code))).toBe(JSON.stringify(getOccupation(code)));
    expect(Object.isFrozen(of(code)?.wages)).toBe(true);
    expect(of("29-2000")).toBeUndefined(); // a SOC group, not a line item, in a loaded module
    expect(() => of(other)).toThrow(/not loaded/);
    expect(of("nope")).toBeUndefined();
  });

  it("decodes every record the same as the library, module by module", async () => {
    const of = await loadOccupations(occupationCodes);
    for (const code of occupationCodes)
      expect(JSON.stringify(of(code)), code).toBe(JSON.stringify(getOccupation(code)));
  });
});
