import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { Classifier } from "../../src/core/index.ts";
import { createApp, createRulesHolder } from "../../src/http/index.ts";
import { builtIn } from "../helpers/classifier.ts";

interface Line {
  level: number;
  time?: number;
  msg: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
  err?: { message: string };
}

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A server whose request logs land in `lines`, answering with `classifier`. */
async function serve(classifier: Classifier): Promise<{ url: string; lines: Line[] }> {
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split("\n")) if (text) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  const app = createApp({ rules: createRulesHolder({ classifier }), logger: pino({ level: "info", base: undefined }, sink) });
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines };
}

/** Waits until `lines` has `n` entries (the line is written when the connection is done with the request). */
async function waitFor(lines: Line[], n: number): Promise<void> {
  for (let i = 0; i < 200 && lines.length < n; i++) await new Promise((r) => setTimeout(r, 5));
}

describe("request logs (one line per request)", () => {
  it("logs a completed request with the client's X-Request-Id, method, path, status and time, and echoes the id", async () => {
    const { url, lines } = await serve(builtIn());
    const res = await fetch(`${url}/v1/classify`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "abc-123" }, body: '{"description":"GPU cloud rented by the hour"}' });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("abc-123");
    await waitFor(lines, 1);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect({ ...line, responseTime: typeof line!.responseTime }).toEqual({ level: 30, time: line!.time, msg: "request completed", req: { id: "abc-123", method: "POST", url: "/v1/classify" }, res: { statusCode: 200 }, responseTime: "number" });
  });

  it("makes a UUID when the client sends no id, and cuts a long one to 100 characters", async () => {
    const { url, lines } = await serve(builtIn());
    const plain = await fetch(`${url}/healthz`);
    const long = await fetch(`${url}/healthz`, { headers: { "x-request-id": "x".repeat(500) } });
    expect(plain.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(long.headers.get("x-request-id")).toBe("x".repeat(100));
    await waitFor(lines, 2);
    expect(lines.map((l) => l.req!.id)).toEqual([plain.headers.get("x-request-id"), "x".repeat(100)]);
  });

  it("a 4xx is a completed request; a 500 logs the failure with its error, then 'request errored' at level error", async () => {
    const broken = { ...builtIn(), classify: () => Promise.reject(new Error("boom")), classifySync: () => { throw new Error("boom"); } } as unknown as Classifier;
    const { url, lines } = await serve(broken);
    const bad = await fetch(`${url}/nope`);
    expect(bad.status).toBe(404);
    const failed = await fetch(`${url}/v1/classify`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "r-500" }, body: '{"description":"an AI startup"}' });
    expect(failed.status).toBe(500);
    await waitFor(lines, 3);
    expect(lines.map((l) => [l.level, l.msg, l.res?.statusCode])).toEqual([
      [30, "request completed", 404],
      [50, "request failed", undefined],
      [50, "request errored", 500],
    ]);
    expect(lines[1]!.req).toEqual({ id: "r-500", method: "POST", url: "/v1/classify" });
    expect(lines[1]!.err!.message).toBe("boom");
  });
});
