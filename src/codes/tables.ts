// Lookup maps over the generated crosswalks, built once on first use.
import { crosswalkRecords, crosswalkShapes, crosswalkStrings } from "../generated/crosswalks.js";
import { compactLookup } from "../internal/compact-json.js";
import type {
  Crosswalks,
  Onet2010Entry,
  Onet2019Entry,
  Soc2010Entry,
} from "../schemas/crosswalk.js";
import type { LineItem } from "./types.js";

/** The indexes the resolver reads. */
export interface CodeTables {
  lineItems: Map<string, LineItem>;
  /** SOC 2018 detailed code → title and line-item code (null: outside EP). */
  soc2018: Map<string, { title: string; lineItem: string | null }>;
  soc2010: Map<string, Soc2010Entry>;
  /** SOC 2018 code → the SOC 2010 codes that map onto it. */
  soc2018From2010: Map<string, string[]>;
  onet2019: Map<string, Onet2019Entry>;
  onet2010: Map<string, Onet2010Entry>;
  /** O*NET-SOC 2019 code → the O*NET-SOC 2010 codes that map onto it. */
  onet2019From2010: Map<string, string[]>;
}

let tables: CodeTables | undefined;

function invert<T extends { code: string }>(
  entries: readonly T[],
  targets: (e: T) => readonly string[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    for (const t of targets(e)) out.set(t, [...(out.get(t) ?? []), e.code]);
  }
  return out;
}

/** The resolver's indexes. */
export function codeTables(): CodeTables {
  if (tables) return tables;
  const c = compactLookup<Crosswalks>(
    crosswalkRecords,
    crosswalkShapes,
    crosswalkStrings,
  )("all") as Crosswalks;
  tables = {
    lineItems: new Map(c.lineItems.map((i) => [i.code, i as LineItem])),
    soc2018: new Map(c.soc2018.map((e) => [e.code, { title: e.title, lineItem: e.lineItem }])),
    soc2010: new Map(c.soc2010.map((e) => [e.code, e])),
    soc2018From2010: invert(c.soc2010, (e) => e.soc2018),
    onet2019: new Map(c.onet2019.map((e) => [e.code, e])),
    onet2010: new Map(c.onet2010.map((e) => [e.code, e])),
    onet2019From2010: invert(c.onet2010, (e) => e.onet2019),
  };
  return tables;
}
