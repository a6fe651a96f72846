import { isUtf8 } from "node:buffer";
import type { IncomingMessage } from "node:http";
import { HttpProblem } from "./problem.ts";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

function unsupported(detail: string, message: string): HttpProblem {
  return new HttpProblem(415, "unsupported-media-type", "Unsupported media type", detail, [{ path: "(headers).content-type", message }]);
}

/** JSON in UTF-8 only: `application/json` or `application/*+json`, with no charset or `charset=utf-8`. */
export function checkJsonContentType(req: IncomingMessage): void {
  const header = req.headers["content-type"];
  const [type = "", ...params] = (header ?? "").split(";").map((s) => s.trim());
  if (!JSON_TYPE.test(type)) {
    const got = header ?? "none";
    throw unsupported(`Send JSON with content-type application/json (got ${got})`, `Expected application/json, got ${got}`);
  }
  for (const param of params) {
    const [name = "", value = ""] = param.split("=", 2).map((s) => s.trim());
    if (name.toLowerCase() !== "charset") continue;
    const charset = value.replace(/^"(.*)"$/, "$1");
    if (charset.toLowerCase() !== "utf-8") throw unsupported(`JSON is read as UTF-8 only (got charset=${charset})`, `Expected charset=utf-8 or none, got ${charset}`);
  }
  checkIdentityEncoding(req);
}

/** A body sent as it is: no Content-Encoding but `identity`. */
export function checkIdentityEncoding(req: IncomingMessage): void {
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding.toLowerCase() !== "identity") {
    throw new HttpProblem(415, "unsupported-media-type", "Unsupported media type", `Send the body uncompressed (got content-encoding ${encoding})`, [{ path: "(headers).content-encoding", message: `Expected identity, got ${encoding}` }]);
  }
}

export function tooLarge(limit: number): HttpProblem {
  return new HttpProblem(413, "body-too-large", "Body too large", `The request body is larger than the limit of ${limit} bytes`, [{ path: "(body)", message: "Too large" }]);
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [len, min, max] = b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * The body's bytes, failing as soon as they pass `limit`. Reading then stops; the caller's answer
 * closes the connection (a body not read to its end cannot leave a connection reusable).
 */
function readUpTo(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err?: Error) => {
      req.off("data", onData).off("end", onEnd).off("error", done).off("aborted", onAborted);
      if (err) {
        req.pause();
        reject(err);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => done();
    const onAborted = () => done(new Error("The client closed the connection before the body was complete"));
    req.on("data", onData).on("end", onEnd).on("error", done).on("aborted", onAborted);
  });
}

/**
 * Whether the JSON text opens more than `max` objects and lists (counted outside strings). Parsing
 * costs far more per container than per byte, most of all when they nest: a megabyte of `[` would
 * hold the event loop for hundreds of milliseconds, so such a body is refused before JSON.parse.
 */
export function exceedsContainers(bytes: Uint8Array, max: number): boolean {
  let count = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) i++; // a backslash: the next byte is escaped
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if ((b === 0x5b || b === 0x7b) && ++count > max) return true;
  }
  return false;
}

export interface JsonBody {
  value: unknown;
  /** Size of the body as received. */
  bytes: number;
}

/**
 * Reads and parses a JSON body of at most `limit` bytes. A declared Content-Length over the limit is
 * refused before a byte is read; a body that grows past it stops being read. Bytes that are not UTF-8
 * are refused, never replaced.
 */
export async function readJsonBody(req: IncomingMessage, limit: number, maxContainers: number): Promise<JsonBody> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  const buffer = await readUpTo(req, limit);
  const size = buffer.length;
  if (!isUtf8(buffer)) {
    const at = invalidUtf8Offset(buffer);
    throw new HttpProblem(400, "invalid-utf8", "Invalid UTF-8", `The request body is not valid UTF-8: byte ${at} starts no valid character`, [{ path: "(body)", message: `Invalid UTF-8 at byte ${at}` }]);
  }
  if (exceedsContainers(buffer, maxContainers)) {
    const message = `Too many objects and lists: at most ${maxContainers} in one body`;
    throw new HttpProblem(400, "too-complex", "Body too complex", message, [{ path: "(body)", message }]);
  }
  try {
    return { value: JSON.parse(buffer.toString("utf8")) as unknown, bytes: size };
  } catch (err) {
    throw new HttpProblem(400, "malformed-json", "Malformed JSON", `The request body is not valid JSON: ${(err as Error).message}`, [{ path: "(body)", message: "Not valid JSON" }]);
  }
}
