// 1,000 search queries built deterministically (seeded) from the committed data: codes,
// official titles, O*NET reported and alternate titles, and typo'd variants of titles.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.js";
import { pick, seeded } from "./stats.js";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** One random edit (substitute, delete, insert or swap) inside one word of five letters or more. */
function typo(text: string, random: () => number): string {
  const words = text.split(" ");
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w));
  if (long.length === 0) return text;
  const [word, at] = pick(long, random);
  const i = 1 + Math.floor(random() * (word.length - 2)); // keep the first and last letter
  const letter = pick([...LETTERS], random);
  const edits = [
    () => word.slice(0, i) + letter + word.slice(i + 1),
    () => word.slice(0, i) + word.slice(i + 1),
    () => word.slice(0, i) + letter + word.slice(i),
    () => word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1),
  ];
  words[at] = pick(edits, random)();
  return words.join(" ");
}

export interface QuerySet {
  readonly queries: readonly string[];
  /** Every title the naive baseline scans: official, reported and alternate. */
  readonly titles: readonly string[];
  readonly mix: Readonly<Record<string, number>>;
}

export function buildQueries(count = 1000, seed = 20240): QuerySet {
  const random = seeded(seed);
  const occupations = JSON.parse(
    readFileSync(join(ROOT, "data/official/occupations.json"), "utf8"),
  ) as { code: string; title: string }[];
  const index = JSON.parse(readFileSync(join(ROOT, "data/official/titles.json"), "utf8")) as Record<
    string,
    { reported: string[]; alternate: string[] }
  >;
  const codes = occupations.map((o) => o.code);
  const official = occupations.map((o) => o.title);
  const onet = Object.keys(index)
    .sort()
    .flatMap((c) => [...(index[c]?.reported ?? []), ...(index[c]?.alternate ?? [])]);
  const kinds = {
    code: () => pick(codes, random),
    title: () => pick(official, random),
    "title, lower case": () => pick(official, random).toLowerCase(),
    "O*NET title": () => pick(onet, random),
    "typo in title": () => typo(pick(official, random), random),
    "typo in O*NET title": () => typo(pick(onet, random), random),
    "first word(s) of a title": () => {
      const words = pick(onet, random).split(" ");
      return words.slice(0, 1 + Math.floor(random() * Math.min(2, words.length))).join(" ");
    },
  } as const;
  const names = Object.keys(kinds) as (keyof typeof kinds)[];
  const mix: Record<string, number> = {};
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = names[i % names.length] as keyof typeof kinds;
    queries.push(kinds[kind]());
    mix[kind] = (mix[kind] ?? 0) + 1;
  }
  return { queries, titles: [...official, ...onet], mix };
}
