import { extname } from "node:path";
import { decodeChunks, type Encoding, type SniffedEncoding } from "./decode.ts";

export const INPUT_FORMATS = ["jsonl", "csv", "xlsx"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Enough of the input to tell its encoding, format and delimiter. */
const SNIFF_BYTES = 64 * 1024;

const EXTENSIONS: Record<string, InputFormat | "xls"> = {
  ".csv": "csv", ".tsv": "csv", ".txt": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".xlsx": "xlsx", ".xls": "xls",
};

/** The format a file's extension says, `xls` for the format that is not read, undefined when it says none. */
export const formatOfExtension = (file: string): InputFormat | "xls" | undefined => EXTENSIONS[extname(file).toLowerCase()];

export interface PeekedInput {
  /** The first bytes (up to SNIFF_BYTES; fewer only when the input is shorter). */
  head: Buffer;
  /** Every chunk of the input from its first byte, head included. */
  chunks: AsyncIterable<Buffer>;
}

/** Reads the start of a stream without losing it. */
export async function peekInput(stream: AsyncIterable<Buffer | string>): Promise<PeekedInput> {
  const it = stream[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    const buf = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    first.push(buf);
    size += buf.length;
  }
  async function* chunks(): AsyncIterable<Buffer> {
    yield* first;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
  }
  return { head: Buffer.concat(first, size), chunks: chunks() };
}

/** The format of input that starts with these bytes: a zip is an .xlsx, text that starts with `{` or `[` (or none) is JSON Lines, other text CSV. */
export function sniffFormat(head: Buffer, encoding: SniffedEncoding): InputFormat {
  if (head.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) return "xlsx";
  const text = new TextDecoder(encoding.encoding).decode(head.subarray(encoding.bom, encoding.bom + 1024));
  return /^\s*[[{]/.test(text) || text.trim() === "" ? "jsonl" : "csv"; // (nothing to read: no rows, as JSON Lines)
}

/** The chunks without their first `n` bytes (a byte-order mark). */
export async function* dropBytes(chunks: AsyncIterable<Buffer>, n: number): AsyncIterable<Buffer> {
  let left = n;
  for await (const chunk of chunks) {
    if (left === 0) yield chunk;
    else {
      const rest = chunk.subarray(left);
      left -= chunk.length - rest.length;
      if (rest.length > 0) yield rest;
    }
  }
}

/** Input text in another encoding as UTF-8 bytes (for the JSON Lines reader, which reads bytes). */
export async function* toUtf8(chunks: AsyncIterable<Buffer>, encoding: Encoding): AsyncIterable<Buffer> {
  for await (const text of decodeChunks(chunks, encoding)) if (text !== "") yield Buffer.from(text, "utf8");
}

/** All of the input, for formats read whole (.xlsx). */
export async function readAll(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return Buffer.concat(all);
}
