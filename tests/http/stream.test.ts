import { request as httpRequest } from "node:http";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/http/server.ts";

/** Log lines of a server, parsed. */
function captureLogs(): { logs: Record<string, unknown>[]; stream: Writable } {
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  return { logs, stream };
}

const captured = captureLogs();
let server: RunningServer;
let small: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0, logger: pino({ level: "info" }, captured.stream) });
  small = await startServer({ port: 0, logger: pino({ level: "silent" }), limits: { streamBytes: 150_000 } });
});
afterAll(async () => {
  await server.close();
  await small.close();
});

async function stream(body: string, type: string, url = server.url, path = "/v1/classify/stream") {
  const res = await fetch(`${url}${path}`, { method: "POST", headers: { "content-type": type }, body });
  const text = await res.text();
  const isLines = res.headers.get("content-type")?.startsWith("application/x-ndjson");
  return { status: res.status, type: res.headers.get("content-type"), lines: isLines ? text.trimEnd().split("\n").map((l) => JSON.parse(l)) : [], problem: isLines ? undefined : JSON.parse(text) };
}

const brief = (row: { id: string; line?: number; result?: { primaryDomain: string | null }; error?: { code: string } }) =>
  row.result ? `${row.id} ${row.result.primaryDomain}` : `${row.id} line ${row.line} ${row.error?.code}`;

describe("POST /v1/classify/stream", () => {
  it("reads a semicolon CSV with spreadsheet column names, answering a row per line and a summary", async () => {
    const csv = 'Company Name;About;Website\nAcme;We rent H100 GPU clusters by the hour.;acme.ai\nBeta;"A family bakery; sourdough";beta.com\nGamma;Vector database for LLM apps\nDelta;AI agents that resolve support tickets;delta.io\n';
    const r = await stream(csv, "text/csv");
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/x-ndjson; charset=utf-8");
    expect(r.lines.slice(0, -1).map(brief)).toEqual(["acme.ai ai-infrastructure", "beta.com null", "4 line 4 invalid_csv_row", "delta.io ai-agents"]);
    expect(r.lines[2].error.message).toBe("Line 4 has 2 fields; the header has 3");
    expect(r.lines[0].name).toBe("Acme");
    expect(r.lines.at(-1)).toEqual({ summary: { rows: 4, classified: 3, errors: 1, abstained: 1, domains: { "ai-infrastructure": 1, "ai-agents": 1 }, complete: true } });
  });

  it("puts a bad JSON line's error row at its line, between the rows around it", async () => {
    const jsonl = '{"id":"a","description":"vector db for llm apps"}\n{"description": nope}\n{"description":"AI agents for support"}\n';
    const r = await stream(jsonl, "application/x-ndjson");
    expect(r.lines.slice(0, -1).map(brief)).toEqual(["a rag", "2 line 2 invalid_json", "3 ai-agents"]);
    expect(r.lines.at(-1).summary).toMatchObject({ rows: 3, classified: 2, errors: 1, complete: true });
  });

  it("answers 2,000 rows, every one, in order", async () => {
    const kinds = ["We rent H100 GPU clusters by the hour.", "Vector database for LLM apps.", "A family bakery."];
    const rows = Array.from({ length: 2000 }, (_, i) => `co-${i}\t${kinds[i % 3]} Row ${i}.`);
    const r = await stream(`id\tdescription\n${rows.join("\n")}\n`, "text/tab-separated-values");
    expect(r.lines).toHaveLength(2001);
    expect(r.lines.slice(0, -1).map((l) => l.id)).toEqual(rows.map((_, i) => `co-${i}`));
    expect(r.lines.slice(0, -1).map((l) => l.result.primaryDomain)).toEqual(rows.map((_, i) => ["ai-infrastructure", "rag", null][i % 3]));
    expect(r.lines.at(-1).summary).toEqual({ rows: 2000, classified: 2000, errors: 0, abstained: 666, domains: { "ai-infrastructure": 667, rag: 667 }, complete: true });
  });

  it("refuses another content type with a 415 problem", async () => {
    const r = await stream("Company Name,About\nAcme,GPU cloud\n", "text/plain");
    expect(r.status).toBe(415);
    expect(r.problem.detail).toBe("Send CSV, TSV or JSON Lines (text/csv, text/tab-separated-values, application/x-ndjson, application/jsonl); got text/plain");
  });

  it("refuses a header with no description or answer column with a 400 naming it, before any row", async () => {
    const r = await stream("Name;Website\nAcme;acme.ai\n", "text/csv");
    expect(r.status).toBe(400);
    expect(r.problem.type).toBe("/problems/invalid-header");
    expect(r.problem.detail).toMatch(/^No column gives a description or answers: the columns are "Name", "Website"\. Name the description column with the columns query parameter description=COLUMN/);
  });

  it("takes other column names from the columns query parameter", async () => {
    const r = await stream("Startup;Pitch\nAcme;GPU cloud rented by the hour\n", "text/csv", server.url, "/v1/classify/stream?columns=description=Pitch");
    expect(r.lines.map((l) => l.result?.primaryDomain ?? l.summary?.rows)).toEqual(["ai-infrastructure", 1]);
  });

  it("refuses a declared Content-Length over the limit with 413 before reading the body", async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${small.url}/v1/classify/stream`, { method: "POST", headers: { "content-type": "text/csv", "content-length": String(2 * 1024 ** 3) } }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      });
      req.on("error", reject);
      req.write("Company Name,About\n"); // 2 GB declared, a few bytes sent: the answer comes at once
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).detail).toBe("The request body is larger than the limit of 150000 bytes");
  });

  it("ends with an error line, never silently, when a body without Content-Length passes the limit mid-stream", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `Co${i},We rent H100 GPU clusters by the hour.`);
    const body = new Blob([`Company Name,About\n${rows.join("\n")}\n`]).stream(); // sent chunked
    const res = await fetch(`${small.url}/v1/classify/stream`, { method: "POST", headers: { "content-type": "text/csv" }, body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({ error: { code: "body_too_large", message: "The body is larger than the limit of 150000 bytes: rows after this point were not read" } });
    const rowsAnswered = lines.slice(0, -1);
    expect(rowsAnswered.length).toBeGreaterThan(1000);
    expect(rowsAnswered.length).toBeLessThan(4000);
    expect(rowsAnswered.map((l) => l.id)).toEqual(rowsAnswered.map((_, i) => String(i + 2)));
  });

  it("stops classifying when the client disconnects mid-stream", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Co${i},We rent H100 GPU clusters by the hour; row ${i}.`);
    const body = `Company Name,About\n${rows.join("\n")}\n`;
    const received = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/v1/classify/stream`, { method: "POST", headers: { "content-type": "text/csv", "content-length": String(Buffer.byteLength(body)) } }, (res) => {
        let lines = 0;
        res.on("data", (d: Buffer) => {
          lines += String(d).split("\n").length - 1;
          if (lines >= 300) {
            req.destroy(); // the tab closes
            resolve(lines);
          }
        });
      });
      req.on("error", () => undefined);
      req.end(body);
      setTimeout(() => reject(new Error("no rows came back")), 60_000);
    });
    expect(received).toBeGreaterThanOrEqual(300);
    const stopped = await new Promise<Record<string, unknown>>((resolve) => {
      const look = () => {
        const log = captured.logs.find((l) => l.msg === "stream stopped: the client closed the connection");
        if (log) resolve(log);
        else setTimeout(look, 50);
      };
      look();
    });
    expect(stopped.rows).toBeLessThan(20_000);
    const after = stopped.rows;
    await new Promise((r) => setTimeout(r, 500));
    expect(captured.logs.filter((l) => l.msg === "stream stopped: the client closed the connection")).toEqual([stopped]);
    expect(stopped.rows).toBe(after);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 90_000);
});
