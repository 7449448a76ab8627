// The stored form of the search title lines (src/generated/titles.ts), from the plain line
// format that src/search/title-scan.ts reads:
//   =<code> TAB <official title> TAB <employment>   then d<title>, a<title>, r<title> lines
// becomes
//   =<code> TAB <stored title> TAB <employment> TAB <direct lines> TAB <reported lines>
//   <stored title>                                   one line per title, fields in that order
// with each title in the lower-case form of src/search/title-text.ts, plus the word table of
// src/search/word-table.ts: every word's number of titles, so that search can work out the
// weights and norms of the titles a query finds without tokenising the others. Every title is
// checked here: its stored form decodes to it and gives the same words.
import { isDeepStrictEqual } from "node:util";
import { words } from "../../src/search/normalize.js";
import { scanTitles, Tokens } from "../../src/search/title-scan.js";
import { readTitle, storeTitle } from "../../src/search/title-text.js";
import { WordTable, writeWordTable } from "../../src/search/word-table.js";

/** The stored title lines and their word table. */
export interface StoredTitles {
  readonly lines: string;
  readonly words: string;
}

/**
 * Stores plain title lines (see the file comment) in the shipped form.
 *
 * @param plain - The plain title lines, each ending in a newline.
 * @param names - The guides' titles and aliases, which search adds to the titles: their words
 *   join the word table (with the number of plain titles that hold them, maybe 0).
 * @returns The stored lines and word table.
 */
export function storeTitleLines(plain: string, names: readonly string[]): StoredTitles {
  const tokens = new Tokens();
  scanTitles(plain, tokens);
  const df = new Array<number>(tokens.vocab.length).fill(0);
  for (let k = 0; k < tokens.count; k++) {
    const id = tokens.ids[k] as number;
    df[id] = (df[id] as number) + 1;
  }

  const out: string[] = [];
  let head = -1;
  let kinds = "";
  const closeHead = () => {
    if (head < 0) return;
    if (!/^d*a*r*$/.test(kinds)) throw new Error("titles: fields out of order");
    const direct = kinds.length - kinds.replace(/^d+/, "").length;
    const reported = kinds.length - kinds.replace(/r+$/, "").length;
    out[head] += `\t${direct}\t${reported}`;
  };
  const check = (title: string, stored: string, official: boolean) => {
    if (readTitle(stored, official) !== title)
      throw new Error(`titles: "${title}" does not decode from "${stored}"`);
    const body = stored.startsWith("!") ? stored.slice(1) : stored;
    if (!isDeepStrictEqual(words(body), words(title)))
      throw new Error(`titles: "${stored}" does not read as "${title}"`);
  };
  for (const line of plain.slice(0, -1).split("\n")) {
    if (line.startsWith("=")) {
      closeHead();
      const [code = "", title = "", employment = ""] = line.slice(1).split("\t");
      const stored = storeTitle(title, true);
      check(title, stored, true);
      head = out.length;
      kinds = "";
      out.push(`=${code}\t${stored}\t${employment}`);
    } else {
      const title = line.slice(1);
      const stored = storeTitle(title, false);
      check(title, stored, false);
      kinds += line.charAt(0);
      out.push(stored);
    }
  }
  closeHead();

  // The word table: every word the tokeniser gives the titles, and the guide names' words.
  const counts = new Map(tokens.vocab.map((w, id) => [w, df[id] as number]));
  for (const name of names) for (const w of words(name)) if (!counts.has(w)) counts.set(w, 0);
  const table = writeWordTable(counts);
  const readBack = new WordTable(table);
  for (const [w, count] of counts)
    if (readBack.count(w) !== count) throw new Error(`titles: the word table misreads "${w}"`);
  return { lines: `${out.join("\n")}\n`, words: table };
}
