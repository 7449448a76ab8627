// The careerpath command line. Bad input ends with one line on stderr and exit code 2.
import { parseArgs } from "node:util";
import { compareCareers } from "../compare-careers.js";
import { careerIds, dataVersion } from "../generated/ids.js";
import { getOccupationOrThrow } from "../get-occupation.js";
import { careerById, careerForCode } from "../internal/data.js";
import { resolveTarget } from "../internal/resolve.js";
import { nextStep } from "../next-step.js";
import { getProgramOrThrow } from "../programs/get-program.js";
import { programsFor } from "../programs/programs-for.js";
import { stepsWithPrograms } from "../programs/steps-with-programs.js";
import { searchOccupations } from "../search/search-occupations.js";
import { searchCareers } from "../search-careers.js";
import {
  renderCareer,
  renderComparison,
  renderNext,
  renderOccupation,
  renderProgram,
  renderPrograms,
  renderSearch,
} from "./render.js";
import { resolveCodeArguments } from "./resolve-codes.js";

const VERSION = "0.1.0";

const HELP = `careerpath: US career data and career guides from official sources

Usage:
  careerpath show <career|code>               a career guide, or an occupation's facts and steps
  careerpath next <career|code> [--done 1,2]  the next step, given the steps done (ids or numbers)
                  [--skip-optional]           pass over optional steps
  careerpath compare <a> <b>                  compare two careers or occupation codes
  careerpath search <text> [--limit 10]       search career guides and all occupations
  careerpath programs <career|code>           the instructional programs (CIP 2020) that lead there
  careerpath program <cip>                    one program and the occupations it leads to

Options:
  --json       print JSON instead of text (errors too, as {"error": ...} on stderr)
  --help, -h   show this help
  --version    show the package and data versions

Examples:
  careerpath show insurance-coder
  careerpath next insurance-coder --done high-school,training-program
  careerpath compare 29-2072 11-9111
  careerpath search "medical biller"
  careerpath programs insurance-coder
  careerpath program 51.0713
`;

/** A mistake in how the CLI was called: reported in one line, exit code 2. */
class UsageError extends Error {
  override readonly name = "UsageError";
}

interface Output {
  text: string;
  json: unknown;
}

function need(positionals: string[], count: number, usage: string): string[] {
  if (positionals.length !== count) {
    throw new UsageError(
      `expected ${count === 1 ? "one argument" : `${count} arguments`}: careerpath ${usage}`,
    );
  }
  return positionals;
}

/** Options each command reads besides --json; any other option is a mistake. */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  next: ["done", "skip-optional"],
  search: ["limit"],
};

function checkOptions(command: string, values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || name === "json") continue;
    if (!(COMMAND_OPTIONS[command] ?? []).includes(name)) {
      throw new UsageError(
        `option --${name} does not apply to "${command}"; see careerpath --help`,
      );
    }
  }
}

function run(
  command: string,
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
): Output {
  switch (command) {
    case "show": {
      const [id] = need(positionals, 1, "show <career|code>");
      const target = resolveTarget(id);
      if (target.kind === "career")
        return { text: renderCareer(target.career), json: target.career };
      const occ = getOccupationOrThrow(target.code);
      const guide = careerForCode(occ.code);
      const text = renderOccupation(occ, stepsWithPrograms(occ.code));
      return {
        text: guide ? `${text}\n\nCurated guide: careerpath show ${guide}` : text,
        json: occ,
      };
    }
    case "next": {
      const [id] = need(positionals, 1, "next <career|code> [--done 1,2]");
      const done =
        typeof values.done === "string" && values.done.trim() !== ""
          ? values.done.split(",").map((s) => s.trim())
          : [];
      const completed = done.map((d) => (/^\d+$/.test(d) ? Number(d) : d));
      const result = nextStep(id as string, {
        completed,
        skipOptional: values["skip-optional"] === true,
      });
      return { text: renderNext(result), json: result };
    }
    case "compare": {
      const [a, b] = need(positionals, 2, "compare <a> <b>");
      const result = compareCareers(a as string, b as string);
      return { text: renderComparison(result), json: result };
    }
    case "search": {
      if (positionals.length === 0)
        throw new UsageError('expected search text: careerpath search "medical biller"');
      const text = positionals.join(" ");
      const limitText = values.limit;
      const limit = limitText === undefined ? 10 : Number(limitText);
      const careers = searchCareers(text, { limit });
      const occupations = searchOccupations(text, { limit });
      return { text: renderSearch(careers, occupations), json: { careers, occupations } };
    }
    case "programs": {
      const [id] = need(positionals, 1, "programs <career|code>");
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
      const program = getProgramOrThrow(cip as string);
      const guides = careerIds.filter((id) =>
        careerById(id)?.steps.some((s) => s.programs.includes(program.code)),
      );
      return { text: renderProgram(program, guides), json: program };
    }
    default:
      throw new UsageError(
        `unknown command "${command}"; try: show, next, compare, search, programs, program (careerpath --help)`,
      );
  }
}

function errorJson(error: Error): string {
  const details: Record<string, unknown> = { name: error.name, message: error.message };
  for (const key of ["suggestions", "option", "id", "code", "step", "career"]) {
    if (key in error) details[key] = (error as unknown as Record<string, unknown>)[key];
  }
  return JSON.stringify({ error: details });
}

/** Where the CLI writes; `process.stdout` and `process.stderr` by default. */
export interface Writable {
  write(text: string): unknown;
}

/** Runs the CLI with the given arguments; returns the exit code. Exported for tests. */
export function main(
  argv: readonly string[],
  out: Writable = process.stdout,
  err: Writable = process.stderr,
): number {
  const json = argv.includes("--json");
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
        done: { type: "string" },
        "skip-optional": { type: "boolean" },
        limit: { type: "string" },
      },
    });
    if (values.help || positionals[0] === "help") {
      out.write(HELP);
      return 0;
    }
    if (values.version) {
      out.write(`careerpath ${VERSION} (data: ${dataVersion})\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (!command) throw new UsageError("no command given; try: careerpath --help");
    checkOptions(command, values);
    const resolved = resolveCodeArguments(command, rest);
    if (resolved.error !== undefined) throw new UsageError(resolved.error);
    for (const note of resolved.notes) err.write(`careerpath: ${note}\n`);
    const result = run(command, resolved.positionals, values);
    out.write(json ? `${JSON.stringify(result.json, null, 2)}\n` : `${result.text}\n`);
    return 0;
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const known =
      /^(UsageError|Unknown\w+Error|InvalidOptionError|TypeError)$/.test(error.name) ||
      "code" in error;
    const message = error.message.split("\n")[0] ?? "";
    err.write(json ? `${errorJson(error)}\n` : `careerpath: ${message}\n`);
    return known ? 2 : 1;
  }
}
