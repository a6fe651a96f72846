import { Readable } from "node:stream";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvOutputHeader } from "../../src/batch/csv-output.ts";
import { readCsvRows } from "../../src/batch/csv.ts";
import { createInterface } from "node:readline";
import { blockRows, parseJsonRow, readJsonlBlocks, readJsonlRows } from "../../src/batch/jsonl.ts";
import type { RawRow } from "../../src/batch/rows.ts";

async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe("readJsonlRows + parseJsonRow", () => {
  it("numbers lines from 1, skips blank lines, and turns a broken line into an error row", async () => {
    const read = await collect(readJsonlRows(Readable.from(["\uFEFF{\"id\":\"a\",\"description\":\"x\"}\r\n", "{oops\n", "\n", '{"id": 7}\n', "[1]"])));
    expect(read[0]).toEqual({ line: 1, id: 1, json: '{"id":"a","description":"x"}' });
    const rows = read.map(parseJsonRow);
    expect(rows).toEqual([
      { line: 1, id: "a", input: { id: "a", description: "x" } },
      { line: 2, id: 2, error: { code: "invalid_json", message: expect.stringMatching(/^Line 2 is not valid JSON: /) } },
      { line: 4, id: "7", input: { id: 7 } },
      { line: 5, id: 5, input: [1] },
    ]);
  });
});

/** The rows readline gives (what the reader did before it read blocks): the reference for line numbers. */
async function readlineRows(chunks: (string | Buffer)[]): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  let line = 0;
  for await (const text of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) {
    line++;
    const json = line === 1 ? text.replace(/^\uFEFF/, "") : text;
    if (json.trim() !== "") rows.push({ line, id: line, json });
  }
  return rows;
}

describe("readJsonlBlocks + blockRows", () => {
  const text = '\uFEFF{"a":1}\r\n\n{"b":"café → 😀"}\r{"c":3}\n\r\n  \n{"d":"x\\ny"}\r\n{"e":5}';
  const bytes = Buffer.from(text);
  // Every way of cutting the input into stream chunks of n bytes, and blocks of b bytes.
  const cuts = [1, 2, 3, 5, 8, 13, 64].flatMap((n) => [1, 4, 16, 1024].map((b) => [n, b] as const));

  it.each(cuts)("numbers lines as readline does, stream chunks of %i bytes, blocks of %i", async (n, b) => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += n) chunks.push(bytes.subarray(i, i + n));
    const rows: RawRow[] = [];
    for await (const block of readJsonlBlocks(Readable.from(chunks), b)) rows.push(...blockRows(block));
    expect(rows).toEqual(await readlineRows([bytes]));
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4, 7, 8]);
  });

  it("a file of lone \\r breaks, a last line without a break, and blocks whole lines only", async () => {
    const blocks = [];
    for await (const block of readJsonlBlocks(Readable.from(['{"a":1}\r{"b":2}\r', '{"c":3}\n{"d":4}']), 4)) blocks.push(block);
    // The first chunk ends in "\r", which may be half of "\r\n": the block waits for the next chunk.
    expect(blocks.map((b) => [b.firstLine, Buffer.from(b.bytes).toString()])).toEqual([
      [1, '{"a":1}\r{"b":2}\r{"c":3}\n'],
      [4, '{"d":4}'],
    ]);
    expect(blocks.flatMap(blockRows).map((r) => [r.line, r.json])).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [3, '{"c":3}'],
      [4, '{"d":4}'],
    ]);
  });
});

describe("readCsvRows", () => {
  it("handles a BOM, CRLF, quoted commas, quotes and newlines, and a row with the wrong number of fields", async () => {
    const warnings: string[] = [];
    const rows = await collect(readCsvRows(Readable.from([readFileSync("fixtures/batch/messy.csv")]), (w) => warnings.push(w)));
    expect(warnings).toEqual(["Ignoring unknown CSV column: website (known: id, name, description, offerings, capabilities, customers, revenue_models, industry)"]);
    expect(rows).toEqual([
      {
        line: 2,
        id: "1",
        input: {
          id: "1",
          name: "Acme, Inc.",
          description: "We rent GPUs\r\nby the hour, pay as you go.",
          answers: { offerings: ["compute"], revenueModels: ["pay-as-you-go"] },
        },
      },
      { line: 4, id: "2", input: { id: "2", name: "Beta", description: 'Vector database, priced "per query"' } },
      { line: 5, id: "3", input: { name: "Gamma" }, error: { code: "invalid_csv_row", message: "Line 5 has 7 fields; the header has 6" } },
      { line: 6, id: "4", input: { id: "4", name: "Delta", description: "AI agents for support tickets.", answers: { offerings: ["agent"], revenueModels: ["per-agent-pricing"] } } },
    ]);
  });

  it("splits ;-separated answer lists and skips blank lines", async () => {
    const csv = "description,capabilities,customers,industry\n\nRAG,retrieval; text-generation ;,enterprise,legal\n";
    const rows = await collect(readCsvRows(Readable.from([csv]), () => {}));
    expect(rows).toEqual([
      { line: 3, id: 3, input: { description: "RAG", answers: { capabilities: ["retrieval", "text-generation"], customers: ["enterprise"], industry: "legal" } } },
    ]);
  });

  it("turns a record csv-parse cannot read into an error row in its place, and reads on", async () => {
    const rows = await collect(readCsvRows(Readable.from(['id,description\n1,ok\n2,"never closed\n']), () => {}));
    expect(rows.map((r) => [r.line, r.id, r.error?.code ?? "ok"])).toEqual([
      [2, "1", "ok"],
      [3, 3, "invalid_csv_row"],
    ]);
    expect(rows[1]!.error!.message).toMatch(/^Line 3 cannot be read as CSV: Quote Not Closed/);
  });

  it("writes the contract's output header", () => {
    expect(csvOutputHeader()).toBe("id,name,primary_domain,abstain_reason,confidence,domains,stages,revenue_models_stated,revenue_models_suggested,error\n");
  });
});
