import * as z from "zod";
import { OccupationCode, OnetCode, Text } from "./common.js";

const SocCode = z.string().regex(/^\d{2}-\d{4}$/);

/** A SOC 2018 detailed occupation and the line item that stands for it. */
export const Soc2018Entry = z
  .object({
    code: SocCode,
    title: Text.describe("official SOC 2018 title"),
    lineItem: OccupationCode.nullable().describe(
      "the code itself, the EP aggregate that covers it, or null when EP projects none (military)",
    ),
  })
  .strict();
/** A SOC 2018 detailed occupation and the line item that stands for it. */
export type Soc2018Entry = z.infer<typeof Soc2018Entry>;

/** A SOC 2010 detailed occupation and the SOC 2018 codes it became. */
export const Soc2010Entry = z
  .object({
    code: SocCode,
    title: Text.describe("official SOC 2010 title, without the crosswalk's (#) marker"),
    soc2018: z.array(SocCode).min(1).describe("the SOC 2018 codes it maps to, in file order"),
  })
  .strict();
/** A SOC 2010 detailed occupation and the SOC 2018 codes it became. */
export type Soc2010Entry = z.infer<typeof Soc2010Entry>;

/** An O*NET-SOC 2019 occupation and its SOC 2018 code. */
export const Onet2019Entry = z
  .object({
    code: OnetCode,
    title: Text.describe("official O*NET-SOC 2019 title"),
    soc2018: SocCode.describe("its SOC 2018 detailed code (the first seven characters)"),
  })
  .strict();
/** An O*NET-SOC 2019 occupation and its SOC 2018 code. */
export type Onet2019Entry = z.infer<typeof Onet2019Entry>;

/** An O*NET-SOC 2010 occupation and the O*NET-SOC 2019 codes it became. */
export const Onet2010Entry = z
  .object({
    code: OnetCode,
    title: Text.describe("official O*NET-SOC 2010 title"),
    onet2019: z.array(OnetCode).min(1).describe("the O*NET-SOC 2019 codes it maps to"),
  })
  .strict();
/** An O*NET-SOC 2010 occupation and the O*NET-SOC 2019 codes it became. */
export type Onet2010Entry = z.infer<typeof Onet2010Entry>;

/**
 * The official code crosswalks, normalised: the line items, SOC 2018 → line item, SOC 2010 → SOC 2018,
 * O*NET-SOC 2019 → SOC 2018 and O*NET-SOC 2010 → O*NET-SOC 2019. Each list is sorted by code.
 */
export const Crosswalks = z
  .object({
    lineItems: z
      .array(z.object({ code: OccupationCode, title: Text }).strict())
      .describe("the EP line items with their National Employment Matrix titles"),
    soc2018: z.array(Soc2018Entry),
    soc2010: z.array(Soc2010Entry),
    onet2019: z.array(Onet2019Entry),
    onet2010: z.array(Onet2010Entry),
  })
  .strict();
/** The official code crosswalks, normalised. */
export type Crosswalks = z.infer<typeof Crosswalks>;
