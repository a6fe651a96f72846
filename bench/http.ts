/**
 * npm run bench:http [-- --duration S --connections N] — HTTP throughput on 127.0.0.1 only.
 *
 * Starts each server in its own process — `valuechain serve` (request logs on, as deployed) and a
 * trivial Express handler returning a fixed 1 KB JSON, the framework's ceiling on this machine — and
 * loads each in turn with autocannon from this process: req/s, p50/p99 latency, errors, and the
 * server's RSS sampled through the run (flat = no leak). Prints the ratio classify / trivial.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createRandom, syntheticDescription } from "./corpus.ts";
import { rssMb } from "./proc.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "50" } } });
const duration = Number(values.duration);
const connections = Number(values.connections);

async function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "info" }, stdio: ["ignore", "ignore", "pipe"] });
  let seen = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}: ${seen}`)));
    child.stderr!.on("data", (d: Buffer) => {
      if (seen.length < 10_000) seen += d;
      const m = /"url":"(http:\/\/[^"]+)"/.exec(seen);
      if (m) resolve(m[1]!);
    });
  });
  child.stderr!.resume();
  return { child, url };
}

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

console.log(`autocannon on 127.0.0.1, ${connections} connections, ${duration} s each (after a 2 s warm-up), server in its own process\n`);
const trivial = await load("trivial Express (1 KB JSON)", ["--import", "tsx", "bench/trivial-server.ts"], requests);
const classify = await load("valuechain /v1/classify", ["bin/valuechain.mjs", "serve", "--port", "0"], requests);
console.log(`\nratio classify / trivial: ${((classify.reqPerSec / trivial.reqPerSec) * 100).toFixed(0)}% (target ≥ 50%)`);
console.log(`p99 at ${connections} connections: ${classify.p99} ms (target < 50 ms); errors ${classify.errors + classify.non2xx} (target 0)`);
