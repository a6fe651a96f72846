/** Exit codes of every command: 0 success, 1 failures found, 2 usage error. */
export const EXIT = { ok: 0, failures: 1, usage: 2 } as const;

/** A mistake in how a command was called; main prints it with the usage line and exits 2. */
export class UsageError extends Error {
  readonly code = "usage";
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
