// Reads one official file into rows, exactly as published: strict UTF-8, optional BOM,
// exact header, the same number of cells on every row, Excel text formulas where a file
// uses them, and a final line ending (a file that stops mid-line was cut off).
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { printableJson } from "../../src/internal/printable.js";
import type { FileSpec } from "./files.js";
import type { Problems } from "./problems.js";

/** A header name for a message: quoted, with invisible characters such as U+FEFF shown escaped. */
const name = (text: string | undefined) => printableJson(JSON.stringify(text ?? ""));

/** One data row: its 1-based line in the file and its cells by column name. */
export interface Row {
  line: number;
  cells: Readonly<Record<string, string>>;
}

/** The rows of one file, with the file's path (relative to the input folder) for messages. */
export interface Table {
  file: string;
  rows: Row[];
}

/** Decodes bytes as strict UTF-8; on a bad byte, names the line it sits on. */
export function decodeUtf8(
  file: string,
  bytes: Uint8Array,
  problems: Problems,
): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Find the first line that does not decode, so the message can point at it.
    const strict = new TextDecoder("utf-8", { fatal: true });
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          strict.decode(bytes.subarray(start, i));
        } catch {
          problems.add({ file, row: line }, "is not valid UTF-8 (Latin-1 or Windows-1252 bytes?)");
          return undefined;
        }
        start = i + 1;
        line++;
      }
    }
    problems.add({ file }, "is not valid UTF-8");
    return undefined;
  }
}

/** Compares a header row with the expected one and reports each difference. */
export function checkHeader(
  file: string,
  actual: readonly string[],
  expected: readonly string[],
  problems: Problems,
): boolean {
  if (actual.length === expected.length && actual.every((name, i) => name === expected[i])) {
    return true;
  }
  const reported = problems.list.length;
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    const got = actual[i];
    const want = expected[i];
    if (got === want) continue;
    const place = { file, row: 1, column: `${i + 1}` };
    if (want === undefined) {
      problems.add(
        place,
        `unexpected extra column ${name(got)} (expected ${expected.length} columns)`,
      );
    } else if (got === undefined) {
      problems.add(
        place,
        `missing column: expected ${name(want)} (expected ${expected.length} columns)`,
      );
    } else if (!expected.includes(got) && !actual.includes(want)) {
      problems.add(place, `header ${name(got)} differs from the expected ${name(want)}`);
    } else if (!actual.includes(want)) {
      problems.add(place, `missing column: expected ${name(want)}, got ${name(got)}`);
    } else if (!expected.includes(got)) {
      problems.add(place, `unexpected extra column ${name(got)} where ${name(want)} was expected`);
    } else {
      problems.add(place, `columns are out of order: expected ${name(want)}, got ${name(got)}`);
    }
  }
  if (problems.list.length === reported) problems.add({ file, row: 1 }, "header differs");
  return false;
}

/** Splits decoded text into raw records with their line numbers, as CSV or TSV. */
function records(
  spec: FileSpec,
  text: string,
  problems: Problems,
): { cells: string[]; line: number }[] | undefined {
  if (spec.format === "tsv") {
    // The O*NET tab-separated files have no quoting: one record per line.
    const lines = text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    const out: { cells: string[]; line: number }[] = [];
    lines.forEach((raw, i) => {
      const clean = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (clean !== "") out.push({ cells: clean.split("\t"), line: i + 1 });
    });
    return out;
  }
  try {
    const parsed = parse(text, {
      info: true,
      relax_column_count: true,
      // `="01.0101"` has quotes inside an unquoted field; allow them only where a file uses them.
      relax_quotes: spec.excelText !== undefined,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch (error) {
    const e = error as {
      code?: string;
      lines?: number;
      bytes?: number;
      column?: number;
      message?: string;
    };
    // The parser reports where it gave up, which for a stray quote is rows later (at the
    // quote that closed it, or at the end of the file). `bytes` is where the record holding the
    // opening quote starts: name that record's line, and the column, when known.
    const row =
      typeof e.bytes === "number"
        ? Buffer.from(text, "utf8").subarray(0, e.bytes).toString("utf8").split("\n").length
        : e.lines;
    const column = typeof e.column === "number" ? spec.header[e.column] : undefined;
    const place = { file: spec.path, row, ...(column ? { column } : {}) };
    if (e.code === "CSV_QUOTE_NOT_CLOSED" || e.code === "CSV_INVALID_CLOSING_QUOTE") {
      problems.add(
        place,
        e.code === "CSV_QUOTE_NOT_CLOSED"
          ? "a quoted field that starts here is never closed (a stray quote, or is the file truncated?)"
          : "a quoted field that starts here is never closed where the field ends (a stray quote?)",
      );
      return undefined;
    }
    problems.add(place, `is not valid CSV (${e.code ?? e.message})`);
    return undefined;
  }
}

/**
 * Reads and checks one official file. Problems go to `problems`; the result is undefined
 * when the file cannot be used at all.
 */
export function readTable(dir: string, spec: FileSpec, problems: Problems): Table | undefined {
  const file = spec.path;
  const bytes = readRegularFile(dir, file, problems);
  if (bytes === undefined) return undefined;
  const text = decodeUtf8(file, bytes, problems);
  if (text === undefined) return undefined;
  if (text.trim() === "") {
    problems.add({ file, row: 1 }, `file is empty: expected the header "${spec.header[0]}", …`);
    return undefined;
  }
  const raw = records(spec, text, problems);
  if (raw === undefined) return undefined;
  const [head, ...body] = raw;
  if (head === undefined || !checkHeader(file, head.cells, spec.header, problems)) return undefined;
  let ok = true;
  const rows: Row[] = [];
  for (const { cells, line } of body) {
    if (cells.length !== spec.header.length) {
      ok = false;
      const missing = spec.header[cells.length];
      problems.add(
        { file, row: line, column: missing ?? `${cells.length}` },
        cells.length < spec.header.length
          ? `row has ${cells.length} cells, expected ${spec.header.length} (is the file truncated?)`
          : `row has ${cells.length} cells, expected ${spec.header.length}`,
      );
      continue;
    }
    const named = Object.fromEntries(spec.header.map((name, i) => [name, cells[i] ?? ""]));
    let wrapped = true;
    for (const column of spec.excelText ?? []) {
      const value = unwrapExcelText(named[column] ?? "");
      if (value === undefined) {
        wrapped = false;
        problems.add(
          { file, row: line, column },
          `expected an Excel text formula such as ="01.0101", got "${named[column]}"`,
        );
      } else {
        named[column] = value;
      }
    }
    if (!wrapped) {
      ok = false;
      continue;
    }
    rows.push({ line, cells: named });
  }
  if (!text.endsWith("\n")) {
    ok = false;
    const lastLine = raw.at(-1)?.line;
    problems.add(
      { file, row: lastLine },
      "the last line has no line ending: the file looks truncated",
    );
  }
  return ok ? { file, rows } : undefined;
}

/** What a file that is not a regular file is, for the message. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/**
 * The bytes of one input file, or undefined (with a problem naming the file) when it is missing
 * or is not a regular file. The file is opened without blocking and checked before it is read,
 * so a FIFO cannot hang the import and a folder gives a message rather than EISDIR.
 */
export function readRegularFile(dir: string, file: string, problems: Problems): Buffer | undefined {
  const full = join(dir, file);
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      problems.add({ file }, `file is missing (looked in ${dir})`);
    } else {
      problems.add({ file }, `cannot be opened (${code ?? (error as Error).message})`);
    }
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      problems.add({ file }, `is ${kindOf(stat)}, not a regular file: give the file itself`);
      return undefined;
    }
    return readFileSync(fd);
  } catch (error) {
    problems.add(
      { file },
      `cannot be read (${(error as { code?: string }).code ?? (error as Error).message})`,
    );
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The text inside an Excel text formula (`="01.0101"` → `01.0101`), or undefined if not one. */
export function unwrapExcelText(cell: string): string | undefined {
  const match = /^="([^"]*)"$/.exec(cell);
  return match ? match[1] : undefined;
}

/** The text of a cell; columns come from the checked header, so it is always present. */
export function cell(row: Row, column: string): string {
  return row.cells[column] ?? "";
}

const plainNumber = /^-?\d+(?:\.\d+)?$/;
const groupedNumber = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The most significant digits a published figure may have: a double holds 15 exactly. */
const MAX_DIGITS = 15;

/** True when the text is written like a number (plain or with thousands separators). */
export function looksNumeric(text: string): boolean {
  const t = text.trim();
  return plainNumber.test(t) || groupedNumber.test(t);
}

/**
 * Parses a published number, allowing thousands separators ("1,007.2"); undefined if not one,
 * or if it has more than 15 significant digits (it would not survive as a double).
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!looksNumeric(t)) return undefined;
  const plain = t.replaceAll(",", "");
  if (
    plain
      .replace(/^-/, "")
      .replace(".", "")
      .replace(/^0+(?=\d)/, "").length > MAX_DIGITS
  )
    return undefined;
  return Number(plain);
}
