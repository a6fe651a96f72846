// Our own whole-request timeout, in place of Node's `requestTimeout`, which cannot exempt one route:
// an ordinary request must arrive whole within `requestTimeoutMs`; a stream (POST
// /v1/classify/stream) instead may not stall for that long and may not run past `streamTimeoutMs`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpProblem, problemBody } from "./problem.ts";

const STREAMING = Symbol("valuechain.streaming");
type Marked = IncomingMessage & { [STREAMING]?: true };

/** Answers 408 (problem+json) when nothing has been sent yet, and closes the connection either way. */
export function timeOut(res: ServerResponse, detail: string): void {
  if (!res.headersSent) {
    const text = JSON.stringify(problemBody(new HttpProblem(408, "request-timeout", "Request timeout", detail, [{ path: "(body)", message: "Not received in time" }]), null));
    res.writeHead(408, { "Content-Type": "application/problem+json", "Content-Length": Buffer.byteLength(text), Connection: "close" });
    res.end(text, () => res.destroy());
    setTimeout(() => res.destroy(), 1_000).unref();
    return;
  }
  res.destroy();
}

/** Closes a request whose body has not all arrived `ms` after it started, unless it became a stream. */
export function armRequestTimeout(req: IncomingMessage, res: ServerResponse, ms: number): void {
  if (ms <= 0) return;
  const timer = setTimeout(() => {
    if (req.complete || (req as Marked)[STREAMING]) return;
    timeOut(res, `The whole request must arrive within ${ms} ms`);
  }, ms);
  timer.unref();
  res.once("close", () => clearTimeout(timer));
}

/**
 * Takes a stream out of the whole-request timeout and gives it its own: it is closed when, for
 * `idleMs`, no body chunk arrives and no answer is taken while the server waits on the client, or
 * when it has run for `maxMs`. `progress()` on each chunk read and each write taken; `busy(work)`
 * around the server's own work (a chunk being classified), which never counts as a stall.
 */
export function streamTimeout(req: IncomingMessage, res: ServerResponse, idleMs: number, maxMs: number): { progress(): void; busy<T>(work: Promise<T>): Promise<T>; stop(): void } {
  (req as Marked)[STREAMING] = true;
  let working = 0;
  const fire = (detail: string) => {
    (req as { log?: { warn(o: object, m: string): void } }).log?.warn({ idleMs, maxMs }, detail);
    timeOut(res, detail);
  };
  const idle =
    idleMs > 0
      ? setTimeout(() => {
          if (working > 0) idle!.refresh();
          else fire(`The stream stalled: nothing was read or taken for ${idleMs} ms`);
        }, idleMs).unref()
      : undefined;
  const whole = maxMs > 0 ? setTimeout(() => fire(`The stream ran past its limit of ${maxMs} ms`), maxMs).unref() : undefined;
  return {
    progress() {
      idle?.refresh();
    },
    async busy(work) {
      working++;
      try {
        return await work;
      } finally {
        working--;
        idle?.refresh();
      }
    },
    stop() {
      clearTimeout(idle);
      clearTimeout(whole);
    },
  };
}
