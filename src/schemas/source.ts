import * as z from "zod";
import { SourceId, Text } from "./common.js";

/** One entry of the source registry: a dataset release or a cited page. */
export const Source = z
  .object({
    id: SourceId,
    kind: z.enum(["dataset", "page"]).describe("an official dataset release, or a cited web page"),
    title: Text,
    publisher: Text,
    release: Text.optional().describe("release name, e.g. 'O*NET 30.1 (December 2025)'"),
    period: Text.describe("vintage of the data, e.g. 'May 2024' or '2024–34'"),
    url: z.url(),
    licence: Text,
    licenceUrl: z
      .url()
      .optional()
      .describe("the licence's own page, where the licence has one (e.g. CC BY 4.0)"),
    secondary: z
      .boolean()
      .optional()
      .describe("true when the page only reports another publisher's figures"),
    attribution: Text.optional().describe("attribution text the licence asks for"),
    modificationNotice: Text.optional().describe("notice that the data has been modified"),
    note: Text.optional(),
  })
  .strict();
/** One entry of the source registry. */
export type Source = z.infer<typeof Source>;
