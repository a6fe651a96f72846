/**
 * npm run bench [-- --rows N --long-rows M --corpus english|mixed --english DIR] — batch throughput, end to end and by
 * stage, with ratios. `--corpus mixed` runs the end-to-end part on descriptions 40% of which are in
 * Spanish, French, German or Portuguese (bench/corpus.ts); the stage part always adds a line for them.
 *
 * 1. end to end: the real CLI (`valuechain batch corpus.jsonl --output file`) on N synthetic rows
 *    (5 runs: best and median) and on M rows (steady state; 0 skips it), with peak RSS (read from
 *    /proc while it runs). Two figures per run: the batch's throughput, from the CLI's own summary
 *    (first row read to last row written: worker start and JIT warm-up included, process start and
 *    rule loading not), held to the 10,000 rows/s target; and the wall time timed from outside,
 *    start-up included, held to the 5,000 rows/s floor;
 * 2. the pipeline on one core (best of 3): feature extraction, compiled rule evaluation, scoring with
 *    reasons and the JSON Lines bytes, and the whole classify;
 * 3. the same rules through plain json-rules-engine (the reference), and the ratios;
 * 4. what reading five languages costs English text: the English corpus with the language detected
 *    against the same corpus with `--lang en` (no detection), in alternating runs, end to end and on
 *    one core (each run in a process of its own: bench/language-core.ts), the ratio held to 0.95 (the issue's "within 5%"); and, on the English fixtures (and
 *    `--english DIR`'s *.jsonl rows, e.g. the corpus's dev part), how many rows detection reads as
 *    another language and how many results differ from the result read as English.
 *
 * Writes its section of docs/performance.md (bench/report.ts). `--quick` (2,000 rows, one run, no long
 * run) only proves the bench works: `npx tsx bench/batch.ts --quick`.
 */
import { execFileSync, spawn } from "node:child_process";
import { closeSync, createReadStream, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ByteWriter } from "../src/rows/bytes.ts";
import { JsonRowWriter } from "../src/rows/json-row.ts";
import { analyse, createPipeline, finish } from "../src/core/index.ts";
import { runCompiled } from "../src/rules/compile.ts";
import { loadRuleSet } from "../src/rules/load.ts";
import { createReferenceEngine } from "../src/rules/reference.ts";
import { mixedLanguageCorpus, syntheticCorpus } from "./corpus.ts";
import { rssMb } from "./proc.ts";
import { machineNow, writeSection } from "./report.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "20000" },
    "long-rows": { type: "string", default: "100000" },
    "reference-rows": { type: "string", default: "2000" },
    concurrency: { type: "string" },
    corpus: { type: "string", default: "english" },
    quick: { type: "boolean", default: false },
    english: { type: "string" },
  },
});
const machine = machineNow();
const startedAt = new Date();
if (values.quick) Object.assign(values, { rows: "2000", "long-rows": "0", "reference-rows": "200" });
if (values.corpus !== "english" && values.corpus !== "mixed") throw new Error(`--corpus is english or mixed, not "${values.corpus}"`);
const longRows = Number(values["long-rows"]);
const rows = Number(values.rows);
const referenceRows = Number(values["reference-rows"]);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const _ of createInterface({ input: createReadStream(file) })) n++;
  return n;
}

async function endToEnd(input: string, output: string, extra: string[] = []): Promise<{ seconds: number; peakMb: number; cliRate: number }> {
  const args = ["bin/valuechain.mjs", "batch", input, "--output", output, ...extra, ...(values.concurrency ? ["--concurrency", values.concurrency] : [])];
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let peakMb = 0;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb(child.pid!))), 50);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`batch exited ${code}: ${stderr}`);
  // The CLI's own summary ends "… s, N rows/s": its rate from first row to last, start-up excluded.
  const cliRate = Number(/([\d,]+) rows\/s\s*$/.exec(stderr)?.[1]?.replaceAll(",", "") ?? NaN);
  return { seconds: (performance.now() - started) / 1000, peakMb, cliRate };
}

/** Items per second of fn over count items: the best of three runs, as the machine is shared. */
function perSecond(count: number, fn: (i: number) => unknown): number {
  let best = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    for (let i = 0; i < count; i++) fn(i);
    best = Math.max(best, count / ((performance.now() - started) / 1000));
  }
  return best;
}

// The CLI runs from the esbuild bundle when it is fresh, else through tsx (slower to start): build
// first, so the figures are those of an installed valuechain (the pages too: the build empties dist/).
execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });

console.log(`valuechain batch benchmark: ${fmt(rows)} synthetic descriptions (${values.corpus === "mixed" ? "40% in es/fr/de/pt" : "300–800 characters"}), ${availableParallelism()} cores\n`);
const corpus = (values.corpus === "mixed" ? mixedLanguageCorpus : syntheticCorpus)(Math.max(rows, longRows));
const dir = mkdtempSync(join(tmpdir(), "valuechain-bench-"));
const output = join(dir, "classified.jsonl");

/** Writes the first n rows of a corpus as JSON Lines and returns the file. */
function writeCorpus(n: number, rowsOf: string[] = corpus, name = `corpus-${n}.jsonl`): string {
  const input = join(dir, name);
  // Written 10,000 rows at a time: a million rows joined would pass V8's longest string.
  const fd = openSync(input, "w");
  for (let from = 0; from < n; from += 10_000) {
    writeSync(fd, rowsOf.slice(from, Math.min(n, from + 10_000)).map((description, i) => `${JSON.stringify({ id: `c${from + i}`, description })}\n`).join(""));
  }
  closeSync(fd);
  return input;
}

/** Runs the CLI on the first n rows of the corpus: best of `runs` (the machine is shared), checking every row came out. */
async function batchRuns(n: number, runs: number) {
  const input = writeCorpus(n);
  const all = [];
  for (let run = 0; run < runs; run++) {
    const r = await endToEnd(input, output);
    const written = await countLines(output);
    if (written !== n) throw new Error(`expected ${n} output rows, got ${written}`);
    all.push(r);
  }
  all.sort((a, b) => a.seconds - b.seconds);
  return { best: all[0]!, all };
}

const RUNS = values.quick ? 1 : 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const short = await batchRuns(rows, RUNS);
const e2e = short.best;
const e2eRate = rows / e2e.seconds;
const throughputs = short.all.map((r) => r.cliRate);
const throughput = Math.max(...throughputs);
console.log(
  `end to end, CLI on all cores, ${fmt(rows)} rows, ${RUNS} runs (${short.all.map((r) => r.seconds.toFixed(2)).join(", ")} s; peak RSS ${fmt(e2e.peakMb)} MB):\n` +
    `  throughput, first row to last:    ${fmt(throughput).padStart(6)} rows/s best, ${fmt(median(throughputs)).padStart(6)} median   (target ≥ 10,000)\n` +
    `  from outside, start-up included:  ${fmt(e2eRate).padStart(6)} rows/s best, ${fmt(rows / median(short.all.map((r) => r.seconds))).padStart(6)} median   (floor ≥ 5,000)`,
);
const long = longRows > 0 ? (await batchRuns(longRows, 1)).best : undefined;
if (long) {
  console.log(
    `end to end, CLI on all cores, ${fmt(longRows)} rows, start-up included: ${fmt(longRows / long.seconds)} rows/s (${long.seconds.toFixed(2)} s, peak RSS ${fmt(long.peakMb)} MB); first row to last: ${fmt(long.cliRate)} rows/s`,
  );
}
// What detection costs English text, end to end: the English corpus detected, and read with --lang en,
// in alternating runs (best of each), so both meet the same load on a shared machine.
const englishCorpus = values.corpus === "english" ? corpus : syntheticCorpus(rows);
const englishInput = writeCorpus(rows, englishCorpus, `english-${rows}.jsonl`);
const cliDetected: number[] = [];
const cliForced: number[] = [];
for (let run = 0; run < RUNS; run++) {
  for (const forced of run % 2 === 0 ? [false, true] : [true, false]) {
    const r = await endToEnd(englishInput, output, forced ? ["--lang", "en"] : []);
    (forced ? cliForced : cliDetected).push(r.cliRate);
  }
}
const cliLanguageRatio = Math.max(...cliDetected) / Math.max(...cliForced);
console.log(
  `English corpus, CLI on all cores, ${fmt(rows)} rows, ${RUNS} alternating pairs: language detected ${fmt(Math.max(...cliDetected))} rows/s, --lang en ${fmt(Math.max(...cliForced))} rows/s (best of each): ratio ${cliLanguageRatio.toFixed(3)}`,
);
rmSync(dir, { recursive: true, force: true });

const ruleSet = loadRuleSet();
const pipeline = createPipeline(ruleSet);
const inputs = corpus.slice(0, rows).map((description) => ({ description }));
const analyses = inputs.map((i) => analyse(pipeline, i));
const fired = analyses.map((a) => runCompiled(pipeline.compiled, a.facts));
const extraction = perSecond(rows, (i) => analyse(pipeline, inputs[i]!));
const rules = perSecond(rows, (i) => runCompiled(pipeline.compiled, analyses[i]!.facts));
// Rows are written as the batch writes them: JSON Lines bytes (JsonRowWriter), flushed every 250 rows.
const out = new ByteWriter();
const jsonRows = new JsonRowWriter();
const writeRow = (i: number, result: ReturnType<typeof finish>) => {
  jsonRows.write(out, { id: `c${i}`, result });
  if (i % 250 === 249) out.take();
};
const scoring = perSecond(rows, (i) => writeRow(i, finish(pipeline, analyses[i]!, fired[i]!)));
const whole = perSecond(rows, (i) => {
  const a = analyse(pipeline, inputs[i]!);
  writeRow(i, finish(pipeline, a, runCompiled(pipeline.compiled, a.facts)));
});
console.log(
  `one core: extraction ${fmt(extraction)} descriptions/s, compiled rules ${fmt(rules)}/s, scoring + reasons + JSON ${fmt(scoring)}/s, whole pipeline ${fmt(whole)}/s`,
);
// The other languages' cost: detection by eld and their matchers, on 40% of the rows.
const mixed = mixedLanguageCorpus(rows).map((description) => ({ description }));
const mixedRate = perSecond(rows, (i) => {
  const a = analyse(pipeline, mixed[i]!);
  writeRow(i, finish(pipeline, a, a.abstain === undefined ? runCompiled(pipeline.compiled, a.facts) : []));
});
console.log(`one core, mixed-language corpus (40% es/fr/de/pt, 1% unsupported): whole pipeline ${fmt(mixedRate)}/s`);

// What detection costs English text on one core: the same English rows through a pipeline that detects
// and through one that reads every row as English (createPipeline's language, as --lang en), each in
// processes of its own (bench/language-core.ts), alternating. CPU time, not wall time: on a shared
// machine other processes' load changes the wall time of a run far more than detection does.
const ROUNDS = values.quick ? 2 : 6;
const coreRate = (forced: boolean) => {
  const args = [...process.execArgv, "bench/language-core.ts", "--rows", String(rows), "--rounds", "3", ...(forced ? ["--lang", "en"] : [])];
  return (JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" })) as { rate: number }).rate;
};
let coreDetected = 0;
let coreForced = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const forced of round % 2 === 0 ? [false, true] : [true, false]) {
    const rate = coreRate(forced);
    if (forced) coreForced = Math.max(coreForced, rate);
    else coreDetected = Math.max(coreDetected, rate);
  }
}
const coreLanguageRatio = coreDetected / coreForced;
console.log(`English corpus, one core, whole pipeline, CPU time, best of ${ROUNDS} alternating processes each: language detected ${fmt(coreDetected)}/s, read as English ${fmt(coreForced)}/s: ratio ${coreLanguageRatio.toFixed(3)}`);

// English accuracy: does detection change any English result? Each English fixture (and --english's rows)
// classified with its language detected and read as English; a row differs when the two results do.
const englishRows: { file: string; input: { description?: string; language?: string } }[] = [];
const readRows = (folder: string, keep: (name: string) => boolean) => {
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".jsonl") && keep(n)).sort()) {
    for (const line of readFileSync(join(folder, name), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line) as { input?: { description?: string; language?: string }; description?: string };
      englishRows.push({ file: name, input: row.input ?? row });
    }
  }
};
const OTHER_LANGUAGES = new Set(ruleSet.languages.keys());
readRows("fixtures", (name) => !OTHER_LANGUAGES.has(name.replace(/\.jsonl$/, "")));
const fixtureRows = englishRows.length;
if (values.english) readRows(values.english, () => true);
const forcedPipeline = createPipeline(ruleSet, "en");
const resultOf = (p: typeof pipeline, input: { description?: string }) => {
  const a = analyse(p, input);
  return finish(p, a, a.abstain === undefined ? runCompiled(p.compiled, a.facts) : []);
};
/** Of a set of rows: how many detection reads as another language, and how many results that changes. */
const languageEffect = (rowsOf: typeof englishRows) => {
  let readAsOther = 0;
  let differ = 0;
  for (const { input } of rowsOf) {
    const { language: _stated, ...unstated } = input;
    const detected = resultOf(pipeline, unstated);
    const asEnglish = resultOf(forcedPipeline, unstated);
    if (detected.language !== "en") readAsOther++;
    if (JSON.stringify(detected) !== JSON.stringify(asEnglish)) differ++;
  }
  return { rows: rowsOf.length, readAsOther, differ };
};
const onFixtures = languageEffect(englishRows.slice(0, fixtureRows));
const onExtra = values.english ? languageEffect(englishRows.slice(fixtureRows)) : undefined;
console.log(`English fixtures (${fmt(onFixtures.rows)}): ${fmt(onFixtures.readAsOther)} read as another language, ${fmt(onFixtures.differ)} results differ from the row read as English`);
if (onExtra) console.log(`rows of ${values.english} (${fmt(onExtra.rows)}): ${fmt(onExtra.readAsOther)} read as another language, ${fmt(onExtra.differ)} results differ from the row read as English`);

const reference = createReferenceEngine(ruleSet.rules);
const sample = analyses.slice(0, referenceRows);
const referenceStart = performance.now();
for (const a of sample) await reference.run(a.facts);
const referenceRate = sample.length / ((performance.now() - referenceStart) / 1000);
console.log(`json-rules-engine, same ${ruleSet.rules.length} rules and facts: ${fmt(referenceRate)} runs/s on one core`);

console.log("\nratios:");
console.log(`  compiled rules / json-rules-engine      ${(rules / referenceRate).toFixed(0)}x`);
console.log(`  whole pipeline, compiled / reference    ${(whole / (1 / (1 / extraction + 1 / referenceRate + 1 / scoring))).toFixed(1)}x`);
console.log(`  throughput / one-core pipeline          ${(throughput / whole).toFixed(2)} (of 2 cores)`);
console.log(`  throughput / target 10,000 rows/s       ${(throughput / 10_000).toFixed(2)} (${fmt(rows)} rows)${long ? `, ${(long.cliRate / 10_000).toFixed(2)} (${fmt(longRows)} rows)` : ""}`);
console.log(`  start-up included / floor 5,000 rows/s  ${(e2eRate / 5_000).toFixed(2)} (${fmt(rows)} rows); / 10,000 rows/s ${(e2eRate / 10_000).toFixed(2)}`);

writeSection("batch", {
  date: startedAt,
  machine,
  mode: `${values.quick ? "--quick, " : ""}${fmt(rows)} rows × ${RUNS} run${RUNS > 1 ? "s" : ""}${long ? ` and ${fmt(longRows)} rows × 1` : ""}, ${values.corpus} corpus${values.concurrency ? `, --concurrency ${values.concurrency}` : ""}`,
  figures: [
    { name: `CLI throughput, first row to last, ${fmt(rows)} rows (best)`, value: throughput, unit: "rows/s", target: { op: "≥", value: 10_000 } },
    { name: `CLI from outside, start-up included, ${fmt(rows)} rows (best)`, value: e2eRate, unit: "rows/s", target: { op: "≥", value: 5_000 } },
    ...(long ? [
      { name: `CLI throughput, first row to last, ${fmt(longRows)} rows`, value: long.cliRate, unit: "rows/s", target: { op: "≥" as const, value: 10_000 } },
      { name: `peak RSS, ${fmt(longRows)} rows`, value: long.peakMb, unit: "MB" },
    ] : []),
    { name: `peak RSS, ${fmt(rows)} rows`, value: e2e.peakMb, unit: "MB" },
    { name: "one core: feature extraction", value: extraction, unit: "rows/s" },
    { name: "one core: compiled rules", value: rules, unit: "rows/s" },
    { name: "one core: scoring, reasons and JSON", value: scoring, unit: "rows/s" },
    { name: "one core: whole pipeline", value: whole, unit: "rows/s" },
    { name: "one core: whole pipeline, mixed-language corpus", value: mixedRate, unit: "rows/s" },
    { name: `English corpus, CLI throughput, language detected / --lang en (best of ${RUNS} alternating runs each)`, value: cliLanguageRatio, unit: "×", target: { op: "≥", value: 0.95 } },
    { name: `English corpus, one core, whole pipeline (CPU time, best of ${ROUNDS} alternating processes each), language detected / read as English`, value: coreLanguageRatio, unit: "×", target: { op: "≥", value: 0.95 } },
    { name: `English fixtures read as another language (of ${fmt(onFixtures.rows)})`, value: onFixtures.readAsOther, unit: "rows" },
    { name: `English fixtures whose result differs from the row read as English (of ${fmt(onFixtures.rows)})`, value: onFixtures.differ, unit: "rows" },
    ...(onExtra ? [
      { name: `--english rows read as another language (of ${fmt(onExtra.rows)})`, value: onExtra.readAsOther, unit: "rows" },
      { name: `--english rows whose result differs from the row read as English (of ${fmt(onExtra.rows)})`, value: onExtra.differ, unit: "rows" },
    ] : []),
    { name: "one core: json-rules-engine on the same rules", value: referenceRate, unit: "runs/s" },
    { name: "compiled rules / json-rules-engine", value: rules / referenceRate, unit: "×" },
  ],
});
