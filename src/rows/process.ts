import type { Classifier } from "../core/bind.ts";
import { classifyRow, classifyRowSync, rowHead } from "../core/row.ts";
import type { BatchRow } from "../schemas/batch.ts";
import { ByteWriter } from "./bytes.ts";
import { csvOutputRecord } from "./csv-output.ts";
import { JsonRowWriter } from "./json-row.ts";
import { blockRows, parseJsonRow, type LineBlock } from "./jsonl.ts";
import type { RawRow } from "./raw-row.ts";
import { emptyStats, type BatchStats } from "./stats.ts";

/**
 * `jsonl` and `csv` return ready-to-write text; `rows` returns the rows themselves (for classifyMany).
 */
export type OutputMode = "jsonl" | "csv" | "rows";

export interface ChunkOutput {
  /** Ready-to-write output (UTF-8), empty in `rows` mode. Bytes, so a worker can transfer it without a copy. */
  bytes: Uint8Array;
  rows?: BatchRow[];
  stats: BatchStats;
}

/** One per thread: its caches of repeated JSON last the whole batch. */
const jsonRows = new JsonRowWriter();

/** What one task classifies: rows already read (CSV, a program's values), or a block of JSON Lines. */
export type Chunk = RawRow[] | LineBlock;

/**
 * Classifies a chunk's rows in order. `ready` (a worker's lazy parser) gives a promise to await
 * before a row the classifier cannot take yet.
 */
export async function processChunk(classifier: Classifier, chunk: Chunk, mode: OutputMode, ready?: (input: unknown) => Promise<void> | undefined): Promise<ChunkOutput> {
  const rows = Array.isArray(chunk) ? chunk : blockRows(chunk);
  const stats = emptyStats();
  const out: BatchRow[] = [];
  const text = new ByteWriter();
  const sync = classifier.engine === "compiled";
  for (const unparsed of rows) {
    const raw = parseJsonRow(unparsed);
    // A row the classifier cannot take yet (a worker's first non-plain row: zod loads) waits for it.
    const loading = raw.error ? undefined : ready?.(raw.input);
    if (loading !== undefined) await loading;
    const row: BatchRow = raw.error ? { ...rowHead(raw), line: raw.line, error: raw.error } : sync ? classifyRowSync(classifier, raw) : await classifyRow(classifier, raw);
    stats.rows++;
    if ("error" in row) stats.errors++;
    else {
      stats.classified++;
      const primary = row.result.primaryDomain;
      if (primary === null) stats.abstained++;
      else stats.domains[primary] = (stats.domains[primary] ?? 0) + 1;
    }
    if (mode === "rows") out.push(row);
    else if (mode === "jsonl") jsonRows.write(text, row);
    else text.write(csvOutputRecord(row, unparsed.cells ?? [String(row.id), row.name ?? ""]));
  }
  const bytes = text.take();
  return mode === "rows" ? { bytes, rows: out, stats } : { bytes, stats };
}
