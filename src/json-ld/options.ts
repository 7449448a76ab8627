import { InvalidOptionError } from "../errors.js";
import { readOptions } from "../internal/input.js";
import type { JsonLdOptions, WebPageJsonLd } from "./types.js";

const ISO_DATE =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function readUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const expected = "an absolute http(s) URL";
  if (typeof value !== "string") throw new InvalidOptionError("url", expected, value);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InvalidOptionError("url", expected, value);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new InvalidOptionError("url", expected, value);
  return value;
}

function readLastReviewed(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const expected = "a valid Date or an ISO 8601 date such as 2025-06-30";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new InvalidOptionError("lastReviewed", expected, value);
    return value.toISOString();
  }
  if (typeof value !== "string" || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidOptionError("lastReviewed", expected, value);
  return value;
}

/** Checks the options of toJsonLd / toHowToJsonLd and builds the `mainEntityOfPage`, if any. */
export function readJsonLdOptions(options: unknown): WebPageJsonLd | undefined {
  if (options === undefined) return undefined;
  const { url, lastReviewed } = readOptions(options) as JsonLdOptions;
  const pageUrl = readUrl(url);
  const reviewed = readLastReviewed(lastReviewed);
  if (pageUrl === undefined) {
    if (reviewed !== undefined)
      throw new InvalidOptionError("url", "a page URL when lastReviewed is given", undefined);
    return undefined;
  }
  return reviewed === undefined
    ? { "@type": "WebPage", url: pageUrl }
    : { "@type": "WebPage", url: pageUrl, lastReviewed: reviewed };
}
