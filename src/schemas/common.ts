import * as z from "zod";
import { VISIBLE } from "../internal/invisible.js";

/** A lower-case, hyphenated id such as `insurance-coder`. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")
  .max(80)
  .describe("lower-case words joined by hyphens");

/** A BLS National Employment Matrix line-item code: a SOC 2018 detailed code or an EP aggregate. */
export const OccupationCode = z
  .string()
  .regex(/^\d{2}-\d{4}$/, "must look like 29-2072")
  .describe("SOC 2018 / BLS Employment Projections code, e.g. 29-2072");

/** A six-digit CIP 2020 instructional program code such as `51.0713`, kept as a string. */
export const CipCode = z
  .string()
  .regex(/^\d{2}\.\d{4}$/, "must look like 51.0713")
  .describe("CIP 2020 program code, e.g. 51.0713 (a string: leading zeros matter)");

/** An O*NET-SOC code such as `29-2072.00`. */
export const OnetCode = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, "must look like 29-2072.00")
  .describe("O*NET-SOC code, e.g. 29-2072.00");

/** An id into the source registry. */
export const SourceId = Slug.describe("id of an entry in the source registry");

/** A sentence or phrase of our own text: at least one visible character, not only zero-width ones. */
export const Text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(2000)
  .regex(VISIBLE, "must contain a visible character (not only spaces or zero-width characters)");

/** A fact stated in our words, with the source it comes from. */
export const SourcedText = z
  .object({
    text: Text.describe("the fact, in our own words"),
    source: SourceId,
  })
  .strict();
/** A fact stated in our words, with the source it comes from. */
export type SourcedText = z.infer<typeof SourcedText>;
