// A clean supply chain: one peer dependency, no install scripts, a locked and tracked dependency
// tree from the public registry, licence and attribution files, no dynamic code, and a tarball
// that ships only what it should.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
const hasDist = existsSync(join(root, "dist", "index.js"));

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

describe("package.json", () => {
  it("has no runtime dependencies besides the zod peer", () => {
    const deps = (pkg.dependencies ?? {}) as Record<string, string>;
    expect(Object.keys(deps)).toEqual([]);
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies ?? []).toEqual([]);
    expect(Object.keys(pkg.peerDependencies as object)).toEqual(["zod"]);
    expect((pkg.peerDependencies as Record<string, string>).zod).toMatch(/^\^4\.\d+\.\d+$/);
  });

  it("runs nothing on install", () => {
    const scripts = Object.keys((pkg.scripts ?? {}) as object);
    const lifecycle = [
      "preinstall",
      "install",
      "postinstall",
      "prepare",
      "prepublish",
      "preprepare",
      "postprepare",
      "prepack",
      "postpack",
    ];
    expect(scripts.filter((s) => lifecycle.includes(s))).toEqual([]);
    expect(existsSync(join(root, "binding.gyp"))).toBe(false);
  });

  it("states its licence, repository, home page, issue tracker and author", () => {
    expect(pkg.license).toBe("MIT");
    expect((pkg.repository as { url?: string })?.url).toMatch(/^git\+https:\/\/github\.com\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect((pkg.bugs as { url?: string })?.url).toMatch(/^https:\/\//);
    expect(pkg.author).toBeTruthy();
  });

  it("publishes only dist and the notices (files allow-list)", () => {
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "NOTICE"]));
    const allowed = new Set(["dist", "NOTICE", "CHANGELOG.md", "README.md", "LICENSE"]);
    expect((pkg.files as string[]).filter((f) => !allowed.has(f))).toEqual([]);
  });
});

describe("licence and attribution files", () => {
  it("ships an MIT LICENSE", () => {
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/MIT License/);
  });

  it("ships a NOTICE with the O*NET attribution and modification notice", () => {
    const notice = readFileSync(join(root, "NOTICE"), "utf8");
    expect(notice).toMatch(/O\*NET 30\.1 Database/);
    expect(notice).toMatch(
      /U\.S\. Department of\s+Labor, Employment and Training Administration \(USDOL\/ETA\)/,
    );
    expect(notice).toMatch(/CC BY 4\.0/);
    expect(notice).toMatch(/https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    expect(notice).toMatch(/has modified all or some of this\s+information/);
    expect(notice).toMatch(/has not approved, endorsed, or tested these modifications/);
  });
});

describe("lockfile", () => {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    lockfileVersion: number;
    packages: Record<
      string,
      {
        resolved?: string;
        integrity?: string;
        link?: boolean;
        dependencies?: object;
        peerDependencies?: object;
      }
    >;
  };

  it("is committed (tracked by git)", () => {
    const tracked = execFileSync("git", ["ls-files", "--", "package-lock.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(tracked.trim()).toBe("package-lock.json");
  });

  it("agrees with package.json about runtime dependencies", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const own = lock.packages[""];
    expect(own?.dependencies ?? {}).toEqual({});
    expect(own?.peerDependencies).toEqual(pkg.peerDependencies);
  });

  it("pins every package with an integrity hash, and no git, file or http sources", () => {
    // npm may omit `resolved` for the default registry; when present it must be that registry.
    const bad = Object.entries(lock.packages)
      .filter(([path, p]) => path !== "" && !p.link)
      .filter(
        ([, p]) =>
          (p.resolved !== undefined && !p.resolved.startsWith("https://registry.npmjs.org/")) ||
          !p.integrity?.startsWith("sha512-"),
      )
      .map(([path, p]) => `${path}: ${p.resolved ?? "no resolved URL"}`);
    expect(bad).toEqual([]);
  });
});

describe("no dynamic code", () => {
  const patterns = [
    ["eval(", /(?<![\w$.])eval\s*\(/],
    ["new Function(", /\bnew\s+Function\s*\(/],
    ["Function(…) call", /(?<![\w$.])Function\s*\(\s*["'`]/],
    [
      "require(<non-literal>)",
      /(?<![\w$.])require\s*\(\s*(?!["'][^"'\n]*["']\s*\)|`[^`$\n]*`\s*\))/,
    ],
    ["import(<non-literal>)", /(?<![\w$.])import\s*\(\s*(?!["'][^"'\n]*["']\s*\))/],
  ] as const;

  const scan = (paths: string[]) =>
    paths.flatMap((path) => {
      const text = readFileSync(path, "utf8");
      return patterns
        .filter(([, re]) => re.test(text))
        .map(([what]) => `${relative(root, path)}: ${what}`);
    });

  it("the scanner catches what it looks for", () => {
    const probe = (code: string) => patterns.filter(([, re]) => re.test(code)).map(([w]) => w);
    expect(probe('eval("1")')).toEqual(["eval("]);
    expect(probe("new Function('return 1')")).toEqual(["new Function(", "Function(…) call"]);
    expect(probe("require(name)")).toEqual(["require(<non-literal>)"]);
    expect(probe("require(`./$" + "{x}`)")).toEqual(["require(<non-literal>)"]);
    expect(probe('require("node:fs"); import("zod"); x.eval(1)')).toEqual([]);
  });

  it("in src/", () => {
    const sources = files(join(root, "src"), /\.ts$/);
    expect(sources.length).toBeGreaterThan(10);
    expect(scan(sources)).toEqual([]);
  });

  it.skipIf(!hasDist)("in dist/ (skipped until `tsup` has built dist/)", () => {
    expect(scan(files(join(root, "dist"), /\.(c|m)?js$/))).toEqual([]);
  });
});

describe("the published tarball", () => {
  // Needs dist/. `npm test` runs tsup after the unit tests, so on a clean checkout this is
  // skipped here; it belongs with the built-package tests (vitest.package.config.ts).
  it.skipIf(!hasDist)(
    "contains only dist/**, README.md, LICENSE, NOTICE, CHANGELOG.md and package.json (skipped until dist/ is built)",
    () => {
      const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      });
      const [info] = JSON.parse(out) as { files: { path: string }[] }[];
      const paths = (info?.files ?? []).map((f) => f.path).sort();
      const allowed = /^(dist\/.+|README\.md|LICENSE|NOTICE|CHANGELOG\.md|package\.json)$/;
      expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
      expect(paths.filter((p) => /\.map$|\.test\.|(^|\/)(test|fixtures|shared)\//.test(p))).toEqual(
        [],
      );
      for (const required of [
        "package.json",
        "README.md",
        "LICENSE",
        "NOTICE",
        "dist/index.js",
        "dist/index.cjs",
        "dist/schemas.js",
        "dist/cli.js",
        "dist/json-schema/occupation.json",
        "dist/json-schema/career.json",
      ])
        expect(paths).toContain(required);
    },
  );
});
