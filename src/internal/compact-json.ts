// The decoder of the compact JSON form the generated datasets use (scripts/data/compact-json.ts
// writes it). A JSON array whose first element is 0 is an array of the elements after it; one
// whose first element is n > 0 is an object with the keys of shape n (1-based) and the values
// after it, in that order; one whose first element is -n is an array of objects of shape n, their
// values row after row. A string "~<base-36 n>" is entry n of the string table, and "~~…"
// stands for the text after the first "~". Everything else is itself.
// Hand-written rather than a compression library: about thirty lines, no dependency for the
// package, and JSON.parse still does the parsing.
import { freezeJson } from "./freeze.js";

/** The tables a compact record refers to. */
export interface CompactTables {
  /** The property names of each object shape, in order. */
  readonly shapes: readonly (readonly string[])[];
  /** The repeated strings. */
  readonly strings: readonly string[];
}

/** The plain JSON value of a parsed compact value. */
export function unpackValue(value: unknown, tables: CompactTables): unknown {
  if (typeof value === "string") {
    if (value.charCodeAt(0) !== 126 /* ~ */) return value;
    return value.charCodeAt(1) === 126
      ? value.slice(1)
      : tables.strings[Number.parseInt(value.slice(1), 36)];
  }
  if (!Array.isArray(value)) return value;
  const head = value[0] as number;
  if (head === 0) {
    const out = new Array(value.length - 1);
    for (let i = 1; i < value.length; i++) out[i - 1] = unpackValue(value[i], tables);
    return out;
  }
  if (head > 0) return unpackObject(value, 1, tables.shapes[head - 1] as readonly string[], tables);
  const keys = tables.shapes[-head - 1] as readonly string[];
  const out = new Array((value.length - 1) / keys.length);
  for (let row = 0; row < out.length; row++)
    out[row] = unpackObject(value, 1 + row * keys.length, keys, tables);
  return out;
}

/** The object with `keys` whose values start at `value[start]`. */
function unpackObject(
  value: readonly unknown[],
  start: number,
  keys: readonly string[],
  tables: CompactTables,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = unpackValue(value[start + i], tables);
    // An own "__proto__" property, as JSON.parse would make, not a prototype change.
    if (key === "__proto__")
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = item;
  }
  return out;
}

/**
 * Compact records split into shards by the first `prefix` characters of their ids. Each shard is
 * a function that returns its records, so an engine scans a shard's text when the module loads
 * but compiles it only when a look-up first needs it (a program that shows one occupation does
 * not compile the other 831).
 */
export interface CompactShards {
  /** How many leading characters of an id name its shard. */
  readonly prefix: number;
  /** The records of each shard, keyed by id. */
  readonly shards: Readonly<Record<string, () => Readonly<Record<string, string>>>>;
}

/** Compact record texts keyed by id: one object, or shards of one. */
export type CompactSource = Readonly<Record<string, string>> | CompactShards;

const isShards = (source: CompactSource): source is CompactShards =>
  typeof (source as { shards?: unknown }).shards === "object";

/** A reader of the record text of an id (undefined when there is none); a shard is loaded once. */
export function compactReader(source: CompactSource): (id: string) => string | undefined {
  if (!isShards(source))
    return (id) => (Object.hasOwn(source, id) ? (source[id] as string) : undefined);
  const loaded = new Map<string, Readonly<Record<string, string>>>();
  return (id) => {
    const key = id.slice(0, source.prefix);
    let shard = loaded.get(key);
    if (shard === undefined) {
      if (!Object.hasOwn(source.shards, key)) return undefined;
      shard = (source.shards[key] as () => Readonly<Record<string, string>>)();
      loaded.set(key, shard);
    }
    return Object.hasOwn(shard, id) ? shard[id] : undefined;
  };
}

/** The ids of a compact source, in order (shard by shard); this loads every shard. */
export function compactIds(source: CompactSource): string[] {
  if (!isShards(source)) return Object.keys(source);
  return Object.values(source.shards).flatMap((shard) => Object.keys(shard()));
}

/**
 * A look-up over compact records keyed by id: each record is parsed, decoded (then passed
 * through `revive`, if given) and frozen the first time it is asked for, then the same object
 * is returned every time. The tables are JSON texts, parsed at the first look-up.
 */
export function compactLookup<T>(
  records: CompactSource,
  shapesJson: string,
  stringsJson: string,
  revive: (value: unknown) => T = (value) => value as T,
): (id: string) => T | undefined {
  let tables: CompactTables | undefined;
  const read = compactReader(records);
  const decoded = new Map<string, T>();
  return (id) => {
    const known = decoded.get(id);
    if (known !== undefined) return known;
    const text = read(id);
    if (text === undefined) return undefined;
    tables ??= {
      shapes: JSON.parse(shapesJson) as string[][],
      strings: JSON.parse(stringsJson) as string[],
    };
    const record = freezeJson(revive(unpackValue(JSON.parse(text), tables)));
    decoded.set(id, record);
    return record;
  };
}
