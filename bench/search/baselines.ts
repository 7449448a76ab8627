// The two baselines of the search benchmark, over the same titles careerpath indexes (official
// titles and every title list of data/official/titles.json; no curated aliases).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/paths.js";

/** A system under test: a name and a function from a query to codes, best first. */
export interface Ranker {
  readonly name: string;
  readonly rank: (text: string) => string[];
  /** The gzip size of what it ships for its index, when it ships one of its own. */
  readonly gzip?: number;
}

/** One title and the occupation it belongs to. */
export interface TitleDoc {
  readonly code: string;
  readonly text: string;
}

/** Case and punctuation folding: lower case, every run of non-alphanumerics one space. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Every official and title-file title with its code. */
export function titleUniverse(): TitleDoc[] {
  const occupations = JSON.parse(
    readFileSync(join(ROOT, "data/official/occupations.json"), "utf8"),
  ) as { code: string; title: string }[];
  const titles = JSON.parse(
    readFileSync(join(ROOT, "data/official/titles.json"), "utf8"),
  ) as Record<string, Record<string, string[]>>;
  const docs: TitleDoc[] = occupations.map((o) => ({ code: o.code, text: o.title }));
  for (const code of Object.keys(titles).sort())
    for (const list of Object.values(titles[code] ?? {}))
      for (const text of list) docs.push({ code, text });
  return docs;
}

/** Exact folded match; several codes with the title are ordered by how many of their titles match. */
export function exactBaseline(docs: readonly TitleDoc[]): Ranker {
  const byKey = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const key = fold(d.text);
    const codes = byKey.get(key) ?? new Map<string, number>();
    codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    byKey.set(key, codes);
  }
  return {
    name: "exact match",
    rank: (text) =>
      [...(byKey.get(fold(text)) ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([code]) => code),
  };
}

/** TF-IDF cosine over folded words, one document per title; a code scores its best title. */
export function tfidfBaseline(docs: readonly TitleDoc[]): Ranker {
  const postings = new Map<string, number[]>();
  const docWords = docs.map((d, i) => {
    const words = [...new Set(fold(d.text).split(" ").filter(Boolean))];
    for (const w of words) {
      const list = postings.get(w) ?? [];
      list.push(i);
      postings.set(w, list);
    }
    return words;
  });
  const idf = (w: string) => Math.log(docs.length / (postings.get(w)?.length ?? docs.length));
  const norms = docWords.map((ws) => Math.sqrt(ws.reduce((s, w) => s + idf(w) ** 2, 0)) || 1);
  return {
    name: "TF-IDF",
    rank: (text) => {
      const words = [...new Set(fold(text).split(" ").filter(Boolean))];
      const qn = Math.sqrt(words.reduce((s, w) => s + idf(w) ** 2, 0)) || 1;
      const acc = new Map<number, number>();
      for (const w of words) {
        const weight = idf(w) ** 2;
        for (const i of postings.get(w) ?? []) acc.set(i, (acc.get(i) ?? 0) + weight);
      }
      const best = new Map<string, number>();
      for (const [i, dot] of acc) {
        const code = docs[i]?.code as string;
        const s = dot / (qn * (norms[i] ?? 1));
        if (s > (best.get(code) ?? 0)) best.set(code, s);
      }
      return [...best]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([code]) => code);
    },
  };
}
