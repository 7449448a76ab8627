// Cross-record checks: every reference resolves, registries are used, guides agree with
// their own quick facts, and advancement links never loop.

import { stepEducationRank } from "../../src/internal/step-education.js";
import type { Career } from "../../src/schemas/index.js";
import { educationCategories } from "../../src/vocabulary.js";
import { checkPrograms } from "../official/checks.js";
import type { Dataset, Problem } from "./load.js";
import {
  checkGuideScopes,
  checkRepeatedSentences,
  checkRequirementFiles,
} from "./requirements-checks.js";

const OFFICIAL_BASE_YEAR = 2024;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** The first year of a period such as "2020", "May 2024" or "2020–30". */
function startYear(period: string): number | undefined {
  const match = /(\d{4})/.exec(period);
  return match ? Number(match[1]) : undefined;
}

export function checkIntegrity(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, path: string, message: string) =>
    problems.push({ file, path, message });

  const careerIds = new Set(data.careers.map((c) => c.id));
  const occupationCodes = new Set(data.occupations.map((o) => o.code));
  const credentialIds = new Set(data.credentials.map((c) => c.id));
  const organizationIds = new Set(data.organizations.map((o) => o.id));
  const sourceIds = new Set(data.sources.map((s) => s.id));

  for (const [file, ids] of [
    ["data/careers", data.careers.map((c) => c.id)],
    ["data/credentials.json", data.credentials.map((c) => c.id)],
    ["data/organizations.json", data.organizations.map((o) => o.id)],
    ["data/code-sets.json", data.codeSets.map((c) => c.id)],
    ["data/sources.json", data.sources.map((s) => s.id)],
    ["data/official/occupations.json", data.occupations.map((o) => o.code)],
    ["data/official/occupations.json (slugs)", data.occupations.map((o) => o.slug)],
    ["data/official/programs.json", data.programs.map((p) => p.code)],
  ] as const) {
    for (const id of duplicates(ids)) add(file, "", `duplicate id "${id}"`);
  }

  const usedSources = new Set<string>();
  const cite = (file: string, path: string, id: string) => {
    usedSources.add(id);
    if (!sourceIds.has(id)) add(file, path, `unknown source "${id}"`);
  };
  const usedCredentials = new Set<string>();
  const usedOrganizations = new Set<string>();

  for (const career of data.careers) {
    const file = `data/careers/${career.id}.json`;
    career.sources.forEach((s, i) => {
      cite(file, `sources[${i}]`, s);
    });
    career.occupations.forEach((code, i) => {
      if (!occupationCodes.has(code))
        add(file, `occupations[${i}]`, `unknown occupation code "${code}"`);
    });
    career.historicalFigures.forEach((h, i) => {
      cite(file, `historicalFigures[${i}].figure.source`, h.figure.source);
      const year = startYear(h.figure.period);
      if (year === undefined || year >= OFFICIAL_BASE_YEAR) {
        add(
          file,
          `historicalFigures[${i}].figure.period`,
          `historical figures must be older than the official ${OFFICIAL_BASE_YEAR} vintage, got "${h.figure.period}"`,
        );
      }
    });
    career.credentials.forEach((c, i) => {
      usedCredentials.add(c);
      if (!credentialIds.has(c)) add(file, `credentials[${i}]`, `unknown credential "${c}"`);
    });
    career.organizations.forEach((o, i) => {
      usedOrganizations.add(o);
      if (!organizationIds.has(o)) add(file, `organizations[${i}]`, `unknown organization "${o}"`);
    });
    checkSteps(career, file, add, cite);
    career.related.forEach((link, i) => {
      const path = `related[${i}]`;
      if ("source" in link.evidence) cite(file, `${path}.evidence.source`, link.evidence.source);
      if (link.career === career.id) add(file, `${path}.career`, "a career cannot link to itself");
      const other = data.careers.find((c) => c.id === link.career);
      if (!other) add(file, `${path}.career`, `unknown career "${link.career}"`);
      else if (
        link.relation !== "advancement" &&
        !other.related.some((back) => back.career === career.id && back.relation === link.relation)
      ) {
        // Alternative and similar are symmetric, so both guides must say so; advancement is one-way.
        add(
          file,
          `${path}.career`,
          `"${link.career}" does not link back to "${career.id}" as ${link.relation}`,
        );
      }
    });
    career.ambiguous.forEach((a, i) => {
      a.careers.forEach((c, j) => {
        if (!careerIds.has(c)) add(file, `ambiguous[${i}].careers[${j}]`, `unknown career "${c}"`);
      });
      a.occupations.forEach((c, j) => {
        if (!occupationCodes.has(c))
          add(file, `ambiguous[${i}].occupations[${j}]`, `unknown occupation code "${c}"`);
      });
    });
    // Quick-facts lint: the education panel must agree with the steps before the first job.
    const firstJob = career.steps.findIndex((s) => s.kind === "job");
    const entrySteps = career.steps
      .slice(0, firstJob === -1 ? undefined : firstJob)
      .filter((s) => (s.kind === "education" || s.kind === "training") && !s.optional);
    const reached = Math.max(-1, ...entrySteps.map(stepEducationRank));
    if (reached === -1) {
      add(
        file,
        "steps",
        "no required education or training step before the first job states its education category",
      );
    } else if (educationCategories[reached] !== career.quickFacts.educationCategory) {
      add(
        file,
        "quickFacts.educationCategory",
        `quick facts say "${career.quickFacts.educationCategory}" but the steps before the first job reach "${educationCategories[reached]}"`,
      );
    }
  }

  for (const credential of data.credentials) {
    const file = "data/credentials.json";
    if (!organizationIds.has(credential.issuer))
      add(file, credential.id, `unknown issuer "${credential.issuer}"`);
    usedOrganizations.add(credential.issuer);
    credential.sources.forEach((s) => {
      cite(file, `${credential.id}.sources`, s);
    });
    const facts = [
      ...credential.eligibility,
      ...(credential.exam?.notes ?? []),
      ...(credential.renewal?.notes ?? []),
      ...credential.designations.flatMap((d) => d.howRemoved),
      ...[
        credential.exam?.questions,
        credential.exam?.durationHours,
        credential.exam?.passingPercent,
      ],
      ...[credential.renewal?.cycleYears, credential.renewal?.ceus],
    ];
    for (const fact of facts) if (fact) cite(file, `${credential.id}`, fact.source);
    if (!usedCredentials.has(credential.id))
      add(file, credential.id, "credential is not used by any career");
  }
  for (const org of data.organizations) {
    org.sources.forEach((s) => {
      cite("data/organizations.json", org.id, s);
    });
  }
  for (const set of data.codeSets) {
    set.sources.forEach((s) => {
      cite("data/code-sets.json", set.id, s);
    });
    usedOrganizations.add(set.steward);
    if (!organizationIds.has(set.steward))
      add("data/code-sets.json", set.id, `unknown steward "${set.steward}"`);
  }
  for (const org of data.organizations) {
    if (!usedOrganizations.has(org.id) && !["bls", "onet-center"].includes(org.id)) {
      add(
        "data/organizations.json",
        org.id,
        "organization is not used by any career, credential or code set",
      );
    }
  }

  // Official records: sources resolve, related codes resolve, aggregates cover real codes.
  for (const occ of data.occupations) {
    const file = "data/official/occupations.json";
    cite(file, `${occ.code}.projections.source`, occ.projections.source);
    cite(file, `${occ.code}.onet.source`, occ.onet.source);
    if (occ.wages.may2024) cite(file, `${occ.code}.wages.may2024.source`, occ.wages.may2024.source);
    if (occ.wages.may2025) cite(file, `${occ.code}.wages.may2025.source`, occ.wages.may2025.source);
    occ.onet.related.forEach((r, i) => {
      if (!occupationCodes.has(r.code))
        add(file, `${occ.code}.onet.related[${i}]`, `unknown occupation code "${r.code}"`);
    });
    if ((occ.kind === "aggregate") !== occ.covers.length > 0) {
      add(
        file,
        `${occ.code}.covers`,
        "an aggregate must list the codes it covers, and only an aggregate may",
      );
    }
  }
  // Programs: sources resolve, and programs and occupations list each other exactly.
  data.programs.forEach((p, i) => {
    cite("data/official/programs.json", `[${i}].source`, p.source);
  });
  for (const message of checkPrograms(data.occupations, data.programs))
    add("data/official/programs.json", "", message);
  // A guide's step programs must be programs that NCES links to one of the guide's occupations.
  const programByCode = new Map(data.programs.map((p) => [p.code, p]));
  for (const career of data.careers) {
    career.steps.forEach((step, i) => {
      step.programs.forEach((cip, j) => {
        const program = programByCode.get(cip);
        const path = `steps[${i}].programs[${j}]`;
        const file = `data/careers/${career.id}.json`;
        if (!program) add(file, path, `CIP ${cip} is not a program in data/official/programs.json`);
        else if (!program.occupations.some((code) => career.occupations.includes(code)))
          add(
            file,
            path,
            `CIP ${cip} leads to none of the guide's occupations (${program.occupations.join(", ")})`,
          );
      });
    });
  }
  for (const code of Object.keys(data.titles)) {
    if (!occupationCodes.has(code))
      add("data/official/titles.json", code, `unknown occupation code "${code}"`);
  }

  checkRequirementFiles(data, add, cite);
  checkGuideScopes(data, add);
  checkRepeatedSentences(data, add);

  problems.push(...advancementCycles(data.careers));
  for (const source of data.sources) {
    if (!usedSources.has(source.id) && source.kind === "page") {
      add(
        data.sourceFiles.get(source.id) ?? "data/sources.json",
        source.id,
        "source is not cited by any record",
      );
    }
  }
  return problems;
}

function checkSteps(
  career: Career,
  file: string,
  add: (file: string, path: string, message: string) => void,
  cite: (file: string, path: string, id: string) => void,
): void {
  const settings = new Set(career.workSettings.map((w) => w.id));
  const usedSettings = new Set<string>();
  const usedCredentials = new Set<string>();
  const usedOrganizations = new Set<string>();
  const seen = new Set<string>();
  career.steps.forEach((step, i) => {
    const path = `steps[${i}]`;
    if (step.order !== i + 1)
      add(file, `${path}.order`, `expected order ${i + 1}, got ${step.order}`);
    if (seen.has(step.id)) add(file, `${path}.id`, `duplicate step id "${step.id}"`);
    step.prerequisites.forEach((p, j) => {
      if (!seen.has(p)) add(file, `${path}.prerequisites[${j}]`, `"${p}" is not an earlier step`);
    });
    seen.add(step.id);
    step.sources.forEach((s, j) => {
      cite(file, `${path}.sources[${j}]`, s);
    });
    const creds = [...step.credentials, ...step.alternatives.flatMap((a) => a.credentials)];
    const orgs = [...step.organizations, ...step.alternatives.flatMap((a) => a.organizations)];
    for (const c of creds) {
      usedCredentials.add(c);
      if (!career.credentials.includes(c))
        add(file, `${path}.credentials`, `credential "${c}" is not in the guide's credentials`);
    }
    for (const o of orgs) {
      usedOrganizations.add(o);
      if (!career.organizations.includes(o))
        add(
          file,
          `${path}.organizations`,
          `organization "${o}" is not in the guide's organizations`,
        );
    }
    step.workSettings.forEach((w, j) => {
      usedSettings.add(w);
      if (!settings.has(w)) add(file, `${path}.workSettings[${j}]`, `unknown work setting "${w}"`);
    });
    const altIds = step.alternatives.map((a) => a.id);
    for (const d of duplicates(altIds))
      add(file, `${path}.alternatives`, `duplicate alternative id "${d}"`);
  });
  for (const w of settings)
    if (!usedSettings.has(w))
      add(file, "workSettings", `work setting "${w}" is not used by any step`);
  for (const c of career.credentials)
    if (!usedCredentials.has(c))
      add(file, "credentials", `credential "${c}" is not named by any step`);
  for (const o of career.organizations)
    if (!usedOrganizations.has(o))
      add(file, "organizations", `organization "${o}" is not named by any step`);
}

/** Finds loops in advancement links, which would make "what comes next" endless. */
export function advancementCycles(careers: readonly Career[]): Problem[] {
  const next = new Map(
    careers.map((c) => [
      c.id,
      c.related.filter((r) => r.relation === "advancement").map((r) => r.career),
    ]),
  );
  const problems: Problem[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      problems.push({
        file: `data/careers/${id}.json`,
        path: "related",
        message: `advancement links form a cycle: ${[...trail, id].join(" → ")}`,
      });
      return;
    }
    state.set(id, "visiting");
    for (const to of next.get(id) ?? []) visit(to, [...trail, id]);
    state.set(id, "done");
  };
  for (const c of careers) visit(c.id, []);
  return problems;
}
