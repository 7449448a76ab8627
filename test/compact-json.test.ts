// The compact JSON form of the generated datasets: what the encoder writes decodes to the same
// JSON text, key order included, and the shipped tables decode to the records the helpers give.
import { describe, expect, it } from "vitest";
import { packRecords } from "../scripts/data/compact-json.js";
import { occupationCodes } from "../src/generated/ids.js";
import { compactIds, compactLookup, unpackValue } from "../src/internal/compact-json.js";

describe("compact JSON", () => {
  const tricky = [
    { a: "~", b: "~~x", c: "~0", d: [], e: {}, f: [[0, 1], [], [{ g: null }]], h: -1, i: true },
    { a: "repeated text", b: "repeated text", z: [0, "repeated text"], y: 0, x: [1] },
    {
      rows: [
        { a: 1, b: "x" },
        { a: -2, b: [{ c: 3 }, { c: 4 }] },
      ],
      mixed: [{ a: 1 }, { b: 1 }],
    },
    JSON.parse('{"__proto__": {"polluted": true}, "k": "v"}'),
  ];

  it("round-trips '~' strings, empty and nested containers, rows of one shape and __proto__ keys", () => {
    const packed = packRecords(tricky);
    expect(packed.strings).toContain("repeated text");
    packed.records.forEach((text, i) => {
      const back = unpackValue(JSON.parse(text), packed);
      expect(JSON.stringify(back)).toBe(JSON.stringify(tricky[i]));
    });
    const proto = unpackValue(JSON.parse(packed.records[3] as string), packed) as object;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.hasOwn(proto, "__proto__")).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("a look-up decodes one record, frozen, and hands out the same object every time", () => {
    const packed = packRecords(tricky);
    const records = { one: packed.records[0] as string, two: packed.records[1] as string };
    const lookup = compactLookup<Record<string, unknown>>(
      records,
      JSON.stringify(packed.shapes),
      JSON.stringify(packed.strings),
    );
    const one = lookup("one");
    expect(one).toEqual(tricky[0]);
    expect(Object.isFrozen(one) && Object.isFrozen(one?.f)).toBe(true);
    expect(lookup("one")).toBe(one);
    expect(lookup("three")).toBeUndefined();
    expect(lookup("__proto__")).toBeUndefined();
  });

  it("the shipped occupation records are keyed by all 832 codes and are pure ASCII", async () => {
    const { occupationRecords } = await import("../src/generated/occupations.js");
    expect(compactIds(occupationRecords)).toEqual([...occupationCodes]);
    const texts = Object.values(occupationRecords.shards).flatMap((shard) =>
      Object.values(shard()),
    );
    expect(texts).toHaveLength(832);
    expect(texts.every((r) => /^[\x20-\x7e]*$/.test(r))).toBe(true);
  });

  it("reads sharded records: the shard of an id's prefix, each shard called once", () => {
    const packed = packRecords(tricky);
    const calls: string[] = [];
    const shard = (key: string, ids: string[]) => () => {
      calls.push(key);
      return Object.fromEntries(ids.map((id, i) => [id, packed.records[i] as string]));
    };
    const source = { prefix: 2, shards: { on: shard("on", ["one", "onf"]), tw: shard("tw", []) } };
    const lookup = compactLookup<unknown>(
      source,
      JSON.stringify(packed.shapes),
      JSON.stringify(packed.strings),
    );
    expect(calls).toEqual([]);
    expect(lookup("one")).toEqual(tricky[0]);
    expect(lookup("onf")).toEqual(tricky[1]);
    expect(lookup("onx")).toBeUndefined();
    expect(lookup("two")).toBeUndefined();
    expect(lookup("__proto__")).toBeUndefined();
    expect(lookup("zz")).toBeUndefined();
    expect(calls).toEqual(["on", "tw"]);
    expect(compactIds(source)).toEqual(["one", "onf"]);
  });
});
