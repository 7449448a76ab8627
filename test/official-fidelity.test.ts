// Fidelity of the committed data/official files to the official inputs in ../shared/data.
// Runs only where those inputs exist (they are never committed); skipped elsewhere.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportResult, importOfficial, outputNames } from "../scripts/official/import.js";
import {
  type Occupation,
  Occupation as OccupationSchema,
  type OfficialValue,
  type Program,
} from "../src/schemas/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const data = join(root, "../shared/data");
const available = existsSync(data);

/** What a raw published cell should have become, read as simply as possible. */
function expectedValue(raw: string, floors: { hash?: number } = {}): OfficialValue {
  if (raw === "—" || raw === "*" || raw === "**") return { kind: "suppressed", marker: raw };
  if (raw === "#") return { kind: "top-coded", atLeast: floors.hash ?? Number.NaN, marker: "#" };
  if (raw.startsWith(">=$"))
    return { kind: "top-coded", atLeast: Number(raw.slice(3).replaceAll(",", "")), marker: raw };
  return Number(raw.replaceAll(",", ""));
}

function csv(path: string): Record<string, string>[] {
  return parse(readFileSync(join(data, path), "utf8"), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
}

function tsv(path: string): Record<string, string>[] {
  // The O*NET text edition: CRLF line endings, `n/a` for empty values.
  const [head, ...lines] = readFileSync(join(data, path), "utf8").trimEnd().split("\r\n");
  const names = (head ?? "").split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((v, i) => [names[i], v])));
}

describe.skipIf(!available)(`official data fidelity (needs ${data})`, () => {
  let result: ImportResult;
  let byCode: Map<string, Occupation>;
  beforeAll(() => {
    result = importOfficial(data);
    byCode = new Map(result.occupations.map((o) => [o.code, o]));
  }, 120_000); // the whole import: about 10 s on a quiet machine, more under load

  it("matches the committed data/official files byte for byte", () => {
    const differing = outputNames.filter(
      (name) => readFileSync(join(root, "data/official", name), "utf8") !== result.files[name],
    );
    expect(differing).toEqual([]);
  });

  it("verifies the official files it knows by checksum, and says which it cannot", async () => {
    const { verifyInputs } = await import("../scripts/official/releases.js");
    const { findOnetRelease, inputFiles } = await import("../scripts/official/files.js");
    const read = Object.values(inputFiles(findOnetRelease(data))).map((f) => f.path);
    const lines = verifyInputs(data, read);
    expect(lines).toContain(
      "verified: BLS EP 2024–34 occupation workbook (occupation.xlsx) (bls-ep-2024-34/occupation.xlsx)",
    );
    expect(lines.filter((l) => l.startsWith("verified: O*NET 30.1"))).toHaveLength(10);
    // Our CSV conversions of workbooks are no published files.
    expect(lines).toContain(
      "oews-2024/national_M2024_dl.csv: not a known release: checked by layout only",
    );
  });

  it("has 832 valid line items: 820 detailed and 12 aggregates", () => {
    expect(result.occupations).toHaveLength(832);
    expect(result.occupations.filter((o) => o.kind === "detailed")).toHaveLength(820);
    expect(result.occupations.filter((o) => o.kind === "aggregate").map((o) => o.code)).toEqual([
      "13-1020",
      "13-2020",
      "21-1018",
      "25-2052",
      "25-9045",
      "29-2010",
      "31-1120",
      "39-7010",
      "47-4090",
      "51-2028",
      "51-2090",
      "53-1047",
    ]);
    const bad = result.occupations
      .filter((o) => !OccupationSchema.safeParse(o).success)
      .map((o) => o.code);
    expect(bad).toEqual([]);
    const covered = result.occupations.flatMap((o) => o.covers);
    expect(covered).toHaveLength(28);
    expect(new Set(covered).size).toBe(28);
    expect(result.coverage.outOfScope.every((c) => c.startsWith("55-"))).toBe(true);
    expect(covered.length + result.coverage.outOfScope.length).toBe(867 - 820);
  });

  it("keeps the headline figures of 29-2072 and 11-9111", () => {
    const mrs = byCode.get("29-2072");
    expect(mrs?.projections).toMatchObject({
      employmentBase: 194.8,
      employmentProjected: 208.6,
      percentChange: 7.1,
      medianWage: 50250,
    });
    expect(mrs?.wages.may2024?.annual.median).toBe(50250);
    expect(byCode.get("11-9111")?.projections).toMatchObject({
      medianWage: 117960,
      percentChange: 23.2,
    });
  });

  it("stores every EP figure and category as published", () => {
    const cols = {
      employmentBase: "Employment, 2024",
      employmentProjected: "Employment, 2034",
      change: "Employment change, numeric, 2024–34",
      percentChange: "Employment change, percent, 2024–34",
      openings: "Occupational openings, 2024–34 annual average",
      selfEmployedPercent: "Percent self employed, 2024",
      medianWage: "Median annual wage, dollars, 2024[1]",
    } as const;
    const bad: string[] = [];
    const rows = csv(
      "bls-ep-2024-34/ep_2024-34_table_1.2_occupational_projections_and_worker_characteristics.csv",
    );
    const lineItems = rows.filter((r) => r["Occupation type"] === "Line item");
    expect(lineItems).toHaveLength(832);
    for (const row of rows) {
      const code = row["2024 National Employment Matrix code"] ?? "";
      const stored = code === "00-0000" ? result.reference.allOccupations : byCode.get(code);
      if (row["Occupation type"] !== "Line item" && code !== "00-0000") continue;
      if (!stored) {
        bad.push(`${code}: missing`);
        continue;
      }
      for (const [key, column] of Object.entries(cols) as [keyof typeof cols, string][]) {
        const want = expectedValue(row[column] ?? "");
        if (JSON.stringify(stored.projections[key]) !== JSON.stringify(want))
          bad.push(`${code} ${key}`);
      }
      if (stored.title !== row["2024 National Employment Matrix title"]?.trim())
        bad.push(`${code} title`);
      if ("categories" in stored) {
        const c = stored.categories;
        const raw = [
          row["Typical education needed for entry"],
          row["Work experience in a related occupation"],
          row["Typical on-the-job training needed to attain competency in the occupation"],
        ];
        if (JSON.stringify([c.education, c.experience, c.training]) !== JSON.stringify(raw))
          bad.push(`${code} categories`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each([
    ["may2024", "oews-2024/national_M2024_dl.csv", 239200, 115],
    ["may2025", "oews-2025/national_M2025_dl.csv", 239200, 115],
  ] as const)("stores every OEWS %s figure as published", (key, path, annualFloor, hourlyFloor) => {
    const rows = new Map<string, Record<string, string>>();
    for (const r of csv(path)) {
      const code = r.OCC_CODE ?? "";
      if (!rows.has(code) || r.O_GROUP === "detailed") rows.set(code, r);
    }
    const scales = {
      hourly: ["H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"],
      annual: ["A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"],
    } as const;
    const names = ["mean", "p10", "p25", "median", "p75", "p90"] as const;
    const bad: string[] = [];
    const subjects = [
      ...result.occupations.map((o) => [o.code, o.wages[key]] as const),
      ["00-0000", result.reference.allOccupations.wages[key]] as const,
    ];
    for (const [code, stored] of subjects) {
      const raw = rows.get(code);
      if (!raw || !stored) {
        if (raw || stored)
          bad.push(
            `${code}: stored ${stored ? "a row" : "null"}, file ${raw ? "has a row" : "has none"}`,
          );
        continue;
      }
      if (JSON.stringify(stored.employment) !== JSON.stringify(expectedValue(raw.TOT_EMP ?? "")))
        bad.push(`${code} employment`);
      for (const [scale, columns] of Object.entries(scales) as [
        keyof typeof scales,
        readonly string[],
      ][]) {
        const floor = scale === "annual" ? annualFloor : hourlyFloor;
        columns.forEach((column, i) => {
          const want = expectedValue(raw[column] ?? "", { hash: floor });
          const name = names[i] ?? "mean";
          if (JSON.stringify(stored[scale][name]) !== JSON.stringify(want))
            bad.push(`${code} ${column}`);
        });
      }
      if (
        stored.annualOnly !== (raw.ANNUAL === "TRUE") ||
        stored.hourlyOnly !== (raw.HOURLY === "TRUE")
      )
        bad.push(`${code} flags`);
      if (stored.oewsCode !== code) bad.push(`${code} oewsCode`);
    }
    expect(bad).toEqual([]);
  });

  it("stores every O*NET value of the detailed occupations as published", () => {
    const onet = "onet-30.1";
    const zones = new Map(
      tsv(`${onet}/Job Zones.txt`).map((r) => [r["O*NET-SOC Code"], Number(r["Job Zone"])]),
    );
    const allCodes = tsv(`${onet}/Occupation Data.txt`).map((r) => r["O*NET-SOC Code"] ?? "");
    const scores = new Map<string, Record<string, number>>();
    for (const r of tsv(`${onet}/Interests.txt`)) {
      if (r["Scale ID"] !== "OI") continue;
      const code = r["O*NET-SOC Code"] ?? "";
      scores.set(code, { ...scores.get(code), [r["Element Name"] ?? ""]: Number(r["Data Value"]) });
    }
    const skills = new Map<string, Map<string, number>>();
    const levels = new Map<string, Map<string, number>>();
    for (const r of tsv(`${onet}/Skills.txt`)) {
      const target = r["Scale ID"] === "IM" ? skills : r["Scale ID"] === "LV" ? levels : undefined;
      if (target === undefined) continue;
      const code = r["O*NET-SOC Code"] ?? "";
      target.set(
        code,
        (target.get(code) ?? new Map()).set(r["Element ID"] ?? "", Number(r["Data Value"])),
      );
    }
    const ete = new Map<string, number[]>();
    for (const r of tsv(`${onet}/Education, Training, and Experience.txt`)) {
      const key = `${r["O*NET-SOC Code"]} ${r["Scale ID"]}`;
      const list = ete.get(key) ?? [];
      list[Number(r.Category) - 1] = Number(r["Data Value"]);
      ete.set(key, list);
    }
    const skillIds = result.reference.skills.map((s) => s.id);
    expect(skillIds).toHaveLength(35);
    const bad: string[] = [];
    for (const o of result.occupations) {
      const members = o.kind === "detailed" ? [o.code] : o.covers;
      const codes = allCodes.filter((c) => members.includes(c.slice(0, 7))).sort();
      if (JSON.stringify(o.onet.codes) !== JSON.stringify(codes)) bad.push(`${o.code} codes`);
      if (o.kind !== "detailed") continue;
      const main = `${o.code}.00`;
      if (o.onet.jobZone !== (zones.get(main) ?? null)) bad.push(`${o.code} jobZone`);
      const s = scores.get(main);
      if (JSON.stringify(o.onet.interests) !== JSON.stringify(s ?? null))
        bad.push(`${o.code} interests`);
      const sk = skills.get(main);
      const want = sk ? skillIds.map((id) => sk.get(id)) : null;
      if (JSON.stringify(o.onet.skills) !== JSON.stringify(want)) bad.push(`${o.code} skills`);
      const lv = levels.get(main);
      const wantLv = lv ? skillIds.map((id) => lv.get(id)) : null;
      if (JSON.stringify(o.onet.skillLevels) !== JSON.stringify(wantLv))
        bad.push(`${o.code} skillLevels`);
      for (const [field, scale] of [
        ["educationLevels", "RL"],
        ["experienceLevels", "RW"],
        ["trainingLevels", "OJ"],
      ] as const) {
        if (JSON.stringify(o.onet[field]) !== JSON.stringify(ete.get(`${main} ${scale}`) ?? null))
          bad.push(`${o.code} ${field}`);
      }
    }
    expect(bad).toEqual([]);
    // Coverage in 30.1 of the 820 detailed occupations (29.3: 750 Job Zones, 718 skills).
    const detailed = result.occupations.filter((o) => o.kind === "detailed");
    const rated = (field: "jobZone" | "skills" | "skillLevels" | "educationLevels") =>
      detailed.filter((o) => o.onet[field] !== null).length;
    expect([
      rated("jobZone"),
      rated("skills"),
      rated("skillLevels"),
      rated("educationLevels"),
    ]).toEqual([750, 726, 726, 711]);
  });

  it("keeps the O*NET 30.1 values of a sample of codes, read from the text edition", () => {
    const onet = "onet-30.1";
    const sample = ["29-2072", "31-9094", "43-4171", "11-9111", "29-9021", "29-1141", "15-1252"];
    const zones = new Map(
      tsv(`${onet}/Job Zones.txt`).map((r) => [r["O*NET-SOC Code"], r["Job Zone"]]),
    );
    const related = tsv(`${onet}/Related Occupations.txt`);
    const interests = tsv(`${onet}/Interests.txt`);
    const skills = tsv(`${onet}/Skills.txt`);
    const skillIds = result.reference.skills.map((s) => s.id);
    const lineItemOf = (onetCode: string) => {
      const soc = onetCode.slice(0, 7);
      return byCode.has(soc) ? soc : result.occupations.find((o) => o.covers.includes(soc))?.code;
    };
    for (const code of sample) {
      const o = byCode.get(code);
      const main = `${code}.00`;
      expect(o?.onet.jobZone, `${code} Job Zone`).toBe(Number(zones.get(main)));
      // Related: O*NET's list in Index order, mapped onto line items, first mention kept.
      const want: string[] = [];
      for (const r of related
        .filter((r) => r["O*NET-SOC Code"] === main)
        .sort((a, b) => Number(a.Index) - Number(b.Index))) {
        const target = lineItemOf(r["Related O*NET-SOC Code"] ?? "");
        if (target && target !== code && !want.includes(target)) want.push(target);
      }
      expect(
        o?.onet.related.map((r) => r.code),
        `${code} related`,
      ).toEqual(want);
      const oi = Object.fromEntries(
        interests
          .filter((r) => r["O*NET-SOC Code"] === main && r["Scale ID"] === "OI")
          .map((r) => [r["Element Name"], Number(r["Data Value"])]),
      );
      expect(o?.onet.interests ?? {}, `${code} interests`).toEqual(oi);
      for (const [scale, field] of [
        ["IM", "skills"],
        ["LV", "skillLevels"],
      ] as const) {
        const byId = new Map(
          skills
            .filter((r) => r["O*NET-SOC Code"] === main && r["Scale ID"] === scale)
            .map((r) => [r["Element ID"], Number(r["Data Value"])]),
        );
        const wantSkills = byId.size === 0 ? null : skillIds.map((id) => byId.get(id));
        expect(o?.onet[field], `${code} ${field}`).toEqual(wantSkills);
      }
    }
    // Values stated in the data README for 30.1 (read independently of the importer).
    expect(byCode.get("29-2072")?.onet.jobZone).toBe(3);
    expect(byCode.get("43-4171")?.onet.jobZone).toBe(2);
    expect(byCode.get("11-9111")?.onet.jobZone).toBe(4);
    expect(
      byCode
        .get("29-2072")
        ?.onet.related.slice(0, 2)
        .map((r) => r.code),
    ).toEqual(["31-9094", "29-9021"]);
    expect(byCode.get("29-2072")?.onet.skills).toBeNull();
    expect(result.reference.educationLevels.map((c) => c.name).at(-1)).toBe(
      "Post-Doctoral Training",
    );
  });

  it("links every committed program as the official CIP-SOC crosswalk does, both directions", () => {
    const committed = JSON.parse(
      readFileSync(join(root, "data/official/programs.json"), "utf8"),
    ) as Program[];
    const occupations = JSON.parse(
      readFileSync(join(root, "data/official/occupations.json"), "utf8"),
    ) as Occupation[];
    // Our code for each SOC code: itself, or the aggregate that covers it.
    const ours = new Map<string, string>();
    for (const o of occupations) {
      ours.set(o.code, o.code);
      for (const c of o.covers) ours.set(c, o.code);
    }
    const rows = csv("cip-soc-2020/CIP2020_SOC2018_Crosswalk_CIP-SOC.csv");
    expect(rows).toHaveLength(6097);
    const official = new Set<string>();
    for (const r of rows) {
      if (r.SOC2018Code === "99-9999" || r.CIP2020Code === "99.9999") continue;
      const code = ours.get(r.SOC2018Code ?? "");
      if (code === undefined) {
        expect(r.SOC2018Code).toMatch(/^55-/); // only military codes are out of scope
        continue;
      }
      official.add(`${r.CIP2020Code} ${code}`);
    }
    const fromPrograms = new Set(
      committed.flatMap((p) => p.occupations.map((c) => `${p.code} ${c}`)),
    );
    const fromOccupations = new Set(
      occupations.flatMap((o) => o.programs.map((c) => `${c} ${o.code}`)),
    );
    const missing = [...official].filter((l) => !fromPrograms.has(l));
    const extra = [...fromPrograms].filter((l) => !official.has(l));
    const oneWay = [...fromPrograms].filter((l) => !fromOccupations.has(l));
    const otherWay = [...fromOccupations].filter((l) => !fromPrograms.has(l));
    expect({ missing, extra, oneWay, otherWay }).toEqual({
      missing: [],
      extra: [],
      oneWay: [],
      otherWay: [],
    });
    expect(official.size).toBe(5648);
    expect(committed).toHaveLength(1926);
    expect(occupations.filter((o) => o.programs.length === 0)).toHaveLength(167);
  });

  it("takes program titles, families and series from the CIP 2020 code list", () => {
    const committed = JSON.parse(
      readFileSync(join(root, "data/official/programs.json"), "utf8"),
    ) as Program[];
    const titles = new Map<string, string>();
    for (const r of parse(readFileSync(join(data, "cip-soc-2020/CIPCode2020.csv"), "utf8"), {
      columns: true,
      relax_quotes: true,
    }) as Record<string, string>[]) {
      titles.set((r.CIPCode ?? "").replace(/^="|"$/g, ""), r.CIPTitle ?? "");
    }
    const plain = (code: string) => (titles.get(code) ?? "?").replace(/\.$/, "");
    const bad = committed
      .filter(
        (p) =>
          p.title !== plain(p.code) ||
          p.family.code !== p.code.slice(0, 2) ||
          p.family.title !== plain(p.family.code) ||
          p.series.code !== p.code.slice(0, 5) ||
          p.series.title !== plain(p.series.code),
      )
      .map((p) => p.code);
    expect(bad).toEqual([]);
    expect(result.programs.retitled).toEqual([
      {
        code: "51.0912",
        crosswalk: "Physician Assistant.",
        codeList: "Physician Associate/Assistant.",
      },
    ]);
    expect(result.programs.droppedPrograms).toHaveLength(22);
  });

  it("maps every related occupation onto a line item, closest first", () => {
    const bad: string[] = [];
    for (const o of result.occupations) {
      const ranks = o.onet.related.map((r) => r.rank);
      if (ranks.some((r, i) => i > 0 && r < (ranks[i - 1] ?? 0))) bad.push(`${o.code} order`);
      for (const r of o.onet.related)
        if (!byCode.has(r.code) || r.code === o.code) bad.push(`${o.code} → ${r.code}`);
    }
    expect(bad).toEqual([]);
  });
});
