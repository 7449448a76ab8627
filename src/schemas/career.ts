import * as z from "zod";
import { careerRelations, relatednessTiers, stepKinds } from "../vocabulary.js";
import { EducationCategory } from "./categories.js";
import { OccupationCode, Slug, SourceId, Text } from "./common.js";
import { Figure } from "./figure.js";

/** A duration range, e.g. 1–2 years. */
export const Duration = z
  .object({
    min: z.number().min(0),
    max: z.number().min(0).nullable().describe("null when there is no usual upper bound"),
    unit: z.enum(["weeks", "months", "years"]),
  })
  .strict()
  .refine((d) => d.max === null || d.min <= d.max, {
    message: "min must not exceed max",
    path: ["max"],
  });
/** A duration range, e.g. 1–2 years. */
export type Duration = z.infer<typeof Duration>;

/** One of several ways to complete a step, e.g. a certificate *or* an associate's degree. */
export const StepAlternative = z
  .object({
    id: Slug,
    title: Text,
    summary: Text.optional(),
    duration: Duration.optional(),
    educationCategory: EducationCategory.optional().describe(
      "the BLS education category this option reaches, when it is an education or training option",
    ),
    credentials: z.array(Slug).default([]).describe("credential ids this option leads to"),
    organizations: z.array(Slug).default([]).describe("organization ids involved"),
  })
  .strict();
/** One of several ways to complete a step. */
export type StepAlternative = z.infer<typeof StepAlternative>;

/** One ordered step on the way into a career. */
export const CareerStep = z
  .object({
    id: Slug.describe("unique within the career"),
    order: z.number().int().positive().describe("1 for the first step"),
    kind: z.enum(stepKinds),
    title: Text,
    summary: Text,
    details: z.array(Text).default([]).describe("further points, e.g. useful school subjects"),
    duration: Duration.nullable().describe("typical time the step takes; null when open-ended"),
    educationCategory: EducationCategory.optional().describe(
      "the BLS education category the step reaches; for a step with alternatives, the lowest of theirs applies when absent",
    ),
    optional: z.boolean(),
    alternatives: z.array(StepAlternative).default([]),
    prerequisites: z.array(Slug).default([]).describe("ids of steps that must come first"),
    credentials: z.array(Slug).default([]),
    organizations: z.array(Slug).default([]),
    workSettings: z.array(Slug).default([]).describe("ids of the career's work settings"),
    programs: z
      .array(z.string().regex(/^\d{2}\.\d{4}$/))
      .default([])
      .describe("CIP 2020 program codes that prepare for this step"),
    generated: z
      .boolean()
      .default(false)
      .describe("true when derived from BLS categories rather than written by hand"),
    basis: Text.optional().describe(
      "for a generated step, what it rests on: a BLS category, an O*NET distribution, or an entry requirement with its source",
    ),
    requirements: z
      .array(Slug)
      .default([])
      .describe(
        "ids of the occupation's entry requirements (see `entryRequirements`) that this step covers",
      ),
    sources: z.array(SourceId).default([]),
  })
  .strict();
/** One ordered step on the way into a career. */
export type CareerStep = z.infer<typeof CareerStep>;

/** A place where people in a career work. */
export const WorkSetting = z.object({ id: Slug, name: Text }).strict();
/** A place where people in a career work. */
export type WorkSetting = z.infer<typeof WorkSetting>;

/** A figure the guide quotes as published, next to the current official ones. */
export const HistoricalFigure = z
  .object({
    label: Text.describe("what the figure measures, e.g. 'Median annual wage'"),
    figure: Figure,
  })
  .strict();
/** A figure the guide quotes as published. */
export type HistoricalFigure = z.infer<typeof HistoricalFigure>;

/** A typed link from one career to another. */
export const CareerLink = z
  .object({
    career: Slug.describe("id of the related career"),
    relation: z.enum(careerRelations),
    note: Text.describe("why the two are linked, in our words"),
    evidence: z.union([
      z.object({ source: SourceId }).strict(),
      z.object({ onetTier: z.enum(relatednessTiers) }).strict(),
    ]),
  })
  .strict();
/** A typed link from one career to another. */
export type CareerLink = z.infer<typeof CareerLink>;

/** The quick-facts panel of a guide. */
export const QuickFacts = z
  .object({
    education: Text.describe("typical education, in our words"),
    educationCategory: EducationCategory.describe("the BLS category it corresponds to"),
    certification: z
      .object({
        status: z.enum(["required", "voluntary", "varies", "none"]),
        text: Text,
      })
      .strict(),
    keySkills: z.array(Text).min(1),
    keyResponsibilities: z.array(Text).min(1),
  })
  .strict();
/** The quick-facts panel of a guide. */
export type QuickFacts = z.infer<typeof QuickFacts>;

/**
 * What a curated guide covers. An `"occupation"` guide covers its main occupation (its first
 * code) as a whole, and its steps replace the generated steps for that code. A `"specialty"` guide
 * covers one specialty inside its occupation(s), such as coding supervisors inside first-line
 * supervisors of office workers: it never replaces the occupation's steps, and the occupation
 * lists it as a specialty guide instead.
 */
export const guideScopes = ["occupation", "specialty"] as const;
/** What a curated guide covers: a whole occupation, or a specialty inside one. */
export const GuideScope = z.enum(guideScopes);
/** What a curated guide covers. */
export type GuideScope = z.infer<typeof GuideScope>;

/** A curated career guide, keyed by slug. */
export const Career = z
  .object({
    id: Slug,
    title: Text,
    scope: GuideScope.describe(
      "'occupation' when the guide covers its main occupation as a whole (its steps replace the generated ones for that code), 'specialty' when it covers one specialty inside it",
    ),
    aliases: z.array(Text).default([]).describe("other names people search for"),
    occupations: z
      .array(OccupationCode)
      .min(1)
      .describe("BLS line items the guide belongs to; the first is the main one"),
    occupationNote: Text.optional().describe(
      "how the guide's figures relate to its occupations, e.g. for a group",
    ),
    summary: Text,
    quickFacts: QuickFacts,
    historicalFigures: z.array(HistoricalFigure).default([]),
    steps: z.array(CareerStep).min(1),
    workSettings: z.array(WorkSetting).default([]),
    credentials: z.array(Slug).default([]),
    organizations: z.array(Slug).default([]),
    related: z.array(CareerLink).default([]),
    ambiguous: z
      .array(
        z
          .object({
            phrase: Text.describe("a search phrase that could mean more than one career"),
            careers: z.array(Slug).min(2),
            occupations: z.array(OccupationCode).min(1),
            note: Text,
          })
          .strict(),
      )
      .default([])
      .describe("phrases that are ambiguous between this career and others"),
    sources: z.array(SourceId).min(1),
  })
  .strict();
/** A curated career guide, keyed by slug. */
export type Career = z.infer<typeof Career>;
/** The input shape of a career record (before defaults are applied). */
export type CareerInput = z.input<typeof Career>;
