// The batch command's reading and writing flags, checked once: what openSource and the writer are given.
import { encodingNamed, ENCODINGS, formatOfExtension, INPUT_FORMATS, parseColumnsOption, type InputFormat, type SourceOptions } from "../rows/index.ts";

/** What to do with an old binary .xls, which is not read: the exact steps to a file that is. */
const XLS_STEPS = [
  "valuechain reads .xlsx workbooks, not the older binary .xls format. Convert it first, either way:",
  "  Excel: File → Save As → file type \"Excel Workbook (*.xlsx)\" (or \"CSV UTF-8 (Comma delimited) (*.csv)\")",
  "  LibreOffice: soffice --headless --convert-to xlsx FILE.xls",
  "then run: valuechain batch FILE.xlsx",
].join("\n");

/** A flag with a value that cannot be used: the CLI reports it as a usage error. */
export class OptionError extends Error {
  readonly code = "option";
}

/** The flags as the CLI parsed them (`--input-format`, `--delimiter`, …). */
export interface BatchFlags {
  "input-format"?: string;
  delimiter?: string;
  encoding?: string;
  columns?: string;
  sheet?: string;
  output?: string;
  bom?: boolean;
  "no-bom"?: boolean;
  "no-keep-columns"?: boolean;
}

function inputFormatOf(file: string, explicit: string | undefined): InputFormat | undefined {
  if (explicit !== undefined) {
    if ((INPUT_FORMATS as readonly string[]).includes(explicit)) return explicit as InputFormat;
    throw new OptionError(`Unknown --input-format "${explicit}": expected ${INPUT_FORMATS.join(", ")}`);
  }
  if (file === "-") return undefined; // told from the bytes
  const format = formatOfExtension(file);
  if (format === "xls") throw new OptionError(XLS_STEPS.replaceAll("FILE", file.replace(/\.xls$/i, "")));
  if (format === undefined) throw new OptionError(`Cannot tell the format of ${file} from its extension: use --input-format ${INPUT_FORMATS.join(", ")}`);
  return format;
}

const DELIMITERS: Record<string, string> = { ",": ",", comma: ",", ";": ";", semicolon: ";", "\t": "\t", "\\t": "\t", tab: "\t", "|": "|", pipe: "|" };

/**
 * How to read `file` and write CSV, from the flags: the input format (undefined: told from the
 * bytes), delimiter, encoding, columns, sheet; whether a table's columns are carried (CSV output
 * only) and whether CSV starts with a BOM (files: yes, stdout: no, unless the flags say otherwise).
 */
export function batchOptions(file: string, outputFormat: "jsonl" | "csv", flags: BatchFlags): Omit<SourceOptions, "note"> & { bom: boolean } {
  const delimiter = flags.delimiter === undefined ? undefined : DELIMITERS[flags.delimiter.toLowerCase()];
  if (flags.delimiter !== undefined && delimiter === undefined) throw new OptionError(`Unknown --delimiter "${flags.delimiter}": expected , ; tab or |`);
  const encoding = flags.encoding === undefined ? undefined : encodingNamed(flags.encoding);
  if (flags.encoding !== undefined && encoding === undefined) throw new OptionError(`Unknown --encoding "${flags.encoding}": expected ${ENCODINGS.join(", ")}`);
  let columns: SourceOptions["columns"];
  try {
    columns = flags.columns === undefined ? undefined : parseColumnsOption(flags.columns);
  } catch (err) {
    throw new OptionError((err as Error).message);
  }
  const csv = outputFormat === "csv";
  return {
    format: inputFormatOf(file, flags["input-format"]),
    delimiter,
    encoding,
    columns,
    sheet: flags.sheet,
    keep: csv && !flags["no-keep-columns"],
    bom: csv && (flags.output ? !flags["no-bom"] : Boolean(flags.bom)),
  };
}
