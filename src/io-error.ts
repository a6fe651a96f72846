import { getSystemErrorMap } from "node:util";

/** Why a file operation failed, in words: `no space left on device (ENOSPC)`. */
export function ioCause(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known = typeof e.errno === "number" ? getSystemErrorMap().get(e.errno) : undefined;
  if (known) return `${known[1]} (${known[0]})`;
  return e.code ? `${e.message.replace(/^\w+: /, "").replace(/, \w+ '.*'$/, "")} (${e.code})` : String(e.message ?? err);
}

/**
 * A file that could not be read or written: one line naming the file and the cause, as the CLI
 * prints it (`Cannot write out.csv: no space left on device (ENOSPC)`), never a stack.
 */
export class IoError extends Error {
  readonly code = "io";
  constructor(readonly verb: "read" | "write", readonly path: string, readonly cause: unknown) {
    super(`Cannot ${verb} ${path}: ${ioCause(cause)}`);
    this.name = "IoError";
  }
}
