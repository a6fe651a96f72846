import type { Classifier } from "../classifier.ts";
import { InputError } from "../errors.ts";
import type { BatchRow, RowId } from "../schemas/batch.ts";
import { ByteWriter } from "./bytes.ts";
import { csvOutputRecord } from "./csv-output.ts";
import { JsonRowWriter } from "./json-row.ts";
import { blockRows, parseJsonRow, type LineBlock } from "./jsonl.ts";
import type { RawRow } from "./rows.ts";
import { emptyStats, type BatchStats } from "./stats.ts";

/** `jsonl` and `csv` return ready-to-write text; `rows` returns the rows themselves (for classifyMany). */
export type OutputMode = "jsonl" | "csv" | "rows";

export interface ChunkOutput {
  /** Ready-to-write output (UTF-8), empty in `rows` mode. Bytes, so a worker can transfer it without a copy. */
  bytes: Uint8Array;
  rows?: BatchRow[];
  stats: BatchStats;
}

function errorRow(raw: RawRow, err: unknown): BatchRow {
  if (err instanceof InputError) return { ...rowHead(raw), line: raw.line, error: { code: "invalid_input", message: err.message, issues: err.issues } };
  return { ...rowHead(raw), line: raw.line, error: { code: "internal_error", message: (err as Error).message } };
}

function nameOf(input: unknown): string | undefined {
  const name = (input as { name?: unknown } | undefined)?.name;
  return typeof name === "string" ? name : undefined;
}

/** `{id, name?, …}`: the row's name comes second, when its input has one. */
function rowHead(raw: RawRow): { id: RowId; name?: string } {
  const name = nameOf(raw.input);
  return name === undefined ? { id: raw.id } : { id: raw.id, name };
}

/** Classifies one row; a bad row becomes an error row and never stops the batch. */
export async function processRow(classifier: Classifier, unparsed: RawRow): Promise<BatchRow> {
  if (classifier.engine === "compiled") return processRowSync(classifier, unparsed);
  const raw = parseJsonRow(unparsed);
  if (raw.error) return { ...rowHead(raw), line: raw.line, error: raw.error };
  try {
    return { ...rowHead(raw), result: await classifier.classify(raw.input) };
  } catch (err) {
    return errorRow(raw, err);
  }
}

/** The same on the compiled rules, without a promise per row. */
function processRowSync(classifier: Classifier, unparsed: RawRow): BatchRow {
  const raw = parseJsonRow(unparsed);
  if (raw.error) return { ...rowHead(raw), line: raw.line, error: raw.error };
  try {
    return { ...rowHead(raw), result: classifier.classifySync(raw.input) };
  } catch (err) {
    return errorRow(raw, err);
  }
}

/** One per thread: its caches of repeated JSON last the whole batch. */
const jsonRows = new JsonRowWriter();

/** What one task classifies: rows already read (CSV, a program's values), or a block of JSON Lines. */
export type Chunk = RawRow[] | LineBlock;

export async function processChunk(classifier: Classifier, chunk: Chunk, mode: OutputMode): Promise<ChunkOutput> {
  const rows = Array.isArray(chunk) ? chunk : blockRows(chunk);
  const stats = emptyStats();
  const out: BatchRow[] = [];
  const text = new ByteWriter();
  const sync = classifier.engine === "compiled";
  for (const unparsed of rows) {
    const raw = parseJsonRow(unparsed);
    // A row the classifier cannot take yet (a worker's first non-plain row: zod loads) waits for it.
    const loading = raw.error ? undefined : classifier.ready(raw.input);
    if (loading !== undefined) await loading;
    const row = sync ? processRowSync(classifier, raw) : await processRow(classifier, raw);
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
