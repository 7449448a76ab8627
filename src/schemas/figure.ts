import * as z from "zod";
import { figureUnits } from "../vocabulary.js";
import { SourceId, Text } from "./common.js";

/** The unit of a figure. */
export const FigureUnit = z.enum(figureUnits).describe("unit of measure");
/** The unit of a figure. */
export type FigureUnit = z.infer<typeof FigureUnit>;

const figureBase = {
  unit: FigureUnit,
  period: Text.describe("reference period, e.g. 'May 2024' or '2024–34'"),
  source: SourceId,
  scope: Text.optional().describe(
    "what the figure covers when that differs from the record, e.g. a wider occupation group",
  ),
};

/**
 * A number with its provenance: unit, reference period and source. A value that the
 * publisher suppressed or top-coded says so in `kind`; it is never a made-up number.
 */
export const Figure = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("value"), value: z.number().finite(), ...figureBase }).strict(),
  z.object({ kind: z.literal("suppressed"), ...figureBase }).strict(),
  z
    .object({
      kind: z.literal("top-coded"),
      atLeast: z.number().finite().describe("the published floor, e.g. 239200"),
      ...figureBase,
    })
    .strict(),
]);
/** A number with its provenance, or a typed suppressed / top-coded state. */
export type Figure = z.infer<typeof Figure>;

/**
 * A compact official value inside a figure group whose unit, period and source are
 * given once by the group: a number, or a typed suppressed / top-coded state.
 */
export const OfficialValue = z.union([
  z.number().finite(),
  z
    .object({
      kind: z.literal("suppressed"),
      marker: z.string().describe("the publisher's marker, e.g. '*' or '—'"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("top-coded"),
      atLeast: z.number().finite(),
      marker: z.string().describe("the publisher's marker, e.g. '#' or '>=$239,200'"),
    })
    .strict(),
]);
/** A number, or a typed suppressed / top-coded state. */
export type OfficialValue = z.infer<typeof OfficialValue>;
