/**
 * Typed, sourced US career data: every BLS occupation, curated career guides, ordered steps,
 * next steps and comparisons. This entry point never loads zod: the data was validated when
 * the package was built.
 *
 * @module careerpath
 */
export {
  type CareerPath,
  type CareerPathsOptions,
  careerPaths,
  type PathHop,
  type RelatedCareer,
  type RelatedCareers,
  relatedCareers,
} from "./career-paths.js";
export { careerSteps } from "./career-steps.js";
export {
  type CareerComparison,
  type ComparedSide,
  type ComparisonRow,
  compareCareers,
  type HistoricalComparison,
  IMPORTANT_SKILL,
  type RankComparison,
  type RequirementsSide,
  type WageComparison,
  type WagePercentiles,
} from "./compare-careers.js";
export {
  CareerpathValidationError,
  InvalidOptionError,
  UnknownCareerError,
  UnknownOccupationError,
  UnknownStepError,
  type ValidationIssue,
} from "./errors.js";
export {
  type CareerId,
  type CredentialId,
  careerIds,
  credentialIds,
  dataVersion,
  type OccupationCode,
  type OrganizationId,
  occupationCodes,
  organizationIds,
  type SourceId,
  sourceIds,
} from "./generated/ids.js";
export { getCareer, getCareerOrThrow, isCareerId } from "./get-career.js";
export { getOccupation, getOccupationOrThrow, isOccupationCode } from "./get-occupation.js";
export { type GroupFigures, type GroupMember, groupFigures } from "./group-figures.js";
export type { SkillToBuild } from "./internal/skill-gap.js";
export type { TimeToEntry } from "./internal/time-to-entry.js";
export {
  type CareerMove,
  type CareerMoves,
  careerMoves,
  type MovesOptions,
} from "./match/career-moves.js";
export {
  type CareerMatch,
  type CareerMatches,
  type FilterCheck,
  type InterestFit,
  type MatchOptions,
  type MatchProfile,
  matchCareers,
} from "./match/match-careers.js";
export type { RequirementGap } from "./match/requirement-gap.js";
export { type GapSide, type SkillGap, skillGap, TO_BUILD_RULE } from "./match/skill-gap.js";
export { type NextStepOptions, type NextStepResult, nextStep } from "./next-step.js";
export { nextStepIn } from "./next-step-in.js";
export { type LabelledFigure, officialFigures } from "./official-figures.js";
export { getCodeSet, getCredential, getOrganization, getSource } from "./registry-lookups.js";
export { entryRequirements } from "./requirements/entry-requirements.js";
export type {
  EntryRequirements,
  NotReviewedRequirements,
  ReviewedRequirements,
} from "./requirements/types.js";
export type {
  Career,
  CareerLink,
  CareerStep,
  Duration,
  GuideScope,
  HistoricalFigure,
  QuickFacts,
  StepAlternative,
  WorkSetting,
} from "./schemas/career.js";
export type {
  EducationCategory,
  ExperienceCategory,
  TrainingCategory,
} from "./schemas/categories.js";
export type { Figure, FigureUnit, OfficialValue } from "./schemas/figure.js";
export type {
  Interests,
  Occupation,
  OewsWages,
  OnetFacts,
  Projections,
  RelatedOccupation,
  SocGroup,
  WageScale,
} from "./schemas/occupation.js";
export type { CodeSet, Credential, Organization } from "./schemas/registry.js";
export type {
  OccupationRequirements,
  Requirement,
  RequirementBody,
  RequirementKind,
  RequirementNumber,
  RequirementScope,
  RequirementTiming,
} from "./schemas/requirement.js";
export type { Source } from "./schemas/source.js";
export { type CareerHit, type SearchOptions, searchCareers } from "./search-careers.js";
export {
  type CategoryCodeJsonLd,
  type CodeSetJsonLd,
  type CountryJsonLd,
  type CredentialJsonLd,
  type DatasetJsonLd,
  type ExperienceJsonLd,
  type HowToJsonLd,
  type HowToStepJsonLd,
  type JsonLdOptions,
  type OccupationJsonLd,
  type OrganizationJsonLd,
  type SalaryDistributionJsonLd,
  toHowToJsonLd,
  toJsonLd,
  type WebPageJsonLd,
} from "./to-json-ld.js";
