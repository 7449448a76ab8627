import { type CodeTables, codeTables } from "./tables.js";
import type { CodeResolution, CodeTitle, LineItem, Successor } from "./types.js";

const socPattern = /^\d{2}-\d{4}$/;
const onetPattern = /^\d{2}-\d{4}\.\d{2}$/;

/** Trims the input and adds the hyphen to a bare six-digit code ("292071" → "29-2071"). */
function normalise(input: string): string {
  const t = input.trim();
  const bare = /^(\d{2})(\d{4})((?:\.\d{2})?)$/.exec(t);
  return bare ? `${bare[1]}-${bare[2]}${bare[3]}` : t;
}

/** Today's occupations whose codes share the longest prefix with `code`, at most five. */
function nearest(t: CodeTables, code: string): LineItem[] {
  for (let length = Math.min(code.length, 7); length >= 4; length--) {
    const prefix = code.slice(0, length).replace(/0+$/, "");
    if (prefix.length < 4) continue;
    const found = [...t.lineItems.values()].filter((i) => i.code.startsWith(prefix));
    if (found.length > 0) return found.slice(0, 5);
  }
  return [];
}

/** The line item a SOC 2018 detailed code belongs to, or null. */
function lineItemOf(t: CodeTables, soc: string): LineItem | null {
  const item = t.soc2018.get(soc)?.lineItem;
  return item ? (t.lineItems.get(item) ?? null) : null;
}

function socSuccessor(t: CodeTables, soc: string): Successor {
  return { code: soc, title: t.soc2018.get(soc)?.title ?? soc, occupation: lineItemOf(t, soc) };
}

function onetSuccessor(t: CodeTables, onet: string): Successor {
  const entry = t.onet2019.get(onet);
  return {
    code: onet,
    title: entry?.title ?? onet,
    occupation: entry ? lineItemOf(t, entry.soc2018) : null,
  };
}

function unknown(t: CodeTables, input: string, reason: string): CodeResolution {
  return { kind: "unknown", input, reason, suggestions: nearest(t, input) };
}

/** An older code (SOC 2010 or O*NET-SOC 2010) → split, merged or renamed. */
function successors(
  t: CodeTables,
  input: string,
  system: "SOC 2010" | "O*NET-SOC 2010",
  from: CodeTitle,
  targets: readonly Successor[],
  feeders: readonly CodeTitle[],
): CodeResolution {
  const [only] = targets;
  if (targets.length > 1 || only === undefined)
    return { kind: "split", input, system, from, targets };
  if (only.occupation === null)
    return unknown(
      t,
      input,
      `${input} is a ${system} code for ${only.code}, which the Employment Projections do not cover`,
    );
  const to = { code: only.code, title: only.title };
  const others = feeders.filter((f) => f.code !== from.code);
  if (others.length > 0)
    return { kind: "merged", input, system, from, to, mergedWith: others, ...only.occupation };
  return { kind: "renamed", input, system, from, to, ...only.occupation };
}

/**
 * Resolves any occupation code a user may hold to today's occupations: an EP line item (also
 * the OEWS code), a SOC 2018 detailed code that an EP aggregate covers, an O*NET-SOC 2019 code,
 * a SOC 2010 code or an O*NET-SOC 2010 code. Today's codes win: a code that is both a SOC 2018
 * and a SOC 2010 code is read as SOC 2018. The answer comes from the official crosswalks
 * (BLS SOC 2010 → 2018, O*NET-SOC 2010 → 2019, O*NET-SOC 2019 → SOC 2018, BLS NEM ↔ O*NET-SOC).
 *
 * @param code - A code such as `"29-2071"`, `"29-1141.01"` or `"13-1021"`; surrounding space is
 *   ignored and a bare six-digit code gets its hyphen.
 * @returns A {@link CodeResolution}: `exact`, `member` (inside an EP aggregate), `onet-specialty`,
 *   `renamed`, `split` (with every target), `merged` or `unknown` (with suggestions).
 * @example
 * ```ts
 * import { resolveOccupation } from "careerpath/codes";
 *
 * const r = resolveOccupation("29-2071");
 * r.kind; // "split"
 * r.kind === "split" && r.targets.map((t) => t.code); // ["29-2072", "29-9021"]
 * resolveOccupation("13-1021").kind; // "member"
 * ```
 * @category Codes
 */
export function resolveOccupation(code: string): CodeResolution {
  const t = codeTables();
  const input = normalise(typeof code === "string" ? code : String(code));

  if (socPattern.test(input)) {
    const item = t.lineItems.get(input);
    if (item) return { kind: "exact", input, system: "EP line item", ...item };
    const soc = t.soc2018.get(input);
    if (soc) {
      const owner = lineItemOf(t, input);
      if (owner === null)
        return unknown(
          t,
          input,
          `${input} is a SOC 2018 military occupation, outside the Employment Projections`,
        );
      return {
        kind: "member",
        input,
        system: "SOC 2018",
        member: { code: input, title: soc.title },
        ...owner,
      };
    }
    const old = t.soc2010.get(input);
    if (old) {
      const feeders =
        old.soc2018.length === 1
          ? (t.soc2018From2010.get(old.soc2018[0] ?? "") ?? []).map((c) => ({
              code: c,
              title: t.soc2010.get(c)?.title ?? c,
            }))
          : [];
      return successors(
        t,
        input,
        "SOC 2010",
        { code: old.code, title: old.title },
        old.soc2018.map((s) => socSuccessor(t, s)),
        feeders,
      );
    }
    return unknown(
      t,
      input,
      `${input} is not an occupation code of SOC 2018, SOC 2010 or the Employment Projections`,
    );
  }

  if (onetPattern.test(input)) {
    const onet = t.onet2019.get(input);
    if (onet) {
      const owner = lineItemOf(t, onet.soc2018);
      const detail = { code: onet.code, title: onet.title };
      if (owner === null)
        return unknown(
          t,
          input,
          `${input} is an O*NET-SOC code of a military occupation, outside the Employment Projections`,
        );
      const inside = owner.code !== onet.soc2018;
      const member = {
        code: onet.soc2018,
        title: t.soc2018.get(onet.soc2018)?.title ?? onet.soc2018,
      };
      if (input.endsWith(".00")) {
        return inside
          ? { kind: "member", input, system: "O*NET-SOC 2019", member, onet: detail, ...owner }
          : { kind: "exact", input, system: "O*NET-SOC 2019", onet: detail, ...owner };
      }
      return inside
        ? {
            kind: "onet-specialty",
            input,
            system: "O*NET-SOC 2019",
            onet: detail,
            member,
            ...owner,
          }
        : { kind: "onet-specialty", input, system: "O*NET-SOC 2019", onet: detail, ...owner };
    }
    const old = t.onet2010.get(input);
    if (old) {
      const feeders =
        old.onet2019.length === 1
          ? (t.onet2019From2010.get(old.onet2019[0] ?? "") ?? []).map((c) => ({
              code: c,
              title: t.onet2010.get(c)?.title ?? c,
            }))
          : [];
      return successors(
        t,
        input,
        "O*NET-SOC 2010",
        { code: old.code, title: old.title },
        old.onet2019.map((o) => onetSuccessor(t, o)),
        feeders,
      );
    }
    return unknown(t, input, `${input} is not an O*NET-SOC 2019 or 2010 code`);
  }
  return unknown(
    t,
    input,
    `"${input}" does not look like an occupation code (29-2072 or 29-1141.01)`,
  );
}
