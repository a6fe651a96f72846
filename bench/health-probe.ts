/**
 * Run by bench/http.ts in a process of its own: `node --import tsx bench/health-probe.ts URL SECONDS [EVERY_MS]`
 * GETs URL every EVERY_MS ms (50 by default) for SECONDS seconds and prints the latencies (ms) as one JSON array. A load
 * balancer's health check does not share the load generator's event loop, so neither does this probe.
 */
const [url, seconds, everyMs = "50"] = process.argv.slice(2);
if (url === undefined || seconds === undefined) throw new Error("usage: health-probe.ts URL SECONDS");
const end = Date.now() + Number(seconds) * 1000;
const latencies: number[] = [];
while (Date.now() < end) {
  const start = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    await res.arrayBuffer();
  } catch {
    // A failed probe counts with the time it took.
  }
  latencies.push(performance.now() - start);
  await new Promise((resolve) => setTimeout(resolve, Number(everyMs)));
}
process.stdout.write(JSON.stringify(latencies));
