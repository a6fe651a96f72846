import type { Readable } from "node:stream";
import { parse, type Options } from "csv-parse";
import type { RawRow } from "./rows.ts";
import { rowId } from "../core/row.ts";

const LIST_COLUMNS = { offerings: "offerings", capabilities: "capabilities", customers: "customers", revenue_models: "revenueModels" } as const;
export const CSV_INPUT_COLUMNS = ["id", "name", "description", ...Object.keys(LIST_COLUMNS), "industry"];

/** `"api; saas"` → `["api", "saas"]`; empty cells give no list. */
function splitList(cell: string): string[] | undefined {
  const values = cell.split(";").map((v) => v.trim()).filter((v) => v !== "");
  return values.length ? values : undefined;
}

/** One CSV record as a CompanyInput-shaped object (validated later, like every row). */
export function csvRecordToInput(header: string[], cells: string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const answers: Record<string, unknown> = {};
  header.forEach((column, i) => {
    const cell = (cells[i] ?? "").trim();
    if (cell === "") return;
    if (column === "id" || column === "name" || column === "description") input[column] = cells[i];
    else if (column === "industry") answers.industry = cell;
    else if (column in LIST_COLUMNS) answers[LIST_COLUMNS[column as keyof typeof LIST_COLUMNS]] = splitList(cell);
  });
  if (Object.keys(answers).length) input.answers = answers;
  return input;
}

interface Parsed {
  record: string[];
  line: number;
  seq: number;
}

interface Skipped {
  line: number;
  seq: number;
  message: string;
}

const newlines = (raw: string) => raw.replace(/\r?\n?$/, "").match(/\n/g)?.length ?? 0;

/**
 * Reads CSV with a header row through csv-parse: quoted fields with commas and newlines, CRLF and a
 * UTF-8 BOM are handled. A record with the wrong number of fields, or one csv-parse cannot read (a
 * stray or unclosed quote), becomes an error row in its place; unknown columns are reported once
 * through `warn`.
 */
export async function* readCsvRows(stream: Readable, warn: (message: string) => void): AsyncIterable<RawRow> {
  // csv-parse's own line count lags by one after the first record, so lines are counted here, in
  // parse order, from each record's raw text. Skipped records arrive through on_skip, outside the
  // record stream; a sequence number puts each back in its place.
  let nextLine = 1;
  let seq = 0;
  const skipped: Skipped[] = [];
  const options: Options<Parsed, unknown> = {
    bom: true,
    relax_column_count: true,
    raw: true,
    skip_records_with_error: true,
    on_record: (value: unknown): Parsed => {
      const { record, raw } = value as { record: string[]; raw: string };
      const line = nextLine;
      nextLine += 1 + newlines(raw);
      return { record, line, seq: seq++ };
    },
    on_skip: (err: Error | undefined, raw: string | undefined) => {
      const line = nextLine;
      nextLine += 1 + newlines(raw ?? "");
      skipped.push({ line, seq: seq++, message: `Line ${line} cannot be read as CSV: ${err?.message ?? "malformed record"}` });
      return undefined;
    },
  };
  const parser = stream.pipe(parse(options as unknown as Options)); // on_record reshapes records; the typings cannot say so
  const flushSkipped = function* (before: number): Generator<RawRow> {
    while (skipped.length > 0 && skipped[0]!.seq < before) {
      const s = skipped.shift()!;
      yield { line: s.line, id: s.line, error: { code: "invalid_csv_row", message: s.message } };
    }
  };
  let header: string[] | undefined;
  for await (const { record, line, seq: at } of parser as AsyncIterable<Parsed>) {
    yield* flushSkipped(at);
    if (record.length === 1 && record[0] === "") continue; // a blank line
    if (header === undefined) {
      header = record.map((h) => h.trim().toLowerCase());
      const unknown = header.filter((h) => !CSV_INPUT_COLUMNS.includes(h));
      if (unknown.length) warn(`Ignoring unknown CSV column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")} (known: ${CSV_INPUT_COLUMNS.join(", ")})`);
      continue;
    }
    if (record.length !== header.length) {
      const id = rowId({ id: record[header.indexOf("id")] }, line);
      const message = `Line ${line} has ${record.length} fields; the header has ${header.length}`;
      yield { line, id, input: { name: record[header.indexOf("name")] }, error: { code: "invalid_csv_row", message } };
      continue;
    }
    const input = csvRecordToInput(header, record);
    yield { line, id: rowId(input, line), input };
  }
  yield* flushSkipped(Infinity);
}
