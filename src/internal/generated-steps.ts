// Generated steps: an ordered path derived from an occupation's three BLS categories.
// The mapping below is documented in docs/generated-steps.md; keep the two in step.
import { occupationCodes } from "../generated/ids.js";
import { experienceRelated, relatedTitles, stepCategories } from "../generated/step-table.js";
import type { CareerStep, Duration } from "../schemas/career.js";
import type { EducationCategory } from "../schemas/categories.js";
import { educationCategories, experienceCategories, trainingCategories } from "../vocabulary.js";
import { deepFreeze } from "./freeze.js";

type Draft = Omit<
  CareerStep,
  | "order"
  | "generated"
  | "details"
  | "alternatives"
  | "prerequisites"
  | "credentials"
  | "organizations"
  | "workSettings"
  | "programs"
  | "sources"
> &
  Partial<Pick<CareerStep, "details">>;

const years = (min: number, max: number | null): Duration => ({ min, max, unit: "years" });
const months = (min: number, max: number | null): Duration => ({ min, max, unit: "months" });

function educationStep(
  id: string,
  kind: "education" | "training",
  title: string,
  summary: string,
  duration: Duration,
  category: EducationCategory,
): Draft {
  return { id, kind, title, summary, duration, optional: false, educationCategory: category };
}

const HIGH_SCHOOL = educationStep(
  "high-school",
  "education",
  "Earn a high school diploma or equivalent",
  "Finish high school or pass an equivalency exam such as the GED.",
  years(0, 4),
  "High school diploma or equivalent",
);
const BACHELORS = educationStep(
  "bachelors-degree",
  "education",
  "Earn a bachelor's degree",
  "Complete four to five years of full-time college study in a related field.",
  years(4, 5),
  "Bachelor's degree",
);

/** Education steps per BLS entry-education category, lowest first. */
export const EDUCATION_STEPS: Readonly<Record<EducationCategory, readonly Draft[]>> = {
  "No formal educational credential": [],
  "High school diploma or equivalent": [HIGH_SCHOOL],
  "Some college, no degree": [
    HIGH_SCHOOL,
    educationStep(
      "some-college",
      "education",
      "Take some college courses",
      "Complete college coursework related to the work; a degree is not needed.",
      years(0.5, 2),
      "Some college, no degree",
    ),
  ],
  "Postsecondary nondegree award": [
    HIGH_SCHOOL,
    educationStep(
      "postsecondary-award",
      "training",
      "Complete a postsecondary certificate program",
      "Earn a certificate or other award from a postsecondary program; these run from a few weeks to about two years.",
      months(1, 24),
      "Postsecondary nondegree award",
    ),
  ],
  "Associate's degree": [
    HIGH_SCHOOL,
    educationStep(
      "associate-degree",
      "education",
      "Earn an associate's degree",
      "Complete about two years of full-time college study in a related field.",
      years(2, 3),
      "Associate's degree",
    ),
  ],
  "Bachelor's degree": [HIGH_SCHOOL, BACHELORS],
  "Master's degree": [
    HIGH_SCHOOL,
    BACHELORS,
    educationStep(
      "masters-degree",
      "education",
      "Earn a master's degree",
      "Complete one to two years of full-time graduate study beyond the bachelor's degree.",
      years(1, 2),
      "Master's degree",
    ),
  ],
  "Doctoral or professional degree": [
    HIGH_SCHOOL,
    BACHELORS,
    educationStep(
      "doctoral-degree",
      "education",
      "Earn a doctoral or professional degree",
      "Complete at least three years of full-time study beyond the bachelor's degree.",
      years(3, null),
      "Doctoral or professional degree",
    ),
  ],
};

const EXPERIENCE_DURATION = {
  "Less than 5 years": years(1, 5),
  "5 years or more": years(5, null),
} as const;

/** On-the-job training per BLS category: where it sits and how long it usually takes. */
export const TRAINING_STEPS = {
  None: undefined,
  "Short-term on-the-job training": {
    id: "on-the-job-training",
    title: "Learn on the job (short term)",
    summary: "Expect up to a month of on-the-job instruction after being hired.",
    duration: months(0, 1),
    beforeJob: false,
  },
  "Moderate-term on-the-job training": {
    id: "on-the-job-training",
    title: "Learn on the job (moderate term)",
    summary: "Expect one to twelve months of training and supervised work after being hired.",
    duration: months(1, 12),
    beforeJob: false,
  },
  "Long-term on-the-job training": {
    id: "on-the-job-training",
    title: "Learn on the job (long term)",
    summary:
      "Expect more than a year of training combined with work, sometimes with classroom instruction.",
    duration: months(12, null),
    beforeJob: false,
  },
  Apprenticeship: {
    id: "apprenticeship",
    title: "Complete an apprenticeship",
    summary:
      "Train as an apprentice: paid work under supervision combined with technical instruction, usually over three to five years.",
    duration: years(3, 5),
    beforeJob: true,
  },
  "Internship/residency": {
    id: "internship-residency",
    title: "Complete an internship or residency",
    summary:
      "Work under supervision in an internship or residency before practising independently.",
    duration: years(1, null),
    beforeJob: true,
  },
} as const;

const cache = new Map<string, readonly CareerStep[]>();
let positions: Map<string, number> | undefined;

function codeIndex(code: string): number {
  positions ??= new Map(occupationCodes.map((c, i) => [c, i]));
  return positions.get(code) ?? -1;
}

// Frozen lists that every generated step shares, so that steps for all 832 codes do not hold
// 832 × 4 × 8 copies of the same empty arrays.
// (Typed as mutable because CareerStep is; every step is deep-frozen before it is handed out.)
const NONE = Object.freeze([]) as never[];
const EP_SOURCE = Object.freeze(["bls-ep-2024-34"]) as string[];

function finish(drafts: readonly Draft[]): CareerStep[] {
  return drafts.map((d, i) => ({
    details: NONE,
    alternatives: NONE,
    prerequisites: i > 0 ? [(drafts[i - 1] as Draft).id] : NONE,
    credentials: NONE,
    organizations: NONE,
    workSettings: NONE,
    programs: NONE,
    sources: EP_SOURCE,
    ...d,
    order: i + 1,
    generated: true,
  }));
}

/** Generated steps for an occupation code, or undefined when the code is unknown. Cached. */
export function generatedSteps(code: string): readonly CareerStep[] | undefined {
  const hit = cache.get(code);
  if (hit) return hit;
  const position = codeIndex(code);
  if (position === -1) return undefined;
  const [e, x, t] = [0, 1, 2].map((k) => Number(stepCategories[position * 3 + k])) as [
    number,
    number,
    number,
  ];
  const education = educationCategories[e] as EducationCategory;
  const experience = experienceCategories[x];
  const training = trainingCategories[t];
  // Every education step names the occupation's entry category as its basis.
  const basis = `Typical education needed for entry: ${education}`;
  const drafts: Draft[] = EDUCATION_STEPS[education].map((step) => ({ ...step, basis }));
  if (experience === "Less than 5 years" || experience === "5 years or more") {
    const related = experienceRelated[code] ?? [];
    const names = related.map((c) => `${relatedTitles[c] ?? c} (${c})`);
    drafts.push({
      id: "related-experience",
      kind: "experience",
      title: `Gain ${experience.toLowerCase()} of related work experience`,
      summary:
        names.length > 0
          ? `Employers usually look for experience in a related occupation, such as ${names.join("; ")}.`
          : "Employers usually look for experience in a related occupation.",
      duration: EXPERIENCE_DURATION[experience],
      optional: false,
      basis: `Work experience in a related occupation: ${experience}`,
      ...(names.length > 0 ? { details: names.map((n) => `Related occupation: ${n}`) } : {}),
    });
  }
  const ojt = training ? TRAINING_STEPS[training] : undefined;
  const trainingDraft: Draft | undefined = ojt && {
    id: ojt.id,
    kind: "training",
    title: ojt.title,
    summary: ojt.summary,
    duration: ojt.duration,
    optional: false,
    basis: `Typical on-the-job training: ${training}`,
  };
  if (trainingDraft && ojt?.beforeJob) drafts.push(trainingDraft);
  drafts.push({
    id: "first-job",
    kind: "job",
    title: "Get hired in the occupation",
    summary: "Apply for entry-level positions in the occupation.",
    duration: null,
    optional: false,
    basis: "Every generated path ends in a first job in the occupation",
  });
  if (trainingDraft && !ojt?.beforeJob) drafts.push(trainingDraft);
  const steps = deepFreeze(finish(drafts));
  cache.set(code, steps);
  return steps;
}
