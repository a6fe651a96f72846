import { UsageError } from "./errors.ts";

/** `--concurrency N`: a whole number from 0 to 64 (undefined when not given). */
export function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--concurrency takes a whole number from 0 to 64 (got "${value}")`);
  return n;
}
