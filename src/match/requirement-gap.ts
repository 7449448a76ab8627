// The licences and exams a move's target needs that its source does not. Entry requirements
// are reviewed occupation by occupation; until an occupation's are, the gap is "not reviewed",
// which says nothing about whether it has any.

/** Licences and exams the target needs that the source does not, or why that is not known. */
export type RequirementGap =
  | {
      readonly status: "reviewed";
      /** Requirement names the target has and the source lacks. Empty: no new requirement. */
      readonly gaps: readonly string[];
    }
  | {
      readonly status: "not reviewed";
      /** Which side's requirements have not been reviewed, in words. */
      readonly note: string;
    };

/** The requirement gap from one occupation to another. */
export function requirementGap(from: string, to: string): RequirementGap {
  return {
    status: "not reviewed",
    note: `entry requirements (licences, exams) for ${from} and ${to} have not been reviewed yet: unknown, not "none"`,
  };
}
