import { describe, expect, it } from "vitest";
import { builtIn } from "../helpers/classifier.ts";
import { serversPerTest } from "./http-raw.ts";

const serve = serversPerTest();

const post = (url: string, path: string, body: unknown) => fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** A description over the offload threshold (2 KB): classified on a worker thread. */
const LONG = `We rent H100 GPU clusters by the hour to AI labs training foundation models. ${"Our data centres run on renewable power and our engineers answer within the hour. ".repeat(30)}`;
const ITEMS = Array.from({ length: 1_000 }, (_, i) => ({ id: `c${i}`, description: `${i}: ${LONG.slice(0, 600)}` }));

describe("large requests run off the event loop, against a deadline (issue 17, item 1)", () => {
  it("a large description is classified on a worker exactly as in this thread", async () => {
    const s = await serve({ classifyDeadlineMs: 60_000 });
    expect(LONG.length).toBeGreaterThan(2_048);
    const res = await post(s.url, "/v1/classify", { description: LONG });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(await builtIn().classify({ description: LONG }));
  });

  it("a request past its deadline is a 503 with Retry-After, and the next one is served by a fresh worker", async () => {
    const s = await serve({ batchDeadlineMs: 1, classifyDeadlineMs: 60_000 });
    const late = await post(s.url, "/v1/classify/batch", { items: ITEMS });
    expect(late.status).toBe(503);
    expect(late.headers.get("retry-after")).toBe("5");
    expect(await late.json()).toMatchObject({ type: "/problems/deadline-exceeded", detail: "The classification did not finish within 1 ms; try again later or send less text" });
    const next = await post(s.url, "/v1/classify", { description: LONG });
    expect(next.status).toBe(200);
    expect(((await next.json()) as { primaryDomain: string }).primaryDomain).toBe("ai-infrastructure");
  });

  it("large requests beyond the queue are refused at once with 503", async () => {
    const s = await serve({ workers: 1, queueLength: 1, batchDeadlineMs: 60_000 });
    const answers = await Promise.all([0, 1, 2, 3].map(() => post(s.url, "/v1/classify/batch", { items: ITEMS.slice(0, 200) })));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    const refused = answers.find((r) => r.status === 503)!;
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as { type: string }).type).toBe("/problems/overloaded");
  });

  it("/healthz keeps answering while a 1,000-item batch is classified", async () => {
    const s = await serve({ batchDeadlineMs: 60_000 });
    await post(s.url, "/v1/classify/batch", { items: ITEMS.slice(0, 10) }); // workers up
    let done = false;
    const started = Date.now();
    const batch = post(s.url, "/v1/classify/batch", { items: ITEMS }).then(async (r) => {
      const body = (await r.json()) as { results: { id: string }[] };
      done = true;
      return { status: r.status, rows: body.results.length, ms: Date.now() - started };
    });
    const health: number[] = [];
    while (!done) {
      const t = Date.now();
      const r = await fetch(`${s.url}/healthz`);
      await r.arrayBuffer();
      if (!done) health.push(Date.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const result = await batch;
    expect(result).toMatchObject({ status: 200, rows: 1_000 });
    // The batch takes hundreds of ms; were it on the event loop, no /healthz could finish meanwhile.
    expect(health.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...health)).toBeLessThan(Math.max(250, result.ms / 2));
  });
});
