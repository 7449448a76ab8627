import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { careerIds, dataVersion, getCareer } from "../src/index.js";
import { runCli } from "./reliability/helpers.js";

const run = (...args: string[]) => runCli(args);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("careerpath CLI", () => {
  it("shows the insurance-coder guide with steps, quick facts, figures and sources", async () => {
    const { code, stdout } = await run("show", "insurance-coder");
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

  it("shows an occupation code with generated steps", async () => {
    const { code, stdout } = await run("show", "29-1141");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Registered nurses \(29-1141\)/);
    expect(stdout).toMatch(/generated from BLS categories/);
  });

  it("prints JSON that round-trips", async () => {
    const { code, stdout } = await run("next", "insurance-coder", "--done", "1,2", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: "next", step: { id: "first-job" } });
    const search = JSON.parse((await run("search", "medical biller", "--json")).stdout);
    expect(search.occupations[0].code).toBe("43-3021");
    const compare = JSON.parse((await run("compare", "29-2072", "11-9111", "--json")).stdout);
    expect(compare.wages.a.median).toBe(50250);
  });

  it("lists the programs that lead to a career, the guide's own first", async () => {
    const { code, stdout } = await run("programs", "insurance-coder");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Programs that lead to Insurance coder \(insurance-coder\): 4/);
    expect(stdout.indexOf("51.0713")).toBeLessThan(stdout.indexOf("51.0706"));
    expect(stdout).toMatch(
      /51\.0713 +Medical Insurance Coding Specialist\/Coder\s+named in the guide's steps/,
    );
    expect(stdout).toContain("[nces-cip-2020]");
    const json = JSON.parse((await run("programs", "29-9021", "--json")).stdout);
    expect(json.map((p: { code: string }) => p.code)).toContain("51.0713");
    expect((await run("programs", "41-2031")).stdout).toMatch(/No instructional program/);
  });

  it("shows one program with the occupations it leads to", async () => {
    const { code, stdout } = await run("program", "51.0707");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Health Information\/Medical Records Technology\/Technician \(CIP 51\.0707\)/,
    );
    expect(stdout).toMatch(/Series: 51\.07 Health and Medical Administrative Services/);
    expect(stdout).toMatch(/29-2072 +Medical records specialists/);
    expect(stdout).toMatch(/29-9021 /);
    expect(stdout).toMatch(/Career guides that name it: .*insurance-coder/);
    const json = JSON.parse((await run("program", "51.3801", "--json")).stdout);
    expect(json).toMatchObject({ code: "51.3801", occupations: ["25-1072", "29-1141"] });
  });

  it("shows generated steps with their programs", async () => {
    const { stdout } = await run("show", "29-1141");
    expect(stdout).toMatch(/Programs \(CIP 2020\): 51\.3801/);
  });

  it.each([
    [["program", "510713"], /Unknown CIP program code "510713"; did you mean "51.0713"/],
    [["program"], /expected one argument: careerpath program <cip>/],
    [["programs", "insurance-codr"], /did you mean "insurance-coder"/],
    [
      ["shwo", "insurance-coder"],
      /unknown command "shwo"; try: show, next, compare, search, programs, program, match, moves /,
    ],
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
  ] as const)("bad input %j → one line on stderr, exit 2", async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat \S+:\d+/);
  });

  it("prints a JSON error object in --json mode", async () => {
    const { code, stderr } = await run("show", "insurance-codr", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stderr)).toMatchObject({
      error: { name: "UnknownCareerError", suggestions: ["insurance-coder"] },
    });
  });

  it("prints help", async () => {
    expect((await run("--help")).stdout).toMatch(/Usage:/);
    expect((await run("--help")).stdout).toMatch(/careerpath programs <career\|code>/);
    expect((await run("--help")).stdout).toMatch(/careerpath program <cip>/);
  });

  it("prints a JSON error for an unknown program in --json mode", async () => {
    const { code, stderr } = await run("program", "51.713", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stderr)).toMatchObject({
      error: { name: "UnknownProgramError", code: "51.713" },
    });
    expect(JSON.parse(stderr).error.suggestions[0]).toBe("51.0713");
  });
});

describe("every curated guide through the CLI", () => {
  it.each(careerIds.map((id) => [id]))("%s appears in show and in search", async (id) => {
    const shown = await run("show", id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(getCareer(id).title);
    const found = JSON.parse((await run("search", getCareer(id).title, "--json")).stdout);
    expect(found.careers.map((h: { id: string }) => h.id)).toContain(id);
  });
});

describe("options that do not belong to the command", () => {
  it.each([
    [["show", "insurance-coder", "--done", "1"], /--done does not apply to "show"/],
    [["compare", "29-2072", "11-9111", "--limit", "3"], /--limit does not apply to "compare"/],
    [["search", "nurse", "--skip-optional"], /--skip-optional does not apply to "search"/],
  ] as const)("%j → exit 2 with one line", async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

/** Runs the real bin (src/cli.ts through tsx) with a shell, so pipes and redirections are real. */
function shell(command: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("bash", ["-c", command], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CLI: `${process.execPath} --import tsx src/cli.ts` },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("output that cannot be written", () => {
  it.each([
    ["show, | head -n 0", "$CLI show insurance-coder | head -n 0; echo ${PIPESTATUS[0]}"],
    ["show --json, | true", "$CLI show insurance-coder --json | true; echo ${PIPESTATUS[0]}"],
    ["search, | head -n 0", "$CLI search nurse --limit 100 | head -n 0; echo ${PIPESTATUS[0]}"],
  ])(
    "EPIPE (%s) ends quietly with 0",
    (_what, command) => {
      const r = shell(
        `${command} 2>/tmp/careerpath-epipe-$$; cat /tmp/careerpath-epipe-$$ >&2; rm -f /tmp/careerpath-epipe-$$`,
      );
      expect(r.stdout.trim()).toBe("0");
      expect(r.stderr).toBe("");
    },
    60_000,
  );

  it.each([
    ["text", ""],
    ["--json", " --json"],
  ])(
    "a full disk (> /dev/full, %s) gives one line and exit 1",
    (_mode, flag) => {
      const r = shell(`$CLI show insurance-coder${flag} > /dev/full`);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("careerpath: cannot write the output (ENOSPC)\n");
    },
    60_000,
  );

  it("a usage error exits 2 even when stderr cannot be written", () => {
    expect(shell("$CLI show insurance-codr 2>/dev/full").status).toBe(2);
    expect(shell("$CLI --bogus 2>/dev/full").status).toBe(2);
  }, 60_000);

  it("in-process: a writer that throws EPIPE gives 0, any other error 1 with one line", async () => {
    const failing = (code: string) => ({
      write: () => {
        throw Object.assign(new Error(code), { code });
      },
    });
    let stderr = "";
    const err = { write: (s: string) => (stderr += s) };
    expect(await main(["show", "insurance-coder"], failing("EPIPE"), err)).toBe(0);
    expect(stderr).toBe("");
    expect(await main(["show", "insurance-coder"], failing("ENOSPC"), err)).toBe(1);
    expect(stderr).toBe("careerpath: cannot write the output (ENOSPC)\n");
    expect(await main(["shwo"], { write: () => true }, failing("ENOSPC"))).toBe(2);
  });
});

describe("argument parsing", () => {
  it("-- ends option parsing", async () => {
    const r = await run("search", "--", "--json");
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).toThrow();
    expect((await run("show", "--", "--help")).stderr).toMatch(
      /Unknown career or occupation "--help"/,
    );
  });

  it.each(
    Object.entries({
      show: "show <career|code>",
      next: "next <career|code>",
      compare: "compare <a> <b>",
      search: "search <text>",
      programs: "programs <career|code>",
      program: "program <cip>",
    }),
  )("%s --help prints that command's help", async (command, usage) => {
    for (const args of [
      [command, "--help"],
      [command, "-h"],
      ["help", command],
    ]) {
      const { code, stdout } = await run(...args);
      expect(code).toBe(0);
      expect(stdout).toContain(`careerpath ${usage}`);
      expect(stdout).not.toContain(
        "Usage:\n  careerpath show <career|code>               a career guide",
      );
    }
  });

  it.each([
    [["-v"], /^careerpath: unknown option "-v"; options: --json, --help, --version, -h/],
    [
      ["search", "nurse", "--limit", "-3"],
      /^careerpath: option --limit expects a whole number from 1 to 100, got "-3"$/,
    ],
    [
      ["search", "nurse", "--limit", "abc"],
      /^careerpath: option --limit expects a whole number from 1 to 100, got "abc"$/,
    ],
    [["search", "nurse", "--limit"], /^careerpath: option --limit needs a value <n>$/],
    [["search", "nurse", "--limit=2.5"], /got "2\.5"/],
    [
      ["search", "nurse", "--lim", "3"],
      /^careerpath: unknown option "--lim" for "search"; options: --limit, --json, --help, --version$/,
    ],
    [["show", "insurance-coder", "--json=yes"], /^careerpath: option --json takes no value$/],
    [["search", ""], /expected search text/],
    [["search", "  ", "\u200b"], /expected search text/],
  ] as const)("%j → our own one-line message, exit 2", async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toMatch(/ERR_PARSE_ARGS|ambiguous|received NaN|TypeError/);
  });

  it("--limit=3 and --limit 3 both work", async () => {
    expect(
      JSON.parse((await run("search", "nurse", "--limit=3", "--json")).stdout).occupations,
    ).toHaveLength(3);
    expect(
      JSON.parse((await run("search", "nurse", "--limit", "3", "--json")).stdout).occupations,
    ).toHaveLength(3);
  });
});

describe("--version", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  it("prints the version in package.json", async () => {
    expect((await run("--version")).stdout).toMatch(
      new RegExp(`^careerpath ${pkg.version.replaceAll(".", "\\.")} \\(data: `),
    );
  });
  it("prints JSON with --json", async () => {
    const out = JSON.parse((await run("--version", "--json")).stdout);
    expect(out).toEqual({ name: "careerpath", version: pkg.version, data: dataVersion });
  });
});

describe("user text is printed safely", () => {
  it.each([
    [["\u001b]0;pwned\u0007"]],
    [["show", "x\u001b[2J\u009b31m"]],
    [["search", "nurse", "--x\u001b[31m"]],
    [["show", "a\u202eb\u0007"]],
    [["show", "insurance-codr\u001b", "--json"]],
  ])("%j: no raw control character reaches stderr or stdout", async (args) => {
    const { stdout, stderr } = await run(...args);
    // Code points of raw controls: C0 except tab and line feed, DEL, C1, bidirectional overrides.
    const raw = [...(stdout + stderr)]
      .map((c) => c.codePointAt(0) as number)
      .filter(
        (n) =>
          (n < 0x20 && n !== 0x09 && n !== 0x0a) ||
          (n >= 0x7f && n <= 0x9f) ||
          (n >= 0x202a && n <= 0x202e),
      );
    expect(raw).toEqual([]);
    expect(stderr).toMatch(/\\u001b|\\u009b|\\u0007/);
  });
});

describe("text layout", () => {
  // A single word longer than the width (a URL) cannot be wrapped; every other line fits.
  const widest = (text: string) =>
    Math.max(
      ...text
        .split("\n")
        .filter((l) => l.trim().includes(" "))
        .map((l) => [...l].length),
    );
  it.each([
    ["show", "insurance-coder"],
    ["show", "29-1141"],
    ["compare", "insurance-coder", "health-information-manager"],
    ["compare", "29-2072", "11-9111"],
    ["search", "medical records"],
    ["programs", "insurance-coder"],
  ])("%s %s fits in 80 columns when stdout is not a terminal", async (...args) => {
    const { code, stdout } = await run(...args);
    expect(code).toBe(0);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
  });

  it("wraps to the terminal's columns", async () => {
    let stdout = "";
    const tty = { isTTY: true, columns: 60, write: (s: string) => (stdout += s) };
    expect(await main(["compare", "insurance-coder", "medical-transcriptionist"], tty, tty)).toBe(
      0,
    );
    expect(widest(stdout)).toBeLessThanOrEqual(60);
    stdout = "";
    await main(
      ["compare", "insurance-coder", "medical-transcriptionist"],
      { ...tty, columns: 400 },
      tty,
    );
    expect(widest(stdout)).toBeGreaterThan(80);
  });

  it("the education note names the career instead of 'a' or 'b'", async () => {
    const { stdout } = await run("compare", "insurance-coder", "health-information-manager");
    expect(stdout).toContain("Health information manager needs 2 more BLS education levels");
    expect(stdout).not.toMatch(/higher for [ab]\b/);
  });
});

describe("docs/cli.md", () => {
  it("lists every command of the help, with a usage row and an example", async () => {
    const { stdout } = await run("--help");
    const commands = [...stdout.matchAll(/^ {2}careerpath ([a-z]+) /gm)].map((m) => m[1]);
    expect(new Set(commands).size).toBe(8);
    const doc = readFileSync(join(root, "docs/cli.md"), "utf8");
    for (const command of new Set(commands)) {
      expect(doc, command).toMatch(new RegExp(`^\\| \`${command}[ \`]`, "m"));
      expect(doc, command).toMatch(new RegExp(`^npx careerpath ${command} `, "m"));
    }
  });
});
