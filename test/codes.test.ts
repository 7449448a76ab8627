// resolveOccupation / describeResolution (careerpath/codes) on the committed crosswalks,
// the main entry's pointer to them, and the CLI's resolve step.
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { type CodeResolution, describeResolution, resolveOccupation } from "../src/codes.js";
import { getOccupationOrThrow, UnknownOccupationError } from "../src/index.js";

function only<K extends CodeResolution["kind"]>(
  code: string,
  kind: K,
): Extract<CodeResolution, { kind: K }> {
  const r = resolveOccupation(code);
  expect(r.kind, describeResolution(r)).toBe(kind);
  return r as Extract<CodeResolution, { kind: K }>;
}

describe("resolveOccupation", () => {
  it("29-1141.01 is an O*NET specialty of registered nurses, with its O*NET title", () => {
    const r = only("29-1141.01", "onet-specialty");
    expect([r.code, r.onet]).toEqual([
      "29-1141",
      { code: "29-1141.01", title: "Acute Care Nurses" },
    ]);
  });

  it("29-2071 (SOC 2010) split into 29-2072 and 29-9021", () => {
    const r = only("29-2071", "split");
    expect(r.system).toBe("SOC 2010");
    expect(r.targets.map((t) => [t.code, t.occupation?.code])).toEqual([
      ["29-2072", "29-2072"],
      ["29-9021", "29-9021"],
    ]);
    expect(describeResolution(r)).toBe(
      "29-2071 is a 2010 SOC code, split in 2018 into 29-2072 and 29-9021",
    );
  });

  it("15-1132 and 15-1134 (SOC 2010) are splits", () => {
    expect(only("15-1132", "split").targets.map((t) => t.code)).toEqual(["15-1252", "15-1253"]);
    expect(only("15-1134", "split").targets.map((t) => t.code)).toEqual(["15-1254", "15-1255"]);
  });

  it("29-1069 split into 8 codes, each with its occupation", () => {
    const r = only("29-1069", "split");
    expect(r.targets.map((t) => t.code)).toEqual([
      "29-1212",
      "29-1213",
      "29-1214",
      "29-1217",
      "29-1222",
      "29-1224",
      "29-1229",
      "29-1241",
    ]);
    expect(r.targets.every((t) => t.occupation?.code === t.code)).toBe(true);
  });

  it("31-1011 and 39-9021 (SOC 2010) moved into the aggregate 31-1120", () => {
    const a = only("31-1011", "renamed");
    const b = only("39-9021", "renamed");
    expect([a.code, a.to.code, b.code, b.to.code]).toEqual([
      "31-1120",
      "31-1121",
      "31-1120",
      "31-1122",
    ]);
  });

  it("13-1021 is a member of the EP aggregate 13-1020", () => {
    const r = only("13-1021", "member");
    expect([r.code, r.member.code, r.member.title]).toEqual([
      "13-1020",
      "13-1021",
      "Buyers and Purchasing Agents, Farm Products",
    ]);
  });

  it("11-1031 is still a line item of EP 2024–34", () => {
    expect(only("11-1031", "exact").title).toBe("Legislators");
  });

  it("finds merges, O*NET-SOC 2010 codes, .00 codes and bare codes", () => {
    const merged = only("45-3011", "merged");
    expect([merged.to.code, merged.mergedWith.map((m) => m.code)]).toEqual([
      "45-3031",
      ["45-3021"],
    ]);
    const onet2010 = only("15-1199.01", "merged");
    expect([onet2010.system, onet2010.code]).toEqual(["O*NET-SOC 2010", "15-1253"]);
    expect(only("29-2072.00", "exact").onet?.title).toBe("Medical Records Specialists");
    expect(only("13-1021.00", "member").code).toBe("13-1020");
    expect(only("292071", "split").input).toBe("29-2071");
  });

  it("answers unknown codes with a reason and suggestions", () => {
    const r = only("29-2070", "unknown");
    expect(r.suggestions.map((s) => s.code)).toEqual(["29-2072"]);
    expect(only("55-1011", "unknown").reason).toContain("military");
    expect(only("hello", "unknown").suggestions).toEqual([]);
  });
});

describe("getOccupationOrThrow points to the resolver", () => {
  it.each([
    ["29-2071", "SOC 2010"],
    ["13-1021", "SOC 2018"],
    ["29-1141.01", "O*NET-SOC"],
  ])("%s (%s)", (code, system) => {
    let error: unknown;
    try {
      getOccupationOrThrow(code);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownOccupationError);
    expect((error as UnknownOccupationError).foreignSystem).toBe(system);
    expect((error as Error).message).toContain(`resolveOccupation("${code}")`);
  });

  it("keeps the plain message for unknown codes", () => {
    expect(() => getOccupationOrThrow("29-2079")).toThrow(/did you mean "29-2072"/);
  });
});

describe("CLI resolve step", () => {
  const run = async (...args: string[]) => {
    let out = "";
    let err = "";
    const code = await main(
      args,
      { write: (t: string) => (out += t) },
      { write: (t: string) => (err += t) },
    );
    return { code, out, err };
  };

  it("says what a code resolved to and runs the command on it", async () => {
    const r = await run("show", "31-1011");
    expect(r.code).toBe(0);
    expect(r.err).toContain("31-1011 is a 2010 SOC code, renumbered in 2018 as 31-1121");
    expect(r.out).toContain("(31-1120)");
    expect((await run("programs", "29-1141.01")).out).toContain("Registered nurses (29-1141)");
    expect((await run("compare", "13-1021", "29-2072")).code).toBe(0);
    expect((await run("next", "29-1141.01", "--json")).out.startsWith("{")).toBe(true);
    const moves = await run("moves", "29-1141.01");
    expect(moves.err).toContain("part of 29-1141 Registered nurses; using 29-1141");
    expect(moves.out).toContain("Moves from Registered nurses (29-1141)");
  });

  it("leaves the words of a search as they are", async () => {
    const r = await run("search", "31-1011");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  it("stops at a split code with the codes to choose from (exit 2, one line)", async () => {
    const r = await run("show", "29-2071");
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "careerpath: 29-2071 is a 2010 SOC code, split in 2018 into 29-2072 and 29-9021; choose one: 29-2072, 29-9021\n",
    );
  });
});
