/**
 * Batch classification as a library: `import { classifyMany } from "valuechain/batch"`. The rest of
 * src/batch/ belongs to the batch command: its reading and writing flags (options.ts) and its
 * end-of-run summary (summary.ts). Reading, writing and classifying rows is src/rows/'s job.
 */
export { classifyMany } from "./run.ts";
export type { BatchOptions } from "./run.ts";
export { BatchRow, RowError } from "../schemas/batch.ts";
