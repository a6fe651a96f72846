import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeChunks, decodeUtf8Marked, INVALID_MARK, sniffEncoding } from "../../src/rows/decode.ts";

describe("sniffEncoding", () => {
  it.each([
    ["a UTF-8 BOM", Buffer.from("\uFEFFid,name", "utf8"), { encoding: "utf-8", bom: 3, reason: "bom" }],
    ["a UTF-16 LE BOM", Buffer.from("\uFEFFid,name", "utf16le"), { encoding: "utf-16le", bom: 2, reason: "bom" }],
    ["a UTF-16 BE BOM", Buffer.from([0xfe, 0xff, 0, 0x69]), { encoding: "utf-16be", bom: 2, reason: "bom" }],
    ["plain UTF-8, a character cut at the end", Buffer.from("café €").subarray(0, -1), { encoding: "utf-8", bom: 0, reason: "utf-8" }],
    ["Windows-1252 (not UTF-8)", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]), { encoding: "windows-1252", bom: 0, reason: "not-utf-8" }],
    ["neither (a byte Windows-1252 leaves undefined)", Buffer.from([0x63, 0xe9, 0x81]), { encoding: "utf-8", bom: 0, reason: "utf-8" }],
    ["UTF-8 with a stray bad byte", Buffer.concat([Buffer.from("café "), Buffer.from([0xe9]), Buffer.from(" ok")]), { encoding: "utf-8", bom: 0, reason: "utf-8" }],
  ])("%s", (_, head, expected) => {
    expect(sniffEncoding(head)).toEqual(expected);
  });

  it("--encoding wins over the guess, a BOM over --encoding", () => {
    expect(sniffEncoding(Buffer.from("abc"), "windows-1252").encoding).toBe("windows-1252");
    expect(sniffEncoding(Buffer.from("\uFEFFabc", "utf16le"), "windows-1252").encoding).toBe("utf-16le");
  });
});

describe("decoding", () => {
  it("marks each undecodable byte, keeps the rest", () => {
    expect(decodeUtf8Marked(Buffer.from("ok"))).toEqual({ text: "ok", invalid: false });
    expect(decodeUtf8Marked(Buffer.from([0x61, 0xe9, 0x62, 0xed, 0xa0, 0x80, 0xe2, 0x82, 0xac]))).toEqual({
      text: `a${INVALID_MARK}b${INVALID_MARK}${INVALID_MARK}${INVALID_MARK}€`,
      invalid: true,
    });
  });

  it.each([1, 2, 3])("a character cut between chunks of %i bytes is whole; cp1252 and UTF-16 are decoded", async (n) => {
    const collect = async (bytes: Buffer, encoding: "utf-8" | "windows-1252" | "utf-16le") => {
      const chunks = Array.from({ length: Math.ceil(bytes.length / n) }, (_, i) => bytes.subarray(i * n, (i + 1) * n));
      let text = "";
      for await (const piece of decodeChunks(Readable.from(chunks), encoding)) text += piece;
      return text;
    };
    expect(await collect(Buffer.from("café → 😀"), "utf-8")).toBe("café → 😀");
    expect(await collect(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]), "windows-1252")).toBe("café €");
    expect(await collect(Buffer.from("Société 😀", "utf16le"), "utf-16le")).toBe("Société 😀");
  });
});
