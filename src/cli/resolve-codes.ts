// The CLI's resolve step: before a command that takes careers or codes runs (show, next,
// compare, programs and moves; `codes` in main.ts), an argument that is a code of another
// system (SOC 2010, O*NET-SOC, a SOC 2018 code inside an aggregate) is replaced by the
// occupation it resolves to, with a note saying so. A split code stops with the list of codes
// to choose from.
// The crosswalk tables load only when an argument looks like such a code.
import { careerById } from "../internal/data.js";
import { knownCode } from "../internal/resolve.js";

/** What the resolve step did: the arguments to run with, the notes to print, or an error. */
export interface ResolvedArguments {
  positionals: string[];
  notes: string[];
  /** Set when an argument cannot stand for one occupation (a split code). */
  error?: string;
}

/** Resolves the first `count` arguments where they are codes; others are left as they are. */
export async function resolveCodeArguments(
  count: number,
  positionals: string[],
): Promise<ResolvedArguments> {
  const notes: string[] = [];
  const out = [...positionals];
  for (let i = 0; i < Math.min(count, out.length); i++) {
    const arg = out[i] ?? "";
    if (careerById(arg) || knownCode(arg) || !/^\s*\d{2}-?\d{4}(?:\.\d{2})?\s*$/.test(arg))
      continue;
    const [{ resolveOccupation }, { describeResolution }] = await Promise.all([
      import("../codes/resolve-occupation.js"),
      import("../codes/describe-resolution.js"),
    ]);
    const r = resolveOccupation(arg);
    if (r.kind === "unknown") continue; // the command reports it, with suggestions
    if (r.kind === "split") {
      const choices = r.targets.map((t) => t.occupation?.code ?? t.code);
      return {
        positionals: out,
        notes,
        error: `${describeResolution(r)}; choose one: ${[...new Set(choices)].join(", ")}`,
      };
    }
    notes.push(`${describeResolution(r)}; using ${r.code}`);
    out[i] = r.code;
  }
  return { positionals: out, notes };
}
