// The encoder of the compact JSON form that src/internal/compact-json.ts decodes: the property
// names of each object shape are written once in a shape table, and strings that repeat (SOC
// group titles, source ids, periods, relatedness tiers) once in a string table. Each record stays
// a JSON text of its own, so a look-up parses one record, not the dataset.
import { type CompactTables, unpackValue } from "../../src/internal/compact-json.js";

/** The encoded records (one JSON text each, in input order) and the tables they refer to. */
export interface CompactRecords extends CompactTables {
  readonly records: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Encodes `records` (plain JSON values) in the compact form and checks that decoding gives back
 * exactly the same JSON text, key order included; throws if not.
 */
export function packRecords(records: readonly unknown[]): CompactRecords {
  // Count the strings, so that those worth a table entry (repeated, longer than a reference)
  // get one; the most frequent get the shortest references.
  const counts = new Map<string, number>();
  const countStrings = (v: unknown): void => {
    if (typeof v === "string") counts.set(v, (counts.get(v) ?? 0) + 1);
    else if (Array.isArray(v)) v.forEach(countStrings);
    else if (isObject(v)) Object.values(v).forEach(countStrings);
  };
  records.forEach(countStrings);
  const strings = [...counts]
    .filter(([s, n]) => n > 1 && s.length > 3)
    .sort((a, b) => b[1] * b[0].length - a[1] * a[0].length || (a[0] < b[0] ? -1 : 1))
    .map(([s]) => s);
  const stringIndex = new Map(strings.map((s, i) => [s, i]));

  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const shapeOf = (keys: string[]): number => {
    const id = JSON.stringify(keys);
    let i = shapeIndex.get(id);
    if (i === undefined) {
      i = shapes.push(keys);
      shapeIndex.set(id, i);
    }
    return i;
  };
  const pack = (v: unknown): unknown => {
    if (typeof v === "string") {
      const i = stringIndex.get(v);
      if (i !== undefined) return `~${i.toString(36)}`;
      return v.startsWith("~") ? `~${v}` : v;
    }
    if (Array.isArray(v)) {
      // Two or more objects of one shape (with keys): the shape once, then the values row by row.
      const first = v[0];
      const keys = isObject(first) ? Object.keys(first) : [];
      const id = JSON.stringify(keys);
      if (
        v.length > 1 &&
        keys.length > 0 &&
        v.every((item) => isObject(item) && JSON.stringify(Object.keys(item)) === id)
      ) {
        const rows = (v as Record<string, unknown>[]).flatMap((item) =>
          keys.map((k) => pack(item[k])),
        );
        return [-shapeOf(keys), ...rows];
      }
      return [0, ...v.map(pack)];
    }
    if (isObject(v)) {
      const keys = Object.keys(v);
      return [shapeOf(keys), ...keys.map((k) => pack(v[k]))];
    }
    return v;
  };
  const packed = records.map((r) => JSON.stringify(pack(r)));
  const tables = { shapes, strings };
  packed.forEach((text, i) => {
    const back = JSON.stringify(unpackValue(JSON.parse(text), tables));
    if (back !== JSON.stringify(records[i]))
      throw new Error(`compact-json: record ${i} does not decode to itself`);
  });
  return { shapes, strings, records: packed };
}

/**
 * A JS string literal of the JSON text `json` with its non-ASCII characters as JSON \\u escapes:
 * JSON.parse reads the same value, and the string is pure ASCII, which V8 stores at one byte
 * per character (a single en dash would otherwise double the memory of the whole string).
 */
export function asciiLiteral(json: string): string {
  return JSON.stringify(
    json.replace(
      /[\u007f-\uffff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    ),
  );
}

/**
 * The exports of a compact record table (scripts/data/compact-json.ts): `<name>Shapes` and
 * `<name>Strings` as JSON strings, and `<name>Records`, one quoted string per record keyed by id.
 * Quoted strings, not object literals: engines compile a string far faster than the same data
 * as code, and a look-up parses one record.
 *
 * With `shardPrefix`, `<name>Records` is a `CompactShards` object (src/internal/compact-json.ts):
 * the records are grouped by the first `shardPrefix` characters of their ids, each group inside a
 * function of its own, which an engine compiles only when a look-up calls it. The records must
 * come grouped by that prefix, so that the shards list them in their input order.
 */
export function compactModule<T>(
  name: string,
  records: readonly T[],
  id: (r: T) => string,
  options: { readonly shardPrefix?: number } = {},
): string {
  const packed = packRecords(records);
  const rows = records.map(
    (r, i) => `${JSON.stringify(id(r))}: ${asciiLiteral(packed.records[i] as string)},`,
  );
  const head = `export const ${name}Shapes = ${asciiLiteral(JSON.stringify(packed.shapes))};
export const ${name}Strings = ${asciiLiteral(JSON.stringify(packed.strings))};
`;
  const { shardPrefix } = options;
  if (shardPrefix === undefined)
    return `${head}export const ${name}Records: Readonly<Record<string, string>> = {
${rows.map((row) => `  ${row}`).join("\n")}
};
`;
  const groups = shardGroups(name, records, id, rows, shardPrefix);
  const keys = [...groups.keys()];
  return `${head}// The records, in shards by the first ${shardPrefix} characters of the id; each shard is compiled
// when a look-up first calls it (CompactShards in src/internal/compact-json.ts).
export const ${name}Records: {
  readonly prefix: number;
  readonly shards: Readonly<Record<string, () => Readonly<Record<string, string>>>>;
} = {
  prefix: ${shardPrefix},
  shards: {
${keys.map((key, i) => `    ${JSON.stringify(key)}: ${name}Shard${i},`).join("\n")}
  },
};
${keys.map((key, i) => shardFunction(`${name}Shard${i}`, groups.get(key) as string[])).join("")}`;
}

/** The rows of each shard, by id prefix, in input order; throws unless grouped by prefix. */
function shardGroups<T>(
  name: string,
  records: readonly T[],
  id: (r: T) => string,
  rows: readonly string[],
  shardPrefix: number,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let last: string | undefined;
  records.forEach((r, i) => {
    const key = id(r).slice(0, shardPrefix);
    if (key !== last && groups.has(key))
      throw new Error(`compact-json: ${name} records are not grouped by id prefix (${key})`);
    last = key;
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    group.push(rows[i] as string);
  });
  return groups;
}

const shardFunction = (fn: string, rows: readonly string[]) =>
  `function ${fn}(): Readonly<Record<string, string>> {
  return {
${rows.map((row) => `    ${row}`).join("\n")}
  };
}
`;

/** The texts of a compact table spread over several modules (see {@link compactFiles}). */
export interface CompactFiles {
  /** `<name>Shapes` and `<name>Strings`, as in {@link compactModule}. */
  readonly tables: string;
  /** Per file: the module text, exporting `shards` (shard functions by id prefix). */
  readonly files: readonly string[];
  /** The file of each shard, by id prefix. */
  readonly fileOf: Readonly<Record<string, number>>;
}

/**
 * Like {@link compactModule} with `shardPrefix`, but the shards go into several modules, `file`
 * naming the module (0, 1, …, in order) of a shard by its id prefix, so that a program can load
 * the module of one record alone. The tables stay in a module of their own.
 */
export function compactFiles<T>(
  name: string,
  records: readonly T[],
  id: (r: T) => string,
  shardPrefix: number,
  file: (prefix: string) => number,
): CompactFiles {
  const packed = packRecords(records);
  const rows = records.map(
    (r, i) => `${JSON.stringify(id(r))}: ${asciiLiteral(packed.records[i] as string)},`,
  );
  const groups = shardGroups(name, records, id, rows, shardPrefix);
  const fileOf = Object.fromEntries([...groups.keys()].map((key) => [key, file(key)]));
  const count = Math.max(...Object.values(fileOf)) + 1;
  const files = Array.from({ length: count }, (_, n) => {
    const keys = [...groups.keys()].filter((key) => fileOf[key] === n);
    if (keys.length === 0) throw new Error(`compact-json: ${name} file ${n} holds no shard`);
    return `// The shards of ${keys[0]}… to ${keys.at(-1)}…: each function returns the records of one id prefix.
export const shards: Readonly<Record<string, () => Readonly<Record<string, string>>>> = {
${keys.map((key, i) => `  ${JSON.stringify(key)}: shard${i},`).join("\n")}
};
${keys.map((key, i) => shardFunction(`shard${i}`, groups.get(key) as string[])).join("")}`;
  });
  const tables = `export const ${name}Shapes = ${asciiLiteral(JSON.stringify(packed.shapes))};
export const ${name}Strings = ${asciiLiteral(JSON.stringify(packed.strings))};
`;
  return { tables, files, fileOf };
}
