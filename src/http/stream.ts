// POST /v1/classify/stream: CSV, TSV or JSON Lines in, JSON Lines out as rows are classified, read
// by the batch command's own readers (src/rows/source.ts) and classified chunk by chunk.
import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Classifier } from "../core/index.ts";
import { ColumnError, emptyStats, encodingNamed, ENCODINGS, mergeStats, openSource, parseColumnsOption, type ChunkOutput, type Encoding, type InputFormat, type Source } from "../rows/index.ts";
import type { StreamError, StreamSummary } from "../schemas/http.ts";
import { checkIdentityEncoding, tooLarge } from "./body.ts";
import { HttpProblem, requireRules } from "./problem.ts";
import { streamTimeout } from "./request-timeout.ts";
import { logRequest } from "./request-log.ts";
import { STREAMED, type RouteContext } from "./route.ts";

/** Media types the stream reads, and how: the delimiter of TSV is known, that of CSV told from its first line. */
export const STREAM_MEDIA: Record<string, { format: InputFormat; delimiter?: string }> = {
  "text/csv": { format: "csv" },
  "text/tab-separated-values": { format: "csv", delimiter: "\t" },
  "application/x-ndjson": { format: "jsonl" },
  "application/jsonl": { format: "jsonl" },
};

/**
 * The body's encoding from a `charset` parameter: one the batch readers know is how the body is
 * read (as `--encoding`); none leaves it to the byte-order mark and sniffing; any other is a 415,
 * never ignored.
 */
function charsetOf(params: string[]): Encoding | undefined {
  for (const param of params) {
    const [name = "", value = ""] = param.split("=", 2).map((s) => s.trim());
    if (name.toLowerCase() !== "charset") continue;
    const charset = value.replace(/^"(.*)"$/, "$1");
    const encoding = encodingNamed(charset);
    if (encoding !== undefined) return encoding;
    const known = `${ENCODINGS.slice(0, -1).join(", ")} or ${ENCODINGS.at(-1)}`;
    throw new HttpProblem(415, "unsupported-media-type", "Unsupported media type", `The body can be read as ${known} (got charset=${charset})`, [{ path: "(headers).content-type", message: `Expected charset ${ENCODINGS.join(", ")} or none, got ${charset}` }]);
  }
  return undefined;
}

function mediaOf(req: IncomingMessage): { format: InputFormat; delimiter?: string; encoding?: Encoding } {
  const header = req.headers["content-type"];
  const [type = "", ...params] = (header ?? "").split(";").map((s) => s.trim());
  const media = STREAM_MEDIA[type.toLowerCase()];
  if (media === undefined) {
    const got = header ?? "none";
    const expected = Object.keys(STREAM_MEDIA).join(", ");
    throw new HttpProblem(415, "unsupported-media-type", "Unsupported media type", `Send CSV, TSV or JSON Lines (${expected}); got ${got}`, [{ path: "(headers).content-type", message: `Expected one of ${expected}, got ${got}` }]);
  }
  const encoding = charsetOf(params);
  checkIdentityEncoding(req);
  return encoding === undefined ? media : { ...media, encoding };
}

/** Raised by `capped` when the body passes the limit. */
class BodyTooLarge extends Error {}

/**
 * The body's chunks, counted against the limit. The request is not destroyed when reading stops
 * early, so an answer can still be written on its connection (which then closes).
 */
async function* capped(req: IncomingMessage, limit: number, progress: () => void): AsyncIterable<Buffer> {
  let size = 0;
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    progress();
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge(`The body is larger than the limit of ${limit} bytes: rows after this point were not read`);
    yield chunk;
  }
}

/** The table's columns from the `columns` query parameter (`description=About,name=Company Name`), as --columns takes them. */
function columnsOf(req: IncomingMessage): ReturnType<typeof parseColumnsOption> | undefined {
  const value = new URL(req.url ?? "/", "http://localhost").searchParams.get("columns");
  return value === null ? undefined : parseColumnsOption(value);
}

/** A header that cannot be used, as a 400 naming it (the CLI's --columns is the `columns` query parameter here). */
function badHeader(err: ColumnError): HttpProblem {
  const message = err.message.replace(/--columns/g, "the columns query parameter");
  return new HttpProblem(400, "invalid-header", "Invalid header", message, [{ path: "(body).header", message }]);
}

async function open(req: IncomingMessage, limit: number, progress: () => void): Promise<Source> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  const media = mediaOf(req);
  try {
    return await openSource(capped(req, limit, progress), { ...media, columns: columnsOf(req), note: () => undefined });
  } catch (err) {
    if (err instanceof ColumnError) throw badHeader(err);
    if (err instanceof BodyTooLarge) throw tooLarge(limit);
    throw err;
  }
}

const line = (value: StreamSummary | StreamError) => `${JSON.stringify(value)}\n`;

/**
 * Answers rows as they are classified, in order: a chunk at a time in this thread, or up to two per
 * worker in flight on the pool for a large body. The body is read only as fast as the answer is
 * taken (a write the client has not read yet waits for `drain`), and a client that goes away stops
 * the work: no further chunk is read or classified.
 */
export async function classifyStream(classifier: Classifier | undefined, _body: undefined, ctx: RouteContext): Promise<typeof STREAMED> {
  const { req, res } = ctx.exchange;
  requireRules(classifier);
  const timeout = streamTimeout(req, res, ctx.limits.requestTimeoutMs, ctx.limits.streamTimeoutMs);
  res.once("close", () => timeout.stop());
  const source = await open(req, ctx.limits.streamBytes, timeout.progress);

  let gone = false;
  const closed = once(res, "close").then(() => {
    gone = !res.writableFinished;
  });
  const write = async (bytes: Uint8Array | string) => {
    if (!res.write(bytes)) await Promise.race([once(res, "drain"), closed]);
    timeout.progress();
  };
  res.writeHead(200, { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", Connection: "close" });

  const stats = emptyStats();
  const inFlight: Promise<ChunkOutput>[] = [];
  const depth = ctx.run.parallel * 2;
  const take = async () => {
    const output = await timeout.busy(inFlight.shift()!);
    mergeStats(stats, output.stats);
    await write(output.bytes);
  };
  try {
    for await (const chunk of source.chunks) {
      if (gone) break;
      const task = ctx.run.chunk(chunk);
      task.catch(() => undefined); // awaited in order by take()
      inFlight.push(task);
      if (inFlight.length >= depth) await take();
      if (gone) break;
    }
    while (inFlight.length > 0 && !gone) await take();
    if (!gone) res.end(line({ summary: { ...stats, complete: true } }));
  } catch (err) {
    const error = err instanceof BodyTooLarge ? { code: "body_too_large", message: err.message } : { code: "stream_failed", message: err instanceof HttpProblem ? err.detail : "The server could not classify the rest of the body" };
    if (!(err instanceof BodyTooLarge) && !(err instanceof HttpProblem)) logRequest(res, "error", { err }, "stream failed");
    if (!gone) res.end(line({ error }));
  }
  if (gone) {
    req.destroy();
    logRequest(res, "info", { rows: stats.rows }, "stream stopped: the client closed the connection");
  }
  return STREAMED;
}
