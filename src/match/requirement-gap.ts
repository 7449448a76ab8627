// The licences and exams a move's target needs that its source does not, from the reviewed entry
// requirements (the same reading of them compareCareers uses). Where either side has not been
// reviewed, the gap is "not reviewed", which says nothing about whether requirements exist.
import { requirementsSide } from "../compare-careers.js";

/** Licences and exams the target needs that the source does not, or why that is not known. */
export type RequirementGap =
  | {
      readonly status: "reviewed";
      /** Licences, exams, registrations and certifications the target needs in all or most states (or federally) and the source does not. Empty: no new one. */
      readonly gaps: readonly string[];
    }
  | {
      readonly status: "not reviewed";
      /** Which side's requirements have not been reviewed, in words. */
      readonly note: string;
    };

const CREDENTIAL_KINDS: readonly string[] = ["licence", "exam", "registration", "certification"];

/** The requirement gap from one occupation to another. */
export function requirementGap(from: string, to: string): RequirementGap {
  const a = requirementsSide(from);
  const b = requirementsSide(to);
  if (a.status !== "reviewed" || b.status !== "reviewed") {
    const missing = [a.status !== "reviewed" ? from : "", b.status !== "reviewed" ? to : ""]
      .filter(Boolean)
      .join(" and ");
    return {
      status: "not reviewed",
      note: `entry requirements (licences, exams) for ${missing} have not been reviewed: unknown, not "none"`,
    };
  }
  const held = new Set(a.needed.map((n) => n.id));
  return {
    status: "reviewed",
    gaps: b.needed
      .filter((n) => CREDENTIAL_KINDS.includes(n.kind) && !held.has(n.id))
      .map((n) => n.name),
  };
}
