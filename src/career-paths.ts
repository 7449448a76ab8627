import { InvalidOptionError } from "./errors.js";
import { type CareerId, careerIds } from "./generated/ids.js";
import { getCareerOrThrow } from "./get-career.js";
import { careerById } from "./internal/data.js";
import { readOptions } from "./internal/input.js";
import { stepEducationRank } from "./internal/step-education.js";
import { addYears, stepYears } from "./internal/time-to-entry.js";
import type { Career, CareerLink, CareerStep } from "./schemas/career.js";
import { educationCategories } from "./vocabulary.js";

/** A neighbour of a career in the career graph. */
export interface RelatedCareer {
  readonly id: CareerId;
  readonly title: string;
  /** Why the two are linked, in our words. */
  readonly note: string;
  /** A source id or an O*NET relatedness tier. */
  readonly evidence: CareerLink["evidence"];
}

/** The neighbours of a career, grouped by relation. */
export interface RelatedCareers {
  /** Careers one can move up to from this one. */
  readonly advancement: readonly RelatedCareer[];
  /** Careers that lead up to this one. */
  readonly advancesFrom: readonly RelatedCareer[];
  /** Other ways into similar work. */
  readonly alternative: readonly RelatedCareer[];
  readonly similar: readonly RelatedCareer[];
}

/** One move between rungs of a route. */
export interface PathHop {
  readonly from: CareerId;
  readonly to: CareerId;
  /** The steps of the next career that someone in the current one still has to take. */
  readonly steps: readonly CareerStep[];
  /** Estimated time for the hop from those steps' durations, in years; `max: null` when open-ended. */
  readonly years: { readonly min: number; readonly max: number | null };
  /** Required steps with no duration in the data, so not counted in `years` (apart from the job itself). */
  readonly undated: readonly string[];
}

/** A route from one career to another along advancement links. */
export interface CareerPath {
  readonly careers: readonly CareerId[];
  readonly hops: readonly PathHop[];
  readonly years: { readonly min: number; readonly max: number | null };
}

/** Options for {@link careerPaths}. */
export interface CareerPathsOptions {
  /**
   * The most advancement links a route may use, an integer from 1 to 10.
   * @defaultValue `4`
   */
  readonly maxHops?: number;
}

/** A guide by id, frozen; the ids come from the data, so every one exists. */
const career = (id: string): Career => careerById(id) as Career;

const entry = (link: CareerLink): RelatedCareer => ({
  id: link.career as CareerId,
  title: careerById(link.career)?.title ?? link.career,
  note: link.note,
  evidence: link.evidence,
});

/**
 * Lists a career's neighbours in the career graph, by relation. Advancement links are also read
 * backwards, so a supervisor role lists the careers that lead to it.
 *
 * @param id - A career id.
 * @returns Fresh arrays of neighbours per relation; empty arrays when there are none.
 * @throws {@link UnknownCareerError} for an unknown id.
 * @category Career graph
 * @example
 * ```ts
 * import { relatedCareers } from "careerpath";
 * relatedCareers("insurance-coder").advancement.map((r) => r.id).includes("coding-supervisor"); // true
 * relatedCareers("coding-supervisor").advancesFrom.map((r) => r.id).includes("insurance-coder"); // true
 * ```
 */
export function relatedCareers(id: CareerId | (string & {})): RelatedCareers {
  const subject = getCareerOrThrow(id);
  const by = (relation: CareerLink["relation"]) =>
    subject.related.filter((l) => l.relation === relation).map(entry);
  const advancesFrom: RelatedCareer[] = [];
  for (const other of careerIds) {
    const link = career(other).related.find(
      (l) => l.relation === "advancement" && l.career === subject.id,
    );
    if (link) advancesFrom.push({ ...entry(link), id: other, title: career(other).title });
  }
  return {
    advancement: by("advancement"),
    advancesFrom,
    alternative: by("alternative"),
    similar: by("similar"),
  };
}

/** The steps of `to` still ahead of someone working as `from`, and their duration. */
function hop(from: Career, to: Career): PathHop {
  const reached = educationCategories.indexOf(from.quickFacts.educationCategory);
  // Education and training that the current career already reached are behind them.
  const steps = to.steps.filter((s) => {
    const rank = stepEducationRank(s);
    return !((s.kind === "education" || s.kind === "training") && rank !== -1 && rank <= reached);
  });
  const undated = steps
    .filter((s) => !s.optional && s.duration === null && s.kind !== "job")
    .map((s) => s.id);
  return {
    from: from.id as CareerId,
    to: to.id as CareerId,
    steps,
    years: stepYears(steps),
    undated,
  };
}

/**
 * Finds the routes from one career to another along advancement links ("what comes after this
 * job, and how do I get there?"), each with the steps and the estimated time between rungs.
 *
 * @param from - The career someone has now.
 * @param to - The career they want.
 * @param options - `maxHops` (default 4).
 * @returns Every simple route, shortest first; an empty array when none exists within `maxHops`.
 * @throws {@link UnknownCareerError} for an unknown id; {@link InvalidOptionError} for a bad `maxHops`.
 * @category Career graph
 * @example
 * ```ts
 * import { careerPaths } from "careerpath";
 * const routes = careerPaths("insurance-coder", "health-information-manager");
 * routes[0]?.careers; // ["insurance-coder", "health-information-manager"]
 * routes[1]?.careers; // ["insurance-coder", "coding-supervisor", "health-information-manager"]
 * ```
 */
export function careerPaths(
  from: CareerId | (string & {}),
  to: CareerId | (string & {}),
  options?: CareerPathsOptions,
): CareerPath[] {
  const start = getCareerOrThrow(from, "from");
  const goal = getCareerOrThrow(to, "to");
  const { maxHops = 4 } = readOptions(options);
  if (typeof maxHops !== "number" || !Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) {
    throw new InvalidOptionError("maxHops", "an integer from 1 to 10", maxHops);
  }
  const routes: CareerId[][] = [];
  const walk = (trail: CareerId[]) => {
    const last = trail[trail.length - 1] as CareerId;
    if (last === goal.id && trail.length > 1) {
      routes.push(trail);
      return;
    }
    if (trail.length > maxHops) return;
    for (const link of career(last).related) {
      const next = link.career as CareerId;
      if (link.relation === "advancement" && !trail.includes(next)) walk([...trail, next]);
    }
  };
  walk([start.id as CareerId]);
  return routes
    .sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()))
    .map((careers) => {
      const hops = careers.slice(1).map((id, i) => hop(career(careers[i] as CareerId), career(id)));
      return { careers, hops, years: addYears(hops.map((h) => h.years)) };
    });
}
