import { availableParallelism } from "node:os";
import { createClassifier, type EngineKind } from "../core/index.ts";
import { loadRuleSet, type RuleSet } from "../rules/load.ts";
import type { BatchRow } from "../schemas/batch.ts";
import { rowId } from "../core/row.ts";
import { chunked, DEFAULT_CHUNK_SIZE, processChunk, WorkerPool, type Chunk, type ChunkOutput, type OutputMode, type RawRow } from "../rows/index.ts";

/** Which rules `classifyMany` uses and how it spreads the work over worker threads. */
export interface BatchOptions {
  rulesDir?: string;
  /** An already loaded rule set (wins over rulesDir). */
  ruleSet?: RuleSet;
  engine?: EngineKind;
  /** The language (ISO 639-1) of every row that does not state its own; detected when absent. */
  language?: string;
  /** Worker threads; 0 classifies in the calling thread. Default: the number of cores. */
  concurrency?: number;
  /** Rows per task sent to a worker. */
  chunkSize?: number;
  /**
   * Workers already booting (new WorkerPool(n)), started before the rule set was loaded so that
   * both happen at once. runBatch (runChunks) gives them the rule set and closes them when done; `concurrency`
   * is then their number.
   */
  workers?: WorkerPool;
}

/**
 * Classifies a stream of rows on worker threads and yields each chunk's output in input order.
 * At most two chunks per worker are in flight, so memory stays flat however long the input is.
 */
export function runBatch(rows: AsyncIterable<RawRow>, mode: OutputMode, options: BatchOptions = {}): AsyncIterable<ChunkOutput> {
  return runChunks(chunked(rows, options.chunkSize ?? DEFAULT_CHUNK_SIZE), mode, options);
}

/** The same over chunks already made: rows grouped by the caller, or blocks of JSON Lines (readJsonlBlocks). */
export async function* runChunks(chunks: AsyncIterable<Chunk>, mode: OutputMode, options: BatchOptions = {}): AsyncIterable<ChunkOutput> {
  const concurrency = options.workers?.size ?? options.concurrency ?? availableParallelism();
  const engine = options.engine ?? "compiled";
  if (concurrency === 0) {
    const classifier = createClassifier({ ruleSet: options.ruleSet, rulesDir: options.rulesDir, engine, language: options.language });
    for await (const chunk of chunks) yield await processChunk(classifier, chunk, mode);
    return;
  }
  const pool = options.workers ?? new WorkerPool(concurrency);
  const inFlight: Promise<ChunkOutput>[] = [];
  try {
    pool.load({ ruleSet: options.ruleSet ?? loadRuleSet(options.rulesDir), engine, language: options.language });
    for await (const chunk of chunks) {
      const task = pool.run(chunk, mode);
      task.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
      inFlight.push(task);
      if (inFlight.length >= concurrency * 2) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await pool.close();
  }
}

async function* asRows(source: AsyncIterable<unknown> | Iterable<unknown>): AsyncIterable<RawRow> {
  let index = 0;
  for await (const input of source) {
    index++;
    yield { line: index, id: rowId(input, index), input };
  }
}

/**
 * Classifies many companies and yields one row per input, in input order:
 * `{ id, result }`, or `{ id, line, error }` for an input that is not a valid CompanyInput.
 * The id is the input's `id`, else its 1-based position.
 * @example
 * for await (const row of classifyMany(companies, { concurrency: 2 })) console.log(row.id, "result" in row);
 */
export async function* classifyMany(source: AsyncIterable<unknown> | Iterable<unknown>, options: BatchOptions = {}): AsyncIterable<BatchRow> {
  for await (const chunk of runBatch(asRows(source), "rows", options)) yield* chunk.rows!;
}
