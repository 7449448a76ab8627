// Curated content: every file parses with the published schemas, every credential fact names
// a registered source, secondary facts cite sources marked secondary, and the facts that the
// research notes mark UNCONFIRMED stay out of the data.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  Career,
  CodeSet,
  Credential,
  Organization,
  Source,
  type SourcedNumber,
  type SourcedText,
} from "../src/schemas/index.js";

const root = join(import.meta.dirname, "..");
const careerDir = join(root, "data", "careers");
const careerFiles = readdirSync(careerDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => `data/careers/${f}`);
const registryFiles = [
  "data/credentials.json",
  "data/organizations.json",
  "data/code-sets.json",
  "data/sources.json",
] as const;
/** Every curated file; the UNCONFIRMED scan covers all of them. */
const curatedFiles = [...careerFiles, ...registryFiles];

function readText(file: string): string {
  return readFileSync(join(root, file), "utf8");
}

function readJson(file: string): unknown {
  const value: unknown = JSON.parse(readText(file));
  if (value && typeof value === "object" && !Array.isArray(value) && "$schema" in value) {
    const { $schema: _ignored, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  return value;
}

/** Parses a value, pushing one line per issue into `problems`. */
function parse<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: string,
  problems: string[],
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${where} at ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
  }
  return undefined;
}

function parseList<T>(schema: z.ZodType<T>, file: string, problems: string[]): T[] {
  const value = readJson(file);
  if (!Array.isArray(value)) {
    problems.push(`${file}: expected an array`);
    return [];
  }
  return value.flatMap((item, i) => {
    const parsed = parse(schema, item, `${file}[${i}]`, problems);
    return parsed === undefined ? [] : [parsed];
  });
}

const schemaProblems: string[] = [];
const careers = careerFiles.flatMap((file) => {
  const parsed = parse(Career, readJson(file), file, schemaProblems);
  return parsed === undefined ? [] : [parsed];
});
const credentials = parseList(Credential, "data/credentials.json", schemaProblems);
const organizations = parseList(Organization, "data/organizations.json", schemaProblems);
const codeSets = parseList(CodeSet, "data/code-sets.json", schemaProblems);
const sources = parseList(Source, "data/sources.json", schemaProblems);
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** Pages the research notes label secondary: their registry entries must say so. */
const SECONDARY_PAGES = [
  {
    url: "https://learn.org/careers/insurance-coding-5-steps-to-becoming-an-insurance-coder",
    reason: "reports BLS figures; no bls.gov copy of $45,240 / 9% was found",
  },
  {
    url: "https://medicalbillingandcoding.training/aapc",
    reason: "third-party page on AAPC's history",
  },
  {
    url: "https://www.medicalcodingwithconfidence.com/cpc-exam-info",
    reason: "third-party page on CPC rules",
  },
  {
    url: "https://study.com/articles/Certified_Coding_Specialist_Exam_and_Licensing_Information.html",
    reason: "third-party page on the CCS exam length",
  },
  { url: "http://healthcom.info/index-68.html", reason: "third-party copy of AHIMA's exam FAQ" },
  {
    url: "https://es.scribd.com/document/436601196/Candidate-Guide-1",
    reason: "AHIMA guide read from a third-party host",
  },
  {
    url: "https://en.wikipedia.org/wiki/Registered_health_information_administrator",
    reason: "encyclopedia",
  },
  {
    url: "http://precisionmetalworks360.com/information-clerk.html",
    reason: "third-party copy of the OOH",
  },
  {
    url: "https://www.truity.com/career-profile/receptionist",
    reason: "third-party copy of the OOH",
  },
  {
    url: "https://explorehealthcareerswv.com/career/health-information-technologists-and-medical-registrars",
    reason: "third-party copy of the OOH",
  },
  {
    url: "https://www.raise.me/careers/management/medical-and-health-services-managers/",
    reason: "third-party copy of the OOH",
  },
] as const;

const credential = (id: string) => credentials.find((c) => c.id === id);
const byText = (facts: readonly SourcedText[] | undefined, fragment: string) =>
  facts?.find((f) => f.text.includes(fragment))?.source;

/** Facts that only a secondary page supports: the source each one cites must be marked secondary. */
const SECONDARY_FACTS = [
  {
    fact: "CPC candidates must be AAPC members",
    source: () => byText(credential("cpc")?.eligibility, "AAPC members"),
  },
  {
    fact: "an associate's degree is recommended for the CPC",
    source: () => byText(credential("cpc")?.eligibility, "associate's degree"),
  },
  {
    fact: "the CCS exam lasts 4 hours",
    source: () => credential("ccs")?.exam?.durationHours?.source,
  },
  {
    fact: "30-day retest wait for the CCA",
    source: () => byText(credential("cca")?.exam?.notes, "30 days"),
  },
  {
    fact: "30-day retest wait for the CCS",
    source: () => byText(credential("ccs")?.exam?.notes, "30 days"),
  },
  {
    fact: "the 2020 median of $45,240 quoted by the flagship article",
    source: () =>
      careers
        .find((c) => c.id === "insurance-coder")
        ?.historicalFigures.find((h) => h.figure.kind === "value" && h.figure.value === 45240)
        ?.figure.source,
  },
  {
    fact: "the 2020–30 growth of 9% quoted by the flagship article",
    source: () =>
      careers
        .find((c) => c.id === "insurance-coder")
        ?.historicalFigures.find((h) => h.figure.period === "2020–30")?.figure.source,
  },
  {
    fact: "cancer registrars code cancers and benign tumors",
    source: () =>
      careers
        .find((c) => c.id === "health-information-technologist")
        ?.steps.find((s) => s.id === "registry-specialty")?.sources[0],
  },
] as const;

/**
 * Facts the research notes mark UNCONFIRMED, with the strings and numbers that would betray
 * them. None may appear in any curated file.
 */
const UNCONFIRMED = [
  {
    fact: "A May 2025 median of $51,140 for medical records specialists",
    reason: "stray figure from an unverified blog post",
    strings: ["51,140"],
    numbers: [51140],
  },
  {
    fact: "CDIP renamed Certified Documentation Integrity Practitioner",
    reason: "only the 2017 name was seen on an AHIMA document",
    strings: ["Documentation Integrity"],
    numbers: [],
  },
  {
    fact: "RHIT exam of 3.5 hours and 130–160 items",
    reason: "only a secondary copy of an old AHIMA page",
    strings: ["3.5 hours", "130–160", "130-160"],
    numbers: [130, 160],
  },
  {
    fact: "CCS exam item counts (107 items, or 97 items plus 13 cases)",
    reason: "secondary sources disagree",
    strings: ["107 items", "97 items", "13 cases"],
    numbers: [107, 97],
  },
  {
    fact: "CPC-P exam retired in late 2023, and its current format",
    reason: "one secondary page; no aapc.com statement",
    strings: ["CPC-P"],
    numbers: [],
  },
  {
    fact: "About 22,100 openings a year for medical records specialists",
    reason: "one doubtful secondary page, vintage unclear",
    strings: ["22,100"],
    numbers: [22100, 22.1],
  },
  {
    fact: "Medical records specialists: 416,400 jobs and +37,100 for 2020–30",
    reason: "primary copy not found; only a secondary page",
    strings: ["416,400", "37,100"],
    numbers: [416400, 37100],
  },
  {
    fact: "Medical records specialists: May 2022 median $47,180 / $47,190 and May 2023 median $48,780",
    reason: "not confirmed at bls.gov",
    strings: ["47,180", "47,190", "48,780"],
    numbers: [47180, 47190, 48780],
  },
  {
    fact: "Medical records specialists: 2022–32 growth with 194,300 jobs in 2022",
    reason: "not confirmed at bls.gov; secondary pages disagree on the rate",
    strings: ["194,300"],
    numbers: [194300],
  },
  {
    fact: "BLS descriptive outlook phrase for medical records specialists, 2024–34",
    reason: "not seen on any page of that vintage",
    strings: ["faster than average", "as fast as average"],
    numbers: [],
  },
  {
    fact: "First-line office supervisors: median $63,450, 1,504,570 jobs, 0.4% growth",
    reason: "vintage not stated, secondary only",
    strings: ["63,450", "1,504,570"],
    numbers: [63450, 1504570],
  },
  {
    fact: "Medical and health services managers: 2024 median $117,960, 616,200 jobs, 23% growth",
    reason: "secondary only; official 2024 figures come from the imported data",
    strings: ["117,960", "616,200"],
    numbers: [117960, 616200],
  },
  {
    fact: "Medical transcriptionists: median $37,550 and −5% growth of unstated vintage",
    reason: "vintage and primary unconfirmed; official figures come from the imported data",
    strings: ["37,550"],
    numbers: [37550],
  },
] as const;

/** Collects every string and number inside a JSON value. */
function leaves(value: unknown, strings: string[], numbers: number[]): void {
  if (typeof value === "string") strings.push(value);
  else if (typeof value === "number") numbers.push(value);
  else if (Array.isArray(value)) for (const v of value) leaves(v, strings, numbers);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) leaves(v, strings, numbers);
}

/** Which needles of one UNCONFIRMED entry occur in a JSON value. */
function findNeedles(
  value: unknown,
  entry: { readonly strings: readonly string[]; readonly numbers: readonly number[] },
): string[] {
  const strings: string[] = [];
  const numbers: number[] = [];
  leaves(value, strings, numbers);
  const text = strings.join("\n").toLowerCase();
  return [
    ...entry.strings.filter((s) => text.includes(s.toLowerCase())).map((s) => `"${s}"`),
    ...entry.numbers.filter((n) => numbers.includes(n)).map(String),
  ];
}

describe("curated data files", () => {
  it("parse with the published schemas", () => {
    expect(careerFiles.length).toBeGreaterThanOrEqual(9);
    expect(schemaProblems).toEqual([]);
  });

  it("cite a registered source for every credential fact", () => {
    const bad: string[] = [];
    for (const c of credentials) {
      const facts: (SourcedText | SourcedNumber | undefined)[] = [
        ...c.eligibility,
        ...(c.exam?.notes ?? []),
        ...(c.renewal?.notes ?? []),
        ...c.designations.flatMap((d) => d.howRemoved),
        c.exam?.questions,
        c.exam?.durationHours,
        c.exam?.passingPercent,
        c.renewal?.cycleYears,
        c.renewal?.ceus,
      ];
      for (const fact of facts) {
        if (fact && !sourceById.has(fact.source))
          bad.push(`${c.id}: unknown source "${fact.source}"`);
      }
      for (const s of c.sources)
        if (!sourceById.has(s)) bad.push(`${c.id}.sources: unknown source "${s}"`);
    }
    for (const o of organizations) {
      for (const s of o.sources)
        if (!sourceById.has(s)) bad.push(`${o.id}.sources: unknown source "${s}"`);
    }
    for (const set of codeSets) {
      for (const s of set.sources)
        if (!sourceById.has(s)) bad.push(`${set.id}.sources: unknown source "${s}"`);
    }
    for (const career of careers) {
      const cited = [
        ...career.sources,
        ...career.historicalFigures.map((h) => h.figure.source),
        ...career.steps.flatMap((s) => s.sources),
        ...career.related.flatMap((l) => ("source" in l.evidence ? [l.evidence.source] : [])),
      ];
      for (const s of cited)
        if (!sourceById.has(s)) bad.push(`${career.id}: unknown source "${s}"`);
    }
    expect(bad).toEqual([]);
  });

  it("mark secondary pages as secondary", () => {
    const bad: string[] = [];
    for (const page of SECONDARY_PAGES) {
      for (const s of sources.filter((x) => x.url === page.url)) {
        if (s.secondary !== true) bad.push(`${s.id} (${page.reason}) is not marked secondary`);
      }
    }
    for (const entry of SECONDARY_FACTS) {
      const id = entry.source();
      if (id === undefined) bad.push(`${entry.fact}: fact not found`);
      else if (sourceById.get(id)?.secondary !== true)
        bad.push(`${entry.fact}: cites "${id}", which is not marked secondary`);
    }
    expect(bad).toEqual([]);
  });

  it("list what they leave out for the credentials without confirmed exam facts", () => {
    const bad: string[] = [];
    for (const id of ["ccs-p", "rhit", "rhia", "cdip", "chda"] as const) {
      const c = credential(id);
      if (!c) bad.push(`${id}: missing`);
      else {
        if (c.exam !== undefined) bad.push(`${id}: has exam facts, which are unconfirmed`);
        if (c.unconfirmed.length === 0) bad.push(`${id}: "unconfirmed" is empty`);
      }
    }
    const ccs = credential("ccs");
    if (ccs?.exam?.questions !== undefined) bad.push("ccs: exam question count is unconfirmed");
    for (const id of ["cdip", "chda"] as const) {
      if ((credential(id)?.eligibility.length ?? 0) > 0)
        bad.push(`${id}: eligibility is unconfirmed`);
    }
    const aapc = organizations.find((o) => o.id === "aapc");
    if (aapc?.name !== "AAPC") bad.push("aapc: what the acronym stands for today is unconfirmed");
    expect(bad).toEqual([]);
  });

  it("leave out every UNCONFIRMED fact", () => {
    const bad: string[] = [];
    for (const file of curatedFiles) {
      const value = readJson(file);
      for (const entry of UNCONFIRMED) {
        const found = findNeedles(value, entry);
        if (found.length > 0)
          bad.push(`${file}: ${entry.fact} (${entry.reason}) via ${found.join(", ")}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("has an UNCONFIRMED check that can fail", () => {
    const planted = {
      credentials: [{ unconfirmed: ["x"], summary: "Exam of 3.5 hours", n: 22100 }],
    };
    const rhit = UNCONFIRMED.find((u) => u.fact.startsWith("RHIT"));
    const openings = UNCONFIRMED.find((u) => u.fact.includes("22,100"));
    expect(rhit && findNeedles(planted, rhit)).toEqual(['"3.5 hours"']);
    expect(openings && findNeedles(planted, openings)).toEqual(["22100"]);
  });
});
