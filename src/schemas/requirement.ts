import * as z from "zod";
import { OccupationCode, Slug, SourcedText, SourceId, Text } from "./common.js";

/**
 * What kind of entry requirement a record describes. "training" covers a police or corrections
 * academy and state-mandated training hours; "supervised-experience" covers post-degree supervised
 * hours, student teaching and clinical internships required for a licence; "education" covers a
 * specific kind of program that a licence requires (e.g. an accredited or state-approved program).
 */
export const requirementKinds = [
  "licence",
  "certification",
  "registration",
  "exam",
  "education",
  "apprenticeship",
  "residency",
  "supervised-experience",
  "training",
  "background-check",
  "minimum-age",
  "medical-exam",
  "continuing-education",
] as const;
/** What kind of entry requirement a record describes. */
export const RequirementKind = z.enum(requirementKinds);
/** What kind of entry requirement a record describes. */
export type RequirementKind = z.infer<typeof RequirementKind>;

/**
 * Where a requirement applies, nationally summarised. "voluntary-expected" is a credential no law
 * requires but employers commonly expect; "voluntary" is an optional credential that neither law nor
 * most employers ask for (e.g. an advanced board certification); "employer" is an employer or program
 * rule, not a law.
 */
export const requirementScopes = [
  "all-states",
  "most-states",
  "some-states",
  "federal",
  "voluntary-expected",
  "voluntary",
  "employer",
] as const;
/** Where a requirement applies, nationally summarised. */
export const RequirementScope = z.enum(requirementScopes);
/** Where a requirement applies, nationally summarised. */
export type RequirementScope = z.infer<typeof RequirementScope>;

/**
 * Where a requirement falls in the path into the occupation, in path order:
 * before or during the education/training, right after it (an exam taken on graduating), at hire
 * (a background check, a licence needed to start), after hire (a certification due within months),
 * to advance (a higher licence such as master electrician), or ongoing (renewal, continuing education).
 */
export const requirementTimings = [
  "before-training",
  "during-training",
  "after-training",
  "at-hire",
  "after-hire",
  "to-advance",
  "ongoing",
] as const;
/** Where a requirement falls in the path into the occupation. */
export const RequirementTiming = z.enum(requirementTimings);
/** Where a requirement falls in the path into the occupation. */
export type RequirementTiming = z.infer<typeof RequirementTiming>;

/** The kinds of body that administer a requirement. */
export const requirementBodyTypes = [
  "state board or agency",
  "federal agency",
  "national exam or certifying body",
  "professional association",
  "accreditor",
  "apprenticeship sponsor",
  "employer",
  "court or bar",
] as const;

/** The body that administers a requirement. */
export const RequirementBody = z
  .object({
    name: Text.describe(
      "the body's name as it publishes it, or a generic one such as 'State board of nursing'",
    ),
    acronym: Text.optional(),
    type: z.enum(requirementBodyTypes),
  })
  .strict();
/** The body that administers a requirement. */
export type RequirementBody = z.infer<typeof RequirementBody>;

/** A sourced number with its unit. */
export const RequirementNumber = z
  .object({
    value: z.number().finite().nonnegative(),
    /** Upper end, when the source gives a range (e.g. 3–4 years). */
    max: z.number().finite().nonnegative().optional(),
    unit: z.enum([
      "questions",
      "hours",
      "minutes",
      "weeks",
      "months",
      "years",
      "percent",
      "credits",
      "age",
    ]),
    source: SourceId,
  })
  .strict()
  .refine((n) => n.max === undefined || n.value <= n.max, {
    message: "value must not exceed max",
    path: ["max"],
  });
/** A sourced number with its unit. */
export type RequirementNumber = z.infer<typeof RequirementNumber>;

/** One entry requirement of an occupation: a licence, exam, registration, apprenticeship… */
export const Requirement = z
  .object({
    id: Slug.describe("unique within the occupation, e.g. 'nclex-rn'"),
    kind: RequirementKind,
    name: Text.describe("the requirement's name, e.g. 'Registered nurse licence'"),
    acronym: Text.optional().describe("e.g. 'NCLEX-RN'"),
    summary: Text.describe("what it is and who needs it, in our own words"),
    body: RequirementBody.optional().describe("who administers it"),
    scope: RequirementScope,
    appliesTo: Text.optional().describe(
      "when only some workers need it, which ones (e.g. 'drivers who cross state lines')",
    ),
    timing: RequirementTiming,
    prerequisites: z
      .array(SourcedText)
      .default([])
      .describe("what must come first, e.g. graduating from an approved program"),
    duration: RequirementNumber.optional().describe("how long it takes, or the hours it needs"),
    exam: z
      .object({
        questions: RequirementNumber.optional(),
        time: RequirementNumber.optional(),
        notes: z.array(SourcedText).default([]),
      })
      .strict()
      .optional(),
    renewal: z
      .object({
        cycleYears: RequirementNumber.optional(),
        notes: z.array(SourcedText).default([]),
      })
      .strict()
      .optional(),
    variesByState: z
      .array(SourcedText)
      .default([])
      .describe("how it varies by state, with the one or two examples the sources give"),
    sources: z.array(SourceId).min(1),
  })
  .strict();
/** One entry requirement of an occupation. */
export type Requirement = z.infer<typeof Requirement>;

/** The reviewed entry requirements of one occupation. */
export const OccupationRequirements = z
  .object({
    code: OccupationCode,
    title: Text.describe("the occupation's official title, for readers of the file"),
    summary: Text.describe("the national picture in one or two sentences, in our own words"),
    reviewed: z.iso.date().describe("the date the facts were reviewed"),
    requirements: z
      .array(Requirement)
      .describe("in path order; empty means reviewed and none found"),
    unconfirmed: z
      .array(Text)
      .default([])
      .describe("facts left out because no stored source confirmed them"),
  })
  .strict();
/** The reviewed entry requirements of one occupation. */
export type OccupationRequirements = z.infer<typeof OccupationRequirements>;

/** One file of `data/requirements/`: the occupations of one family. */
export const RequirementsFile = z
  .object({
    family: Text.describe(
      "the occupation family, e.g. 'Healthcare practitioners and technical occupations'",
    ),
    occupations: z.array(OccupationRequirements).min(1),
  })
  .strict();
/** One file of `data/requirements/`. */
export type RequirementsFile = z.infer<typeof RequirementsFile>;
