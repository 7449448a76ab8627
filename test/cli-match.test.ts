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
    // Not a terminal, so 80 columns: one block per occupation, every line within the width.
    expect(stdout).toMatch(
      /\n {3}1 {2}29-2092 {2}Hearing aid specialists\n {6}fit 1\.00 · RIASEC SIC · /,
    );
    expect(stdout).not.toMatch(/Bachelor's degree · median/);
    for (const line of stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(stdout).toMatch(/C index/);
    expect(stdout).toMatch(/not an assessment/);
  });
  it("prints one table row per occupation on a wide terminal", async () => {
    let stdout = "";
    const tty = { isTTY: true, columns: 200, write: (s: string) => (stdout += s) };
    expect(await main(["match", "SIC", "--limit", "3"], tty, tty)).toBe(0);
    expect(stdout).toMatch(/\n {2}# {2}Code +Occupation +Fit +RIASEC +Typical education +Median /);
    expect(stdout).toMatch(
      / 1 +\d\d-\d{4} +\S.* +\d\.\d\d +[RIASEC]{1,3} +\S.* +\$[\d,]+ +\S+% +\d$/m,
    );
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
  it("gives each move a block at 80 columns", async () => {
    const { code, stdout } = await run("moves", "31-1131", "--limit", "3");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /\n {2}\d {2}29-1141 {2}Registered nurses\n {5}O\*NET Primary-Short · similarity 0\.\d{3} · wage change \+\$[\d,]+ \(May 2025\) ·\n {5}education \+2 \(Bachelor's degree\)\n {5}skills to build: /,
    );
    for (const line of stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
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
