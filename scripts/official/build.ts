// Turns the parsed official tables into the output documents (programs.json comes from cip.ts).

import { cutSlug, SLUG_MAX, slugify } from "../../src/internal/slug.js";
import {
  type Interests,
  interestAreas,
  type Occupation,
  type OfficialReference,
  type RelatedOccupation,
  type TitleIndex,
} from "../../src/schemas/index.js";
import type { Dmtf } from "./dmtf.js";
import type { EpData } from "./ep.js";
import type { OewsEntry } from "./oews.js";
import { type LevelField, levelScales, type Onet } from "./onet.js";
import type { Problems } from "./problems.js";
import type { Coverage, Soc } from "./soc.js";

/** Everything the builder needs, already parsed and checked file by file. */
export interface BuildInput {
  ep: EpData;
  soc: Soc;
  coverage: Coverage;
  oews: { may2024: Map<string, OewsEntry>; may2025: Map<string, OewsEntry> };
  onet: Onet;
  /** The BLS Direct Match Title File, by SOC detailed code. */
  dmtf: Dmtf;
  /** Line-item code → the CIP codes of the programs that lead to it, sorted. */
  programs: ReadonlyMap<string, readonly string[]>;
}

/** The built documents plus what the import dropped on the way. */
export interface Built {
  occupations: Occupation[];
  titles: TitleIndex;
  reference: OfficialReference;
  /** Related-occupation rows whose target maps to none of the line items, and those targets. */
  droppedRelated: { rows: number; targets: string[] };
}

const RIASEC = "RIASEC";

/** Plain code-point order, so output never depends on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Slugs for all line items; a slug shared by several titles gets the code appended to each. */
export function uniqueSlugs(
  items: readonly { code: string; title: string }[],
): Map<string, string> {
  const base = new Map(items.map((item) => [item.code, slugify(item.title)]));
  const count = new Map<string, number>();
  for (const slug of base.values()) count.set(slug, (count.get(slug) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const [code, slug] of base) {
    out.set(code, (count.get(slug) ?? 0) > 1 ? `${cutSlug(slug, SLUG_MAX - 8)}-${code}` : slug);
  }
  return out;
}

/** Rounds to two decimals, for the means of aggregate members. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function mean(values: readonly number[]): number {
  return round2(values.reduce((a, b) => a + b, 0) / values.length);
}

/** The most frequent value; ties go to the first in `order` (lowest zone, first member). */
function mode<T>(values: readonly T[], order: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || order(a[0], b[0]))[0]?.[0];
}

/**
 * An aggregate's high-point code: the letters of its highest mean scores (ties in RIASEC
 * order), as many as the longest code among its members.
 */
export function highPoints(interests: Interests, length: number): string {
  return interestAreas
    .map((area, i) => ({ letter: RIASEC[i] ?? "", score: interests[area] }))
    .sort((a, b) => b.score - a.score)
    .slice(0, length)
    .map((a) => a.letter)
    .join("");
}

/** Case-insensitive de-duplication, sorted; of two spellings the code-point-first one stays. */
export function dedupeTitles(titles: readonly string[]): string[] {
  const sorted = [...titles].sort(
    (a, b) => compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b),
  );
  const seen = new Set<string>();
  return sorted.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds the three documents. Problems that only show up across tables go to `problems`. */
export function build(input: BuildInput, problems: Problems): Built {
  const { ep, soc, coverage, oews, onet, dmtf, programs } = input;
  const file = "build";
  const items = [...ep.lineItems].sort((a, b) => compareText(a.code, b.code));
  const itemCodes = new Set(items.map((i) => i.code));
  const slugs = uniqueSlugs(items);

  // Every O*NET code by its 7-character SOC prefix.
  const onetByPrefix = new Map<string, string[]>();
  for (const code of onet.codes) {
    const prefix = code.slice(0, 7);
    onetByPrefix.set(prefix, [...(onetByPrefix.get(prefix) ?? []), code]);
  }
  // The line item an O*NET code rolls up to: its own SOC code, or the aggregate covering it.
  const lineItemOf = (onetCode: string): string | undefined => {
    const prefix = onetCode.slice(0, 7);
    return itemCodes.has(prefix) ? prefix : coverage.coveredBy.get(prefix);
  };

  const dropped = { rows: 0, targets: new Set<string>() };
  const occupations: Occupation[] = [];
  const titles: TitleIndex = {};

  for (const item of items) {
    const isAggregate = coverage.covers.has(item.code);
    const covers = coverage.covers.get(item.code) ?? [];
    const members = isAggregate ? covers : [item.code];
    const codes = members.flatMap((m) => onetByPrefix.get(m) ?? []).sort(compareText);
    const primaries = members
      .map((m) => `${m}.00`)
      .filter((c) => onetByPrefix.get(c.slice(0, 7))?.includes(c));

    // SOC groups: from the code itself, or, for an aggregate outside SOC, from what it covers.
    const own = soc.get(item.code);
    const memberEntries = covers.map((c) => soc.get(c)).filter((e) => e !== undefined);
    const base = own ?? memberEntries[0];
    let broad =
      own?.level === "broad" ? { code: own.code, title: own.title } : (own?.broad ?? null);
    if (own === undefined) {
      const broads = new Set(memberEntries.map((e) => e.broad?.code));
      broad = broads.size === 1 ? (memberEntries[0]?.broad ?? null) : null;
      const minors = new Set(memberEntries.map((e) => e.minor?.code));
      if (minors.size !== 1)
        problems.add({ file }, `aggregate ${item.code} covers codes in several SOC minor groups`);
    }
    if (base?.major === undefined || base.minor === undefined) {
      problems.add({ file }, `${item.code} has no SOC major or minor group`);
      continue;
    }

    // Job Zone: the .00 code's; for an aggregate the commonest among members, ties to the lower.
    const zones = primaries.map((c) => onet.jobZones.get(c)).filter((z) => z !== undefined);
    const jobZone = mode(zones, (a, b) => a - b) ?? null;

    // Related occupations, mapped onto line items; each target keeps its best (lowest) index.
    const best = new Map<string, RelatedOccupation>();
    for (const row of primaries.flatMap((c) => onet.related.get(c) ?? [])) {
      const target = lineItemOf(row.target);
      if (target === undefined) {
        dropped.rows++;
        dropped.targets.add(row.target);
        continue;
      }
      if (target === item.code) continue;
      const kept = best.get(target);
      if (kept === undefined || row.index < kept.rank)
        best.set(target, { code: target, tier: row.tier, rank: row.index });
    }
    const related = [...best.values()].sort(
      (a, b) => a.rank - b.rank || compareText(a.code, b.code),
    );

    // Interests: the six scores (aggregates: mean of members) and the high-point letters.
    const withInterests = primaries
      .map((c) => onet.interests.get(c))
      .filter((i) => i !== undefined && interestAreas.every((a) => i.scores[a] !== undefined));
    for (const c of primaries) {
      const i = onet.interests.get(c);
      if (i !== undefined && !interestAreas.every((a) => i.scores[a] !== undefined)) {
        problems.add({ file: "O*NET Interests" }, `${c} lacks some of the six interest scores`);
      }
    }
    const interests: Interests | null =
      withInterests.length === 0
        ? null
        : (Object.fromEntries(
            interestAreas.map((a) => {
              const values = withInterests.map((i) => i?.scores[a] ?? 0);
              return [a, isAggregate ? mean(values) : (values[0] ?? 0)];
            }),
          ) as Interests);
    const highPointCodes = withInterests.map((i) =>
      (i?.highPoints ?? []).map((h) => (h === 0 ? "" : RIASEC[h - 1])).join(""),
    );
    const topInterests =
      isAggregate && interests !== null
        ? highPoints(interests, Math.max(...highPointCodes.map((c) => c.length)))
        : (highPointCodes[0] ?? "");

    // Skills: importance of the 35 skills in reference order (aggregates: mean of members).
    const skillMaps = primaries.map((c) => onet.skills.get(c)).filter((m) => m !== undefined);
    const skills =
      skillMaps.length === 0
        ? null
        : onet.skillList.map((s) => {
            const values = skillMaps.map((m) => m.get(s.id) ?? 0);
            return isAggregate ? mean(values) : (values[0] ?? 0);
          });

    const skillLevelMaps = primaries
      .map((c) => onet.skillLevels.get(c))
      .filter((m) => m !== undefined);
    const skillLevels =
      skillLevelMaps.length === 0
        ? null
        : onet.skillList.map((s) => {
            const values = skillLevelMaps.map((m) => m.get(s.id) ?? 0);
            return isAggregate ? mean(values) : (values[0] ?? 0);
          });

    // Education, experience and training levels: percent of respondents per category
    // (aggregates: mean of members, per category).
    const levels = Object.fromEntries(
      (Object.keys(levelScales) as LevelField[]).map((field) => {
        const lists = primaries
          .map((c) => onet.levels[field].get(c))
          .filter((l) => l !== undefined);
        const first = lists[0];
        if (first === undefined) return [field, null];
        return [
          field,
          first.map((_, i) => {
            const values = lists.map((l) => l[i] ?? 0);
            return isAggregate ? mean(values) : (values[0] ?? 0);
          }),
        ];
      }),
    ) as Record<LevelField, number[] | null>;

    occupations.push({
      code: item.code,
      title: item.title,
      slug: slugs.get(item.code) ?? "",
      kind: isAggregate ? "aggregate" : "detailed",
      covers,
      soc: { major: base.major, minor: base.minor, broad },
      categories: item.categories,
      projections: item.projections,
      wages: {
        may2024: oews.may2024.get(item.code)?.wages ?? null,
        may2025: oews.may2025.get(item.code)?.wages ?? null,
      },
      onet: {
        source: onet.source,
        codes,
        jobZone,
        related,
        interests,
        topInterests,
        skills,
        skillLevels,
        educationLevels: levels.educationLevels,
        experienceLevels: levels.experienceLevels,
        trainingLevels: levels.trainingLevels,
      },
      programs: [...(programs.get(item.code) ?? [])],
    });

    titles[item.code] = {
      direct: dedupeTitles(members.flatMap((m) => dmtf.titles.get(m) ?? [])),
      reported: dedupeTitles(codes.flatMap((c) => onet.reported.get(c) ?? [])),
      alternate: dedupeTitles(codes.flatMap((c) => onet.alternate.get(c) ?? [])),
    };
  }

  const total = ep.total;
  const all2024 = oews.may2024.get("00-0000");
  const all2025 = oews.may2025.get("00-0000");
  if (all2024 === undefined)
    problems.add({ file: "oews-2024" }, "no All Occupations row (00-0000)");
  if (all2025 === undefined)
    problems.add({ file: "oews-2025" }, "no All Occupations row (00-0000)");
  const reference = {
    skills: onet.skillList,
    jobZones: onet.jobZoneNames,
    educationLevels: onet.levelNames.educationLevels,
    experienceLevels: onet.levelNames.experienceLevels,
    trainingLevels: onet.levelNames.trainingLevels,
    allOccupations: {
      code: "00-0000",
      title: total?.title ?? "",
      projections: total?.projections,
      wages: { may2024: all2024?.wages, may2025: all2025?.wages },
    },
  } as OfficialReference;

  return {
    occupations,
    titles,
    reference,
    droppedRelated: { rows: dropped.rows, targets: [...dropped.targets].sort(compareText) },
  };
}
