import type { CodeResolution, CodeTitle, LineItem } from "./types.js";

function list(codes: readonly string[]): string {
  if (codes.length <= 1) return codes.join("");
  return `${codes.slice(0, -1).join(", ")} and ${codes.at(-1)}`;
}

function older(system: "SOC 2010" | "O*NET-SOC 2010"): { label: string; year: string } {
  return system === "SOC 2010"
    ? { label: "a 2010 SOC code", year: "in 2018" }
    : { label: "an O*NET-SOC 2010 code", year: "in O*NET-SOC 2019" };
}

function where(to: CodeTitle, occupation: LineItem): string {
  return to.code === occupation.code || to.code === `${occupation.code}.00`
    ? ""
    : `, part of ${occupation.code} ${occupation.title}`;
}

/**
 * Says in one sentence what {@link resolveOccupation} found, for messages and the CLI.
 *
 * @param resolution - A result of {@link resolveOccupation}.
 * @returns The sentence, without a final period.
 * @example
 * ```ts
 * import { describeResolution, resolveOccupation } from "careerpath/codes";
 *
 * describeResolution(resolveOccupation("29-2071"));
 * // "29-2071 is a 2010 SOC code, split in 2018 into 29-2072 and 29-9021"
 * ```
 * @category Codes
 */
export function describeResolution(resolution: CodeResolution): string {
  const r = resolution;
  switch (r.kind) {
    case "exact":
      return r.onet
        ? `${r.input} is the O*NET-SOC code of ${r.code} ${r.title}`
        : `${r.input} is ${r.title}`;
    case "member":
      return `${r.input} (${r.onet?.title ?? r.member.title}) is part of the Employment Projections aggregate ${r.code} ${r.title}`;
    case "onet-specialty":
      return `${r.input} is the O*NET-SOC occupation ${r.onet.title}, part of ${r.code} ${r.title}`;
    case "renamed": {
      const o = older(r.system);
      const how = r.to.code === r.from.code ? "retitled" : "renumbered";
      return `${r.input} is ${o.label}, ${how} ${o.year} as ${r.to.code} ${r.to.title}${where(r.to, r)}`;
    }
    case "merged": {
      const o = older(r.system);
      return `${r.input} is ${o.label}, merged ${o.year} with ${list(r.mergedWith.map((m) => m.code))} into ${r.to.code} ${r.to.title}${where(r.to, r)}`;
    }
    case "split": {
      const o = older(r.system);
      return `${r.input} is ${o.label}, split ${o.year} into ${list(r.targets.map((t) => t.code))}`;
    }
    case "unknown": {
      const hint = r.suggestions.map((s) => s.code);
      return hint.length > 0 ? `${r.reason}; did you mean ${list(hint)}?` : r.reason;
    }
  }
}
