// The official files the importer reads, with their exact published headers.
// A header that differs in any way (renamed, missing, extra, reordered) stops the import:
// when BLS, O*NET or NCES changes a layout, this is the one place to update.

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

export const files = {
  epTable12: {
    path: "bls-ep-2024-34/ep_2024-34_table_1.2_occupational_projections_and_worker_characteristics.csv",
    format: "csv",
    header: [
      "2024 National Employment Matrix title",
      "2024 National Employment Matrix code",
      "Occupation type",
      "Employment, 2024",
      "Employment, 2034",
      "Employment distribution, percent, 2024",
      "Employment distribution, percent, 2034",
      "Employment change, numeric, 2024–34",
      "Employment change, percent, 2024–34",
      "Percent self employed, 2024",
      "Occupational openings, 2024–34 annual average",
      "Median annual wage, dollars, 2024[1]",
      "Typical education needed for entry",
      "Work experience in a related occupation",
      "Typical on-the-job training needed to attain competency in the occupation",
      "Related Occupational Outlook Handbook (OOH) content xlsx",
      "OOH URL (hyperlink target of the previous column)",
    ],
  },
  epTable54: {
    path: "bls-ep-2024-34/ep_2024_table_5.4_education_and_training_assignments.csv",
    format: "csv",
    header: [
      "2024 National Employment Matrix title",
      "2024 National Employment Matrix code",
      "Typical education needed for entry",
      "Work experience in a related occupation",
      "Typical on-the-job training needed to attain competency in the occupation",
      "Related Occupational Outlook Handbook (OOH) content",
    ],
  },
  socStructure: {
    path: "soc-2018/soc_structure_2018.csv",
    format: "csv",
    header: ["Major Group", "Minor Group", "Broad Group", "Detailed Occupation", "SOC Title"],
  },
  oews2024: { path: "oews-2024/national_M2024_dl.csv", format: "csv", header: oewsHeader() },
  oews2025: { path: "oews-2025/national_M2025_dl.csv", format: "csv", header: oewsHeader() },
  onetOccupations: {
    path: "onet-29.3/Occupation Data.tsv",
    format: "tsv",
    header: [onetCode, "Title", "Description"],
  },
  onetJobZones: {
    path: "onet-29.3/Job Zones.tsv",
    format: "tsv",
    header: [onetCode, "Title", "Job Zone", "Date", "Domain Source"],
  },
  onetJobZoneReference: {
    path: "onet-29.3/Job Zone Reference.tsv",
    format: "tsv",
    header: [
      "Job Zone",
      "Name",
      "Experience",
      "Education",
      "Job Training",
      "Examples",
      "SVP Range",
    ],
  },
  onetRelated: {
    path: "onet-29.3/Related Occupations.tsv",
    format: "tsv",
    header: [
      onetCode,
      "Title",
      "Related O*NET-SOC Code",
      "Related Title",
      "Relatedness Tier",
      "Index",
    ],
  },
  onetInterests: {
    path: "onet-29.3/Interests.tsv",
    format: "tsv",
    header: [
      onetCode,
      "Title",
      "Element ID",
      "Element Name",
      "Scale ID",
      "Scale Name",
      "Data Value",
      "Date",
      "Domain Source",
    ],
  },
  onetSkills: {
    path: "onet-29.3/Skills.tsv",
    format: "tsv",
    header: [
      onetCode,
      "Title",
      "Element ID",
      "Element Name",
      "Scale ID",
      "Scale Name",
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
  },
  onetReportedTitles: {
    path: "onet-29.3/Sample of Reported Titles.tsv",
    format: "tsv",
    header: [onetCode, "Title", "Reported Job Title", "Shown in My Next Move"],
  },
  onetAlternateTitles: {
    path: "onet-29.3/Alternate Titles.tsv",
    format: "tsv",
    header: [onetCode, "Title", "Alternate Title", "Short Title", "Source(s)"],
  },
  // BLS: the 2018 SOC Direct Match Title File (April 2020 edition), as a CSV of its one sheet.
  socDirectMatchTitles: {
    path: "soc-crosswalks/soc_2018_direct_match_title_file.csv",
    format: "csv",
    header: [
      "2018 SOC Code",
      "2018 SOC Title",
      "2018 SOC Direct Match Title",
      "Illustrative Example",
    ],
  },
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
