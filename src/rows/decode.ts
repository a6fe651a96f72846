import { isUtf8 } from "node:buffer";

/** The text encodings batch input is read in. */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type Encoding = (typeof ENCODINGS)[number];

const ALIASES: Record<string, Encoding> = {
  "utf-8": "utf-8", utf8: "utf-8",
  "utf-16le": "utf-16le", utf16le: "utf-16le", "utf-16": "utf-16le",
  "utf-16be": "utf-16be", utf16be: "utf-16be",
  "windows-1252": "windows-1252", cp1252: "windows-1252", latin1: "windows-1252", "iso-8859-1": "windows-1252",
};

/** `--encoding` as given (any case, common aliases) → the encoding, or undefined if unknown. */
export const encodingNamed = (label: string): Encoding | undefined => ALIASES[label.trim().toLowerCase()];

/**
 * Stands in for bytes that are not UTF-8. A lone low surrogate never comes out of decoding valid
 * UTF-8, so a row that holds one had undecodable bytes: it becomes an error row, never text with
 * U+FFFD in it.
 */
export const INVALID_MARK = "\uDFFF";

/** How the input's encoding was chosen, for the stderr note. */
export interface SniffedEncoding {
  encoding: Encoding;
  /** Bytes of byte-order mark at the start, to skip. */
  bom: number;
  /** Why: a BOM, `--encoding`, not UTF-8 (and readable as Windows-1252), or plain UTF-8. */
  reason: "bom" | "given" | "not-utf-8" | "utf-8";
}

/** Bytes that Windows-1252 leaves undefined: text holding them is not Windows-1252 either. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Where a UTF-8 sequence cut short by the end of `bytes` starts (bytes.length if none is). */
export function completeUtf8(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/**
 * The encoding of input that starts with `head`: its byte-order mark if it has one, else `given`,
 * else Windows-1252 when the head is not UTF-8 but reads as Windows-1252, else UTF-8.
 */
export function sniffEncoding(head: Uint8Array, given?: Encoding): SniffedEncoding {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", bom: 3, reason: "bom" };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", bom: 2, reason: "bom" };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", bom: 2, reason: "bom" };
  if (given) return { encoding: given, bom: 0, reason: "given" };
  const whole = head.subarray(0, completeUtf8(head));
  if (!isUtf8(whole) && !hasUtf8Sequences(whole) && !whole.some((byte) => CP1252_UNDEFINED.has(byte))) {
    return { encoding: "windows-1252", bom: 0, reason: "not-utf-8" };
  }
  return { encoding: "utf-8", bom: 0, reason: "utf-8" };
}

/** True when bytes hold a valid multi-byte UTF-8 character: UTF-8 with some bad bytes, not Windows-1252 (where `Ã©` is rare). */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2 && sequenceAt(bytes, i) >= 2) return true;
  return false;
}

/** Length of the valid UTF-8 sequence at bytes[i], or 0 if none starts there. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** UTF-8 bytes as text, each undecodable byte as INVALID_MARK (see there). Fast when the bytes are valid. */
export function decodeUtf8Marked(bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: fatal.decode(bytes), invalid: false };
  } catch {
    let text = "";
    let run = 0;
    for (let i = 0; i < bytes.length; ) {
      const n = sequenceAt(bytes, i);
      if (n > 0) {
        i += n;
        continue;
      }
      text += fatal.decode(bytes.subarray(run, i)) + INVALID_MARK;
      run = ++i;
    }
    return { text: text + fatal.decode(bytes.subarray(run)), invalid: true };
  }
}

/**
 * Decodes a stream of byte chunks to text pieces in `encoding`. UTF-8 keeps undecodable bytes
 * visible (INVALID_MARK); a sequence cut between two chunks is carried to the next one.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: Encoding): AsyncIterable<string> {
  if (encoding !== "utf-8") {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
    return;
  }
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const end = completeUtf8(bytes);
    carry = bytes.slice(end);
    yield decodeUtf8Marked(bytes.subarray(0, end)).text;
  }
  if (carry.length > 0) yield decodeUtf8Marked(carry).text;
}
