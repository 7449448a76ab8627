// Every example in the docs is real code. This test collects each ```ts block from the
// `@example` tags in src/**/*.ts and from README.md and docs/*.md, type-checks them all against
// the sources (the package names `careerpath`, `careerpath/schemas`, `careerpath/guides/<id>`, …
// are mapped to src/ with tsconfig `paths`), and runs every example that shows a result in a
// comment (`expr; // "value"`, or `console.log(expr); // value`, or the value on the next line),
// checking each literal result. Comments that are prose rather than a literal are not checked.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, ".tmp", "docs-examples");
/**
 * Package names (`careerpath`, `careerpath/schemas`, …) → the source file of that entry point,
 * found by its `@module` tag, so a new entry point is picked up without editing this test.
 */
const PACKAGE_PATHS: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.startsWith("generated"))
    .sort()
    .flatMap((f) => {
      const name = /@module (careerpath(?:\/[\w-]+)?)\s/.exec(
        readFileSync(join(ROOT, "src", f), "utf8"),
      );
      return name?.[1] ? [[name[1], join("src", f)]] : [];
    })
    // careerpath/guides/<id>: each guide's generated module is its own entry point.
    .concat(
      readdirSync(join(ROOT, "src/generated/guides"))
        .filter((f) => f.endsWith(".ts"))
        .sort()
        .map((f) => [`careerpath/guides/${f.slice(0, -3)}`, join("src/generated/guides", f)]),
    ),
);

interface Example {
  /** e.g. `src/get-career.ts:14` */
  readonly where: string;
  readonly code: string;
  /** A file name for the temp copy. */
  readonly name: string;
}

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

const FENCE = /```(?:ts|typescript)\n([\s\S]*?)```/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

function exampleName(file: string, line: number): string {
  return `${relative(ROOT, file).replace(/[^A-Za-z0-9]+/g, "_")}_${line}.ts`;
}

/** ```ts blocks inside `@example` tags of JSDoc comments. */
function fromSource(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0]
      .replace(/^\/\*\*/, "")
      .replace(/\*\/$/, "")
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    for (const tag of body.matchAll(/@example\b([\s\S]*?)(?=\n@\w|$)/g)) {
      for (const block of (tag[1] ?? "").matchAll(FENCE)) {
        const offset = (comment.index ?? 0) + comment[0].indexOf(block[1]?.split("\n")[0] ?? "");
        const line = lineOf(text, offset);
        out.push({
          where: `${relative(ROOT, file)}:${line}`,
          code: block[1] ?? "",
          name: exampleName(file, line),
        });
      }
    }
  }
  return out;
}

/** Every ```ts block of a Markdown file. */
function fromMarkdown(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(FENCE)].map((block) => {
    const line = lineOf(text, block.index ?? 0);
    return {
      where: `${relative(ROOT, file)}:${line}`,
      code: block[1] ?? "",
      name: exampleName(file, line),
    };
  });
}

function collect(): Example[] {
  const docs = join(ROOT, "docs");
  const markdown = [
    join(ROOT, "README.md"),
    ...readdirSync(docs)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => join(docs, f)),
  ];
  return [
    ...filesUnder(join(ROOT, "src"), ".ts").flatMap(fromSource),
    ...markdown.flatMap(fromMarkdown),
  ];
}

/** A literal result written in a comment, or undefined when the comment is prose. */
function parseLiteral(text: string): { value: unknown } | undefined {
  const t = text.trim();
  if (t === "undefined") return { value: undefined };
  try {
    return { value: JSON.parse(t) };
  } catch {
    return undefined;
  }
}

/** Bracket depth change of a line, ignoring strings and template literals. */
function depth(line: string): number {
  let d = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) d++;
    else if (")]}".includes(c)) d--;
  }
  return d;
}

/** Splits `code; // comment` at the last `; //` outside strings. */
function splitComment(line: string): { code: string; comment: string } | undefined {
  const at = line.lastIndexOf("; //");
  if (at < 0) return undefined;
  const code = line.slice(0, at);
  if (depth(code) !== 0) return undefined;
  return { code, comment: line.slice(at + 4) };
}

const STATEMENT =
  /^\s*(const|let|var|import|export|return|throw|for|while|try|function|class|type|interface|\}|\/\/)/;

interface Checks {
  readonly code: string;
  readonly expected: readonly {
    readonly id: number;
    readonly value: unknown;
    readonly line: string;
  }[];
}

/** Rewrites result-carrying lines into `__docCheck(id, value)` calls. */
function instrument(source: string): Checks {
  const lines = source.split("\n");
  const expected: { id: number; value: unknown; line: string }[] = [];
  const out: string[] = [];
  const rewrite = (code: string, literal: { value: unknown }): string | undefined => {
    const id = expected.length;
    const log = /^(\s*(?:if \(.*\)\s*)?)console\.log\((.*)\)$/.exec(code);
    if (log) {
      expected.push({ id, value: literal.value, line: code.trim() });
      return `${log[1]}globalThis.__docCheck(${id}, (${log[2]}));`;
    }
    if (STATEMENT.test(code) || /^\s*if\b/.test(code)) return undefined;
    expected.push({ id, value: literal.value, line: code.trim() });
    const indent = /^\s*/.exec(code)?.[0] ?? "";
    return `${indent}globalThis.__docCheck(${id}, (${code.trim()}));`;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    const inline = splitComment(line);
    const literal = inline && parseLiteral(inline.comment);
    if (inline && literal) {
      out.push(rewrite(inline.code, literal) ?? line);
      continue;
    }
    // The result on its own comment line after a one-line statement.
    const own = next !== undefined ? /^\s*\/\/\s*(.+)$/.exec(next) : null;
    const ownLiteral = own ? parseLiteral(own[1] ?? "") : undefined;
    if (ownLiteral && line.trimEnd().endsWith(";") && depth(line) === 0 && !line.includes("//")) {
      const replaced = rewrite(line.trimEnd().slice(0, -1), ownLiteral);
      if (replaced) {
        out.push(replaced, next as string);
        i++;
        continue;
      }
    }
    out.push(line);
  }
  return { code: out.join("\n"), expected };
}

function toAbsoluteImports(code: string): string {
  return code.replace(/from "(careerpath(?:\/[\w-]+)*)"/g, (whole, name: string) => {
    const path = PACKAGE_PATHS[name];
    return path ? `from ${JSON.stringify(pathToFileURL(join(ROOT, path)).href)}` : whole;
  });
}

const examples = collect();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, "check"), { recursive: true });
mkdirSync(join(OUT, "run"), { recursive: true });
for (const e of examples) writeFileSync(join(OUT, "check", e.name), `${e.code}\nexport {};\n`);

function typeErrors(): string[] {
  const paths = Object.fromEntries(
    Object.entries(PACKAGE_PATHS).map(([name, path]) => [
      name,
      [relative(join(OUT, "check"), join(ROOT, path))],
    ]),
  );
  const configPath = join(OUT, "check", "tsconfig.json");
  writeFileSync(
    configPath,
    JSON.stringify({
      extends: relative(join(OUT, "check"), join(ROOT, "tsconfig.json")),
      compilerOptions: { paths, noEmit: true },
      include: ["*.ts"],
      exclude: [],
    }),
  );
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error("could not read the examples' tsconfig");
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const byName = new Map(examples.map((e) => [e.name, e]));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || d.file.fileName.startsWith(join(OUT, "check")))
    .map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return message;
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      const example = byName.get(d.file.fileName.slice(join(OUT, "check").length + 1));
      return `${example?.where ?? d.file.fileName} (example line ${line + 1}): ${message}`;
    });
}

afterAll(() => {
  delete (globalThis as { __docCheck?: unknown }).__docCheck;
});

describe("examples in the docs", () => {
  it("finds examples in the sources and the guides", () => {
    expect(examples.filter((e) => e.where.startsWith("src/")).length).toBeGreaterThan(20);
    expect(examples.some((e) => e.where.startsWith("docs/"))).toBe(true);
  });

  it("every example type-checks", () => {
    expect(typeErrors()).toEqual([]);
  }, 120_000);

  const runnable = examples
    .map((e) => ({ ...e, checks: instrument(e.code) }))
    .filter((e) => e.checks.expected.length > 0);

  it("has examples that show results", () => {
    expect(runnable.length).toBeGreaterThan(20);
  });

  it.each(runnable.map((e) => [e.where, e] as const))("%s shows true results", async (_, e) => {
    const seen = new Map<number, unknown>();
    (globalThis as { __docCheck?: unknown }).__docCheck = (id: number, value: unknown) => {
      if (!seen.has(id)) seen.set(id, value);
    };
    const file = join(OUT, "run", e.name);
    writeFileSync(file, `${toAbsoluteImports(e.checks.code)}\nexport {};\n`);
    await import(pathToFileURL(file).href);
    const wrong = e.checks.expected.flatMap((x) => {
      if (!seen.has(x.id)) return [`${x.line}: never reached`];
      try {
        expect(seen.get(x.id)).toEqual(x.value);
        return [];
      } catch {
        return [
          `${x.line}: ${JSON.stringify(seen.get(x.id))}, but the example says ${JSON.stringify(x.value)}`,
        ];
      }
    });
    expect(wrong).toEqual([]);
  });
});

describe("the example checker", () => {
  it("rewrites result lines and leaves prose alone", () => {
    const { code, expected } = instrument(
      [
        'getCareer("x")?.title; // "Insurance coder"',
        "c.wages; // May 2024 percentiles for both",
        'if (e instanceof Error) console.log(e.name); // "Error"',
        "list.map((s) => s.id);",
        '// ["a", "b"]',
        "const x = 1; // 1",
      ].join("\n"),
    );
    expect(expected.map((x) => x.value)).toEqual(["Insurance coder", "Error", ["a", "b"]]);
    expect(code).toContain('globalThis.__docCheck(0, (getCareer("x")?.title));');
    expect(code).toContain("c.wages; // May 2024");
    expect(code).toContain("if (e instanceof Error) globalThis.__docCheck(1, (e.name));");
    expect(code).toContain("const x = 1; // 1");
  });
});
