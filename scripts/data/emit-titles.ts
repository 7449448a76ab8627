// The stored form of the search title lines (src/generated/titles.ts), from the plain line
// format that src/search/title-scan.ts reads:
//   =<code> TAB <official title> TAB <employment>   then d<title>, a<title>, r<title> lines
// becomes
//   =<code> TAB <stored title> TAB <employment> TAB <direct lines> TAB <reported lines>
//   <stored title>                                   one line per title, fields in that order
// with each title in the lower-case form of src/search/title-text.ts, plus a word table: the
// lines where words first appear and each word's document frequency, so that search can work
// out the weights and norms of the titles a query finds without tokenising the others. Every
// title is checked here: its stored form decodes to it and gives the same words.
import { isDeepStrictEqual } from "node:util";
import { stem, words } from "../../src/search/normalize.js";
import { readTitle, storeTitle, writeNumbers } from "../../src/search/title-text.js";
import { scanTitles, Tokens } from "../../src/search/title-scan.js";

/** The stored title lines and their word table. */
export interface StoredTitles {
  readonly lines: string;
  readonly words: string;
}

/** The runs of ASCII letters and digits of `text`, lower-cased and stemmed, in order. */
function runWords(text: string): string[] {
  return (text.match(/[A-Za-z0-9]+/g) ?? []).map((r) => stem(r.toLowerCase()));
}

/**
 * Stores plain title lines (see the file comment) in the shipped form.
 *
 * @param plain - The plain title lines, each ending in a newline.
 * @returns The stored lines and word table.
 */
export function storeTitleLines(plain: string): StoredTitles {
  const tokens = new Tokens();
  scanTitles(plain, tokens);
  const df = new Array<number>(tokens.vocab.length).fill(0);
  for (let k = 0; k < tokens.count; k++) {
    const id = tokens.ids[k] as number;
    df[id] = (df[id] as number) + 1;
  }

  const out: string[] = [];
  /** Stored line → the text its words are read from. */
  const read: string[] = [];
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
      read.push(stored.startsWith("!") ? stored.slice(1) : stored);
    } else {
      const title = line.slice(1);
      const stored = storeTitle(title, false);
      check(title, stored, false);
      kinds += line.charAt(0);
      out.push(stored);
      read.push(stored.startsWith("!") ? stored.slice(1) : stored);
    }
  }
  closeHead();

  // The word table, checked against the ids the whole-index tokeniser gives.
  const seen = new Set<string>();
  const firstLines: number[] = [];
  const order: string[] = [];
  let last = 0;
  read.forEach((text, line) => {
    let first = false;
    for (const w of runWords(text)) {
      if (seen.has(w)) continue;
      seen.add(w);
      order.push(w);
      first = true;
    }
    if (first) {
      firstLines.push(line - last);
      last = line;
    }
  });
  if (!isDeepStrictEqual(order, tokens.vocab.slice(0, order.length)))
    throw new Error("titles: run words and the tokeniser's ids disagree");
  return {
    lines: `${out.join("\n")}\n`,
    words: `${writeNumbers(firstLines)}\n${writeNumbers(df.slice(0, order.length))}`,
  };
}
