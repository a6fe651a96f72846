import { defineCommand, engineOption, rulesOption } from "../command.ts";

export const batchCommand = defineCommand({
  name: "batch",
  description: "Classify every row of a CSV, JSONL or .xlsx file of companies, in order, on all cores.",
  details:
    "One output row per input row, in input order; a bad row becomes an error row and the rest go on. Output: JSON Lines (default) or CSV, to stdout or --output (written whole: a temporary file renamed into place at the end). Progress (on a terminal) and a summary go to stderr.",
  args: [{ name: "FILE", required: true, description: "a CSV, JSONL or .xlsx file, or '-' for stdin" }],
  options: {
    "input-format": { type: "string", values: ["jsonl", "csv", "xlsx"], defaultText: "from the file's extension; for stdin, from its first bytes", description: "the input's format" },
    format: { type: "string", values: ["jsonl", "csv"], default: "jsonl", description: "the output's format" },
    output: { type: "string", valueName: "FILE", defaultText: "stdout", description: "where to write the output" },
    columns: {
      type: "string",
      valueName: "FIELD=COLUMN,…",
      defaultText: "columns named like the fields",
      description: 'which column feeds a field, e.g. description=About,name="Company Name" (fields: id, name, description, offerings, capabilities, customers, revenue_models, industry)',
    },
    delimiter: { type: "string", valueName: "D", defaultText: "told from the header line", description: "the CSV delimiter: , ; tab or |" },
    encoding: { type: "string", valueName: "E", defaultText: "a byte-order mark, else UTF-8, else Windows-1252", description: "the input's encoding: utf-8, utf-16le, utf-16be or windows-1252" },
    sheet: { type: "string", valueName: "NAME|N", defaultText: "the first sheet", description: "the .xlsx sheet to read, by name or number" },
    bom: { type: "boolean", description: "CSV output starts with a UTF-8 byte-order mark (default: on for --output, off for stdout)" },
    "no-bom": { type: "boolean", description: "CSV output without a byte-order mark, even with --output" },
    "keep-columns": { type: "boolean", description: "CSV output of a table carries every input column (the default)" },
    "no-keep-columns": { type: "boolean", description: "CSV output of a table gets id and name instead of every input column" },
    concurrency: { type: "string", valueName: "N", defaultText: "the number of cores", description: "worker threads, 0 to 64 (0: classify on the main thread)" },
    lang: { type: "string", valueName: "CODE", defaultText: "detected per row", description: 'the language (en, es, fr, de, pt) of every row without a "language" of its own' },
    rules: rulesOption,
    engine: engineOption,
  },
  examples: [
    { command: "batch companies.csv --format csv --output results.csv", description: "a CSV in, a CSV of results out" },
    { command: "batch - --concurrency 2 < companies.jsonl > results.jsonl", description: "JSON Lines through a pipe, on two worker threads" },
  ],
  exitCodes: "0 every row was classified; 1 some row failed (an error row in the output), a file could not be read or written, or its header or workbook could not be used; 2 usage error; 130 interrupted.",
  run: async (args): Promise<number> => (await import("../batch.ts")).runBatchCommand(args),
});
