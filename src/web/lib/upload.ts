import { STREAM_BYTES } from "../../http/stream-bytes.ts";

/** Which uploads the batch page sends, and as what media type; anything else gets a message naming the file. */

const TYPES: Record<string, string> = {
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  tab: "text/tab-separated-values",
  txt: "text/csv",
  jsonl: "application/x-ndjson",
  ndjson: "application/x-ndjson",
};

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toLocaleString("en-US", { maximumFractionDigits: 0 })} MiB`;

/** The media type to send a file as, or the reason it cannot be sent. */
export async function uploadType(file: File): Promise<{ type: string } | { problem: string }> {
  const dot = file.name.lastIndexOf(".");
  const ext = dot >= 0 ? file.name.slice(dot + 1).toLowerCase() : "";
  const type = TYPES[ext];
  if (!type) {
    const hint = ext === "xlsx" || ext === "xls" ? " Save the sheet as CSV first (or use the CLI, which reads .xlsx)." : "";
    return { problem: `“${file.name}” is not a CSV, TSV or JSONL file: the batch page takes .csv, .tsv or .jsonl files.${hint}` };
  }
  if (file.size === 0) return { problem: `“${file.name}” is empty: there is nothing to classify.` };
  if (file.size > STREAM_BYTES) {
    return { problem: `“${file.name}” is ${megabytes(file.size)}: the batch page takes files up to ${megabytes(STREAM_BYTES)}. Split it, or classify it with the CLI's batch command, which has no size limit.` };
  }
  // A text file has no NUL byte in its first kilobytes; a renamed spreadsheet, PDF or image does.
  const head = new Uint8Array(await file.slice(0, 8192).arrayBuffer());
  if (head.includes(0)) return { problem: `“${file.name}” is not text (it holds binary data): the batch page takes CSV, TSV or JSONL text files.` };
  return { type };
}

/** Bytes read to estimate the rows of a large file (its line breaks per byte, scaled to its size). */
const SAMPLE_BYTES = 4 << 20;

/** Rows a file probably has (its line breaks, less the CSV header), for the progress bar until the summary says. */
export async function estimateRows(file: File, type: string): Promise<number> {
  const sample = file.size > SAMPLE_BYTES ? file.slice(0, SAMPLE_BYTES) : file;
  const bytes = new Uint8Array(await sample.arrayBuffer());
  let lines = 0;
  for (const byte of bytes) if (byte === 10) lines++;
  if (bytes.length && bytes[bytes.length - 1] !== 10) lines++;
  if (sample !== file) lines = Math.round((lines * file.size) / SAMPLE_BYTES);
  return Math.max(0, type === "application/x-ndjson" ? lines : lines - 1);
}
