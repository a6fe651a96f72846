/**
 * Company rows in, classified rows out: what the batch command, `classifyMany` (src/batch/) and the
 * HTTP service's batch and stream endpoints (src/http/) share. Rows are read from CSV, JSON Lines or
 * .xlsx bytes (source.ts), grouped into chunks, and each chunk is classified into JSON Lines, CSV or
 * rows with its counts (process.ts), in the calling thread or on worker threads (pool.ts, worker.ts).
 * Everything outside src/rows/ imports it from here, except the browser's batch page, which takes the
 * CSV writer alone (csv-output.ts) so that no Node module reaches its bundle.
 */
export { ColumnError, parseColumnsOption } from "./columns.ts";
export { csvOutputHeader } from "./csv-output.ts";
export { ENCODINGS, encodingNamed, type Encoding } from "./decode.ts";
export { formatOfExtension, INPUT_FORMATS } from "./input.ts";
export type { InputFormat } from "./input.ts";
export { WorkerPool, workerUrl } from "./pool.ts";
export { processChunk } from "./process.ts";
export type { Chunk, ChunkOutput, OutputMode } from "./process.ts";
export { chunked, DEFAULT_CHUNK_SIZE } from "./raw-row.ts";
export type { RawRow } from "./raw-row.ts";
export { openSource } from "./source.ts";
export type { Source, SourceOptions } from "./source.ts";
export { emptyStats, mergeStats } from "./stats.ts";
export type { BatchStats } from "./stats.ts";
export type { WorkerData, WorkerMessage } from "./worker.ts";
