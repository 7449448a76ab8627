import * as z from "zod";
import { educationCategories, experienceCategories, trainingCategories } from "../vocabulary.js";

export {
  careerRelations,
  educationCategories,
  experienceCategories,
  figureUnits,
  interestAreas,
  relatednessTiers,
  stepKinds,
  trainingCategories,
} from "../vocabulary.js";

/** The BLS entry-education category of an occupation. */
export const EducationCategory = z
  .enum(educationCategories)
  .describe("BLS typical education needed for entry (Employment Projections, Table 5.4)");
/** The BLS related-work-experience category of an occupation. */
export const ExperienceCategory = z
  .enum(experienceCategories)
  .describe("BLS work experience in a related occupation (Employment Projections, Table 5.4)");
/** The BLS on-the-job-training category of an occupation. */
export const TrainingCategory = z
  .enum(trainingCategories)
  .describe("BLS typical on-the-job training (Employment Projections, Table 5.4)");

/** A BLS typical-entry-education category name. */
export type EducationCategory = z.infer<typeof EducationCategory>;
/** A BLS related-work-experience category name. */
export type ExperienceCategory = z.infer<typeof ExperienceCategory>;
/** A BLS on-the-job-training category name. */
export type TrainingCategory = z.infer<typeof TrainingCategory>;
