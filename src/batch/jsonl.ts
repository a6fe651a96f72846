import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { rowId, type RawRow } from "./rows.ts";

/**
 * Reads JSON Lines: one company per line. Blank lines are skipped. Lines are handed on unparsed
 * (`json`), so the JSON parsing happens on the worker threads; see parseJsonRow.
 */
export async function* readJsonlRows(stream: Readable): AsyncIterable<RawRow> {
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    const json = line === 1 ? text.replace(/^\uFEFF/, "") : text;
    if (json.trim() === "") continue;
    yield { line, id: line, json };
  }
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
