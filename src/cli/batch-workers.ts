// Kept apart from batch.ts, and light (no zod, no rules code): main.ts imports it for every command.
import { availableParallelism } from "node:os";
import { WorkerPool } from "../batch/pool.ts";
import { UsageError } from "./errors.ts";

/** `--concurrency N`: a whole number from 0 to 64 (undefined when not given). */
export function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--concurrency takes a whole number from 0 to 64 (got "${value}")`);
  return n;
}

let prestarted: WorkerPool | undefined;

/**
 * Starts batch's worker threads before the batch command's own modules load (~60 ms), so they boot
 * meanwhile; the command takes them with takePrestartedWorkers. None for --concurrency 0 or a bad
 * value (the command reports it). Returns what closes them if the command never took them.
 */
export function prestartWorkers(concurrencyOption: string | undefined): (() => Promise<void>) | undefined {
  let concurrency: number | undefined;
  try {
    concurrency = parseConcurrency(concurrencyOption);
  } catch {
    return undefined;
  }
  if (concurrency === 0) return undefined;
  prestarted = new WorkerPool(concurrency ?? availableParallelism());
  return async () => {
    const untaken = prestarted;
    prestarted = undefined;
    await untaken?.close();
  };
}

/** The workers prestartWorkers started, if there are `size` of them (the caller now closes them); else undefined. */
export function takePrestartedWorkers(size: number): WorkerPool | undefined {
  const pool = prestarted;
  if (pool === undefined || pool.size !== size) return undefined;
  prestarted = undefined;
  return pool;
}
