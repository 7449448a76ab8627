// The diff report: what a fresh import changes, table by table, against an earlier
// data/official folder. `npm run import -- --from <dir> --diff data/official` prints it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { OutputFiles } from "./write.js";

/** What changed in one table. */
export interface TableDiff {
  file: string;
  added: string[];
  removed: string[];
  /** Key → the fields that differ. */
  changed: Map<string, string[]>;
}

/** The whole report. */
export interface DiffReport {
  tables: TableDiff[];
  /** Codes whose Job Zone changed: code → [before, after]. */
  jobZones: Map<string, [number | null, number | null]>;
  /** Line items of the earlier data that the new release no longer lists, with their titles. */
  goneLineItems: { code: string; title: string }[];
  /** Title-index entries: how many titles were added and removed over all codes. */
  titles: { added: number; removed: number };
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The paths (up to two levels deep, e.g. `onet.jobZone`) whose values differ. */
export function changedFields(a: Json, b: Json, prefix = "", depth = 2): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (depth === 0 || !isObject(a) || !isObject(b)) return [prefix || "(value)"];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => changedFields(a[k], b[k], prefix ? `${prefix}.${k}` : k, depth - 1));
}

/** Keyed entries of one output file: arrays by `code`, objects by key, lists inside objects by name. */
function entries(name: string, value: Json): Map<string, Json> {
  if (Array.isArray(value))
    return new Map(value.map((v) => [String((v as { code?: string }).code), v]));
  if (!isObject(value)) return new Map();
  if (name === "crosswalks.json" || name === "reference.json") {
    // One level down: each list entry by its code, other values by their key.
    const out = new Map<string, Json>();
    for (const [k, v] of Object.entries(value)) {
      if (Array.isArray(v) && v.every((e) => isObject(e) && "code" in e))
        for (const e of v) out.set(`${k} ${(e as { code: string }).code}`, e);
      else out.set(k, v);
    }
    return out;
  }
  return new Map(Object.entries(value));
}

function diffTable(file: string, before: Map<string, Json>, after: Map<string, Json>): TableDiff {
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort();
  const changed = new Map<string, string[]>();
  for (const [k, v] of after) {
    if (!before.has(k)) continue;
    const fields = changedFields(before.get(k), v);
    if (fields.length > 0) changed.set(k, fields);
  }
  return { file, added, removed, changed };
}

/** Compares a fresh import (`files`) with the output folder `dir` of an earlier import. */
export function diffOutputs(dir: string, files: OutputFiles): DiffReport {
  const tables: TableDiff[] = [];
  const read = (name: string): Json =>
    existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), "utf8")) : undefined;
  const jobZones = new Map<string, [number | null, number | null]>();
  let goneLineItems: DiffReport["goneLineItems"] = [];
  const titles = { added: 0, removed: 0 };
  for (const [name, text] of Object.entries(files)) {
    const before = read(name);
    const after = JSON.parse(text) as Json;
    const a = entries(name, before);
    const b = entries(name, after);
    tables.push(diffTable(name, a, b));
    if (name === "occupations.json") {
      for (const [code, o] of b) {
        const old = a.get(code) as { onet?: { jobZone?: number | null } } | undefined;
        const zone = (o as { onet: { jobZone: number | null } }).onet.jobZone;
        if (old !== undefined && (old.onet?.jobZone ?? null) !== zone)
          jobZones.set(code, [old.onet?.jobZone ?? null, zone]);
      }
      goneLineItems = [...a]
        .filter(([code]) => !b.has(code))
        .map(([code, o]) => ({ code, title: (o as { title: string }).title }));
    }
    if (name === "titles.json") {
      for (const [code, entry] of b) {
        const old = a.get(code) as { reported: string[]; alternate: string[] } | undefined;
        const now = entry as { reported: string[]; alternate: string[] };
        const was = new Set([...(old?.reported ?? []), ...(old?.alternate ?? [])]);
        const is = new Set([...now.reported, ...now.alternate]);
        titles.added += [...is].filter((t) => !was.has(t)).length;
        titles.removed += [...was].filter((t) => !is.has(t)).length;
      }
    }
  }
  return { tables, jobZones, goneLineItems, titles };
}

/** Counts how many changed records touch each field, most common first. */
function fieldCounts(changed: Map<string, string[]>): string {
  const counts = new Map<string, number>();
  for (const fields of changed.values())
    for (const f of fields) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([f, n]) => `${f} ${n}`)
    .join(", ");
}

function sample(keys: readonly string[], max = 8): string {
  return keys.length <= max
    ? keys.join(", ")
    : `${keys.slice(0, max).join(", ")}, … (${keys.length - max} more)`;
}

/** The report as text, one block per table. */
export function formatDiff(report: DiffReport): string {
  const lines: string[] = [];
  for (const t of report.tables) {
    lines.push(
      `${t.file}: ${t.added.length} added, ${t.removed.length} removed, ${t.changed.size} changed`,
    );
    if (t.added.length > 0) lines.push(`  added: ${sample(t.added)}`);
    if (t.removed.length > 0) lines.push(`  removed: ${sample(t.removed)}`);
    if (t.changed.size > 0) {
      lines.push(`  changed fields: ${fieldCounts(t.changed)}`);
      lines.push(`  changed: ${sample([...t.changed.keys()])}`);
    }
  }
  lines.push(
    `title index: ${report.titles.added} titles added, ${report.titles.removed} removed over all codes`,
  );
  lines.push(`Job Zone changed for ${report.jobZones.size} occupation(s)`);
  for (const [code, [was, is]] of report.jobZones)
    lines.push(`  JOB ZONE ${code}: ${was ?? "none"} → ${is ?? "none"}`);
  if (report.goneLineItems.length > 0) {
    lines.push(`line items no longer in the new release: ${report.goneLineItems.length}`);
    for (const g of report.goneLineItems) lines.push(`  GONE ${g.code} ${g.title}`);
  }
  return `${lines.join("\n")}\n`;
}
