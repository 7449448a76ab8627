import { describe, expect, it } from "vitest";
import { careerIds, getCareer } from "../src/index.js";
import { runCli } from "./reliability/helpers.js";

const run = (...args: string[]) => runCli(args);

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

  it("lists the programs that lead to a career, the guide's own first", () => {
    const { code, stdout } = run("programs", "insurance-coder");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Programs that lead to Insurance coder \(insurance-coder\): 4/);
    expect(stdout.indexOf("51.0713")).toBeLessThan(stdout.indexOf("51.0706"));
    expect(stdout).toMatch(
      /51\.0713 +Medical Insurance Coding Specialist\/Coder\s+named in the guide's steps/,
    );
    expect(stdout).toContain("[nces-cip-2020]");
    const json = JSON.parse(run("programs", "29-9021", "--json").stdout);
    expect(json.map((p: { code: string }) => p.code)).toContain("51.0713");
    expect(run("programs", "41-2031").stdout).toMatch(/No instructional program/);
  });

  it("shows one program with the occupations it leads to", () => {
    const { code, stdout } = run("program", "51.0707");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Health Information\/Medical Records Technology\/Technician \(CIP 51\.0707\)/,
    );
    expect(stdout).toMatch(/Series: 51\.07 Health and Medical Administrative Services/);
    expect(stdout).toMatch(/29-2072 +Medical records specialists/);
    expect(stdout).toMatch(/29-9021 /);
    expect(stdout).toMatch(/Career guides that name it: .*insurance-coder/);
    const json = JSON.parse(run("program", "51.3801", "--json").stdout);
    expect(json).toMatchObject({ code: "51.3801", occupations: ["25-1072", "29-1141"] });
  });

  it("shows generated steps with their programs", () => {
    const { stdout } = run("show", "29-1141");
    expect(stdout).toMatch(/Programs \(CIP 2020\): 51\.3801/);
  });

  it.each([
    [["program", "510713"], /Unknown CIP program code "510713"; did you mean "51.0713"/],
    [["program"], /expected one argument: careerpath program <cip>/],
    [["programs", "insurance-codr"], /did you mean "insurance-coder"/],
    [["shwo", "insurance-coder"], /unknown command "shwo"/],
    [["show"], /expected one argument/],
    [["show", "insurance-codr"], /did you mean "insurance-coder"/],
    [["show", "29-2079"], /Unknown occupation code/],
    [["next", "insurance-coder", "--done", "hig-school"], /did you mean "high-school"/],
    [
      ["search", "nurse", "--limit", "0"],
      /option --limit expects a whole number from 1 to 100, got "0"/,
    ],
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
    expect(run("--help").stdout).toMatch(/careerpath programs <career\|code>/);
    expect(run("--help").stdout).toMatch(/careerpath program <cip>/);
  });

  it("prints a JSON error for an unknown program in --json mode", () => {
    const { code, stderr } = run("program", "51.713", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stderr)).toMatchObject({
      error: { name: "UnknownProgramError", code: "51.713" },
    });
    expect(JSON.parse(stderr).error.suggestions[0]).toBe("51.0713");
  });
});

describe("every curated guide through the CLI", () => {
  it.each(careerIds.map((id) => [id]))("%s appears in show and in search", (id) => {
    const shown = run("show", id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(getCareer(id).title);
    const found = JSON.parse(run("search", getCareer(id).title, "--json").stdout);
    expect(found.careers.map((h: { id: string }) => h.id)).toContain(id);
  });
});

describe("options that do not belong to the command", () => {
  it.each([
    [["show", "insurance-coder", "--done", "1"], /--done does not apply to "show"/],
    [["compare", "29-2072", "11-9111", "--limit", "3"], /--limit does not apply to "compare"/],
    [["search", "nurse", "--skip-optional"], /--skip-optional does not apply to "search"/],
  ] as const)("%j → exit 2 with one line", (args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
