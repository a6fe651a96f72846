import { classifyRow, classifyRowSync, type Classifier } from "../core/index.ts";
import { processChunk, type Chunk, type ChunkOutput, type RawRow } from "../rows/index.ts";
import type { BatchRow } from "../schemas/batch.ts";
import { JobRefused, type DeadlinePool } from "./deadline-pool.ts";
import type { InPlaceQueue } from "./in-place.ts";
import { HttpProblem, requireRules } from "./problem.ts";

/**
 * Classifies one request's rows: in this thread when the request is small (in the in-place queue's
 * turns), else on a worker; either way against the request's deadline. `jsonl` gives the rows as JSON Lines, serialised where they were classified,
 * so a large answer never costs the event loop a JSON.stringify.
 */
export interface RowRunner {
  rows(rows: RawRow[]): Promise<BatchRow[]>;
  jsonl(rows: RawRow[]): Promise<Uint8Array>;
  /** One chunk of a stream (rows read from CSV, or a block of JSON Lines): its JSON Lines and counts. */
  chunk(chunk: Chunk): Promise<ChunkOutput>;
  /** How many chunks can be classified at once: the workers when offloaded, else one. */
  parallel: number;
}

export interface RunPlan {
  /** The request's classifier; undefined while no rule set is loaded (then running rows is a 503). */
  classifier: Classifier | undefined;
  /** Off the event loop, on the pool. */
  offload: boolean;
  deadlineMs: number;
  retryAfterSeconds: number;
}

const decoder = new TextDecoder();

export function rowRunner(pool: DeadlinePool, inPlace: InPlaceQueue, plan: RunPlan): RowRunner {
  const refusedAsProblem = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } catch (err) {
      if (!(err instanceof JobRefused)) throw err;
      const headers = { "Retry-After": String(plan.retryAfterSeconds) };
      if (err.reason === "deadline") throw new HttpProblem(503, "deadline-exceeded", "Deadline exceeded", `The classification did not finish within ${plan.deadlineMs} ms; try again later or send less text`, [], headers);
      throw new HttpProblem(503, "overloaded", "Overloaded", "Too many large requests are waiting for a worker; try again later", [], headers);
    }
  };
  const offloaded = (chunk: Chunk) => refusedAsProblem(pool.run(requireRules(plan.classifier), chunk, plan.deadlineMs));
  const here = <T>(work: () => T | Promise<T>) => refusedAsProblem(inPlace.run(work, plan.deadlineMs));
  const chunk = (c: Chunk) => {
    if (plan.offload) return offloaded(c);
    const classifier = requireRules(plan.classifier);
    return here(() => processChunk(classifier, c, "jsonl"));
  };
  return {
    async rows(rows) {
      if (plan.offload) return decoder.decode((await offloaded(rows)).bytes).split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as BatchRow);
      const classifier = requireRules(plan.classifier);
      const row = (r: RawRow): BatchRow | undefined => (r.error ? { id: r.id, line: r.line, error: r.error } : undefined);
      // The compiled engine classifies synchronously: the whole request within its turn.
      if (classifier.engine === "compiled") return here(() => rows.map((r) => row(r) ?? classifyRowSync(classifier, r)));
      return here(async () => {
        const out: BatchRow[] = [];
        for (const r of rows) out.push(row(r) ?? (await classifyRow(classifier, r)));
        return out;
      });
    },
    async jsonl(rows) {
      return (await chunk(rows)).bytes;
    },
    chunk,
    parallel: plan.offload ? pool.size : 1,
  };
}
