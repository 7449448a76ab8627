// The occupation index is read lazily from its stored form (src/search/index-build.ts): titles in
// lower case with case marks, a word table behind a minimal perfect hash, postings found with
// indexOf. These tests check each part, and that the lazy index equals an index built from every
// title up front: the same postings, counts, weights, norms and sizes, bit for bit.
import { describe, expect, it } from "vitest";
import { CorpusBuilder, FIELDS } from "../src/search/engine.js";
import { occupationIndex, searchKeys } from "../src/search/index-build.js";
import { stem, words } from "../src/search/normalize.js";
import { readNumbers, readTitle, storeTitle, writeNumbers } from "../src/search/title-text.js";
import { WordTable, writeWordTable } from "../src/search/word-table.js";
import { IRREGULAR } from "../src/search/words.js";

describe("stored titles", () => {
  const cases: [string, boolean, string][] = [
    ["Chief Executive Officer", false, "chief executive officer"],
    ["CEO (Chief Executive Officer)", false, "`ceo (chief executive officer)"],
    ["Arts and Humanities Council Director", false, "arts and humanities council director"],
    ["And More", false, "and more"],
    ["Director of The Board", false, "director of ~the board"],
    ["director", false, "_director"],
    ["3D Artist", false, "3d artist"],
    ["911 Dispatcher", false, "911 dispatcher"],
    ["Chief executives", true, "chief executives"],
    ["Chief Executives", true, "chief ~executives"],
    [
      "Computer and information systems managers",
      true,
      "computer and information systems managers",
    ],
    ["McDonald Manager", false, "!McDonald Manager"],
    ["U.S. Senator", false, "!U.S. Senator"],
    ["Baker's Helper", false, "!Baker's Helper"],
    ["Café Owner", false, "!Café Owner"],
    ["!Bang", false, "!!Bang"],
    ["=Equals", false, "!=Equals"],
  ];
  it.each(cases)("%s is stored as %s", (title, official, stored) => {
    expect(storeTitle(title, official)).toBe(stored);
    expect(readTitle(stored, official)).toBe(title);
    const body = stored.startsWith("!") ? stored.slice(1) : stored;
    expect(words(body)).toEqual(words(title));
  });

  it("writes and reads numbers", () => {
    const values = [0, 1, 51, 52, 53, 103, 104, 5838, 60_745, 1_000_000];
    expect(writeNumbers([0, 51, 52, 5838])).toBe("aZ1a112o");
    expect([...readNumbers(writeNumbers(values))]).toEqual(values);
  });
});

describe("the word table", () => {
  it("reads back the count of every word it was built from", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) counts.set(`w${i.toString(36)}`, (i * 7919) % 997);
    const table = new WordTable(writeWordTable(counts));
    for (const [w, c] of counts) expect(table.count(w)).toBe(c);
    // About three bits a word, six bits a character.
    expect(writeWordTable(counts).split("\n")[1]?.length).toBeLessThan((3000 * 3.5) / 6);
  });
});

describe("look-up keys", () => {
  it("start every form that stems to a word", () => {
    const forms = [
      ...["nurse", "nurses", "nanny", "nannies", "fireman", "firemen", "shelf", "shelves"],
      ...["coach", "coaches", "box", "boxes", "class", "classes", "business", "bus", "guy"],
      ...["guys", "secretary", "secretaries", "series", "men", "man", "mans", "chef", "chefs"],
      ...IRREGULAR.keys(),
      ...IRREGULAR.values(),
    ];
    const { corpus } = occupationIndex();
    for (let e = 0; e < 3000; e++)
      for (const run of corpus
        .textOf(e)
        .toLowerCase()
        .match(/[a-z0-9]+/g) ?? [])
        forms.push(run);
    const bad = forms.filter((r) => !searchKeys(stem(r)).some((k) => r.startsWith(k)));
    expect(bad).toEqual([]);
  });
});

describe("the lazy occupation index", () => {
  it("equals the index built from every title up front", () => {
    const { corpus } = occupationIndex();
    const n = corpus.group.length;
    const builder = new CorpusBuilder();
    for (let e = 0; e < n; e++) {
      const field = FIELDS[corpus.field[e] as number] ?? "alias";
      // Every line and guide name has a word, so entry numbers line up.
      expect(builder.add(corpus.group[e] as number, field, corpus.textOf(e))).toBe(e);
    }
    const whole = builder.build(corpus.prior);
    // The lazy vocabulary also has the runs of letters inside the titles stored as written
    // ("n" of "C.N.A."), as the data scripts number words; no title holds them.
    const wrong: string[] = [];
    for (const [w, id] of corpus.vocab)
      if (!whole.vocab.has(w) && (corpus.df[id] !== 0 || corpus.postingsOf(id).length > 0))
        wrong.push(`${w}: only in the lazy index`);
    for (const [w, id] of whole.vocab) {
      const lazy = corpus.idOf(w);
      if (lazy === undefined) {
        wrong.push(`${w}: not in the lazy index`);
        continue;
      }
      const got = [...corpus.postingsOf(lazy)];
      const want = [...whole.postingsOf(id)];
      if (got.join() !== want.join()) wrong.push(`${w}: postings`);
      if (corpus.df[lazy] !== whole.df[id])
        wrong.push(`${w}: ${corpus.df[lazy]} ≠ ${whole.df[id]}`);
      if (!Object.is(corpus.weight[lazy], whole.weight[id])) wrong.push(`${w}: weight`);
    }
    for (let e = 0; e < n; e++) {
      if (!Object.is(corpus.norm[e], whole.norm[e])) wrong.push(`${corpus.textOf(e)}: norm`);
      if (corpus.size[e] !== whole.size[e]) wrong.push(`${corpus.textOf(e)}: size`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(corpus.idOf("zzqx")).toBeUndefined();
  });
});

describe("words held by no title", () => {
  it("are remembered up to a bound, so that ever new typos do not grow the index without end", () => {
    const { corpus } = occupationIndex();
    const absent = (corpus as unknown as { absent: Set<string> }).absent;
    for (let i = 0; i < 4200; i++) expect(corpus.idOf(`qzx${i.toString(36)}`)).toBeUndefined();
    expect(absent.size).toBeGreaterThan(0);
    expect(absent.size).toBeLessThanOrEqual(4096);
    // A real word still resolves after the set was emptied.
    expect(corpus.idOf(stem("nurse"))).toBeTypeOf("number");
  });
});
