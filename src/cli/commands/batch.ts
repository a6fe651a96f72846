import { prestartWorkers } from "../batch-workers.ts";
import { defineCommand, engineOption, rulesOption } from "../command.ts";

export const batchCommand = defineCommand({
  name: "batch",
  description: "Classify every row of a CSV or JSONL file of companies, in order, on all cores.",
  details:
    "One output row per input row, in input order; a bad row becomes an error row and the rest go on. Output: JSON Lines (default) or CSV, to stdout or --output. Progress (on a terminal) and a summary go to stderr.",
  args: [{ name: "FILE", required: true, description: "a CSV or JSONL file, or '-' for stdin" }],
  options: {
    "input-format": { type: "string", values: ["jsonl", "csv"], defaultText: "from the file's extension; jsonl for stdin", description: "the input's format" },
    format: { type: "string", values: ["jsonl", "csv"], default: "jsonl", description: "the output's format" },
    output: { type: "string", valueName: "FILE", defaultText: "stdout", description: "where to write the output" },
    concurrency: { type: "string", valueName: "N", defaultText: "the number of cores", description: "worker threads, 0 to 64 (0: classify on the main thread)" },
    lang: { type: "string", valueName: "CODE", defaultText: "detected per row", description: 'the language (en, es, fr, de, pt) of every row without a "language" of its own' },
    rules: rulesOption,
    engine: engineOption,
  },
  examples: [
    { command: "batch companies.csv --format csv --output results.csv", description: "a CSV in, a CSV of results out" },
    { command: "batch - --concurrency 2 < companies.jsonl > results.jsonl", description: "JSON Lines through a pipe, on two worker threads" },
  ],
  exitCodes: "0 every row was classified; 1 some row failed (an error row in the output) or the output could not be written; 2 usage error; 130 interrupted.",
  run: async (args): Promise<number> => (await import("../batch.ts")).runBatchCommand(args),
  // Its worker threads start booting before its module loads; it takes them over.
  prestart: ({ values }) => prestartWorkers(values.concurrency),
});
