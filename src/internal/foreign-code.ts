// Recognises codes of other systems that careerpath/codes resolves, without loading the
// crosswalks: a short generated list of SOC codes, and the O*NET-SOC pattern.
import { foreignCodes } from "../generated/foreign-codes.js";
import { occupationCodes } from "../generated/ids.js";

let lineItems: Set<string> | undefined;

/**
 * The code system of a known code of another system: "SOC 2010", "SOC 2018" (a code inside an
 * EP aggregate, or a military code) or "O*NET-SOC" (any O*NET-SOC code of a known SOC code).
 * Undefined for a line item or an unknown code.
 */
export function foreignSystem(code: string): string | undefined {
  const t = code.trim();
  if (Object.hasOwn(foreignCodes, t)) return foreignCodes[t];
  const onet = /^(\d{2}-\d{4})\.\d{2}$/.exec(t);
  if (!onet) return undefined;
  lineItems ??= new Set(occupationCodes);
  const soc = onet[1] ?? "";
  return lineItems.has(soc) || Object.hasOwn(foreignCodes, soc) ? "O*NET-SOC" : undefined;
}
