import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { getCareer } from "../src/index.js";

function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const out = {
    write: (s: string) => {
      stdout += s;
      return true;
    },
  };
  const err = {
    write: (s: string) => {
      stderr += s;
      return true;
    },
  };
  const code = main(args, out, err);
  return { code, stdout, stderr };
}

describe("careerpath CLI", () => {
  it("shows the insurance-coder guide with steps, quick facts, figures and sources", () => {
    const { code, stdout } = run("show", "insurance-coder");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Insurance coder/);
    expect(stdout).toMatch(/5 steps/);
    const positions = getCareer("insurance-coder").steps.map((s) =>
      stdout.indexOf(`${s.order}. ${s.title}`),
    );
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(stdout).toContain("$45,240");
    expect(stdout).toContain("$50,250");
    expect(stdout).toContain("[bls-oews-2024]");
    expect(stdout).toMatch(/Related careers/);
    expect(stdout).toMatch(/medical-transcriptionist/);
  });

  it("shows an occupation code with generated steps", () => {
    const { code, stdout } = run("show", "29-1141");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Registered nurses \(29-1141\)/);
    expect(stdout).toMatch(/generated from BLS categories/);
  });

  it("prints JSON that round-trips", () => {
    const { code, stdout } = run("next", "insurance-coder", "--done", "1,2", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: "next", step: { id: "first-job" } });
    const search = JSON.parse(run("search", "medical biller", "--json").stdout);
    expect(search.occupations[0].code).toBe("43-3021");
    const compare = JSON.parse(run("compare", "29-2072", "11-9111", "--json").stdout);
    expect(compare.wages.a.median).toBe(50250);
  });

  it.each([
    [["shwo", "insurance-coder"], /unknown command "shwo"/],
    [["show"], /expected one argument/],
    [["show", "insurance-codr"], /did you mean "insurance-coder"/],
    [["show", "29-2079"], /Unknown occupation code/],
    [["next", "insurance-coder", "--done", "hig-school"], /did you mean "high-school"/],
    [["search", "nurse", "--limit", "0"], /Invalid option "limit"/],
    [["show", "insurance-coder", "--bogus"], /bogus/],
    [[], /no command/],
  ] as const)("bad input %j → one line on stderr, exit 2", (args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat \S+:\d+/);
  });

  it("prints a JSON error object in --json mode", () => {
    const { code, stderr } = run("show", "insurance-codr", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stderr)).toMatchObject({
      error: { name: "UnknownCareerError", suggestions: ["insurance-coder"] },
    });
  });

  it("prints help", () => {
    expect(run("--help").stdout).toMatch(/Usage:/);
  });
});
