import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { rowId, type RawRow } from "./rows.ts";

/** Reads JSON Lines: one company per line. Blank lines are skipped; a broken line becomes an error row. */
export async function* readJsonlRows(stream: Readable): AsyncIterable<RawRow> {
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, "").trim() : text.trim();
    if (trimmed === "") continue;
    let input: unknown;
    try {
      input = JSON.parse(trimmed);
    } catch (err) {
      yield { line, id: line, error: { code: "invalid_json", message: `Line ${line} is not valid JSON: ${(err as Error).message}` } };
      continue;
    }
    yield { line, id: rowId(input, line), input };
  }
}
