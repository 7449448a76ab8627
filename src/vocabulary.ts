/**
 * Fixed vocabularies: the BLS category names and our own enumerations. Plain constants with no
 * dependencies, so runtime helpers can use them without loading zod.
 * @module
 */

/**
 * BLS "typical education needed for entry" categories, in rank order (lowest first).
 * The strings are the exact BLS category names.
 */
export const educationCategories = [
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  "Doctoral or professional degree",
] as const;

/** BLS "work experience in a related occupation" categories, in rank order. */
export const experienceCategories = ["None", "Less than 5 years", "5 years or more"] as const;

/** BLS "typical on-the-job training" categories, in rank order. */
export const trainingCategories = [
  "None",
  "Short-term on-the-job training",
  "Moderate-term on-the-job training",
  "Long-term on-the-job training",
  "Apprenticeship",
  "Internship/residency",
] as const;

/** The kinds of step a career path is made of. */
export const stepKinds = [
  "education",
  "training",
  "job",
  "certification",
  "experience",
  "advancement",
  "licence",
  "check",
] as const;

/** O*NET relatedness tiers, closest first. */
export const relatednessTiers = ["Primary-Short", "Primary-Long", "Supplemental"] as const;

/** The six RIASEC interest areas, in O*NET order. */
export const interestAreas = [
  "Realistic",
  "Investigative",
  "Artistic",
  "Social",
  "Enterprising",
  "Conventional",
] as const;

/** How two curated careers relate to each other. */
export const careerRelations = ["alternative", "advancement", "similar"] as const;

/** Units that figures are measured in. */
export const figureUnits = [
  "USD per year",
  "USD per hour",
  "percent",
  "jobs",
  "thousands of jobs",
  "thousands of openings per year",
] as const;
