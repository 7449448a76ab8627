import * as z from "zod";
import { interestAreas, relatednessTiers } from "../vocabulary.js";
import { EducationCategory, ExperienceCategory, TrainingCategory } from "./categories.js";
import { CipCode, OccupationCode, OnetCode, Slug, SourceId, Text } from "./common.js";
import { OfficialValue } from "./figure.js";

/** A SOC group (major, minor or broad) with its official title. */
export const SocGroup = z
  .object({
    code: z.string().regex(/^\d{2}-\d{4}$/),
    title: Text,
  })
  .strict();
/** A SOC group with its official title. */
export type SocGroup = z.infer<typeof SocGroup>;

/** BLS Employment Projections figures for one occupation. */
export const Projections = z
  .object({
    source: SourceId,
    period: Text.describe("projection decade, e.g. '2024–34'"),
    employmentBase: OfficialValue.describe("employment in the base year, thousands of jobs"),
    employmentProjected: OfficialValue.describe(
      "projected employment in the target year, thousands of jobs",
    ),
    change: OfficialValue.describe("numeric employment change, thousands of jobs"),
    percentChange: OfficialValue.describe("employment change, percent"),
    openings: OfficialValue.describe("occupational openings, annual average, thousands"),
    selfEmployedPercent: OfficialValue.describe("percent self-employed in the base year"),
    medianWage: OfficialValue.describe(
      "median annual wage in the base year, USD (from OEWS, May of the base year)",
    ),
  })
  .strict();
/** BLS Employment Projections figures for one occupation. */
export type Projections = z.infer<typeof Projections>;

const percentiles = {
  mean: OfficialValue,
  p10: OfficialValue,
  p25: OfficialValue,
  median: OfficialValue,
  p75: OfficialValue,
  p90: OfficialValue,
};

/** Wage estimates at one scale (hourly or annual). */
export const WageScale = z.object(percentiles).strict();
/** Wage estimates at one scale (hourly or annual). */
export type WageScale = z.infer<typeof WageScale>;

/** OEWS national wage estimates for one occupation and one May reference period. */
export const OewsWages = z
  .object({
    source: SourceId,
    period: Text.describe("reference period, e.g. 'May 2024'"),
    oewsCode: z
      .string()
      .regex(/^\d{2}-\d{4}$/)
      .describe("the OEWS occupation code the estimates were read from"),
    employment: OfficialValue.describe("employment, jobs (not thousands)"),
    hourly: WageScale.describe("USD per hour"),
    annual: WageScale.describe("USD per year"),
    annualOnly: z
      .boolean()
      .describe("true when OEWS publishes only annual wages for this occupation"),
    hourlyOnly: z
      .boolean()
      .describe("true when OEWS publishes only hourly wages for this occupation"),
  })
  .strict();
/** OEWS national wage estimates for one occupation and one May reference period. */
export type OewsWages = z.infer<typeof OewsWages>;

/** An O*NET related occupation, mapped onto a BLS line-item code. */
export const RelatedOccupation = z
  .object({
    code: OccupationCode,
    tier: z.enum(relatednessTiers),
    rank: z.number().int().positive().describe("O*NET's index within the list, 1 = closest"),
  })
  .strict();
/** An O*NET related occupation, mapped onto a BLS line-item code. */
export type RelatedOccupation = z.infer<typeof RelatedOccupation>;

/** RIASEC interest scores, O*NET scale 1–7. */
export const Interests = z
  .object(
    Object.fromEntries(interestAreas.map((area) => [area, z.number().min(1).max(7)])) as Record<
      (typeof interestAreas)[number],
      z.ZodNumber
    >,
  )
  .strict();
/** RIASEC interest scores, O*NET scale 1–7. */
export type Interests = z.infer<typeof Interests>;

/**
 * Percent of respondents in each category of one O*NET Education, Training, and Experience
 * scale, category 1 first; null when O*NET gives none.
 */
function levels(count: number, scale: string, reference: string) {
  return z
    .array(z.number().min(0).max(100))
    .length(count)
    .nullable()
    .describe(
      `percent of respondents in each of the ${count} O*NET "${scale}" categories, category 1 first (names in \`${reference}\`); null when O*NET gives none`,
    );
}

/** A category of an O*NET Education, Training, and Experience scale, with O*NET's name. */
export const LevelCategory = z
  .object({
    category: z.number().int().min(1),
    name: Text,
  })
  .strict();
/** A category of an O*NET Education, Training, and Experience scale, with O*NET's name. */
export type LevelCategory = z.infer<typeof LevelCategory>;

/** O*NET facts for one occupation (O*NET 30.1). */
export const OnetFacts = z
  .object({
    source: SourceId,
    codes: z.array(OnetCode).describe("O*NET-SOC codes that roll up to this occupation"),
    jobZone: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullable()
      .describe("O*NET Job Zone 1–5; null when O*NET gives none"),
    related: z.array(RelatedOccupation).describe("related occupations, closest first"),
    interests: Interests.nullable().describe("RIASEC scores; null when O*NET gives none"),
    topInterests: z
      .string()
      .regex(/^[RIASEC]{0,3}$/)
      .describe("RIASEC high-point code, e.g. 'CI'; empty when O*NET gives none"),
    skills: z
      .array(z.number().min(1).max(5))
      .length(35)
      .nullable()
      .describe(
        "importance (1–5) of the 35 O*NET skills, in the order of `reference.skills`; null when O*NET gives none",
      ),
    skillLevels: z
      .array(z.number().min(0).max(7))
      .length(35)
      .nullable()
      .describe(
        "level (LV, 0–7) of the 35 O*NET skills, in the order of `reference.skills`; null when O*NET gives none",
      ),
    educationLevels: levels(12, "Required Level of Education", "reference.educationLevels"),
    experienceLevels: levels(11, "Related Work Experience", "reference.experienceLevels"),
    trainingLevels: levels(9, "On-the-Job Training", "reference.trainingLevels"),
  })
  .strict();
/** O*NET facts for one occupation (O*NET 30.1). */
export type OnetFacts = z.infer<typeof OnetFacts>;

/**
 * An occupation: one line item of the BLS National Employment Matrix, with official facts only.
 */
export const Occupation = z
  .object({
    code: OccupationCode,
    title: Text.describe("official National Employment Matrix title"),
    slug: Slug,
    kind: z
      .enum(["detailed", "aggregate"])
      .describe("a SOC 2018 detailed occupation, or a BLS Employment Projections aggregate"),
    covers: z
      .array(OccupationCode)
      .describe("for an aggregate, the SOC detailed codes it covers; empty otherwise"),
    soc: z
      .object({
        major: SocGroup,
        minor: SocGroup,
        broad: SocGroup.nullable().describe("null for an aggregate that spans broad groups"),
      })
      .strict(),
    categories: z
      .object({
        education: EducationCategory,
        experience: ExperienceCategory,
        training: TrainingCategory,
      })
      .strict()
      .describe("BLS education and training assignments"),
    projections: Projections,
    wages: z
      .object({
        may2024: OewsWages.nullable().describe("null when OEWS publishes no estimate"),
        may2025: OewsWages.nullable().describe("null when OEWS publishes no estimate"),
      })
      .strict(),
    onet: OnetFacts,
    programs: z
      .array(CipCode)
      .default([])
      .describe(
        "CIP 2020 codes of the instructional programs that lead to the occupation (NCES CIP–SOC crosswalk), sorted; empty when none does",
      ),
  })
  .strict();
/** An occupation: one line item of the BLS National Employment Matrix. */
export type Occupation = z.infer<typeof Occupation>;

/** Reference tables that give meaning to occupation fields. */
export const OfficialReference = z
  .object({
    skills: z
      .array(z.object({ id: z.string(), name: Text }).strict())
      .length(35)
      .describe("the 35 O*NET skills, in the order of `Occupation.onet.skills`"),
    jobZones: z
      .array(z.object({ zone: z.number().int().min(1).max(5), name: Text }).strict())
      .length(5),
    educationLevels: z
      .array(LevelCategory)
      .length(12)
      .describe(
        'the 12 O*NET "Required Level of Education" categories, in the order of `Occupation.onet.educationLevels`',
      ),
    experienceLevels: z
      .array(LevelCategory)
      .length(11)
      .describe(
        'the 11 O*NET "Related Work Experience" categories, in the order of `Occupation.onet.experienceLevels`',
      ),
    trainingLevels: z
      .array(LevelCategory)
      .length(9)
      .describe(
        'the 9 O*NET "On-the-Job Training" categories, in the order of `Occupation.onet.trainingLevels`',
      ),
    allOccupations: z
      .object({
        code: z.literal("00-0000"),
        title: Text,
        projections: Projections,
        wages: z.object({ may2024: OewsWages, may2025: OewsWages }).strict(),
      })
      .strict()
      .describe("the all-occupations totals, for comparisons against the average"),
  })
  .strict();
/** Reference tables that give meaning to occupation fields. */
export type OfficialReference = z.infer<typeof OfficialReference>;

/** Reported and alternate job titles for one occupation, used by search. */
export const OccupationTitles = z
  .object({
    reported: z.array(Text).describe("O*NET sample of reported job titles"),
    alternate: z.array(Text).describe("O*NET alternate titles and short titles"),
  })
  .strict();
/** Reported and alternate job titles for one occupation. */
export type OccupationTitles = z.infer<typeof OccupationTitles>;

/** The search title index: occupation code → titles. */
export const TitleIndex = z.record(OccupationCode, OccupationTitles);
/** The search title index: occupation code → titles. */
export type TitleIndex = z.infer<typeof TitleIndex>;
