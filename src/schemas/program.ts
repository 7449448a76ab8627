import * as z from "zod";
import { CipCode, OccupationCode, SourceId, Text } from "./common.js";

/** A CIP 2020 family (two-digit code) or series (four-digit code) with its official title. */
export const CipGroup = z
  .object({
    code: z
      .string()
      .regex(/^\d{2}(?:\.\d{2})?$/, "must look like 51 or 51.07")
      .describe("CIP 2020 family code (e.g. 51) or series code (e.g. 51.07)"),
    title: Text.describe("NCES title without its final period"),
  })
  .strict();
/** A CIP 2020 family or series with its official title. */
export type CipGroup = z.infer<typeof CipGroup>;

/**
 * An instructional program: one six-digit CIP 2020 code that the NCES CIP 2020 ↔ SOC 2018
 * crosswalk links to at least one of our occupations.
 */
export const Program = z
  .object({
    code: CipCode,
    title: Text.describe(
      "official CIP 2020 title from the NCES code list, without its final period",
    ),
    family: CipGroup.extend({
      code: z.string().regex(/^\d{2}$/, "must look like 51"),
    }).describe("the two-digit CIP family, e.g. 51 HEALTH PROFESSIONS AND RELATED PROGRAMS"),
    series: CipGroup.extend({
      code: z.string().regex(/^\d{2}\.\d{2}$/, "must look like 51.07"),
    }).describe("the four-digit CIP series, e.g. 51.07 Health and Medical Administrative Services"),
    occupations: z
      .array(OccupationCode)
      .min(1)
      .describe(
        "the occupations the program leads to, sorted; SOC codes are mapped onto our codes, so a code an EP aggregate covers appears as the aggregate",
      ),
    source: SourceId,
  })
  .strict();
/** An instructional program (CIP 2020 code) and the occupations it leads to. */
export type Program = z.infer<typeof Program>;
