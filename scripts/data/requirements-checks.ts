// Checks for the entry-requirement files (data/requirements/) and for the scope of curated guides,
// plus the repeated-sentence lint over every text the build ships.
import type { Career, Requirement } from "../../src/schemas/index.js";
import type { Dataset, Problem } from "./load.js";

type Add = (file: string, path: string, message: string) => void;
type Cite = (file: string, path: string, id: string) => void;

/** Every source id a requirement cites, with the path inside the requirement. */
export function requirementCitations(req: Requirement): [string, string][] {
  const out: [string, string][] = req.sources.map((s, i) => [`sources[${i}]`, s]);
  const texts = [
    ["prerequisites", req.prerequisites],
    ["variesByState", req.variesByState],
    ["exam.notes", req.exam?.notes ?? []],
    ["renewal.notes", req.renewal?.notes ?? []],
  ] as const;
  for (const [path, list] of texts)
    for (const [i, t] of list.entries()) out.push([`${path}[${i}].source`, t.source]);
  for (const [path, n] of [
    ["duration", req.duration],
    ["exam.questions", req.exam?.questions],
    ["exam.time", req.exam?.time],
    ["renewal.cycleYears", req.renewal?.cycleYears],
  ] as const)
    if (n) out.push([`${path}.source`, n.source]);
  return out;
}

/**
 * Requirement files: every code is an occupation line item (named by its official title), each
 * occupation appears in one file only, ids are unique within an occupation, and every cited
 * source is in the registry.
 */
export function checkRequirementFiles(data: Dataset, add: Add, cite: Cite): void {
  const titleOf = new Map(data.occupations.map((o) => [o.code, o.title]));
  const seen = new Map<string, string>();
  for (const { file, data: content } of data.requirementFiles) {
    content.occupations.forEach((occ, i) => {
      const at = `occupations[${i}]`;
      const title = titleOf.get(occ.code);
      if (title === undefined) add(file, `${at}.code`, `unknown occupation code "${occ.code}"`);
      else if (title !== occ.title)
        add(file, `${at}.title`, `"${occ.title}" is not the official title "${title}"`);
      const first = seen.get(occ.code);
      if (first) add(file, `${at}.code`, `${occ.code} is also reviewed in ${first}`);
      seen.set(occ.code, file);
      const ids = new Set<string>();
      occ.requirements.forEach((req, j) => {
        const path = `${at}.requirements[${j}]`;
        if (ids.has(req.id)) add(file, `${path}.id`, `duplicate requirement id "${req.id}"`);
        ids.add(req.id);
        for (const [where, id] of requirementCitations(req)) cite(file, `${path}.${where}`, id);
      });
    });
  }
}

/** Singular/plural-blind, case-blind form of a title, for comparing a guide name with a title. */
const nameKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/s$/, ""))
    .join(" ");

/**
 * The scope rule for curated guides. Only an `"occupation"` guide replaces the steps of its main
 * code, and at most one may claim a code. A `"specialty"` guide must say in `occupationNote` how
 * it sits inside the occupation, and must not take over the occupation: neither its title nor an
 * alias may be the occupation's official title, which would send people looking for the whole
 * occupation to the specialty.
 */
export function checkGuideScopes(data: Dataset, add: Add): void {
  const titleOf = new Map(data.occupations.map((o) => [o.code, o.title]));
  const claimed = new Map<string, string>();
  for (const career of [...data.careers].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const file = `data/careers/${career.id}.json`;
    const main = career.occupations[0] as string;
    if (career.scope === "occupation") {
      const other = claimed.get(main);
      if (other)
        add(
          file,
          "scope",
          `"${other}" already covers ${main} as a whole occupation; make one of them a specialty guide`,
        );
      else claimed.set(main, career.id);
      continue;
    }
    if (!career.occupationNote)
      add(
        file,
        "occupationNote",
        "a specialty guide must say how it sits inside its occupation (occupationNote)",
      );
    career.occupations.forEach((code, i) => {
      const title = titleOf.get(code);
      if (!title) return;
      const names: [string, string][] = [
        ["title", career.title],
        ...career.aliases.map((a, j): [string, string] => [`aliases[${j}]`, a]),
      ];
      for (const [path, name] of names)
        if (nameKey(name) === nameKey(title))
          add(
            file,
            path,
            `specialty guide would take over ${code}: "${name}" is the occupation's official title (occupations[${i}]); use scope "occupation" or drop the name`,
          );
    });
  }
}

/** The sentences of a text, normalised for comparison. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9 ]+/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((s) => s.length > 0);
}

/** How many opening words two sentences may share before they count as the same sentence twice. */
const SAME_OPENING_WORDS = 5;

/**
 * The first sentence of `text` that repeats an earlier one: the same sentence, or one that opens
 * with the same five words (a sentence said twice in different words, as in "BLS puts the related
 * work experience at … BLS puts the related work experience that … need at …").
 */
export function repeatedSentence(text: string): string | undefined {
  const seen = new Set<string>();
  const openings = new Set<string>();
  for (const s of sentences(text)) {
    const words = s.split(" ");
    const opening =
      words.length >= SAME_OPENING_WORDS ? words.slice(0, SAME_OPENING_WORDS).join(" ") : undefined;
    if (seen.has(s) || (opening && openings.has(opening))) return s;
    seen.add(s);
    if (opening) openings.add(opening);
  }
  return undefined;
}

/** Runs {@link repeatedSentence} over every string inside `value`, reporting the path. */
function lintTexts(value: unknown, file: string, path: string, add: Add): void {
  if (typeof value === "string") {
    const repeated = repeatedSentence(value);
    if (repeated) add(file, path, `the text says the same thing twice: "${repeated}"`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) lintTexts(v, file, `${path}[${i}]`, add);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) lintTexts(v, file, path ? `${path}.${k}` : k, add);
  }
}

/** The repeated-sentence lint over the curated guides and the requirement files. */
export function checkRepeatedSentences(data: Dataset, add: Add): void {
  for (const career of data.careers as Career[])
    lintTexts(career, `data/careers/${career.id}.json`, "", add);
  for (const { file, data: content } of data.requirementFiles) lintTexts(content, file, "", add);
}

export type { Problem };
