// The careerpath command line. Bad input ends with one line on stderr and exit code 2.

import { version } from "../../package.json";
import { InvalidOptionError } from "../errors.js";
import { normalizeInput } from "../internal/input.js";
import { printable, printableJson, printableLine } from "../internal/printable.js";
import type { Occupation } from "../schemas/occupation.js";

// Each command imports the modules it needs when it runs (`await import`), so that `--help`
// loads no data, `search` no occupation records and `show` no search index: start-up time is
// mostly the compiling of the data modules a command loads.

/** One command: how it is called, what it does, the options it reads besides the global ones. */
interface Command {
  readonly usage: string;
  readonly summary: string;
  /** How many arguments it takes; `"text"` for one or more words joined by spaces. */
  readonly args: number | "text";
  readonly options: readonly string[];
  readonly examples: readonly string[];
  /**
   * How many of its first arguments are a career or an occupation code. Such an argument may
   * be a code of another system (SOC 2010, O*NET-SOC…), which is resolved before the command
   * runs (./resolve-codes.ts).
   */
  readonly codes?: number;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  show: {
    usage: "show <career|code>",
    summary: "a career guide, or an occupation's facts and steps",
    args: 1,
    codes: 1,
    options: [],
    examples: ["careerpath show insurance-coder", "careerpath show 29-1141 --json"],
  },
  next: {
    usage: "next <career|code> [--done 1,2] [--skip-optional]",
    summary: "the next step, given the steps done (ids or numbers)",
    args: 1,
    codes: 1,
    options: ["done", "skip-optional"],
    examples: ["careerpath next insurance-coder --done high-school,training-program"],
  },
  compare: {
    usage: "compare <a> <b>",
    summary: "compare two careers or occupation codes",
    args: 2,
    codes: 2,
    options: [],
    examples: ["careerpath compare 29-2072 11-9111"],
  },
  search: {
    usage: "search <text> [--limit 10]",
    summary: "search career guides and all occupations",
    args: "text",
    options: ["limit"],
    examples: ['careerpath search "medical biller"', "careerpath search nurse --limit 3"],
  },
  programs: {
    usage: "programs <career|code>",
    summary: "the instructional programs (CIP 2020) that lead there",
    args: 1,
    codes: 1,
    options: [],
    examples: ["careerpath programs insurance-coder"],
  },
  program: {
    usage: "program <cip>",
    summary: "one program and the occupations it leads to",
    args: 1,
    options: [],
    examples: ["careerpath program 51.0713"],
  },
  match: {
    usage:
      "match <RIASEC> [--max-education <category>] [--min-wage <usd>] [--min-growth <pct>] [--job-zone 2-3]",
    summary: "occupations ranked by fit with an interest profile (RIASEC), under filters",
    args: 1,
    options: ["max-education", "min-wage", "min-growth", "job-zone", "limit"],
    examples: ['careerpath match SIC --max-education "Associate\'s degree" --min-wage 45000'],
  },
  moves: {
    usage:
      "moves <career|code> [--max-extra-education <n>] [--min-wage-gain <usd>] [--same-family]",
    summary: "ranked moves from an occupation, with skill gaps, wage change and new requirements",
    args: 1,
    codes: 1,
    options: ["max-extra-education", "min-wage-gain", "same-family", "limit"],
    examples: ["careerpath moves 31-1131", "careerpath moves 31-1131 --same-family --json"],
  },
};

/** The commands, for the message about an unknown one. */
const COMMAND_LIST = Object.keys(COMMANDS).join(", ");

/** Every option: whether it takes a value, and what it means. */
const OPTIONS: Readonly<Record<string, { readonly value?: string; readonly help: string }>> = {
  json: { help: 'print JSON instead of text (errors too, as {"error": ...} on stderr)' },
  help: { help: "show help (for a command: careerpath <command> --help)" },
  version: { help: "show the package and data versions" },
  done: { value: "<steps>", help: "steps already done: ids or numbers, comma-separated" },
  "skip-optional": { help: "pass over optional steps" },
  limit: { value: "<n>", help: "how many hits to list, a whole number from 1 to 100 (default 10)" },
  "max-education": {
    value: "<category>",
    help: 'highest BLS education category, e.g. "Associate\'s degree"',
  },
  "min-wage": { value: "<usd>", help: "lowest OEWS May 2025 annual median wage, in dollars" },
  "min-growth": { value: "<pct>", help: "lowest 2024–34 employment change, in percent" },
  "job-zone": { value: "<z or z-z>", help: "O*NET Job Zone or range, e.g. 2-3" },
  "max-extra-education": {
    value: "<n>",
    help: "most BLS education levels above the starting occupation",
  },
  "min-wage-gain": { value: "<usd>", help: "smallest annual median wage gain, in dollars" },
  "same-family": { help: "only moves within the same SOC major group" },
};
const GLOBAL_OPTIONS = ["json", "help", "version"] as const;

const HELP = `careerpath: US career data and career guides from official sources

Usage:
  careerpath show <career|code>               a career guide, or an occupation's facts and steps
  careerpath next <career|code> [--done 1,2]  the next step, given the steps done (ids or numbers)
                  [--skip-optional]           pass over optional steps
  careerpath compare <a> <b>                  compare two careers or occupation codes
  careerpath search <text> [--limit 10]       search career guides and all occupations
  careerpath programs <career|code>           the instructional programs (CIP 2020) that lead there
  careerpath program <cip>                    one program and the occupations it leads to
  careerpath match <RIASEC> [--max-education "Associate's degree"] [--min-wage 45000]
                   [--min-growth 0] [--job-zone 2-3] [--limit 10]
                                              occupations ranked by interest fit (e.g. SIC)
  careerpath moves <career|code> [--max-extra-education 1] [--min-wage-gain 0]
                   [--same-family] [--limit 10]
                                              ranked moves from an occupation, with skill gaps

Options:
  --json       print JSON instead of text (errors too, as {"error": ...} on stderr)
  --help, -h   show this help; careerpath <command> --help shows that command's
  --version    show the package and data versions
  --           end of options: what follows is an argument even if it starts with -

Examples:
  careerpath show insurance-coder
  careerpath next insurance-coder --done high-school,training-program
  careerpath compare 29-2072 11-9111
  careerpath search "medical biller"
  careerpath programs insurance-coder
  careerpath program 51.0713
  careerpath match SIC --max-education "Associate's degree" --min-wage 45000
  careerpath moves 31-1131
`;

function commandHelp(name: string, command: Command): string {
  const options = [...command.options, ...GLOBAL_OPTIONS].map((o) => {
    const spec = OPTIONS[o] as { value?: string; help: string };
    const flag = `--${o}${spec.value ? ` ${spec.value}` : ""}${o === "help" ? ", -h" : ""}`;
    return `  ${flag.padEnd(20)} ${spec.help}`;
  });
  return [
    `careerpath ${name}: ${command.summary}`,
    "",
    "Usage:",
    `  careerpath ${command.usage}`,
    "",
    "Options:",
    ...options,
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}

/** A mistake in how the CLI was called: reported in one line, exit code 2. */
class UsageError extends Error {
  override readonly name = "UsageError";
}

interface Output {
  text: string;
  json: unknown;
}

/** The parsed command line. */
interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** User text inside a message: JSON-quoted, control and format characters escaped, cut to 60. */
const quoted = (text: string) =>
  printableJson(JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text));

const known = (names: readonly string[]) => names.map((n) => `--${n}`).join(", ");

/**
 * Reads the arguments: `--name`, `--name value`, `--name=value`, `-h`, and `--`, after which
 * everything is an argument. Unknown options and missing values are our own one-line errors.
 */
function parse(argv: readonly string[]): Parsed {
  const positionals: string[] = [];
  const values: Record<string, string | boolean | undefined> = {};
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!options || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      options = false;
      continue;
    }
    if (arg === "-h") {
      values.help = true;
      continue;
    }
    const command = positionals[0] !== undefined ? COMMANDS[positionals[0]] : undefined;
    const allowed = [...(command?.options ?? []), ...GLOBAL_OPTIONS];
    if (!arg.startsWith("--")) {
      throw new UsageError(
        `unknown option ${quoted(arg)}; options: ${known(allowed)}, -h (an argument that starts with - goes after --)`,
      );
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = OPTIONS[name];
    if (!spec || !Object.hasOwn(OPTIONS, name)) {
      const where = command ? ` for "${positionals[0]}"` : "";
      throw new UsageError(
        `unknown option ${quoted(`--${name}`)}${where}; options: ${known(allowed)}`,
      );
    }
    if (spec.value === undefined) {
      if (eq !== -1) throw new UsageError(`option --${name} takes no value`);
      values[name] = true;
      continue;
    }
    let value = eq === -1 ? argv[i + 1] : arg.slice(eq + 1);
    if (eq === -1) {
      const next = value;
      if (next === undefined || (next.startsWith("--") && Object.hasOwn(OPTIONS, next.slice(2))))
        value = undefined;
      else i++;
    }
    if (value === undefined) throw new UsageError(`option --${name} needs a value ${spec.value}`);
    values[name] = value;
  }
  return { positionals, values };
}

function need(positionals: string[], count: number, usage: string): string[] {
  if (positionals.length !== count) {
    throw new UsageError(
      `expected ${count === 1 ? "one argument" : `${count} arguments`}: careerpath ${usage}`,
    );
  }
  return positionals;
}

/** A numeric option, or undefined when absent; anything else is a usage error. */
function numberOption(values: Record<string, unknown>, name: string): number | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  const n = typeof text === "string" && text.trim() !== "" ? Number(text) : Number.NaN;
  if (!Number.isFinite(n))
    throw new UsageError(`option --${name} expects a number, received ${JSON.stringify(text)}`);
  return n;
}

function checkOptions(command: string, values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || (GLOBAL_OPTIONS as readonly string[]).includes(name)) continue;
    if (!(COMMANDS[command]?.options ?? []).includes(name)) {
      throw new UsageError(
        `option --${name} does not apply to "${command}"; see careerpath ${command} --help`,
      );
    }
  }
}

/** `--limit`: a whole number from 1 to 100, written in digits. */
function readLimit(text: string | boolean | undefined): number {
  if (text === undefined) return 10;
  const t = normalizeInput(String(text));
  const n = /^\d{1,3}$/.test(t) ? Number(t) : Number.NaN;
  if (!(n >= 1 && n <= 100))
    throw new UsageError(
      `option --limit expects a whole number from 1 to 100, got ${quoted(String(text))}`,
    );
  return n;
}

async function run(
  command: string,
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  width: number,
): Promise<Output> {
  switch (command) {
    case "show": {
      const [id] = need(positionals, 1, "show <career|code>");
      // Only the occupation records shown are loaded (src/cli/occupations.ts), not the dataset.
      const [{ resolveTarget }, render, { loadOccupations }] = await Promise.all([
        import("../internal/resolve.js"),
        import("./render.js"),
        import("./occupations.js"),
      ]);
      const target = resolveTarget(id);
      if (target.kind === "career") {
        const occupationsOf = await loadOccupations(target.career.occupations);
        return { text: render.renderCareer(target.career, occupationsOf), json: target.career };
      }
      const [{ careerForCode }, { stepsWithPrograms }] = await Promise.all([
        import("../internal/data.js"),
        import("../programs/steps-with-programs.js"),
      ]);
      // resolveTarget answered "occupation" for a known code only.
      const occ = (await loadOccupations([target.code]))(target.code) as Occupation;
      const occupationsOf = await loadOccupations(
        occ.onet.related.slice(0, render.RELATED_SHOWN).map((r) => r.code),
      );
      const guide = careerForCode(occ.code);
      const text = render.renderOccupation(occ, stepsWithPrograms(occ.code), occupationsOf);
      return {
        text: guide ? `${text}\n\nCurated guide: careerpath show ${guide}` : text,
        json: occ,
      };
    }
    case "next": {
      const [id] = need(positionals, 1, "next <career|code> [--done 1,2]");
      const done =
        typeof values.done === "string"
          ? values.done
              .split(",")
              .map((s) => normalizeInput(s))
              .filter((s) => s !== "")
          : [];
      const completed = done.map((d) => (/^\d+$/.test(d) ? Number(d) : d));
      const [{ nextStep }, { renderNext }] = await Promise.all([
        import("../next-step.js"),
        import("./render.js"),
      ]);
      const result = nextStep(id as string, {
        completed,
        skipOptional: values["skip-optional"] === true,
      });
      return { text: renderNext(result), json: result };
    }
    case "compare": {
      const [a, b] = need(positionals, 2, "compare <a> <b>");
      const [{ compareCareers }, { renderComparison }] = await Promise.all([
        import("../compare-careers.js"),
        import("./render-text.js"),
      ]);
      const result = compareCareers(a as string, b as string);
      return { text: renderComparison(result, width), json: result };
    }
    case "search": {
      const text = normalizeInput(positionals.join(" "));
      if (text === "")
        throw new UsageError('expected search text: careerpath search "medical biller"');
      const limit = readLimit(values.limit);
      const [{ searchCareers }, { searchOccupations }, { renderSearch }] = await Promise.all([
        import("../search-careers.js"),
        import("../search/search-occupations.js"),
        import("./render-text.js"),
      ]);
      const careers = searchCareers(text, { limit });
      const occupations = searchOccupations(text, { limit });
      return { text: renderSearch(careers, occupations), json: { careers, occupations } };
    }
    case "programs": {
      const [id] = need(positionals, 1, "programs <career|code>");
      const [{ resolveTarget }, { programsFor }, { getOccupationOrThrow }, { renderPrograms }] =
        await Promise.all([
          import("../internal/resolve.js"),
          import("../programs/programs-for.js"),
          import("../get-occupation.js"),
          import("./render.js"),
        ]);
      const target = resolveTarget(id);
      const programs = programsFor(target.kind === "career" ? target.id : target.code);
      const subject =
        target.kind === "career"
          ? `${target.career.title} (${target.id})`
          : `${getOccupationOrThrow(target.code).title} (${target.code})`;
      const named = new Set(
        target.kind === "career" ? target.career.steps.flatMap((s) => s.programs) : [],
      );
      return { text: renderPrograms(subject, programs, named), json: programs };
    }
    case "program": {
      const [cip] = need(positionals, 1, "program <cip>");
      const [
        { getProgramOrThrow },
        { careerIds },
        { careerById },
        { renderProgram },
        { loadOccupations },
      ] = await Promise.all([
        import("../programs/get-program.js"),
        import("../generated/ids.js"),
        import("../internal/data.js"),
        import("./render.js"),
        import("./occupations.js"),
      ]);
      const program = getProgramOrThrow(cip as string);
      const guides = careerIds.filter((id) =>
        careerById(id)?.steps.some((s) => s.programs.includes(program.code)),
      );
      const occupationsOf = await loadOccupations(program.occupations);
      return { text: renderProgram(program, guides, occupationsOf), json: program };
    }
    case "match": {
      const [code] = need(positionals, 1, 'match <RIASEC code> [--max-education "..."]');
      const zone = values["job-zone"];
      let jobZone: { min: number; max: number } | undefined;
      if (typeof zone === "string") {
        const m = /^\s*([1-5])\s*(?:-\s*([1-5]))?\s*$/.exec(zone);
        if (!m)
          throw new UsageError(
            `option --job-zone expects a zone or range such as 2-3, received ${JSON.stringify(zone)}`,
          );
        jobZone = { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
      }
      const [{ matchCareers }, { renderMatches }] = await Promise.all([
        import("../match/match-careers.js"),
        import("./render-match.js"),
      ]);
      const result = flagNames(() =>
        matchCareers(code as string, {
          maxEducation: values["max-education"] as never,
          minWage: numberOption(values, "min-wage"),
          minGrowth: numberOption(values, "min-growth"),
          jobZone,
          limit: numberOption(values, "limit"),
        }),
      );
      return { text: renderMatches(result, width), json: result };
    }
    case "moves": {
      const [id] = need(positionals, 1, "moves <career|code>");
      const [{ careerMoves }, { renderMoves }] = await Promise.all([
        import("../match/career-moves.js"),
        import("./render-match.js"),
      ]);
      const result = flagNames(() =>
        careerMoves(id as string, {
          maxExtraEducation: numberOption(values, "max-extra-education"),
          minWageGain: numberOption(values, "min-wage-gain"),
          sameFamily: values["same-family"] === true ? true : undefined,
          limit: numberOption(values, "limit"),
        }),
      );
      return { text: renderMoves(result, width), json: result };
    }
    default:
      throw new UsageError(
        `unknown command ${quoted(command)}; try: ${COMMAND_LIST} (careerpath --help)`,
      );
  }
}

/** The command-line flag of each option the match and moves commands pass on. */
const FLAGS: Readonly<Record<string, string>> = {
  maxEducation: "--max-education",
  minWage: "--min-wage",
  minGrowth: "--min-growth",
  maxExtraEducation: "--max-extra-education",
  minWageGain: "--min-wage-gain",
  limit: "--limit",
};

/** Reports an invalid option by the flag the user typed rather than the option's API name. */
function flagNames<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InvalidOptionError && FLAGS[error.option]) {
      const flag = FLAGS[error.option] as string;
      throw new UsageError(error.message.replace(`option "${error.option}"`, `option ${flag}`));
    }
    throw error;
  }
}

function errorJson(error: Error): string {
  const details: Record<string, unknown> = { name: error.name, message: error.message };
  for (const key of ["suggestions", "option", "id", "code", "step", "career"]) {
    if (key in error) details[key] = (error as unknown as Record<string, unknown>)[key];
  }
  return printableJson(JSON.stringify({ error: details }));
}

/** Where the CLI writes; `process.stdout` and `process.stderr` by default. */
export interface Writable {
  write(text: string): unknown;
  /** The terminal width, when the stream is a terminal. */
  readonly columns?: number;
  readonly isTTY?: boolean;
}

/** The width text output wraps to: the terminal's columns, or 80 when it is not a terminal. */
function widthOf(out: Writable): number {
  const columns = out.isTTY ? out.columns : undefined;
  return typeof columns === "number" && columns >= 20 ? columns : 80;
}

/**
 * Writes, reporting instead of throwing: `"ok"`, `"closed"` when the reader has gone away
 * (EPIPE), or the error.
 */
function put(stream: Writable, text: string): "ok" | "closed" | Error {
  try {
    stream.write(text);
    return "ok";
  } catch (caught) {
    return isClosed(caught)
      ? "closed"
      : caught instanceof Error
        ? caught
        : new Error(String(caught));
  }
}

const isClosed = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  ((error as { code?: unknown }).code === "EPIPE" ||
    (error as { code?: unknown }).code === "ERR_STREAM_DESTROYED");

/** The one line printed when output cannot be written, e.g. to a full disk. */
export function writeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === "string" ? code : String((error as Error)?.message ?? error);
  return `careerpath: cannot write the output (${printableLine(reason)})\n`;
}

/**
 * Runs the CLI with the given arguments; returns the exit code: 0 done (also when the reader of
 * stdout has gone away), 1 the output could not be written or something unexpected failed,
 * 2 bad input. Exported for tests.
 */
export async function main(
  argv: readonly string[],
  out: Writable = process.stdout,
  err: Writable = process.stderr,
): Promise<number> {
  const args = [...argv];
  const end = args.indexOf("--");
  const json = (end === -1 ? args : args.slice(0, end)).includes("--json");
  let text: string;
  const notes: string[] = [];
  try {
    text = await respond(args, json, widthOf(out), notes);
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const expected =
      /^(UsageError|Unknown\w+Error|InvalidOptionError)$/.test(error.name) || "code" in error;
    const message = error.message.split("\n")[0] ?? "";
    // Whether or not stderr can be written (2>/dev/full), the status says what went wrong.
    put(err, json ? `${errorJson(error)}\n` : `careerpath: ${printableLine(message)}\n`);
    return expected ? 2 : 1;
  }
  for (const note of notes) put(err, `careerpath: ${printableLine(note)}\n`);
  const written = put(out, text);
  if (written === "ok" || written === "closed") return 0;
  put(err, writeFailure(written));
  return 1;
}

/** The text that a successful call prints, or throws the error to report. */
async function respond(
  args: string[],
  json: boolean,
  width: number,
  notes: string[],
): Promise<string> {
  const { values, positionals } = parse(args);
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    const topic = command === "help" ? rest[0] : command;
    const spec =
      topic !== undefined && Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
    return spec ? commandHelp(topic as string, spec) : HELP;
  }
  if (values.version) {
    const { dataVersion } = await import("../generated/ids.js");
    return json
      ? `${JSON.stringify({ name: "careerpath", version, data: dataVersion }, null, 2)}\n`
      : `careerpath ${version} (data: ${dataVersion})\n`;
  }
  if (!command) throw new UsageError("no command given; try: careerpath --help");
  if (!Object.hasOwn(COMMANDS, command))
    throw new UsageError(
      `unknown command ${quoted(command)}; try: ${COMMAND_LIST} (careerpath --help)`,
    );
  checkOptions(command, values);
  // A foreign code (SOC 2010, O*NET-SOC…) is resolved first; the note says what it became.
  let positionalArgs = rest;
  const codes = COMMANDS[command]?.codes ?? 0;
  if (codes > 0) {
    const { resolveCodeArguments } = await import("./resolve-codes.js");
    const resolved = await resolveCodeArguments(codes, rest);
    if (resolved.error !== undefined) throw new UsageError(resolved.error);
    notes.push(...resolved.notes);
    positionalArgs = resolved.positionals;
  }
  const result = await run(command, positionalArgs, values, width);
  return json
    ? `${printableJson(JSON.stringify(result.json, null, 2))}\n`
    : `${printable(reflow(result.text, width))}\n`;
}

/**
 * Wraps lines longer than `width` at spaces. A continuation lines up with the cell it continues
 * (the text after the last run of two spaces), or else two spaces in from the line's indent.
 */
export function reflow(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      if ([...line].length <= width) return [line];
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      const out: string[] = [];
      let rest = line;
      let pad = "";
      while ([...rest].length > width) {
        const limit = rest.slice(0, width + 1);
        let at = limit.lastIndexOf(" ");
        if (at <= pad.length + indent) at = rest.indexOf(" ", width);
        if (at === -1) break;
        const head = rest.slice(0, at).trimEnd();
        if (pad === "") {
          // The cell being cut starts after the last run of two or more spaces before the cut.
          let start = -1;
          for (const run of rest.matchAll(/ {2,}/g))
            if (run.index > indent && run.index <= at) start = run.index + run[0].length;
          pad = " ".repeat(start > 0 && start < width / 2 ? start : indent + 2);
        }
        out.push(head);
        rest = pad + rest.slice(at).trimStart();
      }
      out.push(rest);
      return out;
    })
    .join("\n");
}

/**
 * The `careerpath` bin: runs {@link main} and also handles the errors that stdout and stderr
 * report after a write (they do so asynchronously): EPIPE (`| head -n 0`, `| true`) ends quietly
 * with the status unchanged; any other error on stdout (ENOSPC, `> /dev/full`) prints one line
 * and exits 1; an error on stderr keeps the status (a usage error stays 2 under `2>/dev/full`).
 */
export async function runBin(argv: readonly string[]): Promise<void> {
  process.stderr.on("error", () => undefined);
  process.stdout.on("error", (error) => {
    if (isClosed(error)) return;
    process.exitCode = 1;
    try {
      process.stderr.write(writeFailure(error));
    } catch {
      // stderr is gone too; the status still says what happened.
    }
  });
  process.exitCode = await main(argv);
}
