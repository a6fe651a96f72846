import { availableParallelism } from "node:os";
import { STREAM_BYTES } from "./stream-bytes.ts";

/**
 * Every limit and timeout of the HTTP service, in one place: the server, the app, the OpenAPI
 * document and docs/http.md read them from here.
 */
export interface HttpLimits {
  /** Largest request body, in bytes; a larger declared Content-Length is refused before reading. */
  bodyBytes: number;
  /** Largest body of POST /v1/classify/stream, in bytes: a larger Content-Length is 413 before reading; past it while streaming, the answer ends with an error line. */
  streamBytes: number;
  /** Most objects and lists in one JSON body (parsing cost grows with them, not with bytes). */
  jsonContainers: number;
  /** Bodies larger than this are classified on a worker thread, keeping the event loop free. */
  offloadBytes: number;
  /** Longest turn of in-place classification on the event loop (ms) before it reads sockets again; at least one request a turn. */
  inPlaceTurnMs: number;
  /** Worker threads for large requests; by default one core is left to the event loop. */
  workers: number;
  /** Nice steps the worker threads run below the event loop (Linux), so under load the loop keeps answering /healthz; 0 leaves them equal. */
  workerNiceness: number;
  /** Large requests waiting for a worker beyond this number are answered 503 at once. */
  queueLength: number;
  /** Time from the start of handling to the answer, for POST /v1/classify; past it, 503. */
  classifyDeadlineMs: number;
  /** The same for POST /v1/classify/batch. */
  batchDeadlineMs: number;
  /** Retry-After (seconds) sent with a 503 for a missed deadline or a full queue. */
  retryAfterSeconds: number;
  /** Time allowed to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time allowed to receive a whole request, headers and body; for a stream, the longest it may stall (nothing read, nothing taken). */
  requestTimeoutMs: number;
  /** The longest a POST /v1/classify/stream may run, start to end. */
  streamTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** How often the server checks connections against the headers timeout. */
  timeoutCheckMs: number;
  /** Open connections at most; more are closed as they arrive. */
  maxConnections: number;
}

/** The limits `valuechain serve` runs with; docs/http.md lists them (a test keeps the two equal). */
export const DEFAULT_LIMITS: Readonly<HttpLimits> = Object.freeze({
  bodyBytes: 1_048_576,
  streamBytes: STREAM_BYTES,
  jsonContainers: 50_000,
  offloadBytes: 2_048,
  inPlaceTurnMs: 1,
  workers: Math.max(1, availableParallelism() - 1),
  workerNiceness: 10,
  queueLength: 64,
  classifyDeadlineMs: 2_000,
  batchDeadlineMs: 10_000,
  retryAfterSeconds: 5,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  streamTimeoutMs: 1_800_000,
  keepAliveTimeoutMs: 5_000,
  timeoutCheckMs: 1_000,
  maxConnections: 512,
});

export function httpLimits(overrides: Partial<HttpLimits> = {}): HttpLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
