import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { blockRows, MAX_LINE_BYTES, parseJsonRow, readJsonlBlocks } from "../../src/rows/jsonl.ts";
import type { RawRow } from "../../src/rows/raw-row.ts";

/** A stream of `total` bytes of one long JSON string line, in 64 KiB chunks, made as it is read. */
function longLine(total: number, after = ""): Readable {
  const chunk = Buffer.alloc(64 * 1024, "a");
  return Readable.from((function* () {
    yield Buffer.from('{"description":"');
    for (let sent = 0; sent < total; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, total - sent));
    yield Buffer.from(`"}\n${after}`);
  })());
}

async function rowsOf(stream: Readable, blockBytes?: number): Promise<{ rows: RawRow[]; biggestBlock: number }> {
  const rows: RawRow[] = [];
  let biggestBlock = 0;
  for await (const block of readJsonlBlocks(stream, blockBytes)) {
    if (Array.isArray(block)) rows.push(...block);
    else {
      biggestBlock = Math.max(biggestBlock, block.bytes.length);
      rows.push(...blockRows(block).map(parseJsonRow));
    }
  }
  return { rows, biggestBlock };
}

const tooLong = (line: number) => ({
  line, id: String(line), error: { code: "line_too_long", message: `Line ${line} is longer than ${MAX_LINE_BYTES} bytes, the limit for one JSON Lines row: it was skipped` },
});

describe("JSON Lines that never hold a huge line", () => {
  it("a 50 MB line is an error row in its place, read in linear time and never buffered whole", async () => {
    const started = performance.now();
    const { rows, biggestBlock } = await rowsOf(longLine(50 << 20, '{"id":"next","description":"x"}\n'));
    const seconds = (performance.now() - started) / 1000;
    expect(rows).toEqual([tooLong(1), { line: 2, id: "next", input: { id: "next", description: "x" } }]);
    expect(biggestBlock).toBeLessThan(MAX_LINE_BYTES);
    expect(seconds).toBeLessThan(5); // quadratic reading took 19 s
  });

  it("a line just under the limit is read; lines around an over-long one keep their numbers", async () => {
    const { rows } = await rowsOf(longLine(MAX_LINE_BYTES - 100));
    expect(rows).toHaveLength(1);
    expect((rows[0]!.input as { description: string }).description).toHaveLength(MAX_LINE_BYTES - 100);
    const over = "x".repeat(MAX_LINE_BYTES + 1);
    for (const cut of [1000, 4096, 65536]) {
      const text = Buffer.from(`{"id":"a","description":"x"}\r\n${over}\r\n\n{"id":"d","description":"x"}\r${over}`);
      const chunks = Array.from({ length: Math.ceil(text.length / cut) }, (_, i) => text.subarray(i * cut, (i + 1) * cut));
      const { rows: around } = await rowsOf(Readable.from(chunks), 4096);
      expect(around.map((r) => [r.line, r.error?.code ?? r.id])).toEqual([[1, "a"], [2, "line_too_long"], [4, "d"], [5, "line_too_long"]]);
    }
  });

  it("a line that is not UTF-8 is an error row naming it, never text with U+FFFD", async () => {
    const text = Buffer.concat([
      Buffer.from('{"id":"a","description":"café"}\n{"id":"b","description":"caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('"}\n{"id":"c","description":"\uFFFD is a real character here"}\n'),
    ]);
    const { rows } = await rowsOf(Readable.from([text]));
    expect(rows).toEqual([
      { line: 1, id: "a", input: { id: "a", description: "café" } },
      { line: 2, id: "2", error: { code: "invalid_encoding", message: "Line 2 is not valid UTF-8: save the file as UTF-8, or give --encoding if it is in another encoding (such as windows-1252)" } },
      { line: 3, id: "c", input: { id: "c", description: "\uFFFD is a real character here" } },
    ]);
  });

  it("random lines, breaks and cuts: every line is its row or its error row, at its own number", async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const max = 40;
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const short = random() < 0.6;
        const n = short ? Math.floor(random() * (max - 12)) : max + 3 + Math.floor(random() * 3 * max);
        return random() < 0.15 ? "" : `{"d":"${"x".repeat(n)}"}`.slice(0, short ? max - 3 : undefined);
      });
      // (A "\r" before an empty line ending in "\n" would make one "\r\n" break of the two.)
      const breaks = lines.map((_, i) => (lines[i + 1] === "" ? ["\n", "\r\n"] : ["\n", "\r\n", "\r"])[Math.floor(random() * (lines[i + 1] === "" ? 2 : 3))]!);
      const text = Buffer.from(lines.map((l, i) => l + breaks[i]).join(""));
      const cut = 1 + Math.floor(random() * 50);
      const chunks = Array.from({ length: Math.ceil(text.length / cut) }, (_, i) => text.subarray(i * cut, (i + 1) * cut));
      const got: [number, string][] = [];
      for await (const block of readJsonlBlocks(Readable.from(chunks), 16, max)) {
        for (const r of Array.isArray(block) ? block : blockRows(block)) got.push([r.line, r.error ? r.error.code : "row"]);
      }
      const want = lines.flatMap((l, i): [number, string][] => (l.length > max ? [[i + 1, "line_too_long"]] : l === "" ? [] : [[i + 1, "row"]]));
      expect(got, JSON.stringify({ lines: lines.map((l) => l.length), breaks, cut })).toEqual(want);
    }
  });
});
