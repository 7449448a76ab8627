// Output: serialise the documents and swap them into place atomically.
import * as fs from "node:fs";
import { basename, dirname, join } from "node:path";

/** Output file name → file content. */
export type OutputFiles = Readonly<Record<string, string>>;

/** Stable JSON: two-space indent, final newline; key order is the order records are built in. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The file operations the writer uses, so a test can make one of them fail. */
export interface WriteFs {
  existsSync(path: string): boolean;
  mkdirSync(path: string, options: { recursive: true }): unknown;
  readdirSync(path: string): string[];
  writeFileSync(path: string, data: string): void;
  copyFileSync(from: string, to: string): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { recursive: true; force: true }): void;
}

export const nodeFs: WriteFs = fs;

/**
 * Writes `files` into `outDir` so that a failure at any point leaves the old folder as it was:
 * everything goes into a temporary folder next to it first, then the folders are swapped by
 * renames. Other files already in `outDir` are carried over.
 */
export function writeAtomically(outDir: string, files: OutputFiles, io: WriteFs = nodeFs): void {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  io.mkdirSync(parent, { recursive: true });
  io.rmSync(tmp, { recursive: true, force: true });
  try {
    io.mkdirSync(tmp, { recursive: true });
    if (io.existsSync(outDir)) {
      for (const entry of io.readdirSync(outDir)) {
        if (!(entry in files)) io.copyFileSync(join(outDir, entry), join(tmp, entry));
      }
    }
    for (const [file, content] of Object.entries(files)) io.writeFileSync(join(tmp, file), content);
  } catch (error) {
    io.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (!io.existsSync(outDir)) {
    io.renameSync(tmp, outDir);
    return;
  }
  io.rmSync(old, { recursive: true, force: true });
  io.renameSync(outDir, old);
  try {
    io.renameSync(tmp, outDir);
  } catch (error) {
    io.renameSync(old, outDir);
    io.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  io.rmSync(old, { recursive: true, force: true });
}

/** The output files whose committed copy in `outDir` is missing or differs. */
export function differingFiles(outDir: string, files: OutputFiles): string[] {
  return Object.entries(files)
    .filter(([file, content]) => {
      const path = join(outDir, file);
      return !fs.existsSync(path) || fs.readFileSync(path, "utf8") !== content;
    })
    .map(([file]) => file);
}
