import { processRow } from "../batch/process.ts";
import type { RawRow } from "../batch/rows.ts";
import type { Classifier } from "../classifier.ts";
import type { BatchRow } from "../schemas/batch.ts";
import { JobRefused, type DeadlinePool } from "./deadline-pool.ts";
import { HttpProblem } from "./problem.ts";

/** Classifies rows for one request: in this thread when the request is small, else on a worker against a deadline. */
export type RunRows = (rows: RawRow[]) => Promise<BatchRow[]>;

export interface RunPlan {
  classifier: Classifier;
  /** Off the event loop, on the pool. */
  offload: boolean;
  deadlineMs: number;
  retryAfterSeconds: number;
}

async function inThread(classifier: Classifier, rows: RawRow[]): Promise<BatchRow[]> {
  const out: BatchRow[] = [];
  for (const row of rows) out.push(await processRow(classifier, row));
  return out;
}

export function rowRunner(pool: DeadlinePool, plan: RunPlan): RunRows {
  return async (rows) => {
    if (!plan.offload) return inThread(plan.classifier, rows);
    try {
      return await pool.run(plan.classifier, rows, plan.deadlineMs);
    } catch (err) {
      if (!(err instanceof JobRefused)) throw err;
      const headers = { "Retry-After": String(plan.retryAfterSeconds) };
      if (err.reason === "deadline") throw new HttpProblem(503, "deadline-exceeded", "Deadline exceeded", `The classification did not finish within ${plan.deadlineMs} ms; try again later or send less text`, [], headers);
      throw new HttpProblem(503, "overloaded", "Overloaded", "Too many large requests are waiting for a worker; try again later", [], headers);
    }
  };
}
