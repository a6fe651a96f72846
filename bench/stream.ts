/**
 * The stream part of bench:http: the same CSV rows through POST /v1/classify/stream and through the
 * `batch` command (each its own process), rows/s and their ratio; then a large body streamed while
 * the server's RSS is sampled (flat = the stream holds a few chunks, never the body or the answer).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRandom, syntheticDescription } from "./corpus.ts";
import { rssMb, startProcess } from "./proc.ts";
import type { Figure } from "./report.ts";

/** A CSV of `count` companies with spreadsheet column names. */
function writeCsv(dir: string, count: number): string {
  const rand = createRandom(5);
  const lines = ["Company Name,About"];
  for (let i = 0; i < count; i++) lines.push(`Co ${i},"${syntheticDescription(rand).replace(/"/g, '""')}"`);
  const file = join(dir, `rows-${count}.csv`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** Posts a file to the stream endpoint; resolves with the seconds taken, the lines answered and the last line. */
function post(url: string, file: string): Promise<{ seconds: number; lines: number; last: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${url}/v1/classify/stream`, { method: "POST", headers: { "content-type": "text/csv", "content-length": String(statSync(file).size) } }, (res) => {
      let lines = 0;
      let tail = "";
      res.on("data", (d: Buffer) => {
        for (let at = d.indexOf(10); at >= 0; at = d.indexOf(10, at + 1)) lines++;
        tail = (tail + d.toString("utf8")).slice(-400);
      });
      res.on("end", () => resolve({ seconds: (performance.now() - started) / 1000, lines, last: tail.trimEnd().split("\n").at(-1) ?? "" }));
      res.on("error", reject);
    });
    req.on("error", reject);
    createReadStream(file).pipe(req);
  });
}

/** The batch command on a file, output discarded: seconds from start to exit (its start-up included). */
async function batch(root: string, file: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ["bin/valuechain.mjs", "batch", file, "--output", "/dev/null"], { cwd: root, stdio: "ignore" });
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`batch exited with ${code}`);
  return (performance.now() - started) / 1000;
}

const rate = (rows: number, seconds: number) => `${Math.round(rows / seconds).toLocaleString("en-US")} rows/s`;

/** Runs the comparison on `rows` rows and the memory run on `memoryRows` rows. */
export async function streamBench(root: string, rows: number, memoryRows: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "vc-stream-bench-"));
  try {
    const file = writeCsv(dir, rows);
    const { child, url } = await startProcess(root, ["--import", "tsx", "bench/stream-server.ts"], "warn");
    await post(url, writeCsv(dir, 500)); // warm-up: JIT, workers started
    const streamed = await post(url, file);
    if (streamed.lines !== rows + 1 || !streamed.last.includes('"complete":true')) throw new Error(`the stream answered ${streamed.lines} lines, ending ${streamed.last}`);
    const batchSeconds = await batch(root, file);
    console.log(`\nstream: ${rows.toLocaleString("en-US")} CSV rows`);
    console.log(`POST /v1/classify/stream   ${rate(rows, streamed.seconds)} (${streamed.seconds.toFixed(2)} s)`);
    console.log(`batch command              ${rate(rows, batchSeconds)} (${batchSeconds.toFixed(2)} s, start-up included)`);
    console.log(`ratio stream / batch: ${((batchSeconds / streamed.seconds) * 100).toFixed(0)}% (target ≥ 80%)`);

    // The long stream twice on one server: memory is flat when the second adds nothing to the first.
    const big = writeCsv(dir, memoryRows);
    const mb = (statSync(big).size / 1024 ** 2).toFixed(0);
    const pid = child.pid!;
    const passes: { start: number; end: number; max: number; seconds: number }[] = [];
    for (let pass = 0; pass < 2; pass++) {
      const rss = [rssMb(pid)];
      const sampler = setInterval(() => rss.push(rssMb(pid)), 500);
      const long = await post(url, big);
      clearInterval(sampler);
      rss.push(rssMb(pid));
      if (long.lines !== memoryRows + 1) throw new Error(`the stream answered ${long.lines} lines of ${memoryRows + 1}`);
      passes.push({ start: rss[0]!, end: rss.at(-1)!, max: Math.max(...rss), seconds: long.seconds });
      console.log(`stream of ${memoryRows.toLocaleString("en-US")} rows (${mb} MB), pass ${pass + 1}: ${rate(memoryRows, long.seconds)}; server RSS ${rss[0]!.toFixed(0)} → ${rss.at(-1)!.toFixed(0)} MB (max ${Math.max(...rss).toFixed(0)}, ${rss.length} samples)`);
    }
    const [first, second] = passes as [(typeof passes)[0], (typeof passes)[0]];
    console.log(`server RSS growth over the second pass: ${(second.max - first.max).toFixed(0)} MB at the peak, ${(second.end - first.end).toFixed(0)} MB at the end (target flat)`);
    child.kill("SIGTERM");
    await once(child, "exit");
    return [
      { name: "stream: POST /v1/classify/stream", value: rows / streamed.seconds, unit: "rows/s" },
      { name: "stream: batch command on the same file", value: rows / batchSeconds, unit: "rows/s" },
      { name: "stream / batch command", value: (batchSeconds / streamed.seconds) * 100, unit: "%", target: { op: "≥", value: 80 } },
      { name: `stream of ${memoryRows.toLocaleString("en-US")} rows: server RSS peak, first pass`, value: first.max, unit: "MB" },
      { name: `stream of ${memoryRows.toLocaleString("en-US")} rows: server RSS peak, second pass`, value: second.max, unit: "MB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
