import { stepsFor } from "../career-steps.js";
import type { CareerId, OccupationCode } from "../generated/ids.js";
import { careerById } from "../internal/data.js";
import { occupationByCode } from "../internal/occupations.js";
import { readJsonLdOptions } from "./options.js";
import { datasets } from "./parts.js";
import type { HowToJsonLd, HowToStepJsonLd, JsonLdOptions } from "./types.js";

function withArticle(title: string): string {
  const lower = title.charAt(0).toLowerCase() + title.slice(1);
  return `${/^[aeiou]/i.test(lower) ? "an" : "a"} ${lower}`;
}

function stepUrl(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = `step-${id}`;
  return url.href;
}

/**
 * Offers the ordered steps into a career as schema.org `HowTo` JSON-LD, one `HowToStep` per
 * step with its `position`, `name` and `text`.
 *
 * The steps are the same as {@link careerSteps} returns: a guide's own steps, or steps generated
 * from the occupation's BLS categories, in which case the description says so. Google stopped
 * showing How-to rich results in 2023; the markup still describes the page to other readers.
 *
 * @param careerOrCode - A career id or an occupation code.
 * @param options - `url` (adds `mainEntityOfPage` and a `#step-<id>` URL per step) and `lastReviewed`.
 * @returns A fresh, JSON-serializable `HowTo`; `step` is never empty.
 * @throws {@link UnknownCareerError} or {@link UnknownOccupationError} for an unknown id;
 *   {@link InvalidOptionError} for malformed options.
 * @category JSON-LD
 * @example
 * ```ts
 * import { toHowToJsonLd } from "careerpath";
 * const howTo = toHowToJsonLd("insurance-coder");
 * howTo.name; // "How to become an insurance coder"
 * howTo.step.length; // 5
 * howTo.step[0]?.position; // 1
 * howTo.step[0]?.name; // "Finish high school"
 * ```
 */
export function toHowToJsonLd(
  careerOrCode: CareerId | OccupationCode | (string & {}),
  options?: JsonLdOptions,
): HowToJsonLd {
  const page = readJsonLdOptions(options);
  const { owner, steps } = stepsFor(careerOrCode);
  const career = careerById(owner);
  const occupation = career ? undefined : occupationByCode(owner);
  const title = career?.title ?? occupation?.title ?? owner;
  const generated = steps.some((s) => s.generated);
  const basedOn = datasets(steps.flatMap((s) => s.sources));
  const name = career
    ? `How to become ${withArticle(career.title)}`
    : `Steps into the occupation ${title} (${owner})`;
  // Generated steps belong to an occupation code, so `occupation` is set whenever they appear.
  const description =
    generated && occupation
      ? `The usual path into ${title} (${owner}), generated from its BLS typical entry education, related work experience and on-the-job training categories (Employment Projections ${occupation.projections.period}), O*NET data and, where careerpath has reviewed them, the licences, exams and registrations it needs (a national summary; rules vary by state). It is a general outline, not a guide written for this occupation.`
      : `The ${steps.length} steps into a career as ${withArticle(title)}, in order, from the careerpath guide.`;
  const step: HowToStepJsonLd[] = steps.map((s) => ({
    "@type": "HowToStep",
    position: s.order,
    name: s.title,
    text: s.optional ? `Optional: ${s.summary}` : s.summary,
    ...(page ? { url: stepUrl(page.url, s.id) } : {}),
  }));
  return {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name,
    description,
    about: { "@type": "Occupation", name: title },
    step,
    ...(basedOn.length > 0 ? { isBasedOn: basedOn } : {}),
    ...(page ? { mainEntityOfPage: page } : {}),
  };
}
