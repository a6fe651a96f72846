// Input bytes → the chunks a batch classifies: the format, encoding and delimiter told from the
// input's first bytes (or given), and, for a table, its columns from its header.
import type { Field, TableColumns } from "./columns.ts";
import { readCsvRecords, sniffDelimiter } from "./csv-records.ts";
import { readTable } from "./table.ts";
import { decodeChunks, sniffEncoding, type Encoding } from "./decode.ts";
import { dropBytes, peekInput, readAll, sniffFormat, toUtf8, type InputFormat } from "./input.ts";
import { readJsonlBlocks } from "./jsonl.ts";
import type { Chunk } from "./process.ts";
import { chunked, DEFAULT_CHUNK_SIZE } from "./raw-row.ts";

export interface SourceOptions {
  /** The format, when the caller knows it (`--input-format`, the file's extension); else told from the bytes. */
  format?: InputFormat;
  encoding?: Encoding;
  delimiter?: string;
  columns?: Partial<Record<Field, string>>;
  /** Carry a table's columns to the rows (for CSV output). */
  keep?: boolean;
  /** A spreadsheet's sheet: name or 1-based number. */
  sheet?: string;
  /** Notes for stderr: how the input is read. */
  note: (message: string) => void;
}

export interface Source {
  format: InputFormat;
  /** A table's columns (CSV, .xlsx); undefined for JSON Lines. */
  columns?: TableColumns;
  chunks: AsyncIterable<Chunk>;
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };

/** Opens input bytes for a batch. Throws a ColumnError or SpreadsheetError (before any row) when its header or workbook cannot be used. */
export async function openSource(stream: AsyncIterable<Buffer | string>, options: SourceOptions): Promise<Source> {
  const { head, chunks } = await peekInput(stream);
  const encoding = sniffEncoding(head, options.encoding);
  const format = options.format ?? sniffFormat(head, encoding);
  if (options.format === undefined) options.note(`Reading the input as ${format === "jsonl" ? "JSON Lines" : format.toUpperCase()} (from its first bytes; --input-format to choose)`);
  if (format === "xlsx") {
    const { readXlsxRecords } = await import("./xlsx.ts");
    const { sheet, records } = await readXlsxRecords(await readAll(chunks), options.sheet);
    options.note(`Reading sheet ${JSON.stringify(sheet)}`);
    return table(format, (async function* () { yield* records; })(), { ...options, unit: "Row" });
  }
  if (encoding.encoding !== "utf-8") {
    const why = encoding.reason === "bom" ? "its byte-order mark" : encoding.reason === "given" ? "--encoding" : "it is not UTF-8; --encoding to choose";
    options.note(`Reading the input as ${encoding.encoding.toUpperCase()} (${why})`);
  }
  if (format === "jsonl") {
    // UTF-8 goes to the workers as it is; any other encoding is turned into UTF-8 first.
    const bytes = encoding.encoding === "utf-8" ? chunks : toUtf8(dropBytes(chunks, encoding.bom), encoding.encoding);
    return { format, chunks: readJsonlBlocks(bytes) };
  }
  const headText = new TextDecoder(encoding.encoding).decode(head.subarray(encoding.bom));
  const delimiter = options.delimiter ?? sniffDelimiter(headText);
  if (options.delimiter === undefined && delimiter !== ",") options.note(`Reading ${DELIMITER_NAMES[delimiter]}-separated values`);
  return table(format, readCsvRecords(decodeChunks(dropBytes(chunks, encoding.bom), encoding.encoding), delimiter), options);
}

async function table(format: InputFormat, records: Parameters<typeof readTable>[0], options: SourceOptions & { unit?: "Line" | "Row" }): Promise<Source> {
  const { columns, rows } = await readTable(records, options);
  options.note(columns.note);
  return { format, columns, chunks: chunked(rows, DEFAULT_CHUNK_SIZE) };
}
