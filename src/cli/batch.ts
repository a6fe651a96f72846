import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { ColumnError } from "../batch/columns.ts";
import { csvOutputHeader } from "../batch/csv-output.ts";
import { ioCause, IoError } from "../batch/io-error.ts";
import { batchOptions, OptionError } from "../batch/options.ts";
import { isSameFile, openOutputFile, streamSink, type Sink } from "../batch/output.ts";
import { WorkerPool } from "../batch/pool.ts";
import { runChunks } from "../batch/run.ts";
import { openSource } from "../batch/source.ts";
import { emptyStats, mergeStats, renderSummary } from "../batch/stats.ts";
import { loadRuleSetCached } from "../rules/cache.ts";
import type { RuleSet } from "../rules/load.ts";
import { parseConcurrency, takePrestartedWorkers } from "./batch-workers.ts";
import { parseEngine, parseLang } from "./classify.ts";
import { EXIT, UsageError } from "./errors.ts";
import { createProgress, type Progress } from "./progress.ts";

export const batchUsage = `Usage: valuechain batch <FILE|-> [--input-format jsonl|csv|xlsx] [--format jsonl|csv] [--output FILE]
                       [--columns FIELD=COLUMN,…] [--delimiter D] [--encoding E] [--sheet NAME|N]
                       [--bom|--no-bom] [--no-keep-columns] [--concurrency N] [--lang CODE] [--rules DIR] [--engine compiled|reference]

Classifies every row of a CSV, JSONL or .xlsx file (by its extension, or --input-format; stdin "-" is
told from its first bytes). One output row per input row, in input order; a bad row becomes an error
row and the rest go on. Output: JSONL (default) or CSV, to stdout or --output (written whole: a
temporary file renamed into place at the end). Progress and a summary go to stderr.
--columns: which column feeds a field, e.g. description=About,name="Company Name" (fields: id, name,
  description, offerings, capabilities, customers, revenue_models, industry).
--delimiter: , ; tab or | (default: told from the header line). --encoding: utf-8, utf-16le,
  utf-16be or windows-1252 (default: a byte-order mark, else UTF-8, else Windows-1252).
--bom: CSV output starts with a UTF-8 byte-order mark (default: on for --output, off for stdout).
--no-keep-columns: CSV output of a table gets id and name instead of every input column.
--concurrency: worker threads (default: the number of cores; 0 = no worker threads).
--lang: the language (en, es, fr, de, pt) of every row without a "language" of its own; else detected per row.
Exit 0 when every row was classified, 1 when any row failed or a file could not be read or written.`;

type Format = "jsonl" | "csv";

function parseFormat(name: string, value: string | undefined): Format | undefined {
  if (value === undefined || value === "jsonl" || value === "csv") return value;
  throw new UsageError(`Unknown ${name} "${value}": expected jsonl or csv`);
}

/** Stops yielding rows once the signal fires, so a Ctrl-C finishes the chunks already sent and no more. */
async function* until<T>(signal: AbortSignal, items: AsyncIterable<T>): AsyncIterable<T> {
  for await (const item of items) {
    if (signal.aborted) return;
    yield item;
  }
}

/** The input's chunks, counted for the progress bar; a read error names the file. */
async function* counted(input: Readable, file: string, progress: Progress): AsyncIterable<Buffer> {
  try {
    for await (const chunk of input) {
      progress.read((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  } catch (err) {
    throw new IoError("read", file === "-" ? "stdin" : file, err);
  }
}

export async function runBatchCommand(argv: string[]): Promise<number> {
  try {
    return await runBatch(argv);
  } catch (err) {
    // A file that cannot be read or written, a header or workbook that cannot be used: one line, exit 1.
    if (err instanceof IoError || err instanceof ColumnError || (err as { code?: string }).code === "spreadsheet") {
      process.stderr.write(`${(err as Error).message}\n`);
      return EXIT.failures;
    }
    throw err;
  }
}

async function runBatch(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      "input-format": { type: "string" },
      output: { type: "string" },
      concurrency: { type: "string" },
      rules: { type: "string" },
      engine: { type: "string" },
      columns: { type: "string" },
      delimiter: { type: "string" },
      encoding: { type: "string" },
      sheet: { type: "string" },
      bom: { type: "boolean" },
      "no-bom": { type: "boolean" },
      "keep-columns": { type: "boolean" },
      "no-keep-columns": { type: "boolean" },
      lang: { type: "string" },
    },
  });
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError("Missing FILE: give a CSV, JSONL or .xlsx file, or '-' for stdin");
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}"`);
  const format = parseFormat("--format", values.format) ?? "jsonl";
  const concurrency = parseConcurrency(values.concurrency);
  const engine = parseEngine(values.engine);
  let source: ReturnType<typeof batchOptions>;
  try {
    source = batchOptions(file, format, values);
  } catch (err) {
    throw err instanceof OptionError ? new UsageError(err.message) : err;
  }
  let input: Readable;
  let totalBytes: number | undefined;
  if (file === "-") input = process.stdin;
  else {
    try {
      totalBytes = statSync(file).size;
    } catch (err) {
      throw new UsageError(`Cannot read ${file}: ${ioCause(err)}`);
    }
    if (values.output && isSameFile(file, values.output)) {
      throw new UsageError(`--output ${values.output} is the input file ${file} (the same file, a link to it, or a hard link): writing it would destroy the input; choose another path`);
    }
    input = createReadStream(file);
  }
  // Workers boot while the rule set loads (main.ts started them even before this module loaded); it
  // is loaded once, failing fast with every rule problem, and the workers get a copy.
  const size = concurrency ?? availableParallelism();
  const workers = concurrency === 0 ? undefined : (takePrestartedWorkers(size) ?? new WorkerPool(size));
  let ruleSet: RuleSet;
  let sink: Sink;
  let language: string | undefined;
  try {
    ruleSet = loadRuleSetCached(values.rules);
    language = parseLang(values.lang, ruleSet);
    sink = values.output ? await openOutputFile(values.output) : streamSink(process.stdout);
  } catch (err) {
    input.destroy();
    await workers?.close();
    throw err;
  }

  const progress = createProgress(process.stderr, totalBytes);
  const note = (message: string) => {
    progress.clear();
    process.stderr.write(`${message}\n`);
  };
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const stats = emptyStats();
  const started = performance.now();
  let closed = false;
  try {
    const { columns, chunks } = await openSource(counted(input, file, progress), { ...source, note });
    if (format === "csv") {
      const header = csvOutputHeader(source.keep ? columns?.carried.map((i) => columns.header[i]!) : undefined);
      await sink.write(source.bom ? `\uFEFF${header}` : header);
    }
    for await (const chunk of runChunks(until(stop.signal, chunks), format, { ruleSet, engine, concurrency, workers, language })) {
      if (!(await sink.write(chunk.bytes))) {
        closed = true; // stdout closed (`| head`): stop quietly
        break;
      }
      mergeStats(stats, chunk.stats);
      progress.update(stats.rows, (performance.now() - started) / 1000);
    }
    await sink.finish();
  } catch (err) {
    await sink.abandon();
    throw err;
  } finally {
    await workers?.close(); // runChunks closes them too; this covers a failure before it started
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    progress.stop();
    input.destroy();
  }
  if (closed) return EXIT.ok;
  const seconds = (performance.now() - started) / 1000;
  const where = values.output ?? "the output";
  process.stderr.write(`${stop.signal.aborted ? `Interrupted: ${where} holds the ${stats.rows} complete rows classified so far.\n` : ""}${renderSummary(stats, seconds)}\n`);
  if (stop.signal.aborted) return 130;
  return stats.errors > 0 ? EXIT.failures : EXIT.ok;
}
