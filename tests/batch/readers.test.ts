import { Readable } from "node:stream";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvOutputHeader } from "../../src/batch/csv-output.ts";
import { readCsvRows } from "../../src/batch/csv.ts";
import { parseJsonRow, readJsonlRows } from "../../src/batch/jsonl.ts";
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
    expect(csvOutputHeader()).toBe("id,name,primary_domain,confidence,domains,stages,revenue_models_stated,revenue_models_suggested,error\n");
  });
});
