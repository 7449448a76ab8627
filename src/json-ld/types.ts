// The shapes of the schema.org JSON-LD that toJsonLd and toHowToJsonLd return. Every `@type`
// and property name here is a schema.org term; test/json-ld.test.ts checks that.

/** Options for {@link toJsonLd} and {@link toHowToJsonLd}. */
export interface JsonLdOptions {
  /**
   * The absolute `http(s)` URL of the page the markup is embedded in. When given, the output
   * gets a `mainEntityOfPage` `WebPage` with this URL; when absent, it has no `mainEntityOfPage`.
   * @defaultValue `undefined`
   */
  readonly url?: string;
  /**
   * When the page's content was last reviewed by a person: a `Date`, or an ISO 8601 date
   * (`"2025-06-30"`) or date-time string. Needs `url`. Becomes `mainEntityOfPage.lastReviewed`.
   * @defaultValue `undefined`
   */
  readonly lastReviewed?: string | Date;
}

/** A schema.org `CategoryCodeSet`: the classification a code comes from. */
export interface CodeSetJsonLd {
  readonly "@type": "CategoryCodeSet";
  /** e.g. `"SOC 2018"` or `"O*NET-SOC 2019"`. */
  readonly name: string;
  /** The publisher's page for the classification. */
  readonly url: string;
}

/** A schema.org `CategoryCode`: one occupation code with the code set it belongs to. */
export interface CategoryCodeJsonLd {
  readonly "@type": "CategoryCode";
  /** The code, e.g. `"29-2072"` or `"29-2072.00"`. */
  readonly codeValue: string;
  /** The official title, where the package holds it. */
  readonly name?: string;
  readonly inCodeSet: CodeSetJsonLd;
}

/**
 * A schema.org `MonetaryAmountDistribution`: OEWS wage percentiles in USD. A percentile that
 * BLS top-coded or suppressed is left out (the `description` says which), never filled in.
 */
export interface SalaryDistributionJsonLd {
  readonly "@type": "MonetaryAmountDistribution";
  /** What the distribution measures and its reference period, e.g. "Annual wage, May 2024". */
  readonly name: string;
  /** The occupation, the source and the reference period, and any percentile left out. */
  readonly description: string;
  readonly currency: "USD";
  /** `"P1Y"` for annual wages; `"PT1H"` for hourly wages (occupations OEWS publishes hourly only). */
  readonly duration: "P1Y" | "PT1H";
  readonly percentile10?: number;
  readonly percentile25?: number;
  readonly median?: number;
  readonly percentile75?: number;
  readonly percentile90?: number;
}

/** A schema.org `Organization`, as the body that recognizes a credential. */
export interface OrganizationJsonLd {
  readonly "@type": "Organization";
  readonly name: string;
  /** The acronym, e.g. `"AHIMA"`. */
  readonly alternateName?: string;
  readonly url?: string;
}

/** A schema.org `EducationalOccupationalCredential`: an education level or a certification. */
export interface CredentialJsonLd {
  readonly "@type": "EducationalOccupationalCredential";
  /** The credential's name, e.g. "Certified Professional Coder (CPC)". */
  readonly name?: string;
  /** The BLS education category (for `educationRequirements`) or `"certification"`. */
  readonly credentialCategory: string;
  /** Our own words about the credential or education. */
  readonly description?: string;
  readonly recognizedBy?: OrganizationJsonLd;
}

/** A schema.org `OccupationalExperienceRequirements` with a minimum number of months. */
export interface ExperienceJsonLd {
  readonly "@type": "OccupationalExperienceRequirements";
  /** The minimum months of related work experience: 0 for the BLS category "None", 60 for "5 years or more". */
  readonly monthsOfExperience: number;
  /** The BLS category in words. */
  readonly description: string;
}

/** A schema.org `Country`. */
export interface CountryJsonLd {
  readonly "@type": "Country";
  readonly name: "United States";
}

/**
 * A schema.org `Dataset`: an official release that facts in the markup come from, with the
 * credit its licence asks for. O*NET data is CC BY 4.0, so its entry carries the attribution and
 * the notice that careerpath modified the data.
 */
export interface DatasetJsonLd {
  readonly "@type": "Dataset";
  /** The release's title, e.g. `"O*NET 30.1 Database"`. */
  readonly name: string;
  /** The release, e.g. `"O*NET 30.1 (December 2025)"`. */
  readonly version?: string;
  /** The vintage of the data, e.g. `"May 2024"` or `"2024–34"`. */
  readonly temporalCoverage: string;
  /** The publisher's page for the release. */
  readonly url: string;
  readonly publisher: { readonly "@type": "Organization"; readonly name: string };
  /** The licence's own page, where it has one (CC BY 4.0 for O*NET). */
  readonly license?: string;
  /** The attribution the licence asks for, followed by any modification notice. */
  readonly creditText?: string;
}

/** A schema.org `WebPage`: the page the markup describes. */
export interface WebPageJsonLd {
  readonly "@type": "WebPage";
  readonly url: string;
  /** ISO 8601 date or date-time; present only when the caller gave `lastReviewed`. */
  readonly lastReviewed?: string;
}

/** schema.org `Occupation` JSON-LD, as returned by {@link toJsonLd}. */
export interface OccupationJsonLd {
  readonly "@context": "https://schema.org";
  readonly "@type": "Occupation";
  /** The guide title, or the official occupation title. */
  readonly name: string;
  /** The guide's aliases; absent when there are none. */
  readonly alternateName?: readonly string[];
  /** The guide summary, or a sentence composed from official facts. */
  readonly description: string;
  /** SOC 2018 and O*NET-SOC codes. */
  readonly occupationalCategory: readonly CategoryCodeJsonLd[];
  /** OEWS May 2024 wage percentiles, one distribution per occupation; absent when OEWS publishes none. */
  readonly estimatedSalary?: readonly SalaryDistributionJsonLd[];
  /** The BLS typical entry education, as a credential category (text for "No formal educational credential"). */
  readonly educationRequirements: CredentialJsonLd | string;
  /** The BLS related-work-experience category: months where the category gives a minimum, else text. */
  readonly experienceRequirements: ExperienceJsonLd | string;
  /** Credentials named in the guide; absent for an occupation code. */
  readonly qualifications?: readonly CredentialJsonLd[];
  /** The guide's key skills, or the occupation's most important O*NET skills. */
  readonly skills?: readonly string[];
  /** The guide's key responsibilities; absent for an occupation code. */
  readonly responsibilities?: readonly string[];
  readonly occupationLocation: readonly CountryJsonLd[];
  /**
   * The official datasets the codes, categories, wages and skills come from (SOC 2018, BLS
   * Employment Projections, OEWS, O*NET), each with its licence and credit.
   */
  readonly subjectOf: readonly DatasetJsonLd[];
  /** Present only when the caller gave a `url`. */
  readonly mainEntityOfPage?: WebPageJsonLd;
}

/** A schema.org `HowToStep`. */
export interface HowToStepJsonLd {
  readonly "@type": "HowToStep";
  /** 1 for the first step. */
  readonly position: number;
  /** The step title. */
  readonly name: string;
  /** The step summary; optional steps start with "Optional:". */
  readonly text: string;
  /** `url#step-<id>`, when the caller gave a `url`. */
  readonly url?: string;
}

/** schema.org `HowTo` JSON-LD with ordered steps, as returned by {@link toHowToJsonLd}. */
export interface HowToJsonLd {
  readonly "@context": "https://schema.org";
  readonly "@type": "HowTo";
  /** e.g. "How to become an insurance coder". */
  readonly name: string;
  /** What the steps lead to and, for generated steps, what they were derived from. */
  readonly description: string;
  /** The occupation the steps lead into. */
  readonly about: { readonly "@type": "Occupation"; readonly name: string };
  readonly step: readonly HowToStepJsonLd[];
  /**
   * The official datasets the steps cite (for generated steps: BLS Employment Projections,
   * O*NET, CIP), each with its licence and credit; cited web pages are left out. Absent when the
   * steps cite no dataset.
   */
  readonly isBasedOn?: readonly DatasetJsonLd[];
  /** Present only when the caller gave a `url`. */
  readonly mainEntityOfPage?: WebPageJsonLd;
}
