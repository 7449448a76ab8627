import * as z from "zod";
import { Slug, SourcedText, SourceId, Text } from "./common.js";

/** A number with its unit and source. */
export const SourcedNumber = z
  .object({
    value: z.number().finite(),
    unit: z.enum(["questions", "hours", "percent", "years", "CEUs", "days", "USD"]),
    source: SourceId,
  })
  .strict();
/** A number with its unit and source. */
export type SourcedNumber = z.infer<typeof SourcedNumber>;

/** An organization: a credentialing body, accreditor, publisher or steward. */
export const Organization = z
  .object({
    id: Slug,
    acronym: Text,
    name: Text,
    kind: z.enum([
      "credentialing body",
      "accreditor",
      "professional association",
      "government agency",
      "research center",
    ]),
    summary: Text,
    url: z.url(),
    sources: z.array(SourceId).min(1),
  })
  .strict();
/** An organization. */
export type Organization = z.infer<typeof Organization>;

/** A professional credential. Facts that could not be confirmed are absent and listed in `unconfirmed`. */
export const Credential = z
  .object({
    id: Slug,
    acronym: Text,
    name: Text,
    issuer: Slug.describe("organization id"),
    summary: Text,
    eligibility: z.array(SourcedText).default([]),
    exam: z
      .object({
        questions: SourcedNumber.optional(),
        durationHours: SourcedNumber.optional(),
        passingPercent: SourcedNumber.optional(),
        notes: z.array(SourcedText).default([]),
      })
      .strict()
      .optional(),
    renewal: z
      .object({
        cycleYears: SourcedNumber.optional(),
        ceus: SourcedNumber.optional(),
        notes: z.array(SourcedText).default([]),
      })
      .strict()
      .optional(),
    designations: z
      .array(
        z
          .object({
            acronym: Text,
            name: Text,
            howRemoved: z.array(SourcedText).min(1),
          })
          .strict(),
      )
      .default([])
      .describe("interim designations, e.g. an apprentice 'A'"),
    unconfirmed: z
      .array(Text)
      .default([])
      .describe("facts left out because no primary or secondary source confirmed them"),
    sources: z.array(SourceId).min(1),
  })
  .strict();
/** A professional credential. */
export type Credential = z.infer<typeof Credential>;

/** A medical code set that coders use. */
export const CodeSet = z
  .object({
    id: Slug,
    name: Text,
    purpose: Text,
    steward: Slug.describe("organization id"),
    sources: z.array(SourceId).min(1),
  })
  .strict();
/** A medical code set. */
export type CodeSet = z.infer<typeof CodeSet>;
