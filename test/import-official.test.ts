// The official-data importer, run on small hand-made files in the official layouts
// (test/fixtures/official), and on broken copies of them built in a temp folder.
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkMedianAgreement,
  checkPercentiles,
  checkPrograms,
  checkProjections,
  checkRelated,
} from "../scripts/official/checks.js";
import { cipTitle } from "../scripts/official/cip.js";
import { importOfficial, importToFolder } from "../scripts/official/import.js";
import { ImportError } from "../scripts/official/problems.js";
import { nodeFs, type WriteFs, writeAtomically } from "../scripts/official/write.js";
import {
  type Occupation,
  Occupation as OccupationSchema,
  type OewsWages,
  type Projections,
} from "../src/schemas/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "fixtures/official");
const root = join(here, "..");

const ep12 =
  "bls-ep-2024-34/ep_2024-34_table_1.2_occupational_projections_and_worker_characteristics.csv";
const ep54 = "bls-ep-2024-34/ep_2024_table_5.4_education_and_training_assignments.csv";
const oews24 = "oews-2024/national_M2024_dl.csv";
const socFile = "soc-2018/soc_structure_2018.csv";
const crosswalk = "cip-soc-2020/CIP2020_SOC2018_Crosswalk_CIP-SOC.csv";
const cipList = "cip-soc-2020/CIPCode2020.csv";
const dmtfFile = "soc-crosswalks/soc_2018_direct_match_title_file.csv";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "careerpath-import-"));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh copy of the fixtures to break, and an output folder holding a previous import. */
function workspace(name: string): { from: string; out: string } {
  const from = join(scratch, name, "in");
  const out = join(scratch, name, "out");
  cpSync(fixtures, from, { recursive: true });
  importToFolder(fixtures, out);
  return { from, out };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

/** The Data Values of one code and scale in a text-edition fixture file, by category. */
function rows(file: string, code: string, scale: string): number[] {
  return readFileSync(join(fixtures, "onet-30.1", file), "utf8")
    .split("\r\n")
    .map((l) => l.split("\t"))
    .filter((c) => c[0] === code && c[3] === scale)
    .map((c) => Number(c[5]));
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("import of the fixtures", () => {
  const result = importOfficial(fixtures);
  const byCode = new Map(result.occupations.map((o) => [o.code, o]));
  const get = (code: string): Occupation => {
    const o = byCode.get(code);
    if (!o) throw new Error(`no ${code}`);
    return o;
  };

  it("keeps every line item, sorted by code, and nothing else", () => {
    expect(result.occupations.map((o) => o.code)).toEqual([
      "11-1011",
      "13-1020",
      "21-1012",
      "21-1018",
      "27-2011",
      "29-1211",
      "29-2072",
      "43-4171",
      "45-3031",
    ]);
    expect(Object.keys(result.titles)).toEqual(result.occupations.map((o) => o.code));
  });

  it("produces records that parse with the published schema", () => {
    const bad = result.occupations
      .map((o) => [o.code, OccupationSchema.safeParse(o).error?.issues] as const)
      .filter(([, issues]) => issues !== undefined);
    expect(bad).toEqual([]);
  });

  it("builds the expected record for 29-2072", () => {
    expect(get("29-2072")).toEqual({
      code: "29-2072",
      title: "Medical records specialists",
      slug: "medical-records-specialists",
      kind: "detailed",
      covers: [],
      soc: {
        major: { code: "29-0000", title: "Healthcare Practitioners and Technical Occupations" },
        minor: { code: "29-2000", title: "Health Technologists and Technicians" },
        broad: { code: "29-2070", title: "Medical Records Specialists" },
      },
      categories: {
        education: "Postsecondary nondegree award",
        experience: "None",
        training: "None",
      },
      projections: {
        source: "bls-ep-2024-34",
        period: "2024–34",
        employmentBase: 194.8,
        employmentProjected: 208.6,
        change: 13.8,
        percentChange: 7.1,
        openings: 14.2,
        selfEmployedPercent: 0.8,
        medianWage: 50250,
      },
      wages: {
        may2024: {
          source: "bls-oews-2024",
          period: "May 2024",
          oewsCode: "29-2072",
          employment: 187910,
          hourly: { mean: 26.91, p10: 17.2, p25: 20, median: 24.16, p75: 30.8, p90: 38.92 },
          annual: { mean: 55970, p10: 35780, p25: 41600, median: 50250, p75: 64070, p90: 80950 },
          annualOnly: false,
          hourlyOnly: false,
        },
        may2025: {
          source: "bls-oews-2025",
          period: "May 2025",
          oewsCode: "29-2072",
          employment: 194720,
          hourly: { mean: 27.3, p10: 17.79, p25: 20.91, median: 24.59, p75: 31.17, p90: 39.01 },
          annual: { mean: 56790, p10: 37000, p25: 43490, median: 51140, p75: 64820, p90: 81150 },
          annualOnly: false,
          hourlyOnly: false,
        },
      },
      onet: {
        source: "onet-30-1",
        codes: ["29-2072.00"],
        jobZone: 3,
        related: [
          { code: "43-4171", tier: "Primary-Short", rank: 1 },
          { code: "21-1012", tier: "Primary-Long", rank: 2 },
          { code: "11-1011", tier: "Supplemental", rank: 3 },
        ],
        interests: {
          Realistic: 2.86,
          Investigative: 4.33,
          Artistic: 1,
          Social: 3.38,
          Enterprising: 1.88,
          Conventional: 6.97,
        },
        topInterests: "CI",
        skills: null,
        skillLevels: null,
        educationLevels: null,
        experienceLevels: null,
        trainingLevels: null,
      },
      programs: ["51.0706", "51.0707", "51.0713"],
    });
  });

  const top = (atLeast: number, marker: string) => ({ kind: "top-coded", atLeast, marker });
  const suppressed = (marker: string) => ({ kind: "suppressed", marker });
  const cases = [
    // title, markers and thousands separators
    [
      "43-4171 title has its hierarchy spaces trimmed",
      (o) => o.title,
      "Receptionists and information clerks",
    ],
    ["43-4171 quoted thousands", (o) => o.projections.employmentBase, 1007.2],
    ["29-1211 EP wage >=$239,200", (o) => o.projections.medianWage, top(239200, ">=$239,200")],
    ["29-1211 OEWS 2024 # annual", (o) => o.wages.may2024?.annual.median, top(239200, "#")],
    ["29-1211 OEWS 2024 # hourly", (o) => o.wages.may2024?.hourly.p90, top(115, "#")],
    [
      "29-1211 OEWS 2025 high wage kept as published",
      (o) => o.wages.may2025?.annual.median,
      391490,
    ],
    ["27-2011 EP wage —", (o) => o.projections.medianWage, suppressed("—")],
    ["27-2011 OEWS *", (o) => o.wages.may2024?.annual.mean, suppressed("*")],
    ["27-2011 OEWS hourly only", (o) => o.wages.may2024?.hourlyOnly, true],
    ["27-2011 OEWS 2025 **", (o) => o.wages.may2025?.employment, suppressed("**")],
    ["27-2011 three high points", (o) => o.onet.topInterests, "AES"],
    ["45-3031 no OEWS row", (o) => o.wages.may2024, null],
    ["45-3031 no OEWS 2025 row", (o) => o.wages.may2025, null],
    ["45-3031 no interests", (o) => o.onet.interests, null],
    // a broad-group aggregate
    ["13-1020 is an aggregate", (o) => o.kind, "aggregate"],
    ["13-1020 covers its broad group", (o) => o.covers, ["13-1021", "13-1022"]],
    ["13-1020 broad", (o) => o.soc.broad?.code, "13-1020"],
    ["13-1020 O*NET codes", (o) => o.onet.codes, ["13-1021.00", "13-1022.00"]],
    ["13-1020 job zone tie goes to the lower", (o) => o.onet.jobZone, 3],
    ["13-1020 mean interest", (o) => o.onet.interests?.Enterprising, 6.35],
    ["13-1020 high points of the mean", (o) => o.onet.topInterests, "EC"],
    ["13-1020 mean skill", (o) => o.onet.skills?.[0], 1.45],
    ["13-1020 OEWS from its detailed row", (o) => o.wages.may2024?.oewsCode, "13-1020"],
    [
      "13-1020 related: self dropped, best rank kept",
      (o) => o.onet.related,
      [
        { code: "21-1018", tier: "Primary-Short", rank: 1 },
        { code: "43-4171", tier: "Supplemental", rank: 3 },
        { code: "11-1011", tier: "Primary-Long", rank: 4 },
      ],
    ],
    // an aggregate that is not a SOC group
    ["21-1018 covers", (o) => o.covers, ["21-1011", "21-1014"]],
    ["21-1018 broad from its members", (o) => o.soc.broad?.code, "21-1010"],
    ["21-1018 job zone mode", (o) => o.onet.jobZone, 4],
    // a detailed code with two O*NET codes
    ["11-1011 O*NET codes", (o) => o.onet.codes, ["11-1011.00", "11-1011.03"]],
    ["11-1011 job zone from .00", (o) => o.onet.jobZone, 5],
    ["11-1011 skills in reference order", (o) => o.onet.skills?.slice(0, 3), [1, 1.7, 2.4]],
  ] as const satisfies readonly (readonly [string, (o: Occupation) => unknown, unknown])[];

  it("reads every marker, aggregate and O*NET rule as documented", () => {
    const bad = cases
      .map(([label, pick, expected]) => ({ label, got: pick(get(label.slice(0, 7))), expected }))
      .filter(({ got, expected }) => JSON.stringify(got) !== JSON.stringify(expected));
    expect(bad).toEqual([]);
  });

  it("reports what it left out", () => {
    expect(result.droppedRelated).toEqual({ rows: 1, targets: ["55-1011.00"] });
    expect(result.coverage.outOfScope).toEqual(["55-1011", "55-1019"]);
    // 28.0505 leads only to a military code (out of the EP scope), so it is no program of ours.
    expect(result.programs.droppedLinks).toEqual({ rows: 1, socCodes: ["55-1019"] });
    expect(result.programs.droppedPrograms).toEqual(["28.0505"]);
    expect(result.programs.retitled).toEqual([]);
  });

  it("builds a program per CIP code that leads to one of the line items", () => {
    const programs = result.programs.programs;
    expect(programs.map((p) => p.code)).toEqual([
      "01.0105",
      "01.8203",
      "03.0301",
      "50.0506",
      "51.0706",
      "51.0707",
      "51.0713",
      "51.1201",
      "51.1501",
      "51.1508",
      "52.0201",
      "52.0406",
      "52.1802",
    ]);
    expect(programs.find((p) => p.code === "51.0713")).toEqual({
      code: "51.0713",
      title: "Medical Insurance Coding Specialist/Coder",
      family: { code: "51", title: "HEALTH PROFESSIONS AND RELATED PROGRAMS" },
      series: { code: "51.07", title: "Health and Medical Administrative Services" },
      occupations: ["29-2072"],
      source: "nces-cip-2020",
    });
    const occupationsOf = (cip: string) => programs.find((p) => p.code === cip)?.occupations;
    // Two covered SOC codes of one aggregate collapse into one link to the aggregate.
    expect(occupationsOf("51.1501")).toEqual(["21-1018"]);
    expect(occupationsOf("01.0105")).toEqual(["13-1020"]);
    expect(get("13-1020").programs).toEqual(["01.0105", "52.1802"]);
    expect(get("21-1012").programs).toEqual([]);
    expect(checkPrograms(result.occupations, programs)).toEqual([]);
  });

  it("drops the final period of NCES titles and nothing else", () => {
    expect(cipTitle("Registered Nursing/Registered Nurse.")).toBe(
      "Registered Nursing/Registered Nurse",
    );
    expect(cipTitle("Drug Information Pharmacy Residency/Fellowship Program")).toBe(
      "Drug Information Pharmacy Residency/Fellowship Program",
    );
    expect(cipTitle("HEALTH PROFESSIONS AND RELATED PROGRAMS.")).toBe(
      "HEALTH PROFESSIONS AND RELATED PROGRAMS",
    );
  });

  it("keeps the code list's title when the crosswalk's differs, and reports it", () => {
    const { from } = workspace("retitled");
    edit(join(from, crosswalk), (t) => t.replace("50.0506,Acting.,", "50.0506,Acting Studies.,"));
    const renamed = importOfficial(from);
    expect(renamed.programs.retitled).toEqual([
      { code: "50.0506", crosswalk: "Acting Studies.", codeList: "Acting." },
    ]);
    expect(renamed.programs.programs.find((p) => p.code === "50.0506")?.title).toBe("Acting");
  });

  it("adds the Direct Match Title File: aggregates get their members' titles, military rows drop", () => {
    expect(result.titles["11-1011"]?.direct).toEqual([
      "CEO",
      "Chief Executive Officer",
      "Governor",
      "Mayor",
    ]);
    expect(result.titles["13-1020"]?.direct).toEqual([
      "Cattle Buyer",
      "Grain Buyer",
      "Retail Buyer",
    ]);
    expect(Object.values(result.titles).flatMap((t) => t.direct)).not.toContain(
      "Helicopter Officer",
    );
    const { from } = workspace("dmtf-spaces");
    edit(join(from, dmtfFile), (t) =>
      t.replace("Mayor,", "Mayor\u00a0,").replace("Front Desk ", "Front  Desk "),
    );
    const spaced = importOfficial(from);
    expect(spaced.titles["11-1011"]?.direct).toContain("Mayor");
    expect(spaced.titles["43-4171"]?.direct).toContain("Front Desk Receptionist");
  });

  it("builds the title index and the reference tables", () => {
    expect(result.titles["11-1011"]).toEqual({
      direct: ["CEO", "Chief Executive Officer", "Governor", "Mayor"],
      reported: ["CEO (Chief Executive Officer)", "Chief Sustainability Officer", "President"],
      alternate: [
        "CEO",
        "Chief Executive Officer",
        "Chief Executive Officer (CEO)",
        "Sustainability Director",
      ],
    });
    expect(result.titles["29-2072"]?.alternate).toEqual([
      "Coder",
      "Insurance Coder",
      "Medical Records Coder",
    ]);
    expect(result.reference.skills).toHaveLength(35);
    expect(result.reference.skills[0]).toEqual({ id: "2.A.1.a", name: "Reading Comprehension" });
    expect(result.reference.jobZones.map((z) => z.zone)).toEqual([1, 2, 3, 4, 5]);
    expect(result.reference.allOccupations.projections.employmentBase).toBe(169956.1);
    expect(result.reference.allOccupations.wages.may2024.annual.median).toBe(49500);
  });

  it("reads skill levels and the education, experience and training distributions", () => {
    const ceo = get("11-1011");
    // LV rows as in the fixture; the first two were written by hand, the rest generated.
    expect(ceo.onet.skillLevels?.slice(0, 3)).toEqual([3.5, 3.5, 3.2]);
    expect(ceo.onet.skillLevels).toHaveLength(35);
    expect(ceo.onet.educationLevels).toEqual([
      6.39, 8.52, 12.78, 25.56, 12.78, 8.52, 6.39, 5.11, 0, 0, 0, 0,
    ]);
    expect(ceo.onet.experienceLevels).toHaveLength(11);
    expect(ceo.onet.trainingLevels).toHaveLength(9);
    // An aggregate takes the mean of its members, category by category.
    const [a, b] = ["13-1021.00", "13-1022.00"].map((c) =>
      rows("Education, Training, and Experience.txt", c, "RL"),
    );
    expect(get("13-1020").onet.educationLevels).toEqual(
      (a ?? []).map((x, i) => Math.round(((x + (b?.[i] ?? 0)) / 2) * 100) / 100),
    );
    expect(get("29-2072").onet.educationLevels).toBeNull();
    expect(result.reference.educationLevels).toHaveLength(12);
    expect(result.reference.educationLevels[5]).toEqual({ category: 6, name: "Bachelor's Degree" });
    expect(result.reference.experienceLevels[0]).toEqual({ category: 1, name: "None" });
    expect(result.reference.trainingLevels.map((c) => c.category)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it("keeps no n/a of the text edition as a title", () => {
    const all = Object.values(result.titles).flatMap((t) => [...t.reported, ...t.alternate]);
    expect(all).not.toContain("n/a");
    expect(all.length).toBeGreaterThan(10);
  });

  it("imports the 29.3 layout (Excel conversion) to the same records", () => {
    const from = join(scratch, "layout-29.3");
    cpSync(fixtures, from, { recursive: true });
    rmSync(join(from, "onet-30.1"), { recursive: true });
    const older = importOfficial(from);
    expect(older.occupations.every((o) => o.onet.source === "onet-29-3")).toBe(true);
    const relabelled = older.occupations.map((o) => ({
      ...o,
      onet: { ...o.onet, source: "onet-30-1" },
    }));
    expect(relabelled).toEqual(result.occupations);
    expect(older.titles).toEqual(result.titles);
    expect(older.reference).toEqual(result.reference);
  });

  it("is byte-identical when re-run, in memory and on disk", () => {
    expect(importOfficial(fixtures).files).toEqual(result.files);
    const out = join(scratch, "rerun");
    importToFolder(fixtures, out);
    const first = snapshot(out);
    importToFolder(fixtures, out);
    expect(snapshot(out)).toEqual(first);
    expect(Object.keys(first)).toEqual([
      "crosswalks.json",
      "occupations.json",
      "programs.json",
      "reference.json",
      "titles.json",
    ]);
    expect(first["programs.json"]).toBe(`${JSON.stringify(result.programs.programs, null, 2)}\n`);
    expect(first["occupations.json"]).toBe(`${JSON.stringify(result.occupations, null, 2)}\n`);
  });
});

describe("broken input stops the import and leaves the output untouched", () => {
  const faults = [
    {
      name: "missing file",
      breakIt: (d: string) => rmSync(join(d, "onet-30.1/Skills.txt")),
      expected: ["onet-30.1/Skills.txt", "file is missing"],
    },
    {
      name: "truncated CSV (last record cut)",
      breakIt: (d: string) =>
        edit(join(d, ep12), (t) => t.slice(0, t.lastIndexOf(",Moderate-term"))),
      expected: [
        ep12,
        "row 18",
        'column "Typical on-the-job training',
        "row has 14 cells, expected 17",
      ],
    },
    {
      name: "truncated CSV (inside a quoted field)",
      breakIt: (d: string) => edit(join(d, ep12), (t) => t.slice(0, t.indexOf('"1,007.2"') + 4)),
      expected: [ep12, "row 16", "never closed"],
    },
    {
      name: "renamed header",
      breakIt: (d: string) =>
        edit(join(d, ep12), (t) => t.replace('"Employment, 2024"', "Employment 2024")),
      expected: [ep12, "row 1", 'column "4"', '"Employment 2024"', '"Employment, 2024"'],
    },
    {
      name: "extra column",
      breakIt: (d: string) =>
        edit(join(d, oews24), (t) =>
          t
            .split("\n")
            .map((l, i) => (l === "" ? l : `${l},${i === 0 ? "EXTRA" : ""}`))
            .join("\n"),
        ),
      expected: [oews24, "row 1", 'column "33"', 'unexpected extra column "EXTRA"'],
    },
    {
      name: "missing column",
      breakIt: (d: string) =>
        edit(join(d, "onet-30.1/Job Zones.txt"), (t) =>
          t
            .split("\r\n")
            .map((l) => l.split("\t").slice(0, 3).join("\t"))
            .join("\r\n"),
        ),
      expected: [
        "onet-30.1/Job Zones.txt",
        "row 1",
        'column "4"',
        'missing column: expected "Domain Source"',
      ],
    },
    {
      name: "duplicated code",
      breakIt: (d: string) => {
        const line = readFileSync(join(d, ep12), "utf8").split("\n")[13] ?? "";
        appendFileSync(join(d, ep12), `${line}\n`);
      },
      expected: [
        ep12,
        "row 19",
        'column "2024 National Employment Matrix code"',
        "duplicate code 29-2072",
      ],
    },
    {
      name: "non-numeric figure",
      breakIt: (d: string) => edit(join(d, ep12), (t) => t.replace(",194.8,", ",19x.8,")),
      expected: [
        ep12,
        "row 14",
        'column "Employment, 2024"',
        'expected a number or "—", got "19x.8"',
      ],
    },
    {
      name: "non-numeric wage",
      breakIt: (d: string) => edit(join(d, oews24), (t) => t.replace(",50250,", ",n/a,")),
      expected: [oews24, "row 10", 'column "A_MEDIAN"', 'expected a number or "*", "#", got "n/a"'],
    },
    {
      name: "Latin-1 bytes",
      breakIt: (d: string) => {
        const path = join(d, "onet-30.1/Alternate Titles.txt");
        const text = readFileSync(path, "utf8").replace("Cotton Buyer", "Caf\u00e9 Buyer");
        writeFileSync(path, Buffer.from(text, "latin1"));
      },
      expected: ["onet-30.1/Alternate Titles.txt", "row 5", "not valid UTF-8"],
    },
    {
      name: "empty file",
      breakIt: (d: string) => writeFileSync(join(d, ep54), ""),
      expected: [ep54, "row 1", "file is empty"],
    },
    {
      name: "fewer line items than Table 5.4",
      breakIt: (d: string) => edit(join(d, ep12), (t) => t.replace(/^.*,43-4171,.*\n/m, "")),
      expected: [ep54, "row 9", "code 43-4171 is not a line item"],
    },
    {
      name: "Table 5.4 disagrees on a category",
      breakIt: (d: string) =>
        edit(join(d, ep54), (t) =>
          t.replace('Actors,27-2011,"Some college', 'Actors,27-2011,"No college'),
        ),
      expected: [ep54, "row 6", 'column "Typical education needed for entry"', "disagrees"],
    },
    {
      name: "a SOC code no aggregate covers",
      breakIt: (d: string) =>
        edit(join(d, socFile), (t) =>
          t.replace(
            ",,,13-1022,",
            ",,13-1030,,Claims Adjusters\n,,,13-1031,Claims Adjusters\n,,,13-1022,",
          ),
        ),
      expected: [socFile, "SOC 13-1031", "neither an EP line item nor covered"],
    },
    {
      name: "a SOC code two aggregates cover",
      breakIt: (d: string) => {
        const row =
          '"        Other counselors",21-1017,Line item,1,1,0,0,0,0,0,0.1,—,Master\'s degree,None,None,—,\n';
        appendFileSync(join(d, ep12), row);
        appendFileSync(join(d, ep54), "Other counselors,21-1017,Master's degree,None,None,—\n");
      },
      expected: [socFile, "SOC 21-1011 is covered by more than one EP aggregate: 21-1017, 21-1018"],
    },
    {
      name: "OEWS publishes a covered code on its own",
      breakIt: (d: string) =>
        edit(
          join(d, oews24),
          (t) => `${t}${(t.split("\n")[3] ?? "").replace("13-1020", "13-1021")}\n`,
        ),
      expected: [oews24, "row 12", "OEWS publishes 13-1021 on its own"],
    },
    {
      name: "missing crosswalk",
      breakIt: (d: string) => rmSync(join(d, crosswalk)),
      expected: [crosswalk, "file is missing"],
    },
    {
      name: "crosswalk header drifted",
      breakIt: (d: string) =>
        edit(join(d, crosswalk), (t) => t.replace("SOC2018Code,", "SOC2018 Code,")),
      expected: [crosswalk, "row 1", 'column "3"', '"SOC2018 Code"', '"SOC2018Code"'],
    },
    {
      name: "the SOC-CIP sheet instead of CIP-SOC",
      breakIt: (d: string) =>
        edit(join(d, crosswalk), (t) =>
          t.replace(
            "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title",
            "SOC2018Code,SOC2018Title,CIP2020Code,CIP2020Title",
          ),
        ),
      expected: [crosswalk, "row 1", 'column "1"', "out of order", '"CIP2020Code"'],
    },
    {
      name: "CIP code that lost its leading zero",
      breakIt: (d: string) => edit(join(d, crosswalk), (t) => t.replace("\n03.0301,", "\n3.0301,")),
      expected: [
        crosswalk,
        "row 5",
        'column "CIP2020Code"',
        'expected a code like 51.0713, got "3.0301"',
      ],
    },
    {
      name: "crosswalk names a CIP code the code list lacks",
      breakIt: (d: string) =>
        appendFileSync(
          join(d, crosswalk),
          "51.0799,Health and Medical Administrative Services Other.,29-2072,Medical Records Specialists\n",
        ),
      expected: [
        crosswalk,
        "row 19",
        'column "CIP2020Code"',
        "51.0799 is not in the CIP 2020 code list",
      ],
    },
    {
      name: "crosswalk names a retired CIP code",
      breakIt: (d: string) =>
        appendFileSync(
          join(d, crosswalk),
          '01.0309,Viticulture and Enology.,13-1021,"Buyers and Purchasing Agents, Farm Products"\n',
        ),
      expected: [
        crosswalk,
        "row 19",
        'column "CIP2020Code"',
        "01.0309 is a retired code",
        "Moved from",
      ],
    },
    {
      name: "crosswalk names an unknown SOC code",
      breakIt: (d: string) =>
        edit(join(d, crosswalk), (t) =>
          t.replace(
            "51.0713,Medical Insurance Coding Specialist/Coder.,29-2072,",
            "51.0713,Medical Insurance Coding Specialist/Coder.,29-2079,",
          ),
        ),
      expected: [
        crosswalk,
        "row 10",
        'column "SOC2018Code"',
        "29-2079 is not a SOC 2018 detailed occupation",
      ],
    },
    {
      name: "crosswalk SOC title differs from SOC 2018",
      breakIt: (d: string) =>
        edit(join(d, crosswalk), (t) =>
          t.replace("50.0506,Acting.,27-2011,Actors", "50.0506,Acting.,27-2011,Actresses"),
        ),
      expected: [
        crosswalk,
        "row 7",
        'column "SOC2018Title"',
        '"Actresses" differs from the SOC 2018 title of 27-2011, "Actors"',
      ],
    },
    {
      name: "duplicated crosswalk link",
      breakIt: (d: string) =>
        appendFileSync(join(d, crosswalk), "50.0506,Acting.,27-2011,Actors\n"),
      expected: [crosswalk, "row 19", "duplicate link 50.0506 → 27-2011 (first on row 7)"],
    },
    {
      name: "a NO MATCH program that is also linked",
      breakIt: (d: string) =>
        appendFileSync(join(d, crosswalk), "01.0508,Taxidermy/Taxidermist.,27-2011,Actors\n"),
      expected: [
        crosswalk,
        "row 19",
        "01.0508 is linked to 27-2011 here but marked NO MATCH on row 3",
      ],
    },
    {
      name: "code list without its Excel text formulas",
      breakIt: (d: string) => edit(join(d, cipList), (t) => t.replace('="01.0105"', '"01.0105"')),
      expected: [
        cipList,
        "row 4",
        'column "CIPCode"',
        "expected an Excel text formula",
        'got "01.0105"',
      ],
    },
    {
      name: "code list header drifted",
      breakIt: (d: string) => edit(join(d, cipList), (t) => t.replace('"CIPTitle"', '"CIP Title"')),
      expected: [cipList, "row 1", 'column "5"', '"CIP Title"', '"CIPTitle"'],
    },
    {
      name: "code list truncated inside a quoted field",
      breakIt: (d: string) =>
        edit(join(d, cipList), (t) => t.slice(0, t.indexOf("Fixture text: coding") + 6)),
      expected: [cipList, "row 24", "never closed"],
    },
    {
      name: "code list family column disagrees with the code",
      breakIt: (d: string) =>
        edit(join(d, cipList), (t) => t.replace('="51",="51.0713"', '="52",="51.0713"')),
      expected: [cipList, "row 24", 'column "CIPFamily"', 'expected "51" for 51.0713, got "52"'],
    },
    {
      name: "direct match header drifted",
      breakIt: (d: string) =>
        edit(join(d, dmtfFile), (t) => t.replace("Illustrative Example", "Example")),
      expected: [dmtfFile, "row 1", 'column "4"', '"Example"', '"Illustrative Example"'],
    },
    {
      name: "direct match code is not a detailed SOC code",
      breakIt: (d: string) => edit(join(d, dmtfFile), (t) => t.replace("13-1022,", "13-1020,")),
      expected: [
        dmtfFile,
        "row 8",
        'column "2018 SOC Code"',
        "13-1020 is not a SOC 2018 detailed occupation",
      ],
    },
    {
      name: "direct match title listed twice",
      breakIt: (d: string) =>
        edit(join(d, dmtfFile), (t) => t.replace("Grain Buyer", "cattle buyer")),
      expected: [
        dmtfFile,
        "row 7",
        'column "2018 SOC Direct Match Title"',
        "listed twice",
        "row 6",
      ],
    },
    {
      name: "direct match example marker unknown",
      breakIt: (d: string) =>
        edit(join(d, dmtfFile), (t) => t.replace("Governor,x", "Governor,yes")),
      expected: [
        dmtfFile,
        "row 4",
        'column "Illustrative Example"',
        'expected x, X or nothing, got "yes"',
      ],
    },
  ] as const;

  it.each(faults)("$name", ({ name, breakIt, expected }) => {
    const { from, out } = workspace(name.replace(/\W+/g, "-"));
    const before = snapshot(out);
    breakIt(from);
    const problems = problemsOf(() => importToFolder(from, out));
    const matching = problems.filter((p) => expected.every((part) => p.includes(part)));
    expect(
      matching,
      `no problem mentions all of ${expected.join(" | ")}:\n${problems.join("\n")}`,
    ).not.toEqual([]);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).sort()).toEqual(["in", "out"]);
  });

  it("leaves no partial output when a write fails midway", () => {
    const { out } = workspace("mid-write");
    const before = snapshot(out);
    let writes = 0;
    const failing: WriteFs = {
      ...nodeFs,
      writeFileSync: (path, data) => {
        if (++writes === 2) throw new Error("disk full");
        nodeFs.writeFileSync(path, data);
      },
    };
    const files = { ...importOfficial(fixtures).files, "occupations.json": "changed\n" };
    expect(() => writeAtomically(out, files, failing)).toThrow("disk full");
    expect(writes).toBe(2);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).sort()).toEqual(["in", "out"]);
  });

  it("puts the old folder back when the swap itself fails", () => {
    const { out } = workspace("mid-swap");
    const before = snapshot(out);
    const failing: WriteFs = {
      ...nodeFs,
      renameSync: (from, to) => {
        if (to === out && from.includes(".tmp-")) throw new Error("rename failed");
        nodeFs.renameSync(from, to);
      },
    };
    const files = { ...importOfficial(fixtures).files, "titles.json": "{}\n" };
    expect(() => writeAtomically(out, files, failing)).toThrow("rename failed");
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).sort()).toEqual(["in", "out"]);
  });

  it("creates the output folder when there is none", () => {
    const out = join(scratch, "fresh", "official");
    importToFolder(fixtures, out);
    expect(existsSync(join(out, "occupations.json"))).toBe(true);
  });
});

describe("consistency checks", () => {
  const projections = (
    base: number,
    projected: number,
    change: number,
    percent: number,
  ): Projections => ({
    source: "bls-ep-2024-34",
    period: "2024–34",
    employmentBase: base,
    employmentProjected: projected,
    change,
    percentChange: percent,
    openings: 1,
    selfEmployedPercent: 1,
    medianWage: 50000,
  });
  const wages = (annualMedian: number, p75: number): OewsWages => ({
    source: "bls-oews-2024",
    period: "May 2024",
    oewsCode: "29-2072",
    employment: 1000,
    hourly: {
      mean: 20,
      p10: 10,
      p25: 15,
      median: 20,
      p75: 25,
      p90: { kind: "top-coded", atLeast: 115, marker: "#" },
    },
    annual: { mean: 50000, p10: 30000, p25: 40000, median: annualMedian, p75, p90: 90000 },
    annualOnly: false,
    hourlyOnly: false,
  });
  const cases = [
    [
      "change within rounding",
      checkProjections([{ code: "a", projections: projections(194.8, 208.6, 13.8, 7.1) }]),
      0,
    ],
    [
      "change off by 0.3",
      checkProjections([{ code: "a", projections: projections(194.8, 208.6, 14.1, 7.1) }]),
      1,
    ],
    [
      "percent allowed by rounding of a small base",
      checkProjections([{ code: "a", projections: projections(0.5, 0.4, 0, -5) }]),
      0,
    ],
    [
      "percent off",
      checkProjections([{ code: "a", projections: projections(194.8, 208.6, 13.8, 9) }]),
      1,
    ],
    ["percentiles rise", checkPercentiles([{ code: "a", wages: [wages(50000, 60000), null] }]), 0],
    ["median above p75", checkPercentiles([{ code: "a", wages: [wages(70000, 60000)] }]), 1],
    [
      "EP median equals OEWS",
      checkMedianAgreement([
        {
          code: "a",
          projections: projections(1, 1, 0, 0),
          wages: { may2024: wages(50000, 60000), may2025: wages(51000, 60000) },
        },
      ]),
      0,
    ],
    [
      "EP median differs from OEWS",
      checkMedianAgreement([
        {
          code: "a",
          projections: projections(1, 1, 0, 0),
          wages: { may2024: wages(50010, 60000), may2025: wages(50000, 60000) },
        },
      ]),
      1,
    ],
    [
      "EP 2025–35 median checked against OEWS May 2025, not May 2024",
      checkMedianAgreement([
        {
          code: "a",
          projections: { ...projections(1, 1, 0, 0), period: "2025–35" },
          wages: { may2024: wages(50000, 60000), may2025: wages(50010, 60000) },
        },
      ]),
      1,
    ],
    [
      "EP 2025–35 median equal to OEWS May 2025",
      checkMedianAgreement([
        {
          code: "a",
          projections: { ...projections(1, 1, 0, 0), period: "2025–35" },
          wages: { may2024: wages(49000, 60000), may2025: wages(50000, 60000) },
        },
      ]),
      0,
    ],
    [
      "EP base year without an imported OEWS release",
      checkMedianAgreement([
        {
          code: "a",
          projections: { ...projections(1, 1, 0, 0), period: "2026–36" },
          wages: { may2024: wages(50000, 60000), may2025: wages(50000, 60000) },
        },
      ]),
      1,
    ],
  ] as const;

  it.each(cases)("%s", (_label, problems, count) => {
    expect(problems).toHaveLength(count);
  });

  it("finds programs and occupations that disagree, in both directions", () => {
    const occupations = [
      { code: "29-2072", programs: ["51.0707", "51.0713"] },
      { code: "29-9021", programs: ["51.0707"] },
    ];
    const programs = [
      { code: "51.0707", occupations: ["29-2072"] },
      { code: "51.0713", occupations: ["29-2072", "29-9021"] },
      { code: "51.0799", occupations: [] },
    ];
    expect(checkPrograms(occupations, programs)).toEqual([
      "program 51.0799: leads to no occupation",
      "29-9021: does not list 51.0713, which list it",
      "29-9021: lists 51.0707, which do not list it",
    ]);
  });

  it("finds related codes that are not line items", () => {
    const [record] = importOfficial(fixtures).occupations;
    if (!record) throw new Error("no record");
    const broken = {
      ...record,
      onet: { ...record.onet, related: [{ code: "99-9999", tier: "Supplemental", rank: 1 }] },
    };
    expect(checkRelated([broken as Occupation])).toEqual([
      "11-1011: related occupation 99-9999 is not a line item",
    ]);
  });
});

describe("command line", () => {
  const tsx = join(root, "node_modules/.bin/tsx");
  const cli = join(root, "scripts/import-official.ts");
  const run = (args: string[]) => {
    try {
      const stdout = execFileSync(tsx, [cli, ...args], { encoding: "utf8", stdio: "pipe" });
      return { code: 0, stdout, stderr: "" };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it("rejects an unknown flag with one line and exit 2", () => {
    const r = run(["--frm", fixtures]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      'import-official: unknown argument "--frm" (expected --from <dir>, --out <dir>, --check, --diff <dir>)',
    ]);
  });

  it("imports, then --check passes, then fails once a file differs", () => {
    const out = join(scratch, "cli-out");
    const first = run(["--from", fixtures, "--out", out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /\nimported 9 occupations \(7 detailed, 2 aggregates\).* in \d+ ms\n$/,
    );
    // Hand-made fixtures are no known release: each file read is named once, checked by layout.
    // The one exception is the category list, copied whole from O*NET 30.1 and converted back
    // to the text edition by test/fixtures/make-onet-text.ts: it is byte-identical again.
    expect(first.stdout).toContain(
      "onet-30.1/Job Zones.txt: not a known release: checked by layout only\n",
    );
    expect(first.stdout.match(/^verified: .*$/gm)).toEqual([
      "verified: O*NET 30.1 text edition, Education, Training, and Experience Categories (onet-30.1/Education, Training, and Experience Categories.txt)",
    ]);
    expect(run(["--from", fixtures, "--out", out, "--check"]).code).toBe(0);
    writeFileSync(join(out, "titles.json"), "{}\n");
    const check = run(["--from", fixtures, "--out", out, "--check"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("titles.json differs from a fresh import");
    expect(readFileSync(join(out, "titles.json"), "utf8")).toBe("{}\n");
  });

  it("prints one line per problem and no stack trace", () => {
    const r = run(["--from", join(scratch, "nowhere"), "--out", join(scratch, "cli-none")]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).toContain("file is missing");
    expect(existsSync(join(scratch, "cli-none"))).toBe(false);
  });
});

describe("diff report", () => {
  it("is empty against its own output, and flags Job Zone changes and lost line items", async () => {
    const { diffOutputs, formatDiff } = await import("../scripts/official/diff.js");
    const fresh = importOfficial(fixtures);
    const dir = join(scratch, "diff-before");
    importToFolder(fixtures, dir);
    const same = diffOutputs(dir, fresh.files);
    expect(same.tables.every((t) => t.added.length + t.removed.length + t.changed.size === 0)).toBe(
      true,
    );
    // An earlier release in which 11-1011 had Job Zone 4 and 99-1031 was still listed.
    const occupations = JSON.parse(readFileSync(join(dir, "occupations.json"), "utf8"));
    occupations[0].onet.jobZone = 4;
    occupations.push({ ...occupations[0], code: "99-1031", title: "Legislators (made up)" });
    writeFileSync(join(dir, "occupations.json"), JSON.stringify(occupations));
    const report = diffOutputs(dir, fresh.files);
    expect([...report.jobZones]).toEqual([["11-1011", [4, 5]]]);
    expect(report.goneLineItems).toEqual([{ code: "99-1031", title: "Legislators (made up)" }]);
    const text = formatDiff(report);
    expect(text).toContain("occupations.json: 0 added, 1 removed, 1 changed");
    expect(text).toContain("changed fields: onet.jobZone 1");
    expect(text).toContain("JOB ZONE 11-1011: 4 → 5");
    expect(text).toContain("GONE 99-1031 Legislators (made up)");
  });
});

describe("known releases", () => {
  it("recognises a known file by size and sha256, and nothing else", async () => {
    const { identify, knownReleases, verifyInputs } = await import(
      "../scripts/official/releases.js"
    );
    // A file with the size of a known release but other bytes is not verified.
    const fake = join(scratch, "occupation.xlsx");
    writeFileSync(fake, Buffer.alloc(413_398));
    expect(identify(fake)).toBeUndefined();
    expect(knownReleases.find((r) => r.name.startsWith("BLS EP 2025–35"))).toEqual({
      name: "BLS EP 2025–35 occupation workbook (occupation.xlsx)",
      bytes: 413_398,
      sha256: "a7d060f0576f7d4f5b829b9a0bb4a6c11a12766d159ebb0e07aab5bd2e7583c5",
    });
    // Only the real files can be verified; official-fidelity.test.ts checks them.
    expect(verifyInputs(fixtures, ["onet-30.1/Job Zones.txt"])).toEqual([
      "verified: O*NET 30.1 text edition, Education, Training, and Experience Categories (onet-30.1/Education, Training, and Experience Categories.txt)",
      "onet-30.1/Job Zones.txt: not a known release: checked by layout only",
    ]);
  });
});

describe("another EP vintage", () => {
  /**
   * The 2024–34 fixtures relabelled as 2025–35: folder and file names, and every year in the
   * two EP headers (2024 → 2025, 2034 → 2035, 2024–34 → 2025–35). Figures are unchanged except
   * the median wage column, which a 2025–35 release takes from OEWS May 2025: it is filled from
   * the May 2025 fixture, as BLS would publish it.
   */
  function relabelled(name: string): string {
    const from = join(scratch, name);
    cpSync(fixtures, from, { recursive: true });
    const old = join(from, "bls-ep-2024-34");
    const folder = join(from, "bls-ep-2025-35");
    cpSync(old, folder, { recursive: true });
    rmSync(old, { recursive: true });
    const relabel = (file: string, to: string) => {
      const [head, ...rest] = readFileSync(join(folder, file), "utf8").split("\n");
      const years = (head ?? "")
        .replaceAll("2024–34", "2025–35")
        .replaceAll("2034", "2035")
        .replaceAll("2024", "2025");
      writeFileSync(join(folder, to), [years, ...rest].join("\n"));
      rmSync(join(folder, file));
    };
    relabel(
      "ep_2024-34_table_1.2_occupational_projections_and_worker_characteristics.csv",
      "ep_2025-35_table_1.2_occupational_projections_and_worker_characteristics.csv",
    );
    withMay2025Medians(
      join(folder, "ep_2025-35_table_1.2_occupational_projections_and_worker_characteristics.csv"),
      join(from, "oews-2025", "national_M2025_dl.csv"),
    );
    relabel(
      "ep_2024_table_5.4_education_and_training_assignments.csv",
      "ep_2025_table_5.4_education_and_training_assignments.csv",
    );
    return from;
  }
  /** Replaces each EP row's median wage with the OEWS May 2025 annual median of its code. */
  function withMay2025Medians(epFile: string, oewsFile: string): void {
    const oews = parse(readFileSync(oewsFile, "utf8"), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    const median = new Map(oews.map((r) => [r.OCC_CODE, r.A_MEDIAN]));
    const rows = parse(readFileSync(epFile, "utf8"), { bom: true }) as string[][];
    const header = rows[0] ?? [];
    const code = header.findIndex((h) => h.endsWith("National Employment Matrix code"));
    const wage = header.findIndex((h) => h.startsWith("Median annual wage"));
    expect([code, wage]).not.toContain(-1);
    let replaced = 0;
    for (const row of rows.slice(1)) {
      const value = median.get(row[code] ?? "");
      if (value !== undefined && /^\d+$/.test(value)) {
        row[wage] = value;
        replaced += 1;
      }
    }
    expect(replaced).toBeGreaterThan(5);
    const field = (f: string) => (/[",\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
    writeFileSync(epFile, `\uFEFF${rows.map((r) => r.map(field).join(",")).join("\n")}\n`);
  }
  const ep12new =
    "bls-ep-2025-35/ep_2025-35_table_1.2_occupational_projections_and_worker_characteristics.csv";

  it("imports a vintage whose headers carry other years", () => {
    const result = importOfficial(relabelled("vintage-2025"));
    const mrs = result.occupations.find((o) => o.code === "29-2072");
    expect(mrs?.projections).toMatchObject({
      source: "bls-ep-2025-35",
      period: "2025–35",
      employmentBase: 194.8,
      // May 2025's median, which the import checks against OEWS May 2025 (2024–34 had 50250).
      medianWage: 51140,
    });
    expect(result.occupations).toHaveLength(9);
  });

  it("names the vintage when the NEM crosswalk lists a code the projections no longer have", () => {
    const dir = relabelled("vintage-nem");
    const nemFile = "soc-crosswalks/nem-onet-to-soc-crosswalk.csv";
    // As 11-1031 Legislators would be after 2025–35: still in an older crosswalk edition.
    edit(join(dir, nemFile), (t) =>
      t.replace(
        "11-1011.03,Chief Sustainability Officers,11-1011,",
        "11-1011.03,Chief Sustainability Officers,11-1031,",
      ),
    );
    const problems = problemsOf(() => importOfficial(dir));
    expect(problems.join("\n")).toContain(
      `${nemFile}, row 3, column "NEM Code": 11-1031 is not an EP 2025–35 line item.`,
    );
  });

  it.each([
    ["a renamed header", '"Employment, 2025"', "Employment 2025", '"Employment, 2025"'],
    ["a year that does not fit", '"Employment, 2035"', '"Employment, 2036"', '"Employment, 2035"'],
    [
      "a period that does not fit",
      '"Employment change, percent, 2025–35"',
      '"Employment change, percent, 2025–36"',
      '"Employment change, percent, 2025–35"',
    ],
  ])("still refuses %s, naming file, column and expected text", (_name, from, to, expected) => {
    const dir = relabelled(`vintage-drift-${to.replace(/\W+/g, "")}`);
    edit(join(dir, ep12new), (t) => t.replace(from, to));
    const problems = problemsOf(() => importOfficial(dir));
    expect(
      problems.some((p) => p.startsWith(`${ep12new}, row 1, column "`) && p.includes(expected)),
      problems.join("\n"),
    ).toBe(true);
  });
});
