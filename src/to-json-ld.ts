import type { CareerId, OccupationCode } from "./generated/ids.js";
import { occupationByCode } from "./internal/occupations.js";
import { resolveTarget } from "./internal/resolve.js";
import { readJsonLdOptions } from "./json-ld/options.js";
import {
  categoryCodes,
  composedDescription,
  datasets,
  educationRequirements,
  experienceRequirements,
  occupationSources,
  onetSkills,
  qualifications,
  requirementQualifications,
  salaryDistribution,
} from "./json-ld/parts.js";
import type { JsonLdOptions, OccupationJsonLd, SalaryDistributionJsonLd } from "./json-ld/types.js";
import { entryRequirements } from "./requirements/entry-requirements.js";
import type { Occupation } from "./schemas/occupation.js";

export { toHowToJsonLd } from "./json-ld/to-how-to-json-ld.js";
export type {
  CategoryCodeJsonLd,
  CodeSetJsonLd,
  CountryJsonLd,
  CredentialJsonLd,
  DatasetJsonLd,
  ExperienceJsonLd,
  HowToJsonLd,
  HowToStepJsonLd,
  JsonLdOptions,
  OccupationJsonLd,
  OrganizationJsonLd,
  SalaryDistributionJsonLd,
  WebPageJsonLd,
} from "./json-ld/types.js";

/**
 * Describes a career or an occupation as schema.org `Occupation` JSON-LD, ready to embed in a
 * page as `<script type="application/ld+json">`.
 *
 * A career id gives the guide's own text: title, aliases, summary, key skills, responsibilities
 * and credentials. An occupation code gives the official occupation, with a description composed
 * from its official facts. Both carry the SOC 2018 and O*NET-SOC codes, the BLS education and
 * experience categories, the licences, registrations, certifications and exams of the
 * occupation's reviewed entry requirements (in `qualifications`, each saying whether all, most
 * or some states require it), and the OEWS May 2024 wage percentiles (the vintage of the 2024–34
 * projections). Percentiles that BLS top-coded or suppressed are left out, never estimated.
 * `subjectOf` names the official datasets behind these facts, with their licences and the
 * credit O*NET's CC BY 4.0 licence asks for ("O*NET 30.1 Database", and the notice that
 * careerpath modified the data).
 *
 * Google retired its salary-estimate rich result in 2025, so this markup describes the page to
 * any reader of schema.org; it does not make a page eligible for a Google rich result.
 *
 * @param careerOrCode - A career id (`"insurance-coder"`) or an occupation code (`"29-1141"`).
 * @param options - `url` (adds `mainEntityOfPage`) and `lastReviewed` (needs `url`).
 * @returns A fresh, JSON-serializable object. Optional properties are absent, not empty, when
 *   there is nothing to say (e.g. `estimatedSalary` for an occupation OEWS does not estimate).
 * @throws {@link UnknownCareerError} or {@link UnknownOccupationError} for an unknown id;
 *   {@link InvalidOptionError} for a malformed `url` or `lastReviewed`, or `lastReviewed` without `url`.
 * @category JSON-LD
 * @example
 * ```ts
 * import { toJsonLd } from "careerpath";
 * const ld = toJsonLd("insurance-coder");
 * ld["@type"]; // "Occupation"
 * ld.occupationalCategory[0]?.codeValue; // "29-2072"
 * ld.estimatedSalary?.[0]?.median; // 50250
 * ld.estimatedSalary?.[0]?.duration; // "P1Y"
 * toJsonLd("29-1211").estimatedSalary?.[0]?.median; // undefined
 * toJsonLd("29-2072").subjectOf.map((d) => d.name).at(-1); // "O*NET 30.1 Database"
 * const html = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
 * ```
 */
export function toJsonLd(
  careerOrCode: CareerId | OccupationCode | (string & {}),
  options?: JsonLdOptions,
): OccupationJsonLd {
  const page = readJsonLdOptions(options);
  const target = resolveTarget(careerOrCode);
  const career = target.kind === "career" ? target.career : undefined;
  const codes = career ? career.occupations : [target.kind === "occupation" ? target.code : ""];
  const occupations = codes.map((code) => occupationByCode(code) as Occupation);
  const main = occupations[0] as Occupation;
  // Each shown distribution with the release it comes from, worked out once for both uses.
  const shown = occupations.flatMap((occ) => {
    const wages = occ.wages.may2024;
    const distribution = salaryDistribution(occ, wages);
    return wages && distribution ? [{ distribution, source: wages.source }] : [];
  });
  const salaries: SalaryDistributionJsonLd[] = shown.map((s) => s.distribution);
  const skills = career ? [...career.quickFacts.keySkills] : onetSkills(main);
  // The occupation's reviewed entry requirements describe the whole occupation, so a specialty
  // guide does not take them on.
  const reviewed = career?.scope === "specialty" ? undefined : entryRequirements(main.code);
  const requirements = reviewed?.status === "reviewed" ? reviewed.requirements : [];
  const creds = [
    ...(career ? qualifications(career) : []),
    ...requirementQualifications(requirements),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: career ? career.title : main.title,
    ...(career && career.aliases.length > 0 ? { alternateName: [...career.aliases] } : {}),
    description: career ? career.summary : composedDescription(main),
    occupationalCategory: occupations.flatMap(categoryCodes),
    ...(salaries.length > 0 ? { estimatedSalary: salaries } : {}),
    educationRequirements: educationRequirements(main, career, requirements),
    experienceRequirements: experienceRequirements(main),
    ...(creds.length > 0 ? { qualifications: creds } : {}),
    ...(skills.length > 0 ? { skills } : {}),
    ...(career ? { responsibilities: [...career.quickFacts.keyResponsibilities] } : {}),
    occupationLocation: [{ "@type": "Country", name: "United States" }],
    subjectOf: datasets(
      occupationSources(
        occupations,
        shown.map((s) => s.source),
      ),
    ),
    ...(page ? { mainEntityOfPage: page } : {}),
  };
}
