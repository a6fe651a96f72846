// A table (CSV records, or a spreadsheet's rows) as batch rows: the header picks the columns, each
// later record becomes one row or one error row in its place.
import { InputError, type Issue } from "../errors.ts";
import { CAPABILITIES, CUSTOMERS, OFFERINGS, REVENUE_MODEL_IDS } from "../schemas/ids.ts";
import { matchEnum } from "../schemas/enum-match.ts";
import { mapColumns, ColumnError, type Field, type TableColumns } from "./columns.ts";
import type { CsvRecord } from "./csv-records.ts";
import { INVALID_MARK } from "./decode.ts";
import { rowId } from "../core/row.ts";
import type { RawRow } from "./raw-row.ts";

const LISTS = {
  offerings: { key: "offerings", ids: OFFERINGS },
  capabilities: { key: "capabilities", ids: CAPABILITIES },
  customers: { key: "customers", ids: CUSTOMERS },
  revenue_models: { key: "revenueModels", ids: REVENUE_MODEL_IDS },
} as const;

export interface TableOptions {
  /** `--columns`: field → column name. */
  columns?: Partial<Record<Field, string>>;
  /** Carry every input column to the output (RawRow.cells). */
  keep?: boolean;
  /** How the table numbers its records in messages: `Line` (a CSV) or `Row` (a spreadsheet). */
  unit?: "Line" | "Row";
}

/** A record's cells as a CompanyInput-shaped object (validated later, like every row), or the issues of its answer lists. */
export function recordToInput(cells: readonly string[], map: TableColumns["map"]): { input: Record<string, unknown>; issues: Issue[] } {
  const input: Record<string, unknown> = {};
  const answers: Record<string, unknown> = {};
  const issues: Issue[] = [];
  const cell = (field: Field) => (map[field] === undefined ? "" : (cells[map[field]] ?? ""));
  for (const field of ["id", "name"] as const) {
    const value = cell(field).trim();
    if (value !== "") input[field] = value;
  }
  const description = cell("description");
  if (description.trim() !== "") input.description = description;
  for (const field of ["offerings", "capabilities", "customers", "revenue_models"] as const) {
    const values = cell(field).split(/[;,|]/).map((v) => v.trim()).filter((v) => v !== "");
    if (values.length === 0) continue;
    const { key, ids } = LISTS[field];
    answers[key] = values.map((value, i) => {
      const match = matchEnum(value, ids);
      if (match.ok) return match.value;
      issues.push({ path: `answers.${key}[${i}]`, message: match.message });
      return value;
    });
  }
  const industry = cell("industry").trim();
  if (industry !== "") answers.industry = industry;
  if (Object.keys(answers).length) input.answers = answers;
  return { input, issues };
}

/** Pads or cuts a record to the header's width and keeps the carried columns. */
const carriedCells = (cells: readonly string[], columns: TableColumns) => columns.carried.map((i) => cells[i] ?? "");

function toRow(record: Extract<CsvRecord, { cells: string[] }>, columns: TableColumns, options: TableOptions): RawRow {
  const { line, cells } = record;
  const unit = options.unit ?? "Line";
  const { input, issues } = recordToInput(cells, columns.map);
  const row: RawRow = { line, id: rowId(input, line) };
  if (options.keep) row.cells = carriedCells(cells, columns);
  if (cells.length !== columns.header.length) {
    row.input = input.name === undefined ? {} : { name: input.name };
    row.error = { code: "invalid_csv_row", message: `${unit} ${line} has ${cells.length} fields; the header has ${columns.header.length}` };
  } else if (cells.some((c) => c.includes(INVALID_MARK))) {
    const column = columns.header[cells.findIndex((c) => c.includes(INVALID_MARK))];
    row.error = {
      code: "invalid_encoding",
      message: `${unit} ${line} is not valid UTF-8 (column ${JSON.stringify(column)}): save the file as UTF-8, or give --encoding if it is in another encoding (such as windows-1252)`,
    };
  } else if (issues.length) {
    row.input = input.name === undefined ? {} : { name: input.name };
    const err = new InputError(issues);
    row.error = { code: "invalid_input", message: err.message, issues };
  } else row.input = input;
  return row;
}

/** The table's columns, from its header (the first record), and its rows. Throws a ColumnError when the header cannot be used. */
export async function readTable(records: AsyncIterable<CsvRecord>, options: TableOptions = {}): Promise<{ columns: TableColumns; rows: AsyncIterable<RawRow> }> {
  const it = records[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) throw new ColumnError("The input is empty: a header row naming the columns comes first");
  if ("error" in first.value) throw new ColumnError(`The header cannot be read: ${first.value.error}`);
  if (first.value.cells.some((c) => c.includes(INVALID_MARK))) throw new ColumnError("The header is not valid UTF-8: give --encoding (such as windows-1252)");
  const columns = mapColumns(first.value.cells, options.columns, options.keep);
  async function* rows(): AsyncIterable<RawRow> {
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const record = next.value;
      if ("error" in record) {
        const row: RawRow = { line: record.line, id: String(record.line), error: { code: "invalid_csv_row", message: record.error } };
        if (options.keep) row.cells = columns.carried.map(() => "");
        yield row;
      } else yield toRow(record, columns, options);
    }
  }
  return { columns, rows: rows() };
}
