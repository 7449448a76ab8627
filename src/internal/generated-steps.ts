// Generated steps: the data for one occupation gathered into a PathInput and handed to the
// step builder (src/internal/step-builder.ts). docs/generated-steps.md describes the rules.
import { occupationCodes } from "../generated/ids.js";
import { experienceRelated, stepCategories } from "../generated/step-table.js";
import { reviewedRecord } from "../requirements/data.js";
import type { CareerStep } from "../schemas/career.js";
import type {
  EducationCategory,
  ExperienceCategory,
  TrainingCategory,
} from "../schemas/categories.js";
import { educationCategories, experienceCategories, trainingCategories } from "../vocabulary.js";
import { deepFreeze } from "./freeze.js";
import { pathRow, pathSources, pathTitle, programTitle } from "./path-data.js";
import {
  buildPath,
  EDUCATION_LADDER,
  EDUCATION_SPECS,
  type PathInput,
  TRAINING_SPECS,
} from "./step-builder.js";

/** The education steps each BLS entry category gives, lowest first (for the docs tables). */
// Pure: a bundle that never reads it (one guide alone) drops it and the step specs it reads.
export const EDUCATION_STEPS = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */
  educationCategories.map((c) => [c, EDUCATION_LADDER[c].map((k) => EDUCATION_SPECS[k])]),
) as unknown as Readonly<
  Record<EducationCategory, readonly NonNullable<(typeof EDUCATION_SPECS)[EducationCategory]>[]>
>;

/** The training step each BLS on-the-job training category gives (for the docs tables). */
export const TRAINING_STEPS = { None: undefined, ...TRAINING_SPECS } as const;

const cache = new Map<string, readonly CareerStep[]>();
let positions: Map<string, number> | undefined;

function codeIndex(code: string): number {
  positions ??= new Map(occupationCodes.map((c, i) => [c, i]));
  return positions.get(code) ?? -1;
}

/** The three BLS categories of a code, from the compact step table. */
export function stepCategoriesOf(
  code: string,
):
  | { education: EducationCategory; experience: ExperienceCategory; training: TrainingCategory }
  | undefined {
  const position = codeIndex(code);
  if (position === -1) return undefined;
  const [e, x, t] = [0, 1, 2].map((k) => Number(stepCategories[position * 3 + k]));
  return {
    education: educationCategories[e as number] as EducationCategory,
    experience: experienceCategories[x as number] as ExperienceCategory,
    training: trainingCategories[t as number] as TrainingCategory,
  };
}

/** The input the step builder needs for one code. */
export function pathInput(code: string): PathInput | undefined {
  const categories = stepCategoriesOf(code);
  if (!categories) return undefined;
  const row = pathRow(code);
  const named = (c: string) => ({ code: c, title: pathTitle(c) });
  return {
    code,
    title: pathTitle(code),
    ...categories,
    experienceRelated: (experienceRelated[code] ?? []).map(named),
    programs: (row.p ?? []).map((cip) => ({ code: cip, title: programTitle(cip) })),
    advancement: (row.a ?? []).flatMap((c) => {
      const k = stepCategoriesOf(c);
      return k ? [{ ...named(c), education: k.education, experience: k.experience }] : [];
    }),
    alternatives: (row.o ?? []).flatMap((c) => {
      const k = stepCategoriesOf(c);
      return k ? [{ ...named(c), education: k.education }] : [];
    }),
    educationShares: row.e ?? null,
    requirements: reviewedRecord(code),
    specialtyGuides: (row.s ?? []).map(([id, title]) => ({ id, title })),
    sources: {
      projections: "bls-ep-2024-34",
      onet: pathSources.onet,
      programs: pathSources.programs,
    },
  };
}

/** Generated steps for an occupation code, or undefined when the code is unknown. Cached. */
export function generatedSteps(code: string): readonly CareerStep[] | undefined {
  const hit = cache.get(code);
  if (hit) return hit;
  const input = pathInput(code);
  if (!input) return undefined;
  const steps = deepFreeze(buildPath(input));
  cache.set(code, steps);
  return steps;
}
