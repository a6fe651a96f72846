import type { Readable } from "node:stream";
import { rowId } from "../core/row.ts";
import type { RawRow } from "./rows.ts";

/**
 * Whole lines of JSON Lines input as bytes, not yet decoded or split. The reading thread only finds
 * where lines end; decoding, splitting and parsing happen on the worker that classifies them.
 */
export interface LineBlock {
  /** 1-based number of the block's first line. */
  firstLine: number;
  bytes: Uint8Array;
}

/** Bytes per block: ~200 rows of typical descriptions, enough to be worth a message to a worker. */
export const BLOCK_BYTES = 128 * 1024;
const LF = 10;
const CR = 13;

/** Line breaks in bytes, counted as readline counts them: "\n", "\r\n" and a lone "\r" are one each. */
function countBreaks(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) n++;
  for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) n++;
  return n;
}

/** Where a block may end in `data`: after its last "\n" (or, in a file of lone "\r" breaks, its last "\r"); 0 if nowhere yet. */
function blockEnd(data: Buffer, final: boolean): number {
  if (final) return data.length;
  const lf = data.lastIndexOf(LF);
  if (lf >= 0) return lf + 1;
  const cr = data.lastIndexOf(CR);
  return cr >= 0 && cr + 1 < data.length ? cr + 1 : 0; // a "\r" at the very end may be half of "\r\n"
}

/**
 * Reads JSON Lines as blocks of whole lines of about `blockBytes`, numbering lines as it goes.
 * A line longer than a block makes a longer block.
 */
export async function* readJsonlBlocks(stream: Readable, blockBytes = BLOCK_BYTES): AsyncIterable<LineBlock> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let nextLine = 1;
  function* flush(final: boolean): Generator<LineBlock> {
    const data = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    const end = blockEnd(data, final);
    if (end === 0) return;
    const bytes = new Uint8Array(data.subarray(0, end)); // a copy with a buffer of its own, to transfer
    const rest = data.subarray(end);
    pending = rest.length > 0 ? [rest] : [];
    pendingBytes = rest.length;
    yield { firstLine: nextLine, bytes };
    nextLine += countBreaks(data.subarray(0, end));
  }
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    pending.push(buf);
    pendingBytes += buf.length;
    if (pendingBytes >= blockBytes) yield* flush(false);
  }
  if (pendingBytes > 0) yield* flush(true);
}

// Keeps a byte-order mark as a character: only the file's first line drops it, as before.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const LINE_BREAK = /\r\n|\n|\r/;

/** A block's rows: one per line, numbered, blank lines skipped, each left unparsed (see parseJsonRow). */
export function blockRows(block: LineBlock): RawRow[] {
  const lines = decoder.decode(block.bytes).split(LINE_BREAK);
  if (lines[lines.length - 1] === "") lines.pop(); // the break that ends the last line starts no new one
  const rows: RawRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = block.firstLine + i;
    const json = line === 1 ? lines[i]!.replace(/^\uFEFF/, "") : lines[i]!;
    if (json.trim() !== "") rows.push({ line, id: line, json });
  }
  return rows;
}

/**
 * Reads JSON Lines: one company per line. Blank lines are skipped. Lines are handed on unparsed
 * (`json`), so the JSON parsing can happen on a worker thread; see parseJsonRow.
 */
export async function* readJsonlRows(stream: Readable): AsyncIterable<RawRow> {
  for await (const block of readJsonlBlocks(stream)) yield* blockRows(block);
}

/** Parses a row's JSONL text: the row with its input and id, or an error row for a broken line. */
export function parseJsonRow(raw: RawRow): RawRow {
  if (raw.json === undefined) return raw;
  try {
    const input: unknown = JSON.parse(raw.json);
    return { line: raw.line, id: rowId(input, raw.line), input };
  } catch (err) {
    return { line: raw.line, id: raw.line, error: { code: "invalid_json", message: `Line ${raw.line} is not valid JSON: ${(err as Error).message}` } };
  }
}
