import { randomBytes } from "node:crypto";
import { lstatSync, realpathSync, statSync } from "node:fs";
import { chmod, open, rename, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { IoError } from "./io-error.ts";

/** Where output goes: a file written whole or not at all, or a stream such as stdout. */
export interface Sink {
  /** Writes the bytes; false once the reader has gone away (a closed pipe), and from then on. */
  write(data: Uint8Array | string): Promise<boolean>;
  /** Puts the output in place (a file: renamed over its target). */
  finish(): Promise<void>;
  /** Leaves the target as it was (a file: its temporary file is removed). */
  abandon(): Promise<void>;
}

/**
 * True when `output` is the very file `input` is (the same path, a hard link, or a symlink to
 * it): writing it would destroy the input. False when output does not exist yet.
 */
export function isSameFile(input: string, output: string): boolean {
  try {
    const a = statSync(input);
    const b = statSync(output); // follows symlinks
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** The file a path names, through any symlinks (so writing a link writes its target); the path itself when it does not exist yet. */
function resolveTarget(path: string): { file: string; mode?: number } {
  try {
    lstatSync(path);
  } catch {
    return { file: path };
  }
  let file: string;
  try {
    file = realpathSync(path);
  } catch (err) {
    throw new IoError("write", path, err); // e.g. a dangling symlink
  }
  const stat = statSync(file);
  if (stat.isDirectory()) throw new IoError("write", path, Object.assign(new Error("is a directory"), { code: "EISDIR", errno: -21 }));
  return { file, mode: stat.mode & 0o7777 };
}

/**
 * Output to a file, written to a temporary file beside it and renamed over it at the end, so the
 * target holds either what it held before or the whole new output, never a part. I/O errors are
 * IoErrors naming the target.
 */
export async function openOutputFile(path: string): Promise<Sink> {
  const { file, mode } = resolveTarget(path);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.part`);
  let handle: FileHandle;
  try {
    handle = await open(temp, "wx", mode ?? 0o666);
  } catch (err) {
    throw new IoError("write", path, err);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(data) {
      try {
        await handle.writeFile(data); // the whole of it, at the current position
      } catch (err) {
        throw new IoError("write", path, err);
      }
      return true;
    },
    async finish() {
      try {
        await close();
        if (mode !== undefined) await chmod(temp, mode);
        await rename(temp, file);
      } catch (err) {
        await unlink(temp).catch(() => undefined);
        throw new IoError("write", path, err);
      }
    },
    async abandon() {
      await close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}

/** Output to a stream (stdout). A closed pipe (`| head`) is not an error: write answers false, and the run stops quietly. */
export function streamSink(out: Writable): Sink {
  let broken = false;
  out.on("error", () => (broken = true)); // EPIPE and the like: the reader has gone
  return {
    async write(data) {
      if (broken) return false;
      if (data.length > 0 && !out.write(data)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            out.off("drain", done).off("error", done).off("close", done);
            resolve();
          };
          out.on("drain", done).on("error", done).on("close", done);
        });
      }
      return !broken;
    },
    finish: async () => undefined,
    abandon: async () => undefined,
  };
}
