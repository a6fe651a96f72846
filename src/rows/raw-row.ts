import type { RowInput } from "../core/row.ts";
import type { RowError } from "../schemas/batch.ts";

/** One input row as read, before validation: its input, or the error that kept it from being read. */
export interface RawRow extends RowInput {
  /** A JSONL line not parsed yet: parsing happens in the worker, off the reading thread. */
  json?: string;
  error?: RowError;
  /** The input's own cells, carried to CSV output beside the results (a table read with keep). */
  cells?: string[];
}

/** Rows per chunk: per task sent to a worker. */
export const DEFAULT_CHUNK_SIZE = 250;

/** Groups rows into chunks, so workers get enough work per message to be worth the hand-off. */
export async function* chunked<T>(rows: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let chunk: T[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
