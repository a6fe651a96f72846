/**
 * npm run bench:http [-- --duration S --connections N] — HTTP throughput on 127.0.0.1 only.
 *
 * Starts each server in its own process — `valuechain serve` (request logs on, as deployed) and a
 * trivial Express handler returning a fixed 1 KB JSON, the framework's ceiling on this machine — and
 * loads each in turn with autocannon from this process: req/s, p50/p99 latency, errors, and the
 * server's RSS sampled through the run (flat = no leak). Prints the ratio classify / trivial.
 *
 * Then an adversarial run: the same normal load plus 10 worst-case requests per second (long runs of
 * one letter, characters NFKC expands, a batch of such items, 5,000 levels of nesting), with /healthz
 * probed every 50 ms from a process of its own, as a load balancer would (held to the target), and
 * from this process, which also runs the load (its figure includes this process's own event-loop
 * delay); prints both /healthz p99s, the classify p99 under the load, and how many worst-case
 * requests took longer than their deadline without being answered 503. `--only adversarial` runs
 * just that part.
 *
 * Then a reload run: `serve --watch` on a copy of the rules, one rules file rewritten every 1.5 s
 * (each write a reload: validated on a worker, built a step per turn), with /healthz probed every
 * 5 ms from a process of its own; prints how many reloads the server logged and the /healthz p99 and
 * maximum meanwhile. `--only reload` runs just that part.
 *
 * Last, the stream run (bench/stream.ts): 20,000 CSV rows through POST /v1/classify/stream against the
 * `batch` command on the same file, then 200,000 rows twice on one server with its RSS (flat: the second pass adds nothing). `--only stream` runs just
 * that. Run `npm run build` first: with a stale bundle, bin/valuechain.mjs runs `batch` (and its
 * workers) through tsx.
 *
 * Writes its section of docs/performance.md (bench/report.ts). `--quick` (10 connections, 2 s each,
 * a stream of 2,000 and 20,000 rows) only proves the bench works.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createRandom, syntheticDescription } from "./corpus.ts";
import { rssMb, startProcess } from "./proc.ts";
import { machineNow, writeSection, type Figure } from "./report.ts";
import { streamBench } from "./stream.ts";
import { DEFAULT_LIMITS } from "../src/http/limits.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "50" }, only: { type: "string" }, quick: { type: "boolean", default: false } } });
const machine = machineNow();
const startedAt = new Date();
const duration = values.quick ? 2 : Number(values.duration);
const connections = values.quick ? 10 : Number(values.connections);

const start = (args: string[]) => startProcess(ROOT, args);

interface Figures {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssStart: number;
  rssEnd: number;
  rssMax: number;
}

async function load(name: string, args: string[], requests: { body: string }[]): Promise<Figures> {
  const { child, url } = await start(args);
  const pid = child.pid!;
  // Warm up (JIT, stem cache) before measuring.
  await autocannon({ url: `${url}/v1/classify`, connections, duration: 2, method: "POST", headers: { "content-type": "application/json" }, requests });
  const rss: number[] = [rssMb(pid)];
  const sampler = setInterval(() => rss.push(rssMb(pid)), 1000);
  const result = await autocannon({ url: `${url}/v1/classify`, connections, duration, method: "POST", headers: { "content-type": "application/json" }, requests });
  clearInterval(sampler);
  rss.push(rssMb(pid));
  child.kill("SIGTERM");
  await once(child, "exit");
  const figures = {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssStart: rss[0]!,
    rssEnd: rss.at(-1)!,
    rssMax: Math.max(...rss),
  };
  console.log(
    `${name.padEnd(28)} ${Math.round(figures.reqPerSec).toLocaleString("en-US").padStart(7)} req/s   p50 ${figures.p50} ms   p99 ${figures.p99} ms   errors ${figures.errors}   non-2xx ${figures.non2xx}   RSS ${figures.rssStart.toFixed(0)} → ${figures.rssEnd.toFixed(0)} MB (max ${figures.rssMax.toFixed(0)})`,
  );
  return figures;
}

const rand = createRandom(11);
const requests = Array.from({ length: 200 }, () => ({ body: JSON.stringify({ description: syntheticDescription(rand) }) }));

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
}

/** Requests a hostile client sends: each is within the documented limits, and as costly as we know how to make it. */
const WORST: { path: string; body: string; deadlineMs: number }[] = [
  { path: "/v1/classify", body: JSON.stringify({ description: "b".repeat(20_000) }), deadlineMs: DEFAULT_LIMITS.classifyDeadlineMs },
  { path: "/v1/classify", body: JSON.stringify({ description: "\uFDFA".repeat(20_000) }), deadlineMs: DEFAULT_LIMITS.classifyDeadlineMs },
  { path: "/v1/classify/batch", body: JSON.stringify({ items: Array.from({ length: 10 }, (_, i) => ({ description: String.fromCharCode(97 + i).repeat(20_000) })) }), deadlineMs: DEFAULT_LIMITS.batchDeadlineMs },
  { path: "/v1/classify", body: `{"answers":{"offerings":${"[".repeat(5_000)}${"]".repeat(5_000)}}}`, deadlineMs: DEFAULT_LIMITS.classifyDeadlineMs },
];

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(120_000) });
    await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status };
  } catch {
    return { ms: performance.now() - start, status: 0 };
  }
}

/** /healthz latencies (ms) probed every 50 ms for `seconds`, from a process of its own (bench/health-probe.ts). */
async function healthProbe(url: string, seconds: number, everyMs = 50): Promise<number[]> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/health-probe.ts", url, String(seconds), String(everyMs)], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`bench/health-probe.ts exited with ${code}`);
  return JSON.parse(out) as number[];
}

async function adversarial(): Promise<Figure[]> {
  const { child, url } = await start(["bin/valuechain.mjs", "serve", "--port", "0"]);
  await autocannon({ url: `${url}/v1/classify`, connections, duration: 2, method: "POST", headers: { "content-type": "application/json" }, requests });
  const worst: { ms: number; status: number; deadlineMs: number }[] = [];
  const pending: Promise<unknown>[] = [];
  const end = Date.now() + duration * 1000;
  const probe = healthProbe(`${url}/healthz`, duration);
  const nearby: number[] = [];
  const nearbyProbe = (async () => {
    while (Date.now() < end) {
      nearby.push((await timed(`${url}/healthz`)).ms);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  let n = 0;
  const attacker = setInterval(() => {
    const w = WORST[n++ % WORST.length]!;
    pending.push(timed(`${url}${w.path}`, { method: "POST", headers: { "content-type": "application/json" }, body: w.body }).then((r) => worst.push({ ...r, deadlineMs: w.deadlineMs })));
  }, 100);
  const result = await autocannon({ url: `${url}/v1/classify`, connections, duration, method: "POST", headers: { "content-type": "application/json" }, requests });
  clearInterval(attacker);
  const health = await probe;
  await nearbyProbe;
  await Promise.all(pending);
  child.kill("SIGTERM");
  await once(child, "exit");
  const late = worst.filter((w) => w.status !== 503 && w.ms > w.deadlineMs).length;
  const counts = new Map<number, number>();
  for (const w of worst) counts.set(w.status, (counts.get(w.status) ?? 0) + 1);
  const statuses = [...counts].map(([status, count]) => `${status}×${count}`).join(" ");
  console.log(`\nadversarial: ${connections} connections of normal load + 10 worst-case requests/s, ${duration} s`);
  console.log(`/healthz p99 ${p99(health).toFixed(0)} ms over ${health.length} probes from a process of its own (target < 50 ms); ${p99(nearby).toFixed(0)} ms from the load generator's process`);
  console.log(`classify p99 ${result.latency.p99} ms   ${Math.round(result.requests.average)} req/s, non-2xx ${result.non2xx}`);
  console.log(`worst-case requests: ${worst.length} sent (${statuses}); over their deadline without a 503: ${late} (target 0)`);
  return [
    { name: "adversarial: /healthz p99 (probe in a process of its own)", value: p99(health), unit: "ms", target: { op: "<", value: 50 } },
    { name: "adversarial: /healthz p99 (probe in the load generator's process)", value: p99(nearby), unit: "ms" },
    { name: "adversarial: classify p99", value: result.latency.p99, unit: "ms" },
    { name: "adversarial: classify throughput", value: result.requests.average, unit: "req/s" },
    { name: "adversarial: worst-case requests over their deadline without a 503", value: late, unit: "requests" },
  ];
}

async function reloads(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "valuechain-bench-rules-"));
  cpSync(join(ROOT, "rules"), dir, { recursive: true });
  const { child, url } = await start(["bin/valuechain.mjs", "serve", "--port", "0", "--rules", dir, "--watch"]);
  let log = "";
  child.stderr!.on("data", (d: Buffer) => (log += d));
  const edits = values.quick ? 2 : 8;
  const probe = healthProbe(`${url}/healthz`, edits * 1.5 + 1, 5);
  const file = join(dir, "domains/rag.json");
  for (let i = 1; i <= edits; i++) {
    await new Promise((r) => setTimeout(r, 1500));
    const rules = JSON.parse(readFileSync(file, "utf8")) as { event: { params: { weight: number } } }[];
    rules[0]!.event.params.weight = 1 + i / 10;
    writeFileSync(file, JSON.stringify(rules, null, 2));
  }
  const health = await probe;
  child.kill("SIGTERM");
  await once(child, "exit");
  rmSync(dir, { recursive: true, force: true });
  const reloaded = log.match(/"msg":"rules reloaded"/g)?.length ?? 0;
  const max = Math.max(...health);
  console.log(`\nreloads: ${edits} rules edits under serve --watch, ${reloaded} reloads logged`);
  console.log(`/healthz p99 ${p99(health).toFixed(0)} ms, max ${max.toFixed(0)} ms over ${health.length} probes every 5 ms from a process of its own (target: p99 < 50 ms)`);
  return [
    { name: "reloads: rules edits reloaded", value: reloaded, unit: "reloads", target: { op: "≥", value: edits } },
    { name: "reloads: /healthz p99 during reloads", value: p99(health), unit: "ms", target: { op: "<", value: 50 } },
    { name: "reloads: /healthz max during reloads", value: max, unit: "ms" },
  ];
}

const figures: Figure[] = [];
if (values.only === undefined) {
  console.log(`autocannon on 127.0.0.1, ${connections} connections, ${duration} s each (after a 2 s warm-up), server in its own process\n`);
  const trivial = await load("trivial Express (1 KB JSON)", ["--import", "tsx", "bench/trivial-server.ts"], requests);
  const classify = await load("valuechain /v1/classify", ["bin/valuechain.mjs", "serve", "--port", "0"], requests);
  console.log(`\nratio classify / trivial: ${((classify.reqPerSec / trivial.reqPerSec) * 100).toFixed(0)}% (target ≥ 50%)`);
  console.log(`p99 at ${connections} connections: ${classify.p99} ms (target < 50 ms); errors ${classify.errors + classify.non2xx} (target 0)`);
  figures.push(
    { name: "trivial Express (1 KB JSON)", value: trivial.reqPerSec, unit: "req/s" },
    { name: "/v1/classify", value: classify.reqPerSec, unit: "req/s" },
    { name: "/v1/classify / trivial Express", value: (classify.reqPerSec / trivial.reqPerSec) * 100, unit: "%", target: { op: "≥", value: 50 } },
    { name: "/v1/classify p50", value: classify.p50, unit: "ms" },
    { name: "/v1/classify p99", value: classify.p99, unit: "ms", target: { op: "<", value: 50 } },
    { name: "/v1/classify errors and non-2xx", value: classify.errors + classify.non2xx, unit: "responses" },
    { name: "server RSS at the end of the run", value: classify.rssEnd, unit: "MB" },
  );
}
if (values.only === undefined || values.only === "adversarial") figures.push(...(await adversarial()));
if (values.only === undefined || values.only === "reload") figures.push(...(await reloads()));
if (values.only === undefined || values.only === "stream") figures.push(...(await streamBench(ROOT, values.quick ? 2_000 : 20_000, values.quick ? 20_000 : 200_000)));
writeSection("http", {
  date: startedAt,
  machine,
  mode: `${values.quick ? "--quick, " : ""}${connections} connections, ${duration} s each${values.only ? `, --only ${values.only}` : ""}`,
  figures,
});
