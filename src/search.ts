/**
 * Occupation search over official titles, curated aliases and about 57,000 O*NET reported and
 * alternate job titles. It lives in its own entry point so that apps that do not search do not
 * ship the title index.
 *
 * @module careerpath/search
 */
export { type OccupationHit, searchOccupations } from "./search/search-occupations.js";
export type { SearchOptions } from "./search-careers.js";
