import { createReadStream, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { batchOptions, OptionError } from "../batch/options.ts";
import { runChunks } from "../batch/run.ts";
import { renderSummary } from "../batch/summary.ts";
import { ioCause, IoError } from "../io-error.ts";
import { ColumnError, csvOutputHeader, emptyStats, mergeStats, openSource, WorkerPool } from "../rows/index.ts";
import { isSameFile, openOutputFile, streamSink, type Sink } from "../sink.ts";
import { loadRuleSetCached } from "../rules/cache.ts";
import type { RuleSet } from "../rules/load.ts";
import { parseConcurrency } from "./concurrency.ts";
import { parseLang } from "./classify.ts";
import type { ArgsOf } from "./command.ts";
import type { batchCommand } from "./commands/batch.ts";
import { EXIT, UsageError } from "./errors.ts";
import { createProgress, type Progress } from "./progress.ts";

type Format = "jsonl" | "csv";

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

export async function runBatchCommand(args: ArgsOf<typeof batchCommand>): Promise<number> {
  try {
    return await runBatch(args);
  } catch (err) {
    // A file that cannot be read or written, a header or workbook that cannot be used: one line, exit 1.
    if (err instanceof IoError || err instanceof ColumnError || (err as { code?: string }).code === "spreadsheet") {
      process.stderr.write(`${(err as Error).message}\n`);
      return EXIT.failures;
    }
    throw err;
  }
}

async function runBatch({ values, positionals }: ArgsOf<typeof batchCommand>): Promise<number> {
  const file = positionals[0]!; // required by the definition
  const format: Format = values.format;
  const concurrency = parseConcurrency(values.concurrency);
  const engine = values.engine;
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
  // Workers boot while the rule set loads; it is loaded once, failing fast with every rule problem,
  // and the workers get a copy.
  const size = concurrency ?? availableParallelism();
  const workers = concurrency === 0 ? undefined : new WorkerPool(size);
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
