import { Readable } from "node:stream";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvOutputHeader } from "../../src/rows/csv-output.ts";
import { openSource } from "../../src/rows/source.ts";
import { createInterface } from "node:readline";
import { blockRows, parseJsonRow, readJsonlBlocks, readJsonlRows, type LineBlock } from "../../src/rows/jsonl.ts";
import type { RawRow } from "../../src/rows/raw-row.ts";

async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe("readJsonlRows + parseJsonRow", () => {
  it("numbers lines from 1, skips blank lines, and turns a broken line into an error row", async () => {
    const read = await collect(readJsonlRows(Readable.from(["\uFEFF{\"id\":\"a\",\"description\":\"x\"}\r\n", "{oops\n", "\n", '{"id": 7}\n', "[1]"])));
    expect(read[0]).toEqual({ line: 1, id: "1", json: '{"id":"a","description":"x"}' });
    const rows = read.map(parseJsonRow);
    expect(rows).toEqual([
      { line: 1, id: "a", input: { id: "a", description: "x" } },
      { line: 2, id: "2", error: { code: "invalid_json", message: expect.stringMatching(/^Line 2 is not valid JSON: /) } },
      { line: 4, id: "7", input: { id: 7 } },
      { line: 5, id: "5", input: [1] },
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
    if (json.trim() !== "") rows.push({ line, id: String(line), json });
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
    for await (const block of readJsonlBlocks(Readable.from(chunks), b)) rows.push(...(Array.isArray(block) ? block : blockRows(block)));
    expect(rows).toEqual(await readlineRows([bytes]));
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4, 7, 8]);
  });

  it("a file of lone \\r breaks, a last line without a break, and blocks whole lines only", async () => {
    const blocks: LineBlock[] = [];
    for await (const block of readJsonlBlocks(Readable.from(['{"a":1}\r{"b":2}\r', '{"c":3}\n{"d":4}']), 4)) if (!Array.isArray(block)) blocks.push(block);
    // The first chunk ends in "\r", which may be half of "\r\n": that line waits for the next chunk.
    expect(blocks.map((b) => [b.firstLine, Buffer.from(b.bytes).toString()])).toEqual([
      [1, '{"a":1}\r'],
      [2, '{"b":2}\r{"c":3}\n'],
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

/** A CSV file's bytes as the batch command reads them: encoding, delimiter and header told from the bytes. */
async function tableRows(bytes: Buffer | string, options: { keep?: boolean } = {}): Promise<{ notes: string[]; rows: RawRow[] }> {
  const notes: string[] = [];
  const source = await openSource(Readable.from([Buffer.from(bytes)]), { format: "csv", keep: options.keep, note: (n) => notes.push(n) });
  const rows: RawRow[] = [];
  for await (const chunk of source.chunks) rows.push(...(chunk as RawRow[]));
  return { notes, rows };
}

describe("reading a CSV table", () => {
  it("handles a BOM, CRLF, quoted commas, quotes and newlines, and a row with the wrong number of fields", async () => {
    const { notes, rows } = await tableRows(readFileSync("fixtures/batch/messy.csv"));
    expect(notes).toEqual([
      'Columns: "id" → id, "name" → name, "description" → description, "offerings" → offerings, "revenue_models" → revenue_models; not read: "website"',
    ]);
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

  it("splits answer lists on ; and , matching values as people type them, and skips blank lines", async () => {
    const csv = 'description,capabilities,customers,offerings,industry\n\nRAG,"retrieval, Text Generation ;",Enterprise,SaaS|consumer app,legal\n';
    const { rows } = await tableRows(csv);
    expect(rows).toEqual([
      { line: 3, id: "3", input: { description: "RAG", answers: { capabilities: ["retrieval", "text-generation"], customers: ["enterprise"], offerings: ["saas", "consumer-app"], industry: "legal" } } },
    ]);
  });

  it("an unknown answer value is an error row that says what was meant", async () => {
    const { rows } = await tableRows("name,offerings,capabilities\nAcme,\"sass, api\",NLP;vison\n");
    expect(rows).toEqual([
      {
        line: 2,
        id: "2",
        input: { name: "Acme" },
        error: {
          code: "invalid_input",
          message: 'Invalid input: answers.offerings[0]: Unknown value "sass": did you mean "saas"?; answers.capabilities[1]: Unknown value "vison": did you mean "computer-vision"?',
          issues: [
            { path: "answers.offerings[0]", message: 'Unknown value "sass": did you mean "saas"?' },
            { path: "answers.capabilities[1]", message: 'Unknown value "vison": did you mean "computer-vision"?' },
          ],
        },
      },
    ]);
  });

  it("carries every input column but the results of an earlier run (keep)", async () => {
    const { notes, rows } = await tableRows("Company,About,Country,primary_domain,confidence\nAcme,We rent GPUs.,FR,rag,0.5\n", { keep: true });
    expect(rows[0]!.cells).toEqual(["Acme", "We rent GPUs.", "FR"]);
    expect(notes).toEqual([
      'Columns: "Company" → name, "About" → description; not read: "Country" (carried to the output); the 2 result columns of an earlier run will be replaced',
    ]);
  });

  it("writes the output header: id and name, or the input's own columns, then the results", () => {
    const results = "primary_domain,primary_domain_name,abstain_reason,confidence,top_reason,domains,stages,revenue_models_stated,revenue_models_suggested,error";
    expect(csvOutputHeader()).toBe(`id,name,${results}\n`);
    expect(csvOutputHeader(["Company Name", "=cmd"])).toBe(`Company Name,'=cmd,${results}\n`);
  });
});
