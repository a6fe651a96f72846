import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/http/limits.ts";
import { postHead, serversPerTest, rawRequest } from "./http-raw.ts";

const serve = serversPerTest();

const json = { "content-type": "application/json" };

describe("timeouts and caps of our own (issue 17, item 8)", () => {
  it("the server runs with the documented timeouts and connection cap", async () => {
    const { server } = await serve();
    expect(server.headersTimeout).toBe(DEFAULT_LIMITS.headersTimeoutMs);
    expect(server.requestTimeout).toBe(0); // ours instead (src/http/request-timeout.ts), so a stream can be exempt
    expect(server.keepAliveTimeout).toBe(DEFAULT_LIMITS.keepAliveTimeoutMs);
    expect(server.maxConnections).toBe(DEFAULT_LIMITS.maxConnections);
    expect(DEFAULT_LIMITS).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 20_000, streamTimeoutMs: 1_800_000, keepAliveTimeoutMs: 5_000, maxConnections: 512 });
  });

  it("a body declared as 100 MB is refused with 413 before any of it is sent, and the connection closed", async () => {
    const s = await serve();
    const res = await rawRequest(s.url, postHead("/v1/classify", { ...json, "content-length": 100_000_000 }), 2_000);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ type: "/problems/body-too-large", detail: "The request body is larger than the limit of 1048576 bytes" });
    expect(res.headers.connection).toBe("close");
    expect(res.closed).toBe(true);
  });

  it("a chunked body that grows past the limit is refused without reading the rest", async () => {
    const s = await serve({ bodyBytes: 1_000 });
    const chunk = "x".repeat(2_000);
    const head = postHead("/v1/classify", { ...json, "transfer-encoding": "chunked" });
    const res = await rawRequest(s.url, `${head}${chunk.length.toString(16)}\r\n${chunk}\r\n`, 2_000);
    expect(res.status).toBe(413);
    expect(res.closed).toBe(true);
  });

  it("a body declared larger than sent is answered 408 and closed at the request timeout", async () => {
    const s = await serve({ requestTimeoutMs: 800, headersTimeoutMs: 400, timeoutCheckMs: 100 });
    const res = await rawRequest(s.url, postHead("/v1/classify", { ...json, "content-length": 500_000 }) + '{"description":', 3_000);
    expect(res.status).toBe(408);
    expect(res.closed).toBe(true);
    expect(res.ms).toBeGreaterThanOrEqual(700);
    expect(res.ms).toBeLessThan(2_500);
  });

  it("a body declared larger than sent is a 408 problem naming the timeout", async () => {
    const s = await serve({ requestTimeoutMs: 500 });
    const res = await rawRequest(s.url, postHead("/v1/classify", { ...json, "content-length": 500 }) + '{"description":', 3_000);
    expect(res.status).toBe(408);
    expect(res.headers["content-type"]).toBe("application/problem+json");
    expect(JSON.parse(res.body)).toMatchObject({ type: "/problems/request-timeout", status: 408, detail: "The whole request must arrive within 500 ms" });
  });

  /** A chunked CSV upload to POST /v1/classify/stream on a raw socket: `send(text)` writes a chunk, `end()` the last one. */
  function openStream(url: string) {
    const { port } = new URL(url);
    const socket = connect(Number(port), "127.0.0.1");
    const started = Date.now();
    const stream = {
      received: "",
      socket,
      closed: once(socket, "close"),
      ms: () => Date.now() - started,
      send: (text: string) => !socket.destroyed && socket.write(`${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`),
      end: () => socket.write("0\r\n\r\n"),
    };
    socket.on("data", (d) => (stream.received += d));
    socket.write(postHead("/v1/classify/stream", { "content-type": "text/csv", "transfer-encoding": "chunked" }));
    return stream;
  }

  it("a stream that keeps moving runs past the request timeout and ends with its summary", async () => {
    const s = await serve({ requestTimeoutMs: 400 });
    const stream = openStream(s.url);
    stream.send("name,description\n");
    for (let i = 0; i < 8; i++) {
      await sleep(150);
      stream.send(`Co${i},Vector database for LLM apps\n`);
    }
    stream.end();
    await stream.closed;
    expect(stream.received).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(stream.received).toContain('"summary":{"rows":8,"classified":8');
    expect(stream.received).toContain('"complete":true');
  });

  it("a stream that stalls for the request timeout is closed, with no summary line", async () => {
    const s = await serve({ requestTimeoutMs: 400 });
    const stream = openStream(s.url);
    stream.send("name,description\nAcme,Vector database for LLM apps\n");
    await stream.closed;
    expect(stream.ms()).toBeGreaterThanOrEqual(350);
    expect(stream.ms()).toBeLessThan(2_500);
    expect(stream.received).not.toContain('"summary"');
  });

  it("a stream that runs past streamTimeoutMs is closed even while it moves", async () => {
    const s = await serve({ requestTimeoutMs: 400, streamTimeoutMs: 700 });
    const stream = openStream(s.url);
    stream.send("name,description\n");
    for (let i = 0; i < 20 && !stream.socket.destroyed; i++) {
      await sleep(100);
      stream.send(`Co${i},Vector database for LLM apps\n`);
    }
    await stream.closed;
    expect(stream.ms()).toBeLessThan(1_800);
    expect(stream.received).not.toContain('"summary"');
  });

  it("headers that never end are answered 408 and closed at the headers timeout", async () => {
    const s = await serve({ requestTimeoutMs: 3_000, headersTimeoutMs: 400, timeoutCheckMs: 100 });
    const res = await rawRequest(s.url, "POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\n", 3_000);
    expect(res.status).toBe(408);
    expect(res.closed).toBe(true);
    expect(res.ms).toBeLessThan(2_000);
  });

  it("a connection that never sends a byte is closed at the headers timeout", async () => {
    const s = await serve({ requestTimeoutMs: 3_000, headersTimeoutMs: 400, timeoutCheckMs: 100 });
    const res = await rawRequest(s.url, "", 3_000);
    expect(res.closed).toBe(true);
    expect(res.ms).toBeGreaterThanOrEqual(300);
    expect(res.ms).toBeLessThan(2_000);
  });

  it("an idle keep-alive connection is closed after the keep-alive timeout", async () => {
    const s = await serve({ keepAliveTimeoutMs: 1_000 });
    const res = await rawRequest(s.url, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 3_000);
    expect(res.status).toBe(200);
    expect(res.headers["keep-alive"]).toBe("timeout=1");
    expect(res.closed).toBe(true);
  });

  it("connections past the cap are closed as they arrive; the ones held keep working", async () => {
    const s = await serve({ maxConnections: 3 });
    const { port } = new URL(s.url);
    const open = (): Promise<Socket> =>
      new Promise((resolve, reject) => {
        const socket = connect(Number(port), "127.0.0.1", () => resolve(socket));
        socket.on("error", reject);
      });
    const held = await Promise.all([open(), open(), open()]);
    const extra = await open();
    const closed = await new Promise<boolean>((resolve) => {
      extra.on("close", () => resolve(true));
      extra.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      setTimeout(() => resolve(false), 2_000);
    });
    expect(closed).toBe(true);
    const answer = await new Promise<string>((resolve) => {
      held[0]!.once("data", (d) => resolve(String(d)));
      held[0]!.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    for (const socket of [...held, extra]) socket.destroy();
  });
});
