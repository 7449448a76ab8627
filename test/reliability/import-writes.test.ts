// The importer's fault suite for writes and hostile inputs: a run killed at each stage, runs
// racing into one --out, stale temp folders, a symlinked or special-filesystem --out, a FIFO
// or a folder given as an input file, and figures out of range, each with file, row and column.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importOfficial, importToFolder } from "../../scripts/official/import.js";
import { ImportError } from "../../scripts/official/problems.js";
import {
  checkOutputFolder,
  UnsafeOutputError,
  type WriteStage,
  writeAtomically,
} from "../../scripts/official/write.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const fixtures = join(root, "test/fixtures/official");
const child = join(here, "child/write-and-die.ts");
const oews24 = "oews-2024/national_M2024_dl.csv";
const ep12 =
  "bls-ep-2024-34/ep_2024-34_table_1.2_occupational_projections_and_worker_characteristics.csv";
const cipList = "cip-soc-2020/CIPCode2020.csv";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "careerpath-writes-"));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** An output folder holding an earlier import (label "old") and a file of the user's own. */
function previous(name: string): string {
  const out = join(scratch, name, "out");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "occupations.json"), '{"label":"old","part":"occupations"}\n');
  writeFileSync(join(out, "titles.json"), '{"label":"old","part":"titles"}\n');
  writeFileSync(join(out, "NOTES.md"), "the user's own file\n");
  return out;
}

const labelOf = (out: string) =>
  (JSON.parse(readFileSync(join(out, "occupations.json"), "utf8")) as { label: string }).label;
const siblings = (out: string) => readdirSync(dirname(out)).sort();

function runChild(out: string, stage: string, label: string, repeat = 1) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", child, out, stage, label, String(repeat)],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
}

const files = (label: string) => ({
  "occupations.json": `${JSON.stringify({ label, part: "occupations" })}\n`,
  "titles.json": `${JSON.stringify({ label, part: "titles" })}\n`,
});

describe("a run killed at each stage", () => {
  const stages: readonly WriteStage[] = [
    "locked",
    "temp-written",
    "swap-recorded",
    "old-moved-aside",
    "new-in-place",
  ];
  it.each(stages)("killed after %s: the next run repairs and writes; nothing is lost", (stage) => {
    const out = previous(`kill-${stage}`);
    const killed = runChild(out, stage, "killed");
    expect(killed.signal).toBe("SIGKILL");
    // Right after the kill, out holds one complete version, except between the two renames.
    if (stage === "old-moved-aside") expect(existsSync(out)).toBe(false);
    else expect(["old", "killed"]).toContain(labelOf(out));
    // The next run recovers first, then writes.
    const recovered = writeAtomically(out, files("next"));
    expect(labelOf(out)).toBe("next");
    expect(readFileSync(join(out, "NOTES.md"), "utf8")).toBe("the user's own file\n");
    expect(siblings(out)).toEqual(["out"]);
    expect(recovered.length).toBeGreaterThan(0);
  });

  it("killed between the renames: the next run first puts the complete new folder in place", () => {
    const out = previous("kill-recover");
    runChild(out, "old-moved-aside", "killed");
    expect(existsSync(out)).toBe(false);
    const recovered = writeAtomically(out, files("next"));
    expect(recovered.join("\n")).toMatch(/finished an interrupted swap/);
    expect(labelOf(out)).toBe("next");
  });
});

describe("concurrent runs into one --out", () => {
  it("a run finds the folder locked by a live import and leaves everything as it was", () => {
    const out = previous("locked");
    writeFileSync(join(dirname(out), ".out.lock"), `${process.pid}\n`);
    expect(() => writeAtomically(out, files("second"))).toThrow(
      /another import \(pid \d+\) is writing/,
    );
    expect(labelOf(out)).toBe("old");
    rmSync(join(dirname(out), ".out.lock"));
    expect(siblings(out)).toEqual(["out"]);
  });

  it("a lock left by a dead process is taken over", () => {
    const out = previous("stale-lock");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout;
    writeFileSync(join(dirname(out), ".out.lock"), `${dead}\n`);
    writeAtomically(out, files("new"));
    expect(labelOf(out)).toBe("new");
    expect(siblings(out)).toEqual(["out"]);
  });

  it("two processes writing 10 times each at once: no error but 'busy', the user's files kept, no leftovers", async () => {
    const out = previous("race");
    const run = (label: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        const p = spawn(process.execPath, ["--import", "tsx", child, out, "none", label, "10"], {
          cwd: root,
        });
        let stdout = "";
        let stderr = "";
        p.stdout.on("data", (d) => {
          stdout += d;
        });
        p.stderr.on("data", (d) => {
          stderr += d;
        });
        p.on("close", (code) => done({ code, stdout, stderr }));
      });
    const [a, b] = await Promise.all([run("a"), run("b")]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, "", ""]);
    expect(["a", "b"]).toContain(labelOf(out));
    expect(readFileSync(join(out, "NOTES.md"), "utf8")).toBe("the user's own file\n");
    expect(siblings(out)).toEqual(["out"]);
  }, 120_000);
});

describe("stale temporary folders", () => {
  it("a temp folder from a killed run (1,324 files) is removed by the next successful run", () => {
    const out = previous("stale-tmp");
    const dead = Number(
      spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
        encoding: "utf8",
      }).stdout,
    );
    const stale = join(dirname(out), `.out.tmp-${dead}`);
    mkdirSync(stale);
    for (let i = 0; i < 1324; i++) writeFileSync(join(stale, `f${i}.json`), "{}");
    const recovered = writeAtomically(out, files("new"));
    expect(existsSync(stale)).toBe(false);
    expect(recovered.join("\n")).toMatch(/removed \.out\.tmp-\d+, left by a process that is gone/);
    expect(siblings(out)).toEqual(["out"]);
  });

  it("a temp folder of a live process is left alone", () => {
    const out = previous("live-tmp");
    const live = join(dirname(out), `.out.tmp-${process.pid}-live`);
    mkdirSync(live);
    writeAtomically(out, files("new"));
    expect(existsSync(live)).toBe(true);
  });
});

describe("unsafe --out targets are refused before anything is read", () => {
  it("a symbolic link: refused, the target untouched", () => {
    const target = previous("symlink-target");
    const link = join(scratch, "symlink-target", "link");
    symlinkSync(target, link);
    expect(() => importToFolder(fixtures, link)).toThrow(UnsafeOutputError);
    expect(() => checkOutputFolder(link)).toThrow(
      /is a symbolic link; give the folder it points to/,
    );
    expect(labelOf(target)).toBe("old");
    expect(readdirSync(dirname(link)).sort()).toEqual(["link", "out"]);
  });

  it.each(["/proc/careerpath-out", "/sys/kernel/careerpath", "/dev/careerpath"])(
    "%s: refused at once as a special file system",
    (out) => {
      const started = performance.now();
      expect(() => checkOutputFolder(out)).toThrow(/is on a special file system/);
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );

  it("a file where the folder should be", () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "x");
    expect(() => checkOutputFolder(file)).toThrow(/exists and is not a folder/);
  });

  it("through the command line: one line, exit 2", () => {
    const target = previous("symlink-cli");
    const link = join(scratch, "symlink-cli", "link");
    symlinkSync(target, link);
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(root, "scripts/import-official.ts"),
        "--from",
        fixtures,
        "--out",
        link,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^import-official: --out .* is a symbolic link/);
  });
});

/** A fresh copy of the fixtures to break. */
function inputs(name: string): string {
  const from = join(scratch, name, "in");
  cpSync(fixtures, from, { recursive: true });
  return from;
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return [...error.problems];
    throw error;
  }
  return [];
}

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

describe("input files that are not regular files", () => {
  it("a FIFO: refused at once instead of blocking", () => {
    const from = inputs("fifo");
    rmSync(join(from, oews24));
    execFileSync("mkfifo", [join(from, oews24)]);
    const started = performance.now();
    const problems = problemsOf(() => importOfficial(from));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems).toContain(
      `${oews24}: is a FIFO (named pipe), not a regular file: give the file itself`,
    );
  });

  it("a folder: named, not a bare EISDIR", () => {
    const from = inputs("dir");
    rmSync(join(from, oews24));
    mkdirSync(join(from, oews24));
    const problems = problemsOf(() => importOfficial(from));
    expect(problems).toContain(`${oews24}: is a folder, not a regular file: give the file itself`);
    expect(problems.join("\n")).not.toMatch(/EISDIR/);
  });
});

describe("figures out of range, with file, row and column", () => {
  const cases = [
    {
      name: "a negative annual mean wage",
      file: oews24,
      change: (t: string) => t.replace(",126.41,262930,", ",126.41,-262930,"),
      expected: [
        oews24,
        "row 3",
        'column "A_MEAN"',
        "-262930 is out of range: it must be at least 0",
      ],
    },
    {
      name: "percentiles that fall",
      file: oews24,
      change: (t: string) => t.replace(",73710,126080,206420,", ",73710,26080,206420,"),
      expected: [oews24, "row 3", 'column "A_PCT25"', "26080 is below A_PCT10 73710"],
    },
    {
      name: "a 400-digit figure",
      file: oews24,
      change: (t: string) => t.replace(",126.41,262930,", `,126.41,${"9".repeat(400)},`),
      expected: [oews24, "row 3", 'column "A_MEAN"', "more digits than a figure can hold"],
    },
  ] as const;
  it.each(cases)("$name", ({ file, change, expected }) => {
    const from = inputs(file.replace(/\W+/g, "-") + expected[3].slice(0, 8).replace(/\W+/g, ""));
    edit(join(from, file), change);
    const problems = problemsOf(() => importOfficial(from));
    const matching = problems.filter((p) => expected.every((part) => p.includes(part)));
    expect(matching, problems.join("\n")).not.toEqual([]);
    expect(problems.join("\n")).not.toMatch(/occupations\.json\[/);
  });

  it("a self-employed share over 100", () => {
    const from = inputs("share");
    edit(join(from, ep12), (t) => t.replace(",3.1,5.8,", ",3.1,105.8,"));
    const problems = problemsOf(() => importOfficial(from));
    expect(problems).toContain(
      `${ep12}, row 2, column "Percent self employed, 2024": 105.8 is out of range: it must be from 0 to 100`,
    );
  });
});

describe("messages that name the right place", () => {
  it("a stray quote on row 4 is reported on row 4", () => {
    const from = inputs("stray-quote");
    const path = join(from, oews24);
    const lines = readFileSync(path, "utf8").split("\n");
    lines[3] = lines[3]?.replace(",Buyers", ',"Buyers') ?? "";
    writeFileSync(path, lines.join("\n"));
    const problems = problemsOf(() => importOfficial(from));
    expect(
      problems.filter(
        (p) => p.startsWith(`${oews24}, row 4, column "OCC_TITLE"`) && /never closed/.test(p),
      ),
      problems.join("\n"),
    ).toHaveLength(1);
  });

  it("a U+FEFF inside a header name is shown, so the two names do not look identical", () => {
    const from = inputs("feff");
    edit(join(from, cipList), (t) => t.replace("CIPTitle", "CIP\ufeffTitle"));
    const problems = problemsOf(() => importOfficial(from));
    expect(problems.join("\n")).toContain('"CIP\\ufeffTitle"');
    expect(problems.join("\n")).not.toContain("\ufeff");
  });
});
