import { connect } from "node:net";
import { pino } from "pino";
import { afterEach } from "vitest";
import { startServer, type RunningServer } from "../../src/http/server.ts";
import type { HttpLimits } from "../../src/http/limits.ts";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection. */
  closed: boolean;
  /** Milliseconds from the first byte sent to the answer (or the close). */
  ms: number;
}

/** A server on 127.0.0.1 with its own limits, logging nothing. */
export function quietServer(limits: Partial<HttpLimits> = {}): Promise<RunningServer> {
  return startServer({ port: 0, logger: pino({ level: "silent" }), limits });
}

/** `serve(limits)` for a test file: each server it starts is closed after each test. */
export function serversPerTest(): (limits?: Partial<HttpLimits>) => Promise<RunningServer> {
  const running: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()));
  });
  return async (limits = {}) => {
    const s = await quietServer(limits);
    running.push(s);
    return s;
  };
}

function parse(bytes: Buffer): Omit<RawResponse, "closed" | "ms"> | undefined {
  const end = bytes.indexOf("\r\n\r\n");
  if (end < 0) return undefined;
  const [statusLine = "", ...lines] = bytes.subarray(0, end).toString("latin1").split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers["content-length"] ?? 0);
  if (bytes.length < end + 4 + length) return undefined;
  return { status: Number(statusLine.split(" ")[1]), headers, body: bytes.subarray(end + 4, end + 4 + length).toString("utf8") };
}

/**
 * Sends bytes as they are on a new connection and waits for a whole response, then for the server
 * to close the connection (up to `closeWithinMs`): what a client that does not follow HTTP sees.
 */
export function rawRequest(url: string, bytes: string | Buffer, closeWithinMs = 0): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const start = Date.now();
    let received = Buffer.alloc(0);
    let answer: Omit<RawResponse, "closed" | "ms"> | undefined;
    let answeredAt = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...(answer ?? { status: 0, headers: {}, body: "" }), closed, ms: (answeredAt || Date.now()) - start });
    };
    socket.on("data", (d: Buffer) => {
      received = Buffer.concat([received, d]);
      answer ??= parse(received);
      if (answer && !answeredAt) {
        answeredAt = Date.now();
        timer = setTimeout(() => finish(false), closeWithinMs);
      }
    });
    socket.on("close", () => finish(true));
    socket.on("error", reject);
    socket.write(bytes);
  });
}

/** The request line and headers of a POST, without a body. */
export function postHead(path: string, headers: Record<string, string | number>): string {
  return `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n`;
}
