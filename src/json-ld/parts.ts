// Building blocks shared by toJsonLd and toHowToJsonLd. Facts only; every sentence is ours.
import { IMPORTANT_SKILL } from "../compare-careers.js";
import { reference } from "../generated/reference.js";
import { formatFigure, numeric, toFigure } from "../internal/values.js";
import { getCredential, getOrganization, getSource } from "../registry-lookups.js";
import type { Career } from "../schemas/career.js";
import type { OfficialValue } from "../schemas/figure.js";
import type { Occupation, OewsWages } from "../schemas/occupation.js";
import type { Requirement, RequirementScope } from "../schemas/requirement.js";
import type {
  CategoryCodeJsonLd,
  CodeSetJsonLd,
  CredentialJsonLd,
  DatasetJsonLd,
  ExperienceJsonLd,
  SalaryDistributionJsonLd,
} from "./types.js";

const SOC_2018: CodeSetJsonLd = {
  "@type": "CategoryCodeSet",
  name: "SOC 2018",
  url: "https://www.bls.gov/soc/2018/home.htm",
};
const ONET_SOC: CodeSetJsonLd = {
  "@type": "CategoryCodeSet",
  name: "O*NET-SOC 2019",
  url: "https://www.onetcenter.org/taxonomy.html",
};
const NEM_2024: CodeSetJsonLd = {
  "@type": "CategoryCodeSet",
  name: "BLS National Employment Matrix 2024",
  url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
};

// The code sets above are copied into each result (`{ ...SOC_2018 }`): results are the caller's
// to change, so they must not share objects with each other.

/** How many O*NET skills an occupation code's JSON-LD lists at most. */
const MAX_SKILLS = 8;

/** SOC 2018 and O*NET-SOC codes of an occupation. An EP aggregate lists the SOC codes it covers. */
export function categoryCodes(occ: Occupation): CategoryCodeJsonLd[] {
  const out: CategoryCodeJsonLd[] = [];
  if (occ.kind === "aggregate") {
    out.push({
      "@type": "CategoryCode",
      codeValue: occ.code,
      name: occ.title,
      inCodeSet: { ...NEM_2024 },
    });
    for (const code of occ.covers)
      out.push({ "@type": "CategoryCode", codeValue: code, inCodeSet: { ...SOC_2018 } });
  } else {
    out.push({
      "@type": "CategoryCode",
      codeValue: occ.code,
      name: occ.title,
      inCodeSet: { ...SOC_2018 },
    });
  }
  for (const code of occ.onet.codes)
    out.push({ "@type": "CategoryCode", codeValue: code, inCodeSet: { ...ONET_SOC } });
  return out;
}

/** The registry id of the SOC 2018 structure, the code set of every SOC code in the markup. */
const SOC_2018_SOURCE = "bls-soc-2018";

/**
 * The official datasets named by these source ids, in order and without repeats, as schema.org
 * `Dataset`s with the licence and credit of the source registry. An id the registry lacks is a
 * build error elsewhere; here it is skipped rather than described from nothing.
 */
export function datasets(ids: readonly string[]): DatasetJsonLd[] {
  const out: DatasetJsonLd[] = [];
  for (const id of new Set(ids)) {
    const source = getSource(id);
    if (source?.kind !== "dataset") continue;
    const credit = [source.attribution, source.modificationNotice].filter(Boolean).join(" ");
    out.push({
      "@type": "Dataset",
      name: source.title,
      ...(source.release ? { version: source.release } : {}),
      temporalCoverage: source.period,
      url: source.url,
      publisher: { "@type": "Organization", name: source.publisher },
      ...(source.licenceUrl ? { license: source.licenceUrl } : {}),
      ...(credit ? { creditText: credit } : {}),
    });
  }
  return out;
}

/**
 * The datasets behind an occupation's markup: SOC 2018 for its codes, its projections release
 * for the categories, `wageSources` (the OEWS release of each wage distribution shown), and its
 * O*NET release for the O*NET-SOC codes (and the skills, when they are O*NET's).
 */
export function occupationSources(
  occupations: readonly Occupation[],
  wageSources: readonly string[],
): string[] {
  return [
    SOC_2018_SOURCE,
    ...occupations.map((occ) => occ.projections.source),
    ...wageSources,
    ...occupations.map((occ) => occ.onet.source),
  ];
}

const PERCENTILES = [
  ["p10", "percentile10", "10th percentile"],
  ["p25", "percentile25", "25th percentile"],
  ["median", "median", "median"],
  ["p75", "percentile75", "75th percentile"],
  ["p90", "percentile90", "90th percentile"],
] as const;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The OEWS wage distribution of one occupation, in USD: annual, or hourly where OEWS publishes
 * hourly wages only. Top-coded and suppressed percentiles are left out and named in the
 * description. Undefined when no percentile is published at all.
 */
export function salaryDistribution(
  occ: Occupation,
  wages: OewsWages | null,
): SalaryDistributionJsonLd | undefined {
  if (!wages) return undefined;
  const hourly = wages.hourlyOnly;
  const scale = hourly ? wages.hourly : wages.annual;
  const values: Partial<Record<(typeof PERCENTILES)[number][1], number>> = {};
  const topCoded: string[] = [];
  const suppressed: string[] = [];
  let floor: number | undefined;
  for (const [key, term, label] of PERCENTILES) {
    const v: OfficialValue = scale[key];
    if (typeof v === "number") values[term] = v;
    else if (v.kind === "top-coded") {
      topCoded.push(label);
      floor = v.atLeast;
    } else suppressed.push(label);
  }
  if (Object.keys(values).length === 0) return undefined;
  const unit = hourly ? "USD per hour" : "USD per year";
  const source = getSource(wages.source);
  const parts = [
    `${hourly ? "Hourly" : "Annual"} wage percentiles of U.S. workers in ${occ.title} (${occ.code}), from the BLS Occupational Employment and Wage Statistics national estimates for ${wages.period} (source id ${wages.source}${source ? `, ${source.url}` : ""}).`,
  ];
  if (hourly) parts.push("OEWS publishes hourly wages only for this occupation.");
  if (topCoded.length > 0 && floor !== undefined)
    parts.push(
      `The ${list(topCoded)} ${topCoded.length === 1 ? "is" : "are"} left out: BLS top-codes ${topCoded.length === 1 ? "it" : "them"} at ${formatFigure({ kind: "value", unit, value: floor })} or more.`,
    );
  if (suppressed.length > 0)
    parts.push(
      `The ${list(suppressed)} ${suppressed.length === 1 ? "is" : "are"} left out: BLS did not publish ${suppressed.length === 1 ? "it" : "them"}.`,
    );
  return {
    "@type": "MonetaryAmountDistribution",
    name: `${hourly ? "Hourly" : "Annual"} wage, ${wages.period}: ${occ.title} (${occ.code})`,
    description: parts.join(" "),
    currency: "USD",
    duration: hourly ? "PT1H" : "P1Y",
    ...values,
  };
}

const NEEDED = new Set<RequirementScope>(["all-states", "most-states", "federal"]);
const SCOPE_WORDS: Readonly<Record<RequirementScope, string>> = {
  "all-states": "required in every state",
  "most-states": "required in most states (varies by state)",
  "some-states": "required in some states",
  federal: "required under federal rules",
  "voluntary-expected": "voluntary, commonly expected by employers",
  voluntary: "voluntary",
  employer: "an employer or program requirement",
};

/**
 * The BLS typical entry education as schema.org `educationRequirements`. `requirements` are the
 * occupation's reviewed entry requirements: education ones needed in all or most states (an
 * approved or accredited program) are added to the description.
 */
export function educationRequirements(
  occ: Occupation,
  career: Career | undefined,
  requirements: readonly Requirement[] = [],
): CredentialJsonLd | string {
  const category = occ.categories.education;
  const programs = requirements
    .filter((r) => r.kind === "education" && NEEDED.has(r.scope))
    .map((r) => `${r.name} (${SCOPE_WORDS[r.scope]})`);
  const extra = programs.length > 0 ? ` Entry requirements: ${programs.join("; ")}.` : "";
  if (category === "No formal educational credential")
    return `No formal educational credential (BLS typical education needed for entry).${extra}`;
  const credential: CredentialJsonLd = {
    "@type": "EducationalOccupationalCredential",
    credentialCategory: category,
    description: `${career ? career.quickFacts.education : `BLS typical education needed for entry: ${category}.`}${extra}`,
  };
  return credential;
}

const CREDENTIAL_KINDS: Readonly<Partial<Record<Requirement["kind"], string>>> = {
  licence: "license",
  registration: "registration",
  certification: "certification",
  exam: "exam",
};

/**
 * Licences, registrations, certifications and exams from an occupation's reviewed entry
 * requirements, as schema.org `qualifications`: every one needed in all or most states or
 * federally, and voluntary ones employers commonly expect, each saying its scope.
 */
export function requirementQualifications(
  requirements: readonly Requirement[],
): CredentialJsonLd[] {
  return requirements
    .filter(
      (r) =>
        CREDENTIAL_KINDS[r.kind] !== undefined &&
        (NEEDED.has(r.scope) || r.scope === "voluntary-expected"),
    )
    .map((r) => ({
      "@type": "EducationalOccupationalCredential",
      name: r.acronym && !r.name.includes(r.acronym) ? `${r.name} (${r.acronym})` : r.name,
      credentialCategory: CREDENTIAL_KINDS[r.kind] as string,
      description: `${r.summary} This is ${SCOPE_WORDS[r.scope]}${r.appliesTo ? `, for ${r.appliesTo}` : ""}.`,
      ...(r.body
        ? {
            recognizedBy: {
              "@type": "Organization",
              name: r.body.name,
              ...(r.body.acronym ? { alternateName: r.body.acronym } : {}),
            },
          }
        : {}),
    }));
}

/** The BLS related-work-experience category as schema.org `experienceRequirements`. */
export function experienceRequirements(occ: Occupation): ExperienceJsonLd | string {
  const category = occ.categories.experience;
  if (category === "None")
    return {
      "@type": "OccupationalExperienceRequirements",
      monthsOfExperience: 0,
      description:
        "No work experience in a related occupation is usually needed (BLS category: None)",
    };
  if (category === "5 years or more")
    return {
      "@type": "OccupationalExperienceRequirements",
      monthsOfExperience: 60,
      description: "5 years or more of work experience in a related occupation (BLS category)",
    };
  return "Less than 5 years of work experience in a related occupation (BLS category)";
}

/** The credentials a guide names, as schema.org `qualifications`. */
export function qualifications(career: Career): CredentialJsonLd[] {
  return career.credentials.map((id) => {
    const c = getCredential(id);
    if (!c)
      return {
        "@type": "EducationalOccupationalCredential",
        credentialCategory: "certification",
        name: id,
      };
    const org = getOrganization(c.issuer);
    return {
      "@type": "EducationalOccupationalCredential",
      name: `${c.name} (${c.acronym})`,
      credentialCategory: "certification",
      description: c.summary,
      ...(org
        ? {
            recognizedBy: {
              "@type": "Organization",
              name: org.name,
              ...(org.acronym !== org.name ? { alternateName: org.acronym } : {}),
              url: org.url,
            },
          }
        : {}),
    } satisfies CredentialJsonLd;
  });
}

/** The occupation's most important O*NET skills, most important first. */
export function onetSkills(occ: Occupation): string[] {
  const importance = occ.onet.skills;
  const names = reference?.skills ?? [];
  if (!importance) return [];
  return importance
    .map((value, i) => ({ value, name: names[i]?.name }))
    .filter(
      (s): s is { value: number; name: string } =>
        s.name !== undefined && s.value >= IMPORTANT_SKILL,
    )
    .sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1))
    .slice(0, MAX_SKILLS)
    .map((s) => s.name);
}

function signed(n: number): string {
  return `${n > 0 ? "+" : ""}${formatFigure({ kind: "value", unit: "percent", value: n })}`;
}

/** A description of an occupation composed from official facts only. */
export function composedDescription(occ: Occupation): string {
  const p = occ.projections;
  const kind =
    occ.kind === "aggregate"
      ? `a BLS Employment Projections group that covers ${occ.covers.length} SOC occupations`
      : "a SOC 2018 detailed occupation";
  const parts = [
    `${occ.title} (${occ.code}): ${kind} in the major group ${occ.soc.major.title} (${occ.soc.major.code}).`,
  ];
  const base = numeric(p.employmentBase);
  const change = numeric(p.percentChange);
  const openings = numeric(p.openings);
  const average = reference
    ? numeric(reference.allOccupations.projections.percentChange)
    : undefined;
  const facts: string[] = [];
  if (base !== undefined)
    facts.push(
      `employment was ${formatFigure(toFigure(base, "thousands of jobs", p.period, p.source))} in ${p.period.slice(0, 4)}`,
    );
  if (change !== undefined)
    facts.push(
      `BLS projects a change of ${signed(change)} over ${p.period}${average !== undefined ? ` (all occupations: ${signed(average)})` : ""}`,
    );
  if (openings !== undefined)
    facts.push(
      `about ${formatFigure({ kind: "value", unit: "jobs", value: Math.round(openings * 1000) })} openings a year`,
    );
  if (facts.length > 0) parts.push(`In the United States, ${facts.join("; ")}.`);
  const median = occ.wages.may2024?.annual.median;
  if (median !== undefined && occ.wages.may2024) {
    const f = toFigure(median, "USD per year", occ.wages.may2024.period, occ.wages.may2024.source);
    if (f.kind === "value")
      parts.push(`The median annual wage in ${occ.wages.may2024.period} was ${formatFigure(f)}.`);
    else if (f.kind === "top-coded")
      parts.push(
        `The median annual wage in ${occ.wages.may2024.period} was at least ${formatFigure({ kind: "value", unit: "USD per year", value: f.atLeast })} (BLS publishes no higher value).`,
      );
  }
  const c = occ.categories;
  parts.push(
    `Typical entry education: ${c.education}; related work experience: ${c.experience}; on-the-job training: ${c.training} (BLS categories).`,
  );
  return parts.join(" ");
}
