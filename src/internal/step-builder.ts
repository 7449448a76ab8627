// Builds a generated career path from what careerpath holds about an occupation: its three BLS
// categories, the reviewed entry requirements, the O*NET education distribution, the CIP programs,
// O*NET related occupations and the specialty guides inside it. Pure: the data comes in as a
// PathInput, so the rules can be tested on fixtures. docs/generated-steps.md describes them.
import type { CareerStep, Duration, StepAlternative } from "../schemas/career.js";
import type {
  EducationCategory,
  ExperienceCategory,
  TrainingCategory,
} from "../schemas/categories.js";
import type {
  OccupationRequirements,
  Requirement,
  RequirementNumber,
  RequirementScope,
  RequirementTiming,
} from "../schemas/requirement.js";
import { educationCategories } from "../vocabulary.js";
import { lowerFirst, oneMember, singularRole } from "./step-titles.js";

/** Everything a generated path is built from. */
export interface PathInput {
  readonly code: string;
  readonly title: string;
  readonly education: EducationCategory;
  readonly experience: ExperienceCategory;
  readonly training: TrainingCategory;
  /** O*NET's closest related occupations, for the work-experience step. */
  readonly experienceRelated: readonly { code: string; title: string }[];
  /** CIP programs for the education step, most specific first. */
  readonly programs: readonly { code: string; title: string }[];
  /** Occupations to advance to, best first, with their BLS categories. */
  readonly advancement: readonly {
    code: string;
    title: string;
    education: EducationCategory;
    experience: ExperienceCategory;
  }[];
  /** Closely related occupations that need the same or less education. */
  readonly alternatives: readonly { code: string; title: string; education: EducationCategory }[];
  /** Share of O*NET respondents per BLS education category (rank order), or null. */
  readonly educationShares: readonly number[] | null;
  /** The reviewed requirements, or undefined when the occupation was not reviewed. */
  readonly requirements: OccupationRequirements | undefined;
  /** Specialty guides inside this occupation. */
  readonly specialtyGuides: readonly { id: string; title: string }[];
  readonly sources: {
    readonly projections: string;
    readonly onet: string;
    readonly programs: string;
  };
}

/** The share of O*NET respondents above which another education level becomes an alternative. */
export const ALTERNATIVE_SHARE = 15;

/** Scopes under which a requirement is a required step; the others give optional steps. */
export const REQUIRED_SCOPES: readonly RequirementScope[] = [
  "all-states",
  "most-states",
  "federal",
];

const SCOPE_NOTE: Readonly<Record<RequirementScope, string>> = {
  "all-states": "Required in every state.",
  "most-states": "Required in most states; the rules vary by state.",
  "some-states": "Required in some states only; it varies by state.",
  federal: "Required under federal rules.",
  "voluntary-expected": "No law requires it, but employers commonly expect it.",
  voluntary: "Optional: neither law nor most employers ask for it.",
  employer: "An employer or program requirement, not a law.",
};

/** Short scope label, for `basis`. */
const SCOPE_LABEL: Readonly<Record<RequirementScope, string>> = {
  "all-states": "all states",
  "most-states": "most states",
  "some-states": "some states",
  federal: "federal",
  "voluntary-expected": "voluntary, commonly expected",
  voluntary: "voluntary",
  employer: "employer or program",
};

type Draft = Omit<CareerStep, "order" | "generated" | "prerequisites"> & {
  readonly slot: number;
};

// Annotated as free of side effects, so that a bundle without generated steps (one guide alone)
// drops the step tables below.
const years = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number | null): Duration => ({
  min,
  max,
  unit: "years",
});
const months = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number | null): Duration => ({
  min,
  max,
  unit: "months",
});

const NONE = /* @__PURE__ */ Object.freeze([]) as never[];

function draft(
  fields: Partial<Draft> & Pick<Draft, "id" | "kind" | "title" | "summary" | "slot" | "basis">,
): Draft {
  return {
    details: NONE,
    duration: null,
    optional: false,
    alternatives: NONE,
    credentials: NONE,
    organizations: NONE,
    workSettings: NONE,
    programs: NONE,
    requirements: NONE,
    sources: NONE,
    ...fields,
  };
}

// Slots, in path order. Requirements go into the slot of their timing. High school and the
// degrees below the entry level sit in "education-base"; "before-training" requirements (an
// admission test, a minimum age) come after them and before the entry-level program.
const SLOT = {
  "education-base": -1,
  "before-training": 0,
  education: 1,
  "during-training": 2,
  "training-before-job": 3,
  "after-training": 4,
  experience: 5,
  "at-hire": 6,
  job: 7,
  "after-hire": 8,
  "to-advance": 9,
  advancement: 10,
  ongoing: 11,
} as const satisfies Record<RequirementTiming | string, number>;

interface EducationStepSpec {
  readonly id: string;
  readonly kind: "education" | "training";
  readonly title: string;
  readonly summary: string;
  readonly duration: Duration;
}

/** The step that reaches each BLS education category; "No formal" has none of its own. */
export const EDUCATION_SPECS: Readonly<Record<EducationCategory, EducationStepSpec | undefined>> = {
  "No formal educational credential": undefined,
  "High school diploma or equivalent": {
    id: "high-school",
    kind: "education",
    title: "Earn a high school diploma or equivalent",
    summary: "Finish high school or pass an equivalency exam such as the GED.",
    duration: years(0, 4),
  },
  "Some college, no degree": {
    id: "some-college",
    kind: "education",
    title: "Take some college courses",
    summary: "Complete college coursework related to the work; a degree is not needed.",
    duration: years(0.5, 2),
  },
  "Postsecondary nondegree award": {
    id: "postsecondary-award",
    kind: "training",
    title: "Complete a postsecondary certificate program",
    summary:
      "Earn a certificate or other award from a postsecondary program; these run from a few weeks to about two years.",
    duration: months(1, 24),
  },
  "Associate's degree": {
    id: "associate-degree",
    kind: "education",
    title: "Earn an associate's degree",
    summary: "Complete about two years of full-time college study in a related field.",
    duration: years(2, 3),
  },
  "Bachelor's degree": {
    id: "bachelors-degree",
    kind: "education",
    title: "Earn a bachelor's degree",
    summary: "Complete four to five years of full-time college study in a related field.",
    duration: years(4, 5),
  },
  "Master's degree": {
    id: "masters-degree",
    kind: "education",
    title: "Earn a master's degree",
    summary: "Complete one to two years of full-time graduate study beyond the bachelor's degree.",
    duration: years(1, 2),
  },
  "Doctoral or professional degree": {
    id: "doctoral-degree",
    kind: "education",
    title: "Earn a doctoral or professional degree",
    summary: "Complete at least three years of full-time study beyond the bachelor's degree.",
    duration: years(3, null),
  },
};

/** The education steps on the way to each category: high school, then the degrees below it. */
export const EDUCATION_LADDER: Readonly<Record<EducationCategory, readonly EducationCategory[]>> = {
  "No formal educational credential": [],
  "High school diploma or equivalent": ["High school diploma or equivalent"],
  "Some college, no degree": ["High school diploma or equivalent", "Some college, no degree"],
  "Postsecondary nondegree award": [
    "High school diploma or equivalent",
    "Postsecondary nondegree award",
  ],
  "Associate's degree": ["High school diploma or equivalent", "Associate's degree"],
  "Bachelor's degree": ["High school diploma or equivalent", "Bachelor's degree"],
  "Master's degree": ["High school diploma or equivalent", "Bachelor's degree", "Master's degree"],
  "Doctoral or professional degree": [
    "High school diploma or equivalent",
    "Bachelor's degree",
    "Doctoral or professional degree",
  ],
};

/** Phrases for a category inside a sentence: "an associate's degree". */
const CATEGORY_PHRASE: Readonly<Record<EducationCategory, string>> = {
  "No formal educational credential": "no formal educational credential",
  "High school diploma or equivalent": "a high school diploma or equivalent",
  "Some college, no degree": "some college but no degree",
  "Postsecondary nondegree award": "a postsecondary certificate or other nondegree award",
  "Associate's degree": "an associate's degree",
  "Bachelor's degree": "a bachelor's degree",
  "Master's degree": "a master's degree",
  "Doctoral or professional degree": "a doctoral or professional degree",
};

const CATEGORY_SLUG: Readonly<Record<EducationCategory, string>> = {
  "No formal educational credential": "no-credential",
  "High school diploma or equivalent": "high-school",
  "Some college, no degree": "some-college",
  "Postsecondary nondegree award": "postsecondary-award",
  "Associate's degree": "associate-degree",
  "Bachelor's degree": "bachelors-degree",
  "Master's degree": "masters-degree",
  "Doctoral or professional degree": "doctoral-degree",
};

const EXPERIENCE_DURATION = {
  "Less than 5 years": years(1, 5),
  "5 years or more": years(5, null),
} as const;

/** On-the-job training per BLS category: where it sits and how long it usually takes. */
export const TRAINING_SPECS = {
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

/** Requirement kinds that are the BLS apprenticeship or internship/residency step itself. */
const TRAINING_KINDS: Readonly<Record<string, readonly Requirement["kind"][]>> = {
  Apprenticeship: ["apprenticeship"],
  "Internship/residency": ["residency", "supervised-experience"],
};

const STEP_KIND: Readonly<Record<Requirement["kind"], CareerStep["kind"]>> = {
  licence: "licence",
  registration: "licence",
  exam: "licence",
  certification: "certification",
  education: "education",
  apprenticeship: "training",
  residency: "training",
  "supervised-experience": "training",
  training: "training",
  "background-check": "check",
  "minimum-age": "check",
  "medical-exam": "check",
  "continuing-education": "licence",
};

/**
 * A requirement's name inside a sentence: lower-cased first letter when it is an ordinary word
 * ("Criminal background check" → "criminal background check"), kept when the name is a proper
 * name ("National Board Certification", "Law School Admission Test").
 */
function inSentence(name: string): string {
  const [first = "", second = ""] = name.split(" ");
  const ordinary = /^[A-Z][a-z'’-]+$/.test(first) && !/^[A-Z]/.test(second);
  return ordinary ? `${first.toLowerCase()}${name.slice(first.length)}` : name;
}

function withAcronym(req: Requirement): string {
  const name = inSentence(req.name);
  return req.acronym && !req.name.includes(req.acronym) ? `${name} (${req.acronym})` : name;
}

/** A natural title for a requirement step: "Pass the NCLEX-RN", "Get the state … licence". */
export function requirementTitle(req: Requirement): string {
  const name = withAcronym(req);
  if (/^admission\b/i.test(req.name)) return `Gain ${inSentence(req.name)}`;
  switch (req.kind) {
    case "exam":
      return `Pass the ${req.acronym && !/[/ ]/.test(req.acronym) ? req.acronym : name}`;
    case "background-check":
    case "medical-exam":
      return /check|screening|review|investigation|test|query|assessment|exam/i.test(req.name)
        ? `Pass the ${name}`
        : `Get the ${name}`;
    case "certification":
      return /^(?:Certified|Registered|Nationally Registered)\b/.test(req.name)
        ? `Become a ${name}`
        : `Earn the ${name}`;
    case "licence":
    case "registration":
      return `Get the ${name}`;
    case "minimum-age":
      return `Meet the ${name}`;
    case "continuing-education":
      return `Keep up ${name}`;
    default:
      return `Complete the ${name}`;
  }
}

function numberText(n: RequirementNumber): string {
  const range = n.max !== undefined && n.max !== n.value ? `${n.value}–${n.max}` : `${n.value}`;
  if (n.unit === "age") return `age ${range}`;
  if (n.unit === "percent") return `${range}%`;
  return `${range} ${n.unit}`;
}

function asDuration(n: RequirementNumber | undefined): Duration | null {
  if (!n || (n.unit !== "years" && n.unit !== "months" && n.unit !== "weeks")) return null;
  return { min: n.value, max: n.max ?? n.value, unit: n.unit };
}

/** The details a requirement adds to its step: body, prerequisites, numbers, state variation. */
function requirementDetails(req: Requirement): string[] {
  const out: string[] = [];
  if (req.appliesTo) out.push(`Applies to: ${req.appliesTo}`);
  if (req.body)
    out.push(
      `Administered by: ${req.body.name}${req.body.acronym ? ` (${req.body.acronym})` : ""}, a ${req.body.type}`,
    );
  for (const p of req.prerequisites) out.push(`Before it: ${p.text}`);
  if (req.duration) out.push(`Takes: ${numberText(req.duration)}`);
  if (req.exam?.questions) out.push(`Exam: ${numberText(req.exam.questions)}`);
  if (req.exam?.time) out.push(`Exam time: ${numberText(req.exam.time)}`);
  for (const n of req.exam?.notes ?? []) out.push(`Exam: ${n.text}`);
  if (req.renewal?.cycleYears) out.push(`Renew every ${numberText(req.renewal.cycleYears)}`);
  for (const n of req.renewal?.notes ?? []) out.push(`Renewal: ${n.text}`);
  if (req.variesByState.length > 0 || req.scope === "most-states" || req.scope === "some-states")
    out.push(
      `Varies by state${req.variesByState.length > 0 ? `: ${req.variesByState.map((v) => v.text).join(" ")}` : "."}`,
    );
  return out;
}

function requirementSources(req: Requirement): string[] {
  const ids = new Set(req.sources);
  for (const t of [
    ...req.prerequisites,
    ...req.variesByState,
    ...(req.exam?.notes ?? []),
    ...(req.renewal?.notes ?? []),
  ])
    ids.add(t.source);
  for (const n of [req.duration, req.exam?.questions, req.exam?.time, req.renewal?.cycleYears])
    if (n) ids.add(n.source);
  return [...ids];
}

function requirementBasis(req: Requirement, reviewed: string): string {
  return `Entry requirement "${req.name}" (${SCOPE_LABEL[req.scope]}), reviewed ${reviewed}; sources: ${req.sources.join(", ")}`;
}

const required = (req: Requirement) => REQUIRED_SCOPES.includes(req.scope);

/** Timings at which an education requirement is the education step itself. */
const ENTRY_TIMINGS: readonly RequirementTiming[] = [
  "before-training",
  "during-training",
  "after-training",
];

/**
 * The education step an education requirement belongs to: the degree its name names
 * ("Bachelor's degree in accounting" → the bachelor's step), else the highest degree step.
 */
function educationHost(req: Requirement, steps: readonly Draft[]): Draft | undefined {
  const name = req.name.toLowerCase();
  const named = [
    ["bachelor", "bachelors-degree"],
    ["master", "masters-degree"],
    ["associate", "associate-degree"],
  ].find(([word]) => name.includes(word as string));
  return (named && steps.find((d) => d.id === named[1])) ?? steps[steps.length - 1];
}

/** Folds requirements into an existing draft: ids, sources, details, basis. */
function absorb(d: Draft, reqs: readonly Requirement[], reviewed: string): Draft {
  if (reqs.length === 0) return d;
  const details = [...d.details];
  for (const r of reqs) {
    details.push(`${r.name}: ${r.summary} ${SCOPE_NOTE[r.scope]}`);
    details.push(...requirementDetails(r));
  }
  return {
    ...d,
    details,
    requirements: [...d.requirements, ...reqs.map((r) => r.id)],
    sources: [...new Set([...d.sources, ...reqs.flatMap(requirementSources)])],
    basis: [d.basis, ...reqs.map((r) => requirementBasis(r, reviewed))].join("; "),
  };
}

function percent(n: number): string {
  return `${Math.round(n)}%`;
}

/** Builds the generated path of one occupation. Steps come out ordered, not yet frozen. */
export function buildPath(input: PathInput): CareerStep[] {
  const drafts: Draft[] = [];
  const reviewed = input.requirements?.reviewed ?? "";
  const reqs = input.requirements?.requirements ?? [];
  const taken = new Set<string>();
  const entryRank = educationCategories.indexOf(input.education);
  const shares = input.educationShares;
  const epBasis = `Typical education needed for entry: ${input.education}`;

  // 1. Education, with O*NET alternatives and CIP programs on the highest step.
  const ladder = EDUCATION_LADDER[input.education];
  if (ladder.length === 0) {
    const hs = EDUCATION_SPECS["High school diploma or equivalent"] as EducationStepSpec;
    const share = shares?.[1];
    drafts.push(
      draft({
        ...hs,
        slot: SLOT.education,
        optional: true,
        summary: `${hs.summary} BLS lists no formal educational credential for entry, so this step is optional.`,
        educationCategory: "High school diploma or equivalent",
        details:
          share !== undefined
            ? [
                `${percent(share)} of workers surveyed by O*NET report a high school diploma as the level needed.`,
              ]
            : NONE,
        basis: `${epBasis}${share !== undefined ? "; O*NET education distribution" : ""}`,
        sources: [input.sources.projections, ...(share !== undefined ? [input.sources.onet] : [])],
      }),
    );
  }
  ladder.forEach((category, i) => {
    const spec = EDUCATION_SPECS[category] as EducationStepSpec;
    const top = i === ladder.length - 1;
    let d = draft({
      ...spec,
      slot:
        top && category !== "High school diploma or equivalent"
          ? SLOT.education
          : SLOT["education-base"],
      educationCategory: category,
      basis: epBasis,
      sources: [input.sources.projections],
    });
    if (top && shares) {
      const alternatives: StepAlternative[] = [];
      const details: string[] = [];
      shares.forEach((share, k) => {
        if (k === entryRank || share < ALTERNATIVE_SHARE || k === 0) return;
        const cat = educationCategories[k] as EducationCategory;
        if (k < entryRank)
          alternatives.push({
            id: `enter-with-${CATEGORY_SLUG[cat]}`,
            title: `Enter with ${CATEGORY_PHRASE[cat]}`,
            summary: `${percent(share)} of workers surveyed by O*NET report ${CATEGORY_PHRASE[cat]} as the level needed.`,
            educationCategory: cat,
            credentials: [],
            organizations: [],
          });
        else
          details.push(
            `${percent(share)} of workers surveyed by O*NET report ${CATEGORY_PHRASE[cat]} as the level needed.`,
          );
      });
      const entryShare = shares[entryRank];
      if (entryShare !== undefined)
        details.unshift(
          `${percent(entryShare)} of workers surveyed by O*NET report ${CATEGORY_PHRASE[input.education]}.`,
        );
      d = {
        ...d,
        alternatives,
        details: [...d.details, ...details],
        basis: `${d.basis}; O*NET education distribution (levels reported by at least ${ALTERNATIVE_SHARE}% of workers)`,
        sources: [...d.sources, input.sources.onet],
      };
    }
    drafts.push(d);
  });

  // 2. The BLS training step that comes before the job (apprenticeship, internship/residency).
  const trainingSpec =
    input.training === "None"
      ? undefined
      : TRAINING_SPECS[input.training as keyof typeof TRAINING_SPECS];
  let trainingDraft: Draft | undefined =
    trainingSpec &&
    draft({
      id: trainingSpec.id,
      kind: "training",
      title: trainingSpec.title,
      summary: trainingSpec.summary,
      duration: trainingSpec.duration,
      slot: trainingSpec.beforeJob ? SLOT["training-before-job"] : SLOT["after-hire"],
      basis: `Typical on-the-job training: ${input.training}`,
      sources: [input.sources.projections],
    });

  // Programs go on the highest postsecondary step, else on the apprenticeship or residency.
  const programHost =
    drafts.filter((d) => d.id !== "high-school" && !d.optional).pop() ??
    (trainingSpec?.beforeJob ? trainingDraft : undefined);
  if (programHost && input.programs.length > 0) {
    const withPrograms: Draft = {
      ...programHost,
      programs: input.programs.map((p) => p.code),
      details: [
        ...programHost.details,
        `Programs that lead here include ${input.programs.map((p) => `${p.title} (CIP ${p.code})`).join("; ")}.`,
      ],
      basis: `${programHost.basis}; programs from the NCES CIP–SOC crosswalk`,
      sources: [...programHost.sources, input.sources.programs],
    };
    if (programHost === trainingDraft) trainingDraft = withPrograms;
    else drafts[drafts.indexOf(programHost)] = withPrograms;
  }

  // 3. Requirements: merged into the matching education or training step, else steps of their own.
  const ongoing: Requirement[] = [];
  const degreeSteps = drafts.filter((d) => d.id !== "high-school" && !d.optional);
  // Records are in path order. Where a record's timing would put it before an earlier record,
  // the record order wins: no requirement step lands before the one recorded ahead of it.
  let floor: number = SLOT["education-base"];
  for (const req of reqs) {
    if (req.timing === "ongoing") {
      ongoing.push(req);
      continue;
    }
    const host =
      req.kind === "education" && ENTRY_TIMINGS.includes(req.timing)
        ? educationHost(req, degreeSteps)
        : undefined;
    if (host) {
      const at = drafts.findIndex((d) => d.id === host.id);
      drafts[at] = absorb(drafts[at] as Draft, [req], reviewed);
      floor = Math.max(floor, host.slot);
      continue;
    }
    const slot = Math.max(SLOT[req.timing], floor);
    floor = slot;
    if (
      trainingDraft &&
      trainingSpec?.beforeJob &&
      (TRAINING_KINDS[input.training] ?? []).includes(req.kind) &&
      trainingDraft.requirements.length === 0
    ) {
      // The BLS apprenticeship or residency step, named and timed by the requirement. It stays
      // required: BLS gives it as the typical training, whatever the requirement's own scope.
      // It takes the requirement's place in the path.
      const merged = absorb(trainingDraft, [req], reviewed);
      drafts.push({
        ...merged,
        title: requirementTitle(req),
        summary: `${req.summary} ${SCOPE_NOTE[req.scope]}`,
        duration: asDuration(req.duration) ?? merged.duration,
        slot,
      });
      trainingDraft = undefined;
      continue;
    }
    let id = req.id;
    if (
      taken.has(id) ||
      ["high-school", "first-job", "advancement", "related-experience"].includes(id)
    )
      id = `requirement-${req.id}`;
    taken.add(id);
    drafts.push(
      draft({
        id,
        kind: STEP_KIND[req.kind],
        title: requirementTitle(req),
        summary: `${req.summary} ${SCOPE_NOTE[req.scope]}`,
        details: requirementDetails(req),
        duration: asDuration(req.duration),
        optional: !required(req),
        slot,
        requirements: [req.id],
        sources: requirementSources(req),
        basis: requirementBasis(req, reviewed),
      }),
    );
  }
  if (trainingDraft) drafts.push(trainingDraft);

  // 4. Related work experience (BLS), with O*NET's closest related occupations.
  if (input.experience !== "None") {
    const names = input.experienceRelated.map((r) => `${r.title} (${r.code})`);
    drafts.push(
      draft({
        id: "related-experience",
        kind: "experience",
        title: `Gain ${input.experience.toLowerCase()} of related work experience`,
        summary:
          names.length > 0
            ? `Employers usually look for experience in a related occupation, such as ${names.join("; ")}.`
            : "Employers usually look for experience in a related occupation.",
        duration: EXPERIENCE_DURATION[input.experience],
        slot: SLOT.experience,
        details: names.map((n) => `Related occupation: ${n}`),
        basis: `Work experience in a related occupation: ${input.experience}${names.length > 0 ? "; related occupations from O*NET" : ""}`,
        sources: [input.sources.projections, ...(names.length > 0 ? [input.sources.onet] : [])],
      }),
    );
  }

  // 5. The first job, with alternatives, specialty guides and the review status.
  const member = oneMember(input.title);
  const jobDetails: string[] = [];
  for (const g of input.specialtyGuides)
    jobDetails.push(
      `Specialty guide: ${g.title} (${g.id}) covers one specialty inside this occupation.`,
    );
  if (!input.requirements)
    drafts.push(
      draft({
        id: "check-requirements",
        kind: "check",
        title: "Check your state's licensing rules",
        summary:
          "careerpath has not reviewed the licences, exams and registrations for this occupation; that does not mean none apply. Ask the state licensing board or an employer before you start.",
        optional: true,
        slot: SLOT["at-hire"],
        basis: "No entry-requirement review in careerpath for this occupation",
      }),
    );
  else if (reqs.length === 0)
    jobDetails.push(
      `Reviewed ${reviewed}: no licence, exam or registration applies nationally. ${input.requirements.summary}`,
    );
  drafts.push(
    draft({
      id: "first-job",
      kind: "job",
      title: `Get hired as ${member}`,
      summary: `Apply for entry-level positions as ${member}.`,
      slot: SLOT.job,
      details: jobDetails,
      alternatives: input.alternatives.map((o) => ({
        id: `occupation-${o.code}`,
        title: `Get hired as ${oneMember(o.title)}`,
        summary: `A closely related occupation (${o.title}, ${o.code}) whose entry needs ${CATEGORY_PHRASE[o.education]}.`,
        educationCategory: o.education,
        credentials: [],
        organizations: [],
      })),
      basis: `Every generated path ends in a first job in the occupation${input.alternatives.length > 0 ? "; alternatives are O*NET primary related occupations that need the same or less education (BLS)" : ""}`,
      sources:
        input.alternatives.length > 0
          ? [input.sources.projections, input.sources.onet]
          : [input.sources.projections],
    }),
  );

  // 6. Advancement, where O*NET and BLS support one.
  const [up, ...more] = input.advancement;
  if (up) {
    const role = singularRole(up.title);
    drafts.push(
      draft({
        id: "advancement",
        kind: "advancement",
        title: role ? `Move up to ${role}` : `Move up: ${lowerFirst(up.title)}`,
        summary: `With experience, some move up to ${role ?? lowerFirst(up.title)} (${up.code}). BLS asks for ${up.experience.toLowerCase()} of work experience in a related occupation there, and O*NET counts this occupation among its closest related ones.`,
        duration: up.experience === "None" ? null : EXPERIENCE_DURATION[up.experience],
        optional: true,
        slot: SLOT.advancement,
        alternatives: more.map((m) => ({
          id: `occupation-${m.code}`,
          title: singularRole(m.title)
            ? `Move up to ${singularRole(m.title)}`
            : `Move up: ${lowerFirst(m.title)}`,
          summary: `For ${m.title} (${m.code}), BLS also asks for ${m.experience.toLowerCase()} of related work experience.`,
          educationCategory: m.education,
          credentials: [],
          organizations: [],
        })),
        basis: `O*NET related occupations that ask for work experience in a related occupation (BLS: ${up.experience})`,
        sources: [input.sources.onet, input.sources.projections],
      }),
    );
  }

  // 7. Ongoing requirements: one step to keep the credentials current.
  if (ongoing.length > 0) {
    const req = ongoing.some(required);
    let d = draft({
      id: "keep-current",
      kind: "licence",
      title:
        ongoing.length === 1
          ? requirementTitle(ongoing[0] as Requirement)
          : "Keep your credentials current",
      summary: ongoing.map((r) => `${r.summary} ${SCOPE_NOTE[r.scope]}`).join(" "),
      optional: !req,
      slot: SLOT.ongoing,
      basis: "",
    });
    d = absorb({ ...d, details: NONE }, ongoing, reviewed);
    drafts.push({ ...d, basis: (d.basis ?? "").replace(/^; /, "") });
  }

  // Order by slot (stable: record order within a slot); each step waits on the required one before.
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.slot - b.d.slot || a.i - b.i)
    .map(({ d }) => d);
  let lastRequired: string | undefined;
  return ordered.map(({ slot: _slot, ...d }, i) => {
    const step: CareerStep = {
      ...d,
      order: i + 1,
      generated: true,
      prerequisites: lastRequired ? [lastRequired] : NONE,
    };
    if (!d.optional) lastRequired = d.id;
    return step;
  });
}
