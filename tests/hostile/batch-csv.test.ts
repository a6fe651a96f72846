import { Readable } from "node:stream";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS } from "../../src/rows/csv-records.ts";
import type { RawRow } from "../../src/rows/raw-row.ts";
import { openSource } from "../../src/rows/source.ts";
import { BatchRow } from "../../src/schemas/batch.ts";
import { runCli } from "../helpers/cli.ts";

async function read(text: string | Buffer, chunkSize = 7): Promise<RawRow[]> {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const source = await openSource(Readable.from(chunks), { format: "csv", note: () => {} });
  const rows: RawRow[] = [];
  for await (const chunk of source.chunks) rows.push(...(chunk as RawRow[]));
  return rows;
}

/** What each row became: its line, then its description, or `!` and the start of its error. */
const outcome = (r: RawRow) => [r.line, r.error ? `! ${r.error.message}` : (r.input as { description?: string }).description];

const H = "id,description\n";

/**
 * Mangled CSV files and what each physical line must become. A file without legitimately quoted line
 * breaks gives exactly one row or error row per non-blank data line, each at its own line number.
 */
const CORPUS: [string, string, (string | number | undefined)[][]][] = [
  ["a stray quote inside an unquoted field is a character", `${H}1,ok one\n2,a "b" c\n3,ok three\n`, [
    [2, "ok one"], [3, 'a "b" c'], [4, "ok three"],
  ]],
  ["a quoted field closed too early: an error for that line, and the next lines read", `${H}1,ok\n2,"a "b c\n3,ok\n4,ok\n5,ok\n`, [
    [2, "ok"],
    [3, `! Line 3 cannot be read as CSV: a quoted field's closing quote is followed by "b", not by the delimiter or the end of the line; reading goes on at line 4`],
    [4, "ok"], [5, "ok"], [6, "ok"],
  ]],
  ["a quote never closed swallows nothing", `${H}1,ok\n2,"never closed\n3,ok\n4,ok\n`, [
    [2, "ok"],
    [3, "! Line 3 cannot be read as CSV: a quoted field has no closing quote; reading goes on at line 4"],
    [4, "ok"], [5, "ok"],
  ]],
  ["wrong field counts", `${H}1,a,extra\n2\n3,ok\n`, [
    [2, "! Line 2 has 3 fields; the header has 2"],
    [3, "! Line 3 has 1 fields; the header has 2"],
    [4, "ok"],
  ]],
  ["CRLF, LF and lone CR mixed, and blank lines", `id,description\r\n1,a\n\n2,b\r3,c\r\n\r\n4,d`, [
    [2, "a"], [4, "b"], [5, "c"], [7, "d"],
  ]],
  ["quoted line breaks that are legitimate count as lines", `${H}1,"multi\nline\r\ntext, ""quoted"""\n2,after\n`, [
    [2, 'multi\nline\r\ntext, "quoted"'], [5, "after"],
  ]],
  ["a malformed field after a quoted line break: each physical line accounted for", `${H}1,"start\nmiddle "x" end"\n2,ok\n`, [
    [2, `! Line 2 cannot be read as CSV: a quoted field's closing quote is followed by "x", not by the delimiter or the end of the line; reading goes on at line 3`],
    [3, "! Line 3 has 1 fields; the header has 2"],
    [4, "ok"],
  ]],
  ["spaces around a quoted field, as people type them", `${H}1, "a, b" \n2,"c"  ,\n`, [
    [2, "a, b"], [3, "! Line 3 has 3 fields; the header has 2"],
  ]],
  ["a quote right after the opening of a field, and an empty quoted field", `${H}1,""\n2,"""hi"""\n`, [
    [2, undefined], [3, '"hi"'],
  ]],
];

describe("CSV that never loses or invents rows", () => {
  it.each(CORPUS)("%s", async (_, text, expected) => {
    for (const chunkSize of [1, 3, 7, 1 << 16]) {
      const rows = await read(text, chunkSize);
      expect(rows.map(outcome)).toEqual(expected);
    }
  });

  it("rows in = rows out + error rows, each at its true line, over the whole corpus joined into one file", async () => {
    const body = CORPUS.filter(([name]) => !name.includes("legitimate") && !name.includes("after a quoted")).map(([, text]) => text.slice(H.length)).join("");
    const rows = await read(H + body);
    const dataLines = (H + body).split(/\r\n|\n|\r/).map((l, i) => [i + 1, l] as const).filter(([n, l]) => n > 1 && l.trim() !== "").map(([n]) => n);
    expect(rows.map((r) => r.line)).toEqual(dataLines);
  });

  it("a quoted field longer than the limit is an error for its line, never buffered further", async () => {
    const huge = `${H}1,"${"x".repeat(MAX_RECORD_CHARS + 10)}\n2,ok\n`;
    const rows = await read(huge, 1 << 16);
    expect(rows.map(outcome)).toEqual([
      [2, `! Line 2 cannot be read as CSV: a quoted field runs past ${MAX_RECORD_CHARS} characters without its closing quote; reading goes on at line 3`],
      [3, "ok"],
    ]);
  });

  it("an unquoted line longer than the limit is an error for its line", async () => {
    const rows = await read(`${H}1,${"y".repeat(MAX_RECORD_CHARS + 10)}\n2,ok\n`, 1 << 16);
    expect(rows.map(outcome)).toEqual([
      [2, `! Line 2 cannot be read as CSV: the line is longer than ${MAX_RECORD_CHARS} characters; reading goes on at line 3`],
      [3, "ok"],
    ]);
  });

  it("bytes that are not UTF-8 make an error row naming the line and column, never U+FFFD; the rows around it are read", async () => {
    // 0x81 is undefined in Windows-1252 too, so the file is read as UTF-8.
    const bytes = Buffer.concat([Buffer.from("id,description\n1,café\n2,caf"), Buffer.from([0xe9, 0x81]), Buffer.from("\n3,\uFFFD is a character\n")]);
    for (const chunkSize of [1, 2, 5, 1 << 16]) {
      expect((await read(bytes, chunkSize)).map(outcome)).toEqual([
        [2, "café"],
        [3, '! Line 3 is not valid UTF-8 (column "description"): save the file as UTF-8, or give --encoding if it is in another encoding (such as windows-1252)'],
        [4, "\uFFFD is a character"],
      ]);
    }
  });

  it("the real CLI: the unclosed quote of the audit (rows 3–5 were lost) gives one error row and classifies the rest", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "vc-csv-")), "quotes.csv");
    writeFileSync(file, `id,description\n1,We rent GPUs by the hour.\n2,"a "b c\n3,AI agents that resolve support tickets.\n4,A vector database for retrieval.\n5,We label training data.\n`);
    const r = await runCli(["batch", file, "--concurrency", "0"]);
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split("\n").map((l) => BatchRow.parse(JSON.parse(l)));
    expect(rows.map((row) => [row.id, "error" in row ? row.error.code : "ok"])).toEqual([
      ["1", "ok"], ["3", "invalid_csv_row"], ["3", "ok"], ["4", "ok"], ["5", "ok"],
    ]);
    expect(r.stderr).toContain("rows 5, classified 4, errors 1");
  }, 60_000);

  it("the real CLI: a duplicate header that feeds a field is one clear error before any row", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "vc-csv-")), "dupe.csv");
    writeFileSync(file, "name,Description,DESCRIPTION\nAcme,We rent GPUs.,Old text\n");
    const r = await runCli(["batch", file, "--concurrency", "0"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('Columns 2 and 3 are both named "Description", which feeds description: rename one of them\n');
  }, 60_000);
});
