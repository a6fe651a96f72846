import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BatchRow } from "../../src/schemas/batch.ts";
import { runCli } from "../helpers/cli.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

describe("valuechain batch", () => {
  it("JSONL with a broken line, an unknown enum and an empty object: same number of rows, in order, exit 1", async () => {
    const r = await runCli(["batch", "fixtures/batch/broken.jsonl", "--concurrency", "2"]);
    expect(r.code).toBe(1);
    const rows = lines(r.stdout).map((l) => BatchRow.parse(JSON.parse(l)));
    expect(rows.map((row) => [row.id, "result" in row ? row.result.primaryDomain : row.error.code])).toEqual([
      ["a", "ai-infrastructure"],
      ["2", "invalid_json"],
      ["c", "invalid_input"],
      ["4", "invalid_input"],
      ["6", null],
      ["f", "rag"],
    ]);
    expect(r.stderr).toContain("rows 6, classified 3, errors 3, abstained 1 (16.7%)");
  });

  it("--engine reference (json-rules-engine) writes the very rows the compiled default writes, and the same summary", async () => {
    const [compiled, reference] = await Promise.all([
      runCli(["batch", "fixtures/batch/broken.jsonl"]),
      runCli(["batch", "fixtures/batch/broken.jsonl", "--engine", "reference"]),
    ]);
    expect(reference.code).toBe(1);
    expect(lines(reference.stdout)).toHaveLength(6);
    expect(reference.stdout).toBe(compiled.stdout);
    const summary = (stderr: string) => stderr.split("\n").slice(0, 2);
    expect(summary(reference.stderr)).toEqual([
      "rows 6, classified 3, errors 3, abstained 1 (16.7%)",
      "domain mix: ai-infrastructure 1 (16.7%), rag 1 (16.7%)",
    ]);
    expect(summary(compiled.stderr)).toEqual(summary(reference.stderr));
    expect(reference.stderr).toMatch(/^[\d.]+ s, \d+ rows\/s$/m);
  }, 60_000);

  it("CSV with a BOM, CRLF and quoted commas and newlines: every good row classified, CSV out with the input's columns", async () => {
    const r = await runCli(["batch", "fixtures/batch/messy.csv", "--format", "csv"]);
    expect(r.code).toBe(1);
    const records = parse(r.stdout) as string[][];
    expect(records[0]).toEqual([
      "id", "name", "description", "offerings", "revenue_models", "website",
      "primary_domain", "primary_domain_name", "abstain_reason", "confidence", "top_reason", "domains", "stages", "revenue_models_stated", "revenue_models_suggested", "error",
    ]);
    expect(records.slice(1).map((row) => [row[0], row[1], row[6], row[13], row[15]])).toEqual([
      ["1", "Acme, Inc.", "ai-infrastructure", "pay-as-you-go", ""],
      ["2", "Beta", "rag", "pay-per-query", ""],
      ["3", "Gamma", "", "", "invalid_csv_row: Line 5 has 7 fields; the header has 6"],
      ["4", "Delta", "ai-agents", "per-agent-pricing", ""],
    ]);
    expect(records[1]![2]).toBe("We rent GPUs\r\nby the hour, pay as you go.");
    expect(r.stderr).toContain('not read: "website" (carried to the output)');
  });

  it("classifies the sample list to a file, exit 0, data only in the file, with a BOM", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "vc-batch-")), "classified.csv");
    const r = await runCli(["batch", "fixtures/companies-sample.csv", "--format", "csv", "--output", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^rows 199, classified 199, errors 0, abstained \d+/m);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFFid,name,description,")).toBe(true);
    const records = parse(text, { bom: true }) as string[][];
    expect(records).toHaveLength(200);
    expect(records[1]!.slice(0, 2)).toEqual(["ans-gpu", "Ans Gpu"]);
    expect(records[1]![records[0]!.indexOf("primary_domain")]).toBe("ai-infrastructure");
  });

  it("row ids are always strings: a line number, a numeric id, in JSONL and in CSV output", async () => {
    const input = '{"description":"GPU cloud rented by the hour"}\n{"id":5,"description":"GPU cloud rented by the hour"}\n{oops\n';
    const jsonl = await runCli(["batch", "-", "--input-format", "jsonl"], { stdin: input });
    const [first, second, third] = lines(jsonl.stdout);
    expect(first!.startsWith('{"id":"1","result":')).toBe(true);
    expect(second!.startsWith('{"id":"5","result":')).toBe(true);
    expect(third!.startsWith('{"id":"3","line":3,"error":')).toBe(true);
    const csv = await runCli(["batch", "-", "--input-format", "jsonl", "--format", "csv"], { stdin: input });
    expect((parse(csv.stdout, { bom: true }) as string[][]).slice(1).map((row) => row[0])).toEqual(["1", "5", "3"]);
  }, 60_000);

  it("reads stdin, and gives the same rows whatever the concurrency", async () => {
    const input = readFileSync("fixtures/batch/broken.jsonl", "utf8");
    const [piped, inline] = await Promise.all([
      runCli(["batch", "-", "--input-format", "jsonl", "--concurrency", "1"], { stdin: input }),
      runCli(["batch", "fixtures/batch/broken.jsonl", "--concurrency", "0"]),
    ]);
    expect(piped.stdout).toBe(inline.stdout);
    expect(lines(piped.stdout)).toHaveLength(6);
  });

  it.each([
    [["batch"], "Missing FILE: give a CSV, JSONL or .xlsx file, or '-' for stdin"],
    [["batch", "companies.numbers"], "Cannot tell the format of companies.numbers from its extension: use --input-format jsonl, csv, xlsx"],
    [["batch", "nope.csv"], "Cannot read nope.csv: no such file or directory (ENOENT)"],
    [["batch", "x.csv", "--format", "xml"], 'Unknown --format "xml": expected jsonl or csv'],
    [["batch", "x.csv", "--concurrency=-1"], '--concurrency takes a whole number from 0 to 64 (got "-1")'],
  ])("exit 2 for a usage error: %j", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("a broken rule set stops the run before any output, and the workers started meanwhile do not keep it alive", async () => {
    const rules = copyRules();
    editJson(rules, "domains/rag.json", (json) => (json[0].event.params.domain = "crypto"));
    const out = join(mkdtempSync(join(tmpdir(), "vc-batch-")), "never.jsonl");
    const r = await runCli(["batch", "fixtures/batch/broken.jsonl", "--rules", rules, "--output", out, "--concurrency", "2"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("domains/rag.json: [0].event.params.domain: Unknown value \"crypto\"");
    expect(existsSync(out)).toBe(false);
  });

  it("Ctrl-C stops the run with complete rows only, in order, and exit 130", async () => {
    const descriptions = readFileSync("fixtures/companies-sample.csv", "utf8").split("\n").slice(1, 50);
    const rows = Array.from({ length: 60_000 }, (_, i) => JSON.stringify({ id: `r${i + 1}`, description: descriptions[i % descriptions.length] }));
    const input = join(mkdtempSync(join(tmpdir(), "vc-batch-")), "many.jsonl");
    writeFileSync(input, `${rows.join("\n")}\n`);
    // Straight through node with tsx's loader, so the signal reaches the CLI itself.
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "batch", input, "--concurrency", "2"], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      if (!child.killed && stdout.includes("\n")) child.kill("SIGINT"); // as soon as rows come out
    });
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/^Interrupted: the output holds the \d+ complete rows classified so far\.$/m);
    expect(stdout.endsWith("\n")).toBe(true);
    const out = lines(stdout).map((l) => BatchRow.parse(JSON.parse(l)));
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(rows.length);
    expect(out.map((r) => r.id)).toEqual(out.map((_, i) => `r${i + 1}`));
  }, 60_000);
});
