// The official files the importer reads, with their exact published headers.
// A header that differs in any way (renamed, missing, extra, reordered) stops the import:
// when BLS, O*NET or NCES changes a layout, this is the one place to update.
import { existsSync, readdirSync } from "node:fs";

const nodeFs = { readdirSync: (dir: string) => readdirSync(dir), existsSync };

/** An input file: its path under the input folder, its format and its exact header. */
export interface FileSpec {
  path: string;
  format: "csv" | "tsv";
  header: readonly string[];
  /**
   * Columns that the publisher writes as Excel text formulas (`="01.0101"`) so that
   * spreadsheets keep leading zeros. Every cell in them must be wrapped; the reader unwraps it.
   */
  excelText?: readonly string[];
}

const onetCode = "O*NET-SOC Code";

/**
 * The two O*NET layouts the importer reads. The official text edition (`db_30_1_text`, files
 * `*.txt`: CRLF, `n/a` for empty values, fixed decimals) and the tab-separated conversion of the
 * Excel edition that the 29.3 import used (`*.tsv`), which adds a `Title` column after every
 * O*NET-SOC code and a `Scale Name` column after every `Scale ID`.
 */
export const onetEditions = {
  text: { extension: "txt", excelColumns: false },
  excel: { extension: "tsv", excelColumns: true },
} as const;

/** One of the O*NET layouts. */
export type OnetEdition = (typeof onetEditions)[keyof typeof onetEditions];

/** The O*NET tables the importer reads, in the text edition's column order. */
const onetTables = {
  onetOccupations: ["Occupation Data", [onetCode, "Title", "Description"]],
  onetJobZones: ["Job Zones", [onetCode, "Job Zone", "Date", "Domain Source"]],
  onetJobZoneReference: [
    "Job Zone Reference",
    ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"],
  ],
  onetRelated: [
    "Related Occupations",
    [onetCode, "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
  ],
  onetInterests: [
    "Interests",
    [onetCode, "Element ID", "Element Name", "Scale ID", "Data Value", "Date", "Domain Source"],
  ],
  onetSkills: [
    "Skills",
    [
      onetCode,
      "Element ID",
      "Element Name",
      "Scale ID",
      "Data Value",
      "N",
      "Standard Error",
      "Lower CI Bound",
      "Upper CI Bound",
      "Recommend Suppress",
      "Not Relevant",
      "Date",
      "Domain Source",
    ],
  ],
  onetEducation: [
    "Education, Training, and Experience",
    [
      onetCode,
      "Element ID",
      "Element Name",
      "Scale ID",
      "Category",
      "Data Value",
      "N",
      "Standard Error",
      "Lower CI Bound",
      "Upper CI Bound",
      "Recommend Suppress",
      "Date",
      "Domain Source",
    ],
  ],
  onetEducationCategories: [
    "Education, Training, and Experience Categories",
    ["Element ID", "Element Name", "Scale ID", "Category", "Category Description"],
  ],
  onetReportedTitles: [
    "Sample of Reported Titles",
    [onetCode, "Reported Job Title", "Shown in My Next Move"],
  ],
  onetAlternateTitles: [
    "Alternate Titles",
    [onetCode, "Alternate Title", "Short Title", "Source(s)"],
  ],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

/** The name of one of the O*NET input files. */
export type OnetFileKey = keyof typeof onetTables;

/**
 * The O*NET file specs for one layout in one folder (e.g. `onet-30.1`). The Excel layout puts
 * `Title` after the code of tables keyed by occupation (except Occupation Data, which has it
 * already) and `Scale Name` after `Scale ID`.
 */
export function onetFiles(edition: OnetEdition, folder: string): Record<OnetFileKey, FileSpec> {
  const out = {} as Record<OnetFileKey, FileSpec>;
  for (const [key, [name, columns]] of Object.entries(onetTables) as [
    OnetFileKey,
    (typeof onetTables)[OnetFileKey],
  ][]) {
    const header: string[] = [];
    for (const column of columns) {
      header.push(column);
      if (!edition.excelColumns) continue;
      if (column === onetCode && key !== "onetOccupations") header.push("Title");
      if (column === "Related O*NET-SOC Code") header.push("Related Title");
      if (column === "Scale ID") header.push("Scale Name");
    }
    out[key] = { path: `${folder}/${name}.${edition.extension}`, format: "tsv", header };
  }
  return out;
}

export const files = {
  ...epFiles(epVintage(2024)),
  socStructure: {
    path: "soc-2018/soc_structure_2018.csv",
    format: "csv",
    header: ["Major Group", "Minor Group", "Broad Group", "Detailed Occupation", "SOC Title"],
  },
  oews2024: { path: "oews-2024/national_M2024_dl.csv", format: "csv", header: oewsHeader() },
  oews2025: { path: "oews-2025/national_M2025_dl.csv", format: "csv", header: oewsHeader() },
  ...onetFiles(onetEditions.text, "onet-30.1"),
  // NCES: the CIP-SOC sheet of the crosswalk workbook (the SOC-CIP sheet lacks CIP 03.0204).
  cipSocCrosswalk: {
    path: "cip-soc-2020/CIP2020_SOC2018_Crosswalk_CIP-SOC.csv",
    format: "csv",
    header: ["CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"],
  },
  // NCES: the CIP 2020 code list as published (CRLF, every field quoted, codes as ="…").
  cipCodes: {
    path: "cip-soc-2020/CIPCode2020.csv",
    format: "csv",
    header: [
      "CIPFamily",
      "CIPCode",
      "Action",
      "TextChange",
      "CIPTitle",
      "CIPDefinition",
      "CrossReferences",
      "Examples",
    ],
    excelText: ["CIPFamily", "CIPCode"],
  },
  // BLS: the 2010 SOC → 2018 SOC crosswalk, preamble rows dropped (header row kept).
  soc2010Crosswalk: {
    path: "soc-crosswalks/soc_2010_to_2018_crosswalk.csv",
    format: "csv",
    header: ["2010 SOC Code", "2010 SOC Title", "2018 SOC Code", "2018 SOC Title"],
  },
  // O*NET: O*NET-SOC 2010 → O*NET-SOC 2019, as O*NET's own CSV download.
  onet2010Crosswalk: {
    path: "soc-crosswalks/2010_to_2019_Crosswalk.csv",
    format: "csv",
    header: [
      "O*NET-SOC 2010 Code",
      "O*NET-SOC 2010 Title",
      "O*NET-SOC 2019 Code",
      "O*NET-SOC 2019 Title",
    ],
  },
  // O*NET: O*NET-SOC 2019 → 2018 SOC, title rows dropped.
  onet2019Crosswalk: {
    path: "soc-crosswalks/2019_to_SOC_Crosswalk.csv",
    format: "csv",
    header: ["O*NET-SOC 2019 Code", "O*NET-SOC 2019 Title", "2018 SOC Code", "2018 SOC Title"],
  },
  // BLS EP: O*NET-SOC → National Employment Matrix (and OOH) crosswalk, title rows dropped.
  nemCrosswalk: {
    path: "soc-crosswalks/nem-onet-to-soc-crosswalk.csv",
    format: "csv",
    header: [
      "Sort Order",
      "O*NET-SOC Code",
      "O*NET-SOC Title",
      "NEM Code",
      "National Employment Matrix Occupational Title",
      "OOH Profile Code",
      "OOH Profile Title",
      "OOH Occupation Group",
      "OOH Occupation Group (brief)",
      "OOH Profile Website",
    ],
  },
} as const satisfies Record<string, FileSpec>;

/** The name of one of the input files. */
export type FileKey = keyof typeof files;

function oewsHeader(): string[] {
  return [
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "PRIM_STATE",
    "NAICS",
    "NAICS_TITLE",
    "I_GROUP",
    "OWN_CODE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "EMP_PRSE",
    "JOBS_1000",
    "LOC_QUOTIENT",
    "PCT_TOTAL",
    "PCT_RPT",
    "H_MEAN",
    "A_MEAN",
    "MEAN_PRSE",
    "H_PCT10",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "H_PCT90",
    "A_PCT10",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
    "A_PCT90",
    "ANNUAL",
    "HOURLY",
  ];
}

/** An Employment Projections vintage: its base and target years, e.g. 2024 and 2034. */
export interface EpVintage {
  base: number;
  target: number;
  /** The folder under the input folder, e.g. "bls-ep-2024-34". */
  folder: string;
  /** The registry id, e.g. "bls-ep-2024-34". */
  source: string;
  /** The projection decade as BLS writes it, e.g. "2024–34". */
  period: string;
}

/** The EP vintage of a base year, in BLS's naming (folder `bls-ep-2024-34`, period `2024–34`). */
export function epVintage(base: number): EpVintage {
  const target = base + 10;
  const short = String(target).slice(2);
  return {
    base,
    target,
    folder: `bls-ep-${base}-${short}`,
    source: `bls-ep-${base}-${short}`,
    period: `${base}–${short}`,
  };
}

/** The vintage the importer expects when the input folder holds none: 2024–34. */
export const defaultEpVintage = epVintage(2024);

/**
 * The EP Table 1.2 and Table 5.4 specs for one vintage. The published headers name the years
 * ("Employment, 2024", "Employment change, percent, 2024–34"); every other character is fixed,
 * so a vintage with other years is accepted and any other drift is still refused.
 */
export function epFiles(v: EpVintage): Record<"epTable12" | "epTable54", FileSpec> {
  const { base, target, period, folder } = v;
  const matrix = [
    `${base} National Employment Matrix title`,
    `${base} National Employment Matrix code`,
  ];
  const categories = [
    "Typical education needed for entry",
    "Work experience in a related occupation",
    "Typical on-the-job training needed to attain competency in the occupation",
  ];
  const dash = period.replace("–", "-");
  return {
    epTable12: {
      path: `${folder}/ep_${dash}_table_1.2_occupational_projections_and_worker_characteristics.csv`,
      format: "csv",
      header: [
        ...matrix,
        "Occupation type",
        `Employment, ${base}`,
        `Employment, ${target}`,
        `Employment distribution, percent, ${base}`,
        `Employment distribution, percent, ${target}`,
        `Employment change, numeric, ${period}`,
        `Employment change, percent, ${period}`,
        `Percent self employed, ${base}`,
        `Occupational openings, ${period} annual average`,
        `Median annual wage, dollars, ${base}[1]`,
        ...categories,
        "Related Occupational Outlook Handbook (OOH) content xlsx",
        "OOH URL (hyperlink target of the previous column)",
      ],
    },
    epTable54: {
      path: `${folder}/ep_${base}_table_5.4_education_and_training_assignments.csv`,
      format: "csv",
      header: [...matrix, ...categories, "Related Occupational Outlook Handbook (OOH) content"],
    },
  };
}

/**
 * Finds the EP vintage in `from`: the `bls-ep-<base>-<yy>` folder with the latest base year
 * whose two years are ten apart; without one, the default (2024–34) is expected.
 */
export function findEpVintage(from: string): EpVintage {
  if (!existsSync(from)) return defaultEpVintage;
  const bases = readdirSync(from)
    .map((name) => /^bls-ep-(\d{4})-(\d{2})$/.exec(name))
    .filter((m) => m !== null && epVintage(Number(m[1])).folder === m[0])
    .map((m) => Number(m?.[1]))
    .sort((a, b) => b - a);
  return bases[0] === undefined ? defaultEpVintage : epVintage(bases[0]);
}

/** The O*NET release found in an input folder: its folder, version, layout and source id. */
export interface OnetRelease {
  folder: string;
  /** e.g. "30.1". */
  version: string;
  edition: OnetEdition;
  /** The registry id of the release, e.g. "onet-30-1". */
  source: string;
}

/** The O*NET release the importer expects when the input folder holds none. */
export const defaultOnetRelease: OnetRelease = {
  folder: "onet-30.1",
  version: "30.1",
  edition: onetEditions.text,
  source: "onet-30-1",
};

/**
 * Finds the O*NET release in `from`: the `onet-<major>.<minor>` folder with the highest
 * version, read as the text edition when it holds `Occupation Data.txt` and as the Excel
 * layout otherwise. Without any such folder, the default (30.1, text edition) is expected, so
 * that the missing files are named.
 */
export function findOnetRelease(
  from: string,
  fs: {
    readdirSync(dir: string): string[];
    existsSync(path: string): boolean;
  } = nodeFs,
): OnetRelease {
  if (!fs.existsSync(from)) return defaultOnetRelease;
  const found = fs
    .readdirSync(from)
    .map((name) => ({ name, match: /^onet-(\d+)\.(\d+)$/.exec(name) }))
    .filter((f) => f.match !== null)
    .map((f) => ({
      folder: f.name,
      major: Number(f.match?.[1]),
      minor: Number(f.match?.[2]),
    }))
    .sort((a, b) => b.major - a.major || b.minor - a.minor)[0];
  if (found === undefined) return defaultOnetRelease;
  const text = fs.existsSync(`${from}/${found.folder}/Occupation Data.txt`);
  return {
    folder: found.folder,
    version: `${found.major}.${found.minor}`,
    edition: text ? onetEditions.text : onetEditions.excel,
    source: `onet-${found.major}-${found.minor}`,
  };
}

/** Every input file spec, with the O*NET release and the EP vintage found in the input folder. */
export function inputFiles(
  release: OnetRelease,
  ep: EpVintage = defaultEpVintage,
): Record<FileKey, FileSpec> {
  return { ...files, ...epFiles(ep), ...onetFiles(release.edition, release.folder) };
}
