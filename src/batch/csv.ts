import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify/sync";
import type { BatchRow } from "../schemas/batch.ts";
import { formatIssue } from "../errors.ts";
import type { RawRow } from "./rows.ts";
import { rowId } from "./rows.ts";

const LIST_COLUMNS = { offerings: "offerings", capabilities: "capabilities", customers: "customers", revenue_models: "revenueModels" } as const;
export const CSV_INPUT_COLUMNS = ["id", "name", "description", ...Object.keys(LIST_COLUMNS), "industry"];

export const CSV_OUTPUT_COLUMNS = [
  "id", "name", "primary_domain", "confidence", "domains", "stages", "revenue_models_stated", "revenue_models_suggested", "error",
];

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

/**
 * Reads CSV with a header row through csv-parse: quoted fields with commas and newlines, CRLF and a
 * UTF-8 BOM are handled. A record with the wrong number of fields becomes an error row; unknown
 * columns are reported once through `warn`.
 */
export async function* readCsvRows(stream: Readable, warn: (message: string) => void): AsyncIterable<RawRow> {
  const parser = stream.pipe(parse({ bom: true, relax_column_count: true, raw: true }));
  let header: string[] | undefined;
  let nextLine = 1; // csv-parse's own line count lags by one after the first record, so count from raw text
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = nextLine;
      nextLine += 1 + (raw.replace(/\r?\n?$/, "").match(/\n/g)?.length ?? 0);
      if (record.length === 1 && record[0] === "") continue; // a blank line
      if (header === undefined) {
        header = record.map((h) => h.trim().toLowerCase());
        const unknown = header.filter((h) => !CSV_INPUT_COLUMNS.includes(h));
        if (unknown.length) warn(`Ignoring unknown CSV column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")} (known: ${CSV_INPUT_COLUMNS.join(", ")})`);
        continue;
      }
      if (record.length !== header.length) {
        const id = rowId({ id: record[header.indexOf("id")] }, line);
        yield { line, id, input: { name: record[header.indexOf("name")] }, error: { code: "invalid_csv_row", message: `Line ${line} has ${record.length} fields; the header has ${header.length}` } };
        continue;
      }
      const input = csvRecordToInput(header, record);
      yield { line, id: rowId(input, line), input };
    }
  } catch (err) {
    // csv-parse stops at a malformed file (an unclosed quote): everything after it is one error row.
    const e = err as Error & { lines?: number };
    const line = e.lines ?? 0;
    yield { line, id: line, error: { code: "invalid_csv_row", message: `CSV could not be read from line ${line} on: ${e.message}` } };
  }
}

/** One output row as a CSV record (without the header). */
export function csvOutputRecord(row: BatchRow, name: string | undefined): string {
  if ("error" in row) {
    const detail = row.error.issues?.length ? `: ${row.error.issues.map(formatIssue).join("; ")}` : "";
    return stringify([[row.id, name ?? "", "", "", "", "", "", "", `${row.error.code}${detail || `: ${row.error.message}`}`]]);
  }
  const r = row.result;
  return stringify([[
    row.id,
    name ?? "",
    r.primaryDomain ?? "",
    r.confidence,
    r.domains.map((d) => `${d.id}:${d.score}`).join(";"),
    r.stages.map((s) => `${s.id}:${s.score}`).join(";"),
    r.revenueModels.filter((m) => m.source === "stated").map((m) => m.id).join(";"),
    r.revenueModels.filter((m) => m.source === "suggested").map((m) => m.id).join(";"),
    "",
  ]]);
}

export const csvOutputHeader = (): string => stringify([CSV_OUTPUT_COLUMNS]);
