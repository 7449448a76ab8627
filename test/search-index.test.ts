// The occupation title index is tokenised at load by a fast path (src/search/title-scan.ts);
// it must give every title exactly the words that `words` gives it.
import { describe, expect, it } from "vitest";
import { occupationIndex } from "../src/search/index-build.js";
import { words } from "../src/search/normalize.js";
import { scanTitles, Tokens } from "../src/search/title-scan.js";

describe("the title index", () => {
  it("gives every title the words of `words`", () => {
    const { corpus } = occupationIndex();
    const n = corpus.group.length;
    const byEntry: string[][] = Array.from({ length: n }, () => []);
    const vocab = [...corpus.vocab.keys()];
    vocab.forEach((w, id) => {
      const from = corpus.start[id] as number;
      const to = corpus.start[id + 1] as number;
      for (let p = from; p < to; p++) byEntry[corpus.postings[p] as number]?.push(w);
    });
    const bad: string[] = [];
    for (let e = 0; e < n; e++) {
      const want = [...new Set(words(corpus.textOf(e)))].sort();
      const got = [...(byEntry[e] ?? [])].sort();
      if (want.join(" ") !== got.join(" "))
        bad.push(`${corpus.textOf(e)}: ${got.join(" ")} ≠ ${want.join(" ")}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(n).toBeGreaterThan(60_000);
  });

  it("reads dots, apostrophes and accents through `words`", () => {
    const text =
      "=00-0001\tTest title\t1.5\ndC.N.A.\naBaker's Helper\nrCafé Owner\naNurse, Registered\n";
    const tokens = new Tokens();
    const scan = scanTitles(text, tokens);
    const entry = (e: number) =>
      [...tokens.ids.subarray(e > 0 ? tokens.ends[e - 1] : 0, tokens.ends[e])].map(
        (id) => tokens.vocab[id],
      );
    expect(scan.codes).toEqual(["00-0001"]);
    expect(scan.employment).toEqual([1.5]);
    expect([0, 1, 2, 3, 4].map(entry)).toEqual([
      ["test", "title"],
      ["cna"],
      ["baker", "helper"],
      ["cafe", "owner"],
      ["nurse", "registered"],
    ]);
    expect([...scan.field]).toEqual([0, 1, 2, 3, 2]);
  });
});
