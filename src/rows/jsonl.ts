import type { Readable } from "node:stream";
import { decodeUtf8Marked, INVALID_MARK } from "./decode.ts";
import { rowId } from "../core/row.ts";
import type { RawRow } from "./raw-row.ts";

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

/** Index just past the last line break in buf, 0 if none. A "\r" at the very end may be half of "\r\n": it does not count. */
function pastLastBreak(buf: Buffer): number {
  const cr = buf.length >= 2 ? buf.lastIndexOf(CR, buf.length - 2) : -1; // (a negative start counts from the end)
  return Math.max(buf.lastIndexOf(LF), cr) + 1;
}

/** Index just past the first line break in buf ("\r\n" is one), 0 if none. */
function pastFirstBreak(buf: Buffer): number {
  const lf = buf.indexOf(LF);
  const cr = buf.indexOf(CR);
  if (cr < 0 || (lf >= 0 && lf < cr)) return lf + 1;
  return buf[cr + 1] === LF ? cr + 2 : cr + 1;
}

/** The longest JSON Lines row read, in bytes; a longer line becomes an error row, and is never held whole. */
export const MAX_LINE_BYTES = 1 << 20;

const tooLong = (line: number): RawRow[] => [
  { line, id: String(line), error: { code: "line_too_long", message: `Line ${line} is longer than ${MAX_LINE_BYTES} bytes, the limit for one JSON Lines row: it was skipped` } },
];

/**
 * Reads JSON Lines as blocks of whole lines of about `blockBytes`, numbering lines as it goes; in
 * time linear in the input, however long its lines. A line longer than a block makes a longer
 * block; a line longer than `maxLine` is dropped as it streams past and becomes an error row (a
 * chunk of its own) in its place.
 */
export async function* readJsonlBlocks(
  stream: AsyncIterable<Uint8Array | string>,
  blockBytes = BLOCK_BYTES,
  maxLine = MAX_LINE_BYTES,
): AsyncIterable<LineBlock | RawRow[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  /** Bytes of pending after its last line break: the line being read. */
  let tail = 0;
  let nextLine = 1;
  /** Dropping the rest of an over-long line (its number). */
  let skipping: number | undefined;
  /** An over-long line ended with "\r" at the end of a chunk: a "\n" starting the next one is part of that break. */
  let crEnded = false;
  /** The last piece kept ended with "\r": a break, unless the next piece starts with "\n". */
  let endedCr = false;
  function* flush(bytes: number): Generator<LineBlock> {
    if (bytes === 0) return;
    const data = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    const block = new Uint8Array(data.subarray(0, bytes)); // a copy with a buffer of its own, to transfer
    const rest = data.subarray(bytes);
    pending = rest.length > 0 ? [rest] : [];
    pendingBytes = rest.length;
    yield { firstLine: nextLine, bytes: block };
    nextLine += countBreaks(data.subarray(0, bytes));
  }
  /** Drops the line being read, which ends at `end` (0: not yet): it is too long. */
  function* dropLine(buf: Buffer, end: number): Generator<LineBlock | RawRow[]> {
    yield* flush(pendingBytes - tail);
    pending = [];
    pendingBytes = 0;
    tail = 0;
    endedCr = false;
    if (end === 0) skipping = nextLine;
    else {
      yield tooLong(nextLine);
      nextLine++;
      crEnded = end === buf.length && buf[end - 1] === CR;
    }
  }
  function* piece(input: Buffer): Generator<LineBlock | RawRow[]> {
    let buf = input;
    if (crEnded) {
      crEnded = false;
      if (buf[0] === LF) buf = buf.subarray(1);
    }
    if (skipping !== undefined) {
      const end = pastFirstBreak(buf);
      if (end === 0) return;
      yield tooLong(skipping);
      nextLine = skipping + 1;
      skipping = undefined;
      crEnded = buf[end - 1] === CR && end === buf.length;
      buf = buf.subarray(end);
    }
    if (buf.length === 0) return;
    if (endedCr && buf[0] !== LF) tail = 0; // that "\r" was a line break of its own
    endedCr = false;
    // The line being read may end in this piece, over the limit.
    const first = pastFirstBreak(buf);
    if (first > 0 && tail + first - 1 > maxLine) {
      yield* dropLine(buf, first);
      buf = buf.subarray(first); // (empty when its break was a "\r" at the very end)
      if (buf.length === 0) return;
    }
    pending.push(buf);
    pendingBytes += buf.length;
    const end = pastLastBreak(buf);
    tail = end > 0 ? buf.length - end : tail + buf.length;
    endedCr = buf[buf.length - 1] === CR;
    if (tail > maxLine) yield* dropLine(buf, buf[buf.length - 1] === CR ? buf.length : 0);
    else if (pendingBytes >= blockBytes) yield* flush(pendingBytes - tail);
  }
  // Pieces of at most half the limit: a line over the limit then always spans pieces, and is seen.
  const pieceBytes = Math.max(1, maxLine >> 1);
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = 0; at < buf.length; at += pieceBytes) yield* piece(buf.subarray(at, at + pieceBytes));
  }
  if (skipping !== undefined) yield tooLong(skipping);
  else if (pendingBytes > 0) yield* flush(pendingBytes);
}

const LINE_BREAK = /\r\n|\n|\r/;

const notUtf8 = (line: number): RawRow => ({
  line,
  id: String(line),
  error: { code: "invalid_encoding", message: `Line ${line} is not valid UTF-8: save the file as UTF-8, or give --encoding if it is in another encoding (such as windows-1252)` },
});

/** A block's rows: one per line, numbered, blank lines skipped, each left unparsed (see parseJsonRow); a line that is not UTF-8, an error row. */
export function blockRows(block: LineBlock): RawRow[] {
  // A byte-order mark is kept as a character here: only the file's first line drops it.
  const { text, invalid } = decodeUtf8Marked(block.bytes);
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === "") lines.pop(); // the break that ends the last line starts no new one
  const rows: RawRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = block.firstLine + i;
    const json = line === 1 ? lines[i]!.replace(/^\uFEFF/, "") : lines[i]!;
    if (invalid && json.includes(INVALID_MARK)) rows.push(notUtf8(line));
    else if (json.trim() !== "") rows.push({ line, id: String(line), json });
  }
  return rows;
}

/**
 * Reads JSON Lines: one company per line. Blank lines are skipped. Lines are handed on unparsed
 * (`json`), so the JSON parsing can happen on a worker thread; see parseJsonRow.
 */
export async function* readJsonlRows(stream: Readable): AsyncIterable<RawRow> {
  for await (const block of readJsonlBlocks(stream)) yield* Array.isArray(block) ? block : blockRows(block);
}

/** Parses a row's JSONL text: the row with its input and id, or an error row for a broken line. */
export function parseJsonRow(raw: RawRow): RawRow {
  if (raw.json === undefined) return raw;
  try {
    const input: unknown = JSON.parse(raw.json);
    return { line: raw.line, id: rowId(input, raw.line), input };
  } catch (err) {
    return { line: raw.line, id: String(raw.line), error: { code: "invalid_json", message: `Line ${raw.line} is not valid JSON: ${(err as Error).message}` } };
  }
}
