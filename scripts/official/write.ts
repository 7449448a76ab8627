// Output: serialise the documents and swap them into place, so that an import that fails, is
// killed or races another one never leaves the output folder broken, missing or mixed.
//
// One import at a time per output folder: `.<out>.lock` (created exclusively, holding the pid)
// guards the folder. The new files go into `.<out>.tmp-<pid>-<random>` (created exclusively).
// The swap is two renames (out → `.<out>.old-…`, tmp → out) recorded first in `.<out>.swap`,
// so a run killed between them is finished by the next run: it moves the complete new folder
// into place. Temporary folders and locks left by processes that are gone are removed.

import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** Output file name → file content. */
export type OutputFiles = Readonly<Record<string, string>>;

/** Stable JSON: two-space indent, final newline; key order is the order records are built in. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The file operations the writer uses, so a test can make one of them fail. */
export interface WriteFs {
  existsSync(path: string): boolean;
  mkdirSync(path: string, options?: { recursive: true }): unknown;
  readdirSync(path: string): string[];
  writeFileSync(path: string, data: string, options?: { flag: "wx" }): void;
  readFileSync(path: string, encoding: "utf8"): string;
  copyFileSync(from: string, to: string): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { recursive: true; force: true }): void;
  lstatSync(path: string, options: { throwIfNoEntry: false }): fs.Stats | undefined;
  realpathSync(path: string): string;
  statfsSync(path: string): { type: number | bigint };
}

export const nodeFs: WriteFs = fs as unknown as WriteFs;

/** The stages of a write, named for tests that stop a run at each one. */
export type WriteStage =
  | "locked"
  | "temp-written"
  | "swap-recorded"
  | "old-moved-aside"
  | "new-in-place"
  | "done";

/** Why the output folder cannot be written; the message says what to do. */
export class UnsafeOutputError extends Error {
  override readonly name = "UnsafeOutputError" as const;
  /** `unsafe`: a bad `--out` (exit 2); `busy`: another import holds it (exit 1). */
  readonly reason: "unsafe" | "busy";

  constructor(message: string, reason: "unsafe" | "busy" = "unsafe") {
    super(message);
    this.reason = reason;
  }
}

/**
 * File systems that are not storage (Linux `statfs` magic numbers): procfs, sysfs, debugfs,
 * tracefs, securityfs, cgroup v1/v2, pstore, bpf, configfs, devpts, fusectl.
 */
const SPECIAL_FILESYSTEMS = new Set([
  0x9fa0, 0x62656572, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0x6165676c,
  0xcafe4a11, 0x62656570, 0x1cd1, 0x65735546,
]);

/** The nearest folder of `path` that exists (the path itself, or one of its parents). */
function existingAncestor(path: string, io: WriteFs): string {
  let dir = path;
  while (!io.existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Refuses an output folder that is a symbolic link, is not a folder, or sits on a special file
 * system (`/proc`, `/sys`, `/dev`): writing there would replace the link, fail or hang.
 */
export function checkOutputFolder(outDir: string, io: WriteFs = nodeFs): void {
  const out = resolve(outDir);
  const stat = io.lstatSync(out, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    throw new UnsafeOutputError(
      `--out ${out} is a symbolic link; give the folder it points to (${safeRealpath(out, io)}) so that the link is not replaced by a folder`,
    );
  }
  if (stat && !stat.isDirectory()) {
    throw new UnsafeOutputError(`--out ${out} exists and is not a folder`);
  }
  const ancestor = existingAncestor(out, io);
  const real = safeRealpath(ancestor, io);
  const type = Number(io.statfsSync(ancestor).type);
  if (SPECIAL_FILESYSTEMS.has(type) || /^\/(proc|sys|dev)(\/|$)/.test(real)) {
    throw new UnsafeOutputError(
      `--out ${out} is on a special file system (${real}), not storage; give a folder on disk`,
    );
  }
}

function safeRealpath(path: string, io: WriteFs): string {
  try {
    return io.realpathSync(path);
  } catch {
    return path;
  }
}

/** True while a process with this pid runs (a pid we may not signal still runs). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** The names of the writer's own files next to `out`. */
function names(outDir: string) {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return {
    parent,
    lock: join(parent, `.${name}.lock`),
    journal: join(parent, `.${name}.swap`),
    /** `.<name>.tmp-<pid>-…` and `.<name>.old-<pid>-…`, with the pid that made them. */
    leftover: new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(\\d+)`),
    fresh: (kind: "tmp" | "old") =>
      join(parent, `.${name}.${kind}-${process.pid}-${randomBytes(4).toString("hex")}`),
  };
}

/**
 * Takes the lock for `outDir`, or throws naming the import that holds it. A lock whose process
 * is gone is taken over, and `taken` says so.
 */
function lock(outDir: string, io: WriteFs): { unlock: () => void; taken: string[] } {
  const { lock: path } = names(outDir);
  const taken: string[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      io.writeFileSync(path, `${process.pid}\n`, { flag: "wx" });
      return { unlock: () => io.rmSync(path, { recursive: true, force: true }), taken };
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      let holder = Number.NaN;
      try {
        holder = Number.parseInt(io.readFileSync(path, "utf8"), 10);
      } catch {
        // Removed in the meantime: try again.
      }
      if (alive(holder)) {
        throw new UnsafeOutputError(
          `another import (pid ${holder}) is writing ${outDir}; wait for it to finish, then run again`,
          "busy",
        );
      }
      io.rmSync(path, { recursive: true, force: true });
      taken.push(`took over the lock of pid ${Number.isNaN(holder) ? "?" : holder}, which is gone`);
    }
  }
  throw new UnsafeOutputError(
    `could not lock ${outDir}: another import keeps taking the lock`,
    "busy",
  );
}

/**
 * Repairs what an interrupted run left (call with the lock held): finishes a recorded swap
 * whose process died (the new folder moves into place if `out` is missing), then removes
 * temporary and old folders of processes that are gone. Returns what it did, for the log.
 */
export function recover(outDir: string, io: WriteFs = nodeFs): string[] {
  const { parent, journal, leftover } = names(outDir);
  const done: string[] = [];
  if (io.existsSync(journal)) {
    let swap: { pid?: number; tmp?: string; old?: string } = {};
    try {
      swap = JSON.parse(io.readFileSync(journal, "utf8")) as typeof swap;
    } catch {
      // A journal cut short was written before any rename, so `out` is intact.
    }
    if (!alive(swap.pid ?? 0)) {
      if (!io.existsSync(outDir) && swap.tmp && io.existsSync(swap.tmp)) {
        io.renameSync(swap.tmp, outDir);
        done.push(`finished an interrupted swap: moved ${basename(swap.tmp)} into place`);
      } else if (!io.existsSync(outDir) && swap.old && io.existsSync(swap.old)) {
        io.renameSync(swap.old, outDir);
        done.push(`put back ${basename(swap.old)} after an interrupted swap`);
      }
      io.rmSync(journal, { recursive: true, force: true });
    }
  }
  if (!io.existsSync(parent)) return done;
  for (const entry of io.readdirSync(parent)) {
    const match = leftover.exec(entry);
    if (!match || alive(Number(match[2]))) continue;
    if (!io.existsSync(outDir) && match[1] === "old") {
      // No swap was recorded, yet the only copy is aside: put it back rather than delete it.
      io.renameSync(join(parent, entry), outDir);
      done.push(`put back ${entry}`);
      continue;
    }
    io.rmSync(join(parent, entry), { recursive: true, force: true });
    done.push(`removed ${entry}, left by a process that is gone`);
  }
  return done;
}

/**
 * Writes `files` into `outDir` so that a failure, a kill or a concurrent run at any point leaves
 * either the old folder or the new one in place, never a mix and (after the next run's
 * recovery) never none. Other files already in `outDir` are carried over. `onStage` is called
 * after each stage (tests stop the process there).
 */
export function writeAtomically(
  outDir: string,
  files: OutputFiles,
  io: WriteFs = nodeFs,
  onStage: (stage: WriteStage) => void = () => undefined,
): string[] {
  const out = resolve(outDir);
  checkOutputFolder(out, io);
  const { parent, journal, fresh } = names(out);
  io.mkdirSync(parent, { recursive: true });
  const { unlock, taken } = lock(out, io);
  try {
    const recovered = [...taken, ...recover(out, io)];
    onStage("locked");
    const tmp = fresh("tmp");
    io.mkdirSync(tmp);
    try {
      if (io.existsSync(out)) {
        for (const entry of io.readdirSync(out)) {
          if (!Object.hasOwn(files, entry)) io.copyFileSync(join(out, entry), join(tmp, entry));
        }
      }
      for (const [file, content] of Object.entries(files))
        io.writeFileSync(join(tmp, file), content);
    } catch (error) {
      io.rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
    onStage("temp-written");
    if (!io.existsSync(out)) {
      io.renameSync(tmp, out);
      onStage("done");
      return recovered;
    }
    const old = fresh("old");
    io.writeFileSync(journal, JSON.stringify({ pid: process.pid, tmp, old }));
    onStage("swap-recorded");
    try {
      io.renameSync(out, old);
    } catch (error) {
      io.rmSync(tmp, { recursive: true, force: true });
      io.rmSync(journal, { recursive: true, force: true });
      throw error;
    }
    onStage("old-moved-aside");
    try {
      io.renameSync(tmp, out);
    } catch (error) {
      io.renameSync(old, out);
      io.rmSync(tmp, { recursive: true, force: true });
      io.rmSync(journal, { recursive: true, force: true });
      throw error;
    }
    onStage("new-in-place");
    io.rmSync(journal, { recursive: true, force: true });
    io.rmSync(old, { recursive: true, force: true });
    onStage("done");
    return recovered;
  } finally {
    unlock();
  }
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
