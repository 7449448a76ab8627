/**
 * The zod schemas behind every careerpath record, the inferred types, and validators for
 * data that comes from outside (an API, a CMS, a file).
 *
 * Unknown keys are **rejected**: every object schema is strict, so a typo such as `tittle`
 * is reported rather than silently dropped, and keys such as `__proto__` never reach the output.
 *
 * @module careerpath/schemas
 */

export { CareerpathValidationError, type ValidationIssue } from "../errors.js";
export * from "./career.js";
export * from "./categories.js";
export * from "./common.js";
export * from "./crosswalk.js";
export * from "./figure.js";
export * from "./occupation.js";
export * from "./program.js";
export * from "./registry.js";
export * from "./requirement.js";
export * from "./source.js";
export * from "./validate.js";
