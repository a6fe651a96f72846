import { createReadStream, createWriteStream, statSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { csvOutputHeader } from "../batch/csv-output.ts";
import { readJsonlBlocks } from "../batch/jsonl.ts";
import type { Chunk } from "../batch/process.ts";
import { chunked } from "../batch/rows.ts";
import { WorkerPool } from "../batch/pool.ts";
import { DEFAULT_CHUNK_SIZE, runChunks } from "../batch/run.ts";
import { emptyStats, mergeStats, renderSummary } from "../batch/stats.ts";
import { loadRuleSetCached } from "../rules/cache.ts";
import type { RuleSet } from "../rules/load.ts";
import { parseConcurrency, takePrestartedWorkers } from "./batch-workers.ts";
import { parseEngine, parseLang } from "./classify.ts";
import { EXIT, UsageError } from "./errors.ts";
import { createProgress } from "./progress.ts";

export const batchUsage = `Usage: valuechain batch <FILE|-> [--input-format jsonl|csv] [--format jsonl|csv] [--output FILE]
                       [--concurrency N] [--lang CODE] [--rules DIR] [--engine compiled|reference]

Classifies every row of a CSV or JSONL file (by its extension, or --input-format; stdin "-" defaults to
jsonl). One output row per input row, in input order; a bad row becomes an error row and the rest go on.
Output: JSONL (default) or CSV, to stdout or --output. Progress and a summary go to stderr.
--concurrency: worker threads (default: the number of cores; 0 = no worker threads).
--lang: the language (en, es, fr, de, pt) of every row without a "language" of its own; else detected per row.
Exit 0 when every row was classified, 1 when any row failed.`;

type Format = "jsonl" | "csv";

function parseFormat(name: string, value: string | undefined): Format | undefined {
  if (value === undefined || value === "jsonl" || value === "csv") return value;
  throw new UsageError(`Unknown ${name} "${value}": expected jsonl or csv`);
}

function inputFormatOf(file: string, explicit: Format | undefined): Format {
  if (explicit) return explicit;
  if (file === "-") return "jsonl";
  const ext = extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  throw new UsageError(`Cannot tell the format of ${file} from its extension: use --input-format jsonl or csv`);
}

/** Stops yielding rows once the signal fires, so a Ctrl-C finishes the chunks already sent and no more. */
async function* until<T>(signal: AbortSignal, items: AsyncIterable<T>): AsyncIterable<T> {
  for await (const item of items) {
    if (signal.aborted) return;
    yield item;
  }
}

async function write(out: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length > 0 && !out.write(data)) await once(out, "drain");
}

export async function runBatchCommand(argv: string[]): Promise<number> {
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
      lang: { type: "string" },
    },
  });
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError("Missing FILE: give a CSV or JSONL file, or '-' for stdin");
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}"`);
  const inputFormat = inputFormatOf(file, parseFormat("--input-format", values["input-format"]));
  const format = parseFormat("--format", values.format) ?? "jsonl";
  const concurrency = parseConcurrency(values.concurrency);
  const engine = parseEngine(values.engine);
  // csv-parse loads for CSV input only (before the input stream is opened, so no data flows past it).
  const readCsvRows = inputFormat === "csv" ? (await import("../batch/csv.ts")).readCsvRows : undefined;
  let input: Readable;
  let totalBytes: number | undefined;
  if (file === "-") input = process.stdin;
  else {
    try {
      totalBytes = statSync(file).size;
    } catch (err) {
      throw new UsageError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    input = createReadStream(file);
  }
  // Workers boot while the rule set loads (main.ts started them even before this module loaded); it
  // is loaded once, failing fast with every rule problem, and the workers get a copy.
  const size = concurrency ?? availableParallelism();
  const workers = concurrency === 0 ? undefined : (takePrestartedWorkers(size) ?? new WorkerPool(size));
  let ruleSet: RuleSet;
  let language: string | undefined;
  try {
    ruleSet = loadRuleSetCached(values.rules);
    language = parseLang(values.lang, ruleSet);
  } catch (err) {
    input.destroy();
    await workers?.close();
    throw err;
  }

  const out: Writable = values.output ? createWriteStream(values.output) : process.stdout;
  let outputBroken = false;
  out.on("error", () => (outputBroken = true)); // e.g. EPIPE when piped into `head`

  const progress = createProgress(process.stderr, totalBytes);
  input.on("data", (chunk: Buffer | string) => progress.read(chunk.length));
  const warn = (message: string) => {
    progress.clear();
    process.stderr.write(`${message}\n`);
  };
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const stats = emptyStats();
  const started = performance.now();
  try {
    // JSON Lines go to the workers as blocks of raw lines, which they split and parse themselves.
    const chunks: AsyncIterable<Chunk> = readCsvRows ? chunked(readCsvRows(input, warn), DEFAULT_CHUNK_SIZE) : readJsonlBlocks(input);
    if (format === "csv") await write(out, csvOutputHeader());
    for await (const chunk of runChunks(until(stop.signal, chunks), format, { ruleSet, engine, concurrency, workers, language })) {
      if (outputBroken) break;
      await write(out, chunk.bytes);
      mergeStats(stats, chunk.stats);
      progress.update(stats.rows, (performance.now() - started) / 1000);
    }
  } finally {
    await workers?.close(); // runChunks closes them too; this covers a failure before it started
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    progress.stop();
    input.destroy();
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${stop.signal.aborted ? "Interrupted: the output holds complete rows only.\n" : ""}${renderSummary(stats, seconds)}\n`);
  if (stop.signal.aborted) return 130;
  return stats.errors > 0 ? EXIT.failures : EXIT.ok;
}
