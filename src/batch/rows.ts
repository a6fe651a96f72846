import type { RowError, RowId } from "../schemas/batch.ts";

/** One input row as read, before validation: its input, or the error that kept it from being read. */
export interface RawRow {
  /** 1-based line where the row starts. */
  line: number;
  id: RowId;
  input?: unknown;
  /** A JSONL line not parsed yet: parsing happens in the worker, off the reading thread. */
  json?: string;
  error?: RowError;
  /** The input's own cells, carried to CSV output beside the results (a table read with keep). */
  cells?: string[];
}

/** The row's own id when it has a usable one, else the fallback (its line number). */
export function rowId(value: unknown, fallback: number): RowId {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const id = (value as { id?: unknown }).id;
    if (typeof id === "string" && id !== "") return id;
    if (typeof id === "number" && Number.isFinite(id)) return String(id);
  }
  return fallback;
}

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
