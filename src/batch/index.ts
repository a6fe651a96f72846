/** Batch classification as a library: `import { classifyMany } from "valuechain/batch"`. */
export { classifyMany } from "./run.ts";
export type { BatchOptions } from "./run.ts";
export { BatchRow, RowError } from "../schemas/batch.ts";
