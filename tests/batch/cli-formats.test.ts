import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { BatchRow } from "../../src/schemas/batch.ts";
import { runCli } from "../helpers/cli.ts";

const dir = () => mkdtempSync(join(tmpdir(), "vc-formats-"));
const jsonRows = (stdout: string) => stdout.trim().split("\n").map((l) => BatchRow.parse(JSON.parse(l)));
const RESULT_COLUMNS = "primary_domain,primary_domain_name,abstain_reason,confidence,top_reason,domains,stages,revenue_models_stated,revenue_models_suggested,error";

/** A semicolon-separated export as Excel writes it in much of Europe: CRLF, a formula-like name, a list column in people's words. */
const SEMICOLON_EXPORT = [
  "Company Name;About;Website;Country;Offerings",
  'Acme Cloud;"We rent GPUs by the hour; pay as you go.";acme.example;FR;Compute',
  '=HYPERLINK("http://evil.example");A vector database for retrieval-augmented generation, priced per query.;vec.example;DE;"SaaS, API"',
  "Société Générale d'IA;AI agents that resolve support tickets, priced per agent.;agents.example;BE;",
].join("\r\n");

describe("batch reads spreadsheet exports and writes spreadsheet-safe CSV", () => {
  it("a semicolon export with Company Name / About columns: columns said on stderr, every column carried, a BOM, formulas neutralised", async () => {
    const d = dir();
    const input = join(d, "export.csv");
    const output = join(d, "classified.csv");
    writeFileSync(input, SEMICOLON_EXPORT);
    const r = await runCli(["batch", input, "--format", "csv", "--output", output, "--concurrency", "0"]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n").slice(0, 2)).toEqual([
      "Reading semicolon-separated values",
      'Columns: "Website" → id, "Company Name" → name, "About" → description, "Offerings" → offerings; not read: "Country" (carried to the output)',
    ]);
    const bytes = readFileSync(output);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = bytes.toString("utf8").slice(1).trim().split("\n");
    expect(lines[0]).toBe(`Company Name,About,Website,Country,Offerings,${RESULT_COLUMNS}`);
    expect(lines[1]).toMatch(/^Acme Cloud,We rent GPUs by the hour; pay as you go\.,acme\.example,FR,Compute,ai-infrastructure,AI Infrastructure \(IaaS\),,0\.\d+,"Answers say it sells compute \(""offerings: compute""\)",ai-infrastructure:/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\)","A vector database .*",vec\.example,DE,"SaaS, API",rag,Retrieval-Augmented Generation \(RAG\),/);
    expect(lines[3]).toMatch(/^Société Générale d'IA,"AI agents .*",agents\.example,BE,,ai-agents,/);
    expect(lines).toHaveLength(4);
  }, 60_000);

  it("--columns picks columns by name; --no-keep-columns gives id and name; stdout CSV has no BOM unless --bom", async () => {
    const d = dir();
    const input = join(d, "export.csv");
    writeFileSync(input, "Firm,Notes,Pitch\nAcme,ignore me,We rent GPUs by the hour.\n");
    const [plain, withBom] = await Promise.all([
      runCli(["batch", input, "--format", "csv", "--columns", 'description=Pitch,name="Firm"', "--no-keep-columns", "--concurrency", "0"]),
      runCli(["batch", input, "--format", "csv", "--columns", "description=pitch", "--bom", "--concurrency", "0"]),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('Columns: "Firm" → name, "Pitch" → description; not read: "Notes"\n');
    expect(plain.stdout).toMatch(new RegExp(`^id,name,${RESULT_COLUMNS}\n2,Acme,ai-infrastructure,`));
    expect(withBom.stdout).toMatch(new RegExp(`^\uFEFFFirm,Notes,Pitch,${RESULT_COLUMNS}\nAcme,ignore me,We rent GPUs by the hour\\.,ai-infrastructure,`));
  }, 60_000);

  it("a UTF-16 file with a BOM (Excel's Unicode text: tab-separated) and a Windows-1252 file keep their accents", async () => {
    const d = dir();
    const utf16 = join(d, "unicode.txt");
    const cp1252 = join(d, "ansi.csv");
    writeFileSync(utf16, Buffer.from("\uFEFFname\tdescription\r\nSociété Générale\tWe rent GPUs by the hour, pay as you go.\r\n", "utf16le"));
    writeFileSync(cp1252, Buffer.from("name,description\nCafé Müller,AI agents that resolve support tickets.\n", "latin1"));
    const [a, b] = await Promise.all([runCli(["batch", utf16, "--concurrency", "0"]), runCli(["batch", cp1252, "--concurrency", "0"])]);
    expect(a.code).toBe(0);
    expect(a.stderr).toContain("Reading the input as UTF-16LE (its byte-order mark)\nReading tab-separated values\n");
    expect(jsonRows(a.stdout).map((row) => [row.id, row.name, "result" in row && row.result.primaryDomain])).toEqual([["2", "Société Générale", "ai-infrastructure"]]);
    expect(b.code).toBe(0);
    expect(b.stderr).toContain("Reading the input as WINDOWS-1252 (it is not UTF-8; --encoding to choose)\n");
    expect(jsonRows(b.stdout).map((row) => [row.name, "result" in row && row.result.primaryDomain])).toEqual([["Café Müller", "ai-agents"]]);
  }, 60_000);

  it("the spreadsheet reader (read-excel-file) is loaded for an .xlsx only, not for every batch", async () => {
    const d = dir();
    const hook = join(process.cwd(), "tests/helpers/trace-imports.mjs");
    const loaded = async (file: string): Promise<boolean> => {
      const trace = join(d, `${file}.imports`);
      const r = await runCli(["batch", join(d, file), "--concurrency", "0"], { env: { NODE_OPTIONS: `--import ${hook}`, TRACE_IMPORTS: trace } });
      expect(r.code).toBe(0);
      return readFileSync(trace, "utf8").includes("read-excel-file");
    };
    writeFileSync(join(d, "list.jsonl"), '{"description":"We rent GPUs by the hour."}\n');
    writeFileSync(join(d, "list.xlsx"), await writeXlsxFile([[{ value: "description" }], [{ value: "We rent GPUs by the hour." }]]).toBuffer());
    expect(await loaded("list.jsonl")).toBe(false);
    expect(await loaded("list.xlsx")).toBe(true);
  }, 60_000);

  it("an .xlsx workbook: first sheet, or --sheet by name; JSONL rows carry the name", async () => {
    const d = dir();
    const file = join(d, "companies.xlsx");
    const sheet = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value })));
    const buffer = await writeXlsxFile([
      { sheet: "Leads", data: sheet([["Startup", "Tagline", "Employees"], ["GPU Barn", "We rent GPUs by the hour, pay as you go.", "12"]]) },
      { sheet: "Customers", data: sheet([["Organization", "Summary"], ["Ticket Bots", "AI agents that resolve support tickets."], ["", ""], ["Vec", "A vector database for retrieval."]]) },
    ]).toBuffer();
    writeFileSync(file, buffer);
    const [first, second, missing] = await Promise.all([
      runCli(["batch", file, "--concurrency", "0"]),
      runCli(["batch", file, "--sheet", "Customers", "--concurrency", "0"]),
      runCli(["batch", file, "--sheet", "Nope", "--concurrency", "0"]),
    ]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Reading sheet "Leads"\nColumns: "Startup" → name, "Tagline" → description; not read: "Employees"\n');
    expect(jsonRows(first.stdout).map((row) => [row.id, row.name, "result" in row && row.result.primaryDomain])).toEqual([["2", "GPU Barn", "ai-infrastructure"]]);
    expect(jsonRows(second.stdout).map((row) => [row.id, row.name, "result" in row && row.result.primaryDomain])).toEqual([
      ["2", "Ticket Bots", "ai-agents"],
      ["4", "Vec", "rag"],
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('No sheet "Nope": the sheets are 1: "Leads", 2: "Customers"\n');
  }, 60_000);

  it("stdin is told from its first bytes: CSV without --input-format", async () => {
    const r = await runCli(["batch", "-", "--concurrency", "0"], { stdin: "company name,one-liner\nAcme,We rent GPUs by the hour.\n" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Reading the input as CSV (from its first bytes; --input-format to choose)\nColumns: "company name" → name, "one-liner" → description\n');
    expect(jsonRows(r.stdout).map((row) => [row.id, row.name])).toEqual([["2", "Acme"]]);
  }, 60_000);

  it.each([
    ["no description or answer column", "Company Name,Website\nAcme,acme.example\n", [], 1,
      'No column gives a description or answers: the columns are "Company Name", "Website". Name the description column with --columns description=COLUMN (recognised names: description, long description, about, overview, summary, short description, one-liner, tagline)\n'],
    ["--columns names a column that is not there", "Company,Pitch\nAcme,GPUs\n", ["--columns", "description=Pitchh"], 1,
      '--columns description=Pitchh: there is no column "Pitchh" (did you mean "Pitch"?); columns: "Company", "Pitch"\n'],
    ["--columns names an unknown field", "a\n", ["--columns", "descripton=a"], 2,
      '--columns: unknown field "descripton" (did you mean "description"?); fields: id, name, description, offerings, capabilities, customers, revenue_models, industry\nRun "valuechain batch --help" for usage.\n'],
  ])("%s: one clear error before any row, no output file", async (_, csv, args, code, message) => {
    const d = dir();
    const input = join(d, "in.csv");
    const output = join(d, "out.csv");
    writeFileSync(input, csv);
    const r = await runCli(["batch", input, "--output", output, "--concurrency", "0", ...(args as string[])]);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(message);
    expect(existsSync(output)).toBe(false);
  }, 60_000);

  it("an old .xls is refused with the exact steps to convert it", async () => {
    const r = await runCli(["batch", "leads.xls"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Excel: File → Save As → file type "Excel Workbook (*.xlsx)"');
    expect(r.stderr).toContain("soffice --headless --convert-to xlsx leads.xls");
    expect(r.stderr).toContain("then run: valuechain batch leads.xlsx");
  }, 60_000);
});
