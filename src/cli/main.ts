// The careerpath command line. Bad input ends with one line on stderr and exit code 2.
import { parseArgs } from "node:util";
import { compareCareers } from "../compare-careers.js";
import { InvalidOptionError } from "../errors.js";
import { careerIds, dataVersion } from "../generated/ids.js";
import { getOccupationOrThrow } from "../get-occupation.js";
import { careerById, careerForCode } from "../internal/data.js";
import { resolveTarget } from "../internal/resolve.js";
import { careerMoves } from "../match/career-moves.js";
import { matchCareers } from "../match/match-careers.js";
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
import { renderMatches, renderMoves } from "./render-match.js";
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
  careerpath match <RIASEC> [--max-education "Associate's degree"] [--min-wage 45000]
                   [--min-growth 0] [--job-zone 2-3] [--limit 10]
                                              occupations ranked by interest fit (e.g. SIC)
  careerpath moves <career|code> [--max-extra-education 1] [--min-wage-gain 0]
                   [--same-family] [--limit 10]
                                              ranked moves from an occupation, with skill gaps

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
  careerpath match SIC --max-education "Associate's degree" --min-wage 45000
  careerpath moves 31-1131
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
  match: ["max-education", "min-wage", "min-growth", "job-zone", "limit"],
  moves: ["max-extra-education", "min-wage-gain", "same-family", "limit"],
};

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
      const result = flagNames(() =>
        matchCareers(code as string, {
          maxEducation: values["max-education"] as never,
          minWage: numberOption(values, "min-wage"),
          minGrowth: numberOption(values, "min-growth"),
          jobZone,
          limit: numberOption(values, "limit"),
        }),
      );
      return { text: renderMatches(result), json: result };
    }
    case "moves": {
      const [id] = need(positionals, 1, "moves <career|code>");
      const result = flagNames(() =>
        careerMoves(id as string, {
          maxExtraEducation: numberOption(values, "max-extra-education"),
          minWageGain: numberOption(values, "min-wage-gain"),
          sameFamily: values["same-family"] === true ? true : undefined,
          limit: numberOption(values, "limit"),
        }),
      );
      return { text: renderMoves(result), json: result };
    }
    default:
      throw new UsageError(
        `unknown command "${command}"; try: show, next, compare, search, programs, program, match, moves (careerpath --help)`,
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
        "max-education": { type: "string" },
        "min-wage": { type: "string" },
        "min-growth": { type: "string" },
        "job-zone": { type: "string" },
        "max-extra-education": { type: "string" },
        "min-wage-gain": { type: "string" },
        "same-family": { type: "boolean" },
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
