// `careerpath match` and `careerpath moves`: readable tables, --json, one-line errors with exit 2.
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { runCli } from "./reliability/helpers.js";

const run = (...args: string[]) => runCli(args);

describe("careerpath match", () => {
  it("prints a ranked table within the filters", async () => {
    const { code, stdout } = await run(
      "match",
      "SIC",
      "--max-education",
      "Associate's degree",
      "--min-wage",
      "45000",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Interest match for SIC: 10 of \d+ eligible occupations/);
    expect(stdout).toMatch(/ 1 +29-2092 +Hearing aid specialists +1\.00 +SIC /);
    expect(stdout).not.toMatch(/Bachelor's degree +\$/);
    expect(stdout).toMatch(/C index/);
    expect(stdout).toMatch(/not an assessment/);
  });
  it("prints JSON", async () => {
    const r = JSON.parse(
      (await run("match", "sic", "--job-zone", "2-3", "--limit", "3", "--json")).stdout,
    );
    expect(r.profile.code).toBe("SIC");
    expect(r.matches).toHaveLength(3);
    for (const m of r.matches) expect([2, 3]).toContain(m.headline.jobZone);
  });
});

describe("careerpath moves", () => {
  it("lists moves with support, wage change, education and skills to build", async () => {
    // A wide terminal, so each move stays on one line (at 80 columns the table wraps).
    let stdout = "";
    const tty = { isTTY: true, columns: 240, write: (s: string) => (stdout += s) };
    const code = await main(["moves", "31-1131"], tty, tty);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Moves from Nursing assistants \(31-1131\)/);
    expect(stdout).toMatch(
      /29-1141 +Registered nurses +O\*NET Primary-Short +0\.\d{3} +\+\$[\d,]+ +\+2 \(Bachelor's degree\)/,
    );
    expect(stdout).toMatch(/29-2061/);
    expect(stdout).toMatch(/Licences and exams the target adds: .*29-1141: NCLEX-RN/);
    expect(stdout).toMatch(/not reviewed for \d+ of these moves \(unknown, not "none"\)/);
  });
  it("prints JSON and applies the filters", async () => {
    const r = JSON.parse(
      (await run("moves", "31-1131", "--same-family", "--max-extra-education", "0", "--json"))
        .stdout,
    );
    for (const m of r.moves) {
      expect(m.code.slice(0, 2)).toBe("31");
      expect(m.education.difference).toBeLessThanOrEqual(0);
    }
  });
});

describe("bad input: one line, exit 2", () => {
  it.each([
    [["match", "SICX"], /did you mean "SIC"/],
    [
      ["match", "SIC", "--max-education", "Associates"],
      /--max-education.*did you mean "Associate's degree"/,
    ],
    [["match", "SIC", "--min-wage", "lots"], /--min-wage expects a number/],
    [["match", "SIC", "--job-zone", "6"], /--job-zone expects/],
    [["match", "SIC", "--limit", "0"], /--limit: expected an integer/],
    [["match"], /expected one argument/],
    [["moves", "31-1113"], /did you mean "31-1131"/],
    [["moves", "31-1131", "--max-extra-education", "-1"], /--max-extra-education/],
    [
      ["moves", "31-1131", "--max-education", "Bachelor's degree"],
      /--max-education does not apply to "moves"/,
    ],
  ] as const)("%j", async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
  it("--json errors are JSON with suggestions", async () => {
    const { code, stderr } = await run("match", "SICX", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stderr).error).toMatchObject({
      name: "InvalidOptionError",
      option: "profile",
      suggestions: ["SIC"],
    });
  });
});
