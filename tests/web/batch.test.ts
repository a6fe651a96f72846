import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { expect, it } from "vitest";
import { csvOutputHeader, csvOutputRecord } from "../../src/rows/csv-output.ts";
import type { BatchRow } from "../../src/schemas/batch.ts";
import type { Classification } from "../../src/schemas/result.ts";
import { browserSession, describeBrowser } from "../helpers/browser.ts";
import { builtIn } from "../helpers/classifier.ts";

const ROWS = 2000;

const dir = mkdtempSync(join(tmpdir(), "vc-web-batch-"));

/** English descriptions from the fixtures, to cycle through. */
function descriptions(): string[] {
  const out: string[] = [];
  for (const file of ["domains.jsonl", "real-rag.jsonl", "real-ai-agents.jsonl", "real-mlops.jsonl", "non-ai.jsonl", "uses-ai.jsonl"]) {
    for (const line of readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8").split("\n")) {
      const d = line.trim() && (JSON.parse(line) as { input: { description?: string } }).input.description;
      if (d) out.push(d);
    }
  }
  return out;
}

/** 2,000 companies: id, name, description; every 250th has no description (an error row), row 3's name looks like a formula. */
function companies(): { id: string; name: string; description: string }[] {
  const texts = descriptions();
  return Array.from({ length: ROWS }, (_, i) => ({
    id: `c-${String(i + 1).padStart(4, "0")}`,
    name: i === 2 ? "=HYPERLINK(\"http://x\")" : `Company ${i + 1}`,
    description: (i + 1) % 250 === 0 ? "" : texts[i % texts.length]!,
  }));
}

describeBrowser("the batch page in Chromium", () => {
  const session = browserSession();

  it("classifies a 2,000-row CSV as it streams, and downloads every row as the CLI's CSV and as JSONL", async () => {
    const rows = companies();
    const file = join(dir, "companies.csv");
    writeFileSync(file, stringify([["id", "name", "description"], ...rows.map((r) => [r.id, r.name, r.description])]));
    const classifier = builtIn();
    // What the library answers for each row; undefined for the rows without a description (error rows).
    const expected: ({ id: string; name: string; result: Classification } | undefined)[] = await Promise.all(
      rows.map(async (r) => (r.description ? { id: r.id, name: r.name, result: await classifier.classify({ id: r.id, name: r.name, description: r.description }) } : undefined)),
    );

    const { page, errors } = await session.open("/batch");
    await page.setInputFiles("#file", file);
    await page.waitForSelector("#status:has-text('Done')", { timeout: 120_000 });
    expect(await page.textContent("#status")).toBe("Done: 2,000 rows from “companies.csv”.");
    expect(await page.getAttribute("#progress", "value")).toBe(String(ROWS));
    expect(await page.textContent("#summary")).toMatch(/^2,000 rows: \d[\d,]* classified, \d[\d,]* abstained, 8 errors\.$/);

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    expect(csvDownload.suggestedFilename()).toBe("companies.classified.csv");
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    const records = csv.split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
    expect(records.length).toBe(ROWS + 1);
    expect(`${records[0]}\n`).toBe(csvOutputHeader());
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed.length).toBe(ROWS);
    for (let i = 0; i < ROWS; i++) {
      const want = expected[i];
      if (want) {
        expect(`${records[i + 1]}\n`).toBe(csvOutputRecord(want, [rows[i]!.id, rows[i]!.name]));
      } else {
        expect(parsed[i]).toMatchObject({ id: rows[i]!.id, primary_domain: "" });
        expect(parsed[i]!.error).toMatch(/^invalid_input: /);
      }
    }
    // A cell a spreadsheet would run is neutralised, as the CLI does.
    expect(parsed[2]!.name).toBe("'=HYPERLINK(\"http://x\")");

    const [jsonlDownload] = await Promise.all([page.waitForEvent("download"), page.click("#download-jsonl")]);
    expect(jsonlDownload.suggestedFilename()).toBe("companies.classified.jsonl");
    const lines = readFileSync((await jsonlDownload.path())!, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as BatchRow);
    expect(lines.length).toBe(ROWS);
    lines.forEach((line, i) => {
      expect(line.id).toBe(rows[i]!.id);
      if (expected[i]) expect(line).toEqual(expected[i]);
      else expect("error" in line && line.error.code).toBe("invalid_input");
    });
    expect(errors).toEqual([]);

    // Filter by domain, search, sort.
    const rag = expected.filter((r) => r?.result.primaryDomain === "rag").length;
    await page.selectOption("#domain-filter", "rag");
    await expect.poll(() => page.textContent("#shown")).toBe(`Showing ${rag} matching rows (2,000 in all). The downloads hold every row.`);
    expect(new Set(await page.$$eval("#results-table tbody td:nth-child(3)", (tds) => tds.map((td) => td.textContent)))).toEqual(new Set(["rag"]));
    await page.selectOption("#domain-filter", "(errors)");
    await expect.poll(() => page.$$eval("#results-table tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-n")))).toEqual(["250", "500", "750", "1000", "1250", "1500", "1750", "2000"]);
    await page.selectOption("#domain-filter", "");
    await page.fill("#search", "c-1234");
    await expect.poll(() => page.$$eval("#results-table tbody tr td:nth-child(2)", (tds) => tds.map((td) => td.textContent))).toEqual(["c-1234"]);
    await page.fill("#search", "");
    await page.click('button[data-sort="confidence"]');
    await expect.poll(() => page.getAttribute('th:has(button[data-sort="confidence"])', "aria-sort")).toBe("descending");
    const shown = (await page.$$eval("#results-table tbody td:nth-child(4)", (tds) => tds.map((td) => Number(td.textContent)))).filter((n) => !Number.isNaN(n));
    expect(shown.length).toBe(500);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
  }, 180_000);

  it("refuses a file that is not CSV, TSV or JSONL, or larger than the stream takes, with a message naming it, before sending anything", async () => {
    const { page, errors } = await session.open("/batch");
    let posted = 0;
    page.on("request", (req) => {
      if (req.method() === "POST") posted++;
    });
    const pdf = join(dir, "report.pdf");
    writeFileSync(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n");
    await page.setInputFiles("#file", pdf);
    await page.waitForSelector("#alert:not([hidden])");
    expect(await page.textContent("#alert")).toBe("“report.pdf” is not a CSV, TSV or JSONL file: the batch page takes .csv, .tsv or .jsonl files.");

    const disguised = join(dir, "image.csv");
    writeFileSync(disguised, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await page.setInputFiles("#file", disguised);
    await expect.poll(() => page.textContent("#alert")).toBe("“image.csv” is not text (it holds binary data): the batch page takes CSV, TSV or JSONL text files.");

    const huge = join(dir, "everything.csv");
    writeFileSync(huge, "name,description\n");
    truncateSync(huge, 2 * 2 ** 30); // 2 GiB, sparse: nothing is written to disk
    await page.setInputFiles("#file", huge);
    await expect.poll(() => page.textContent("#alert")).toBe("“everything.csv” is 2,048 MiB: the batch page takes files up to 256 MiB. Split it, or classify it with the CLI's batch command, which has no size limit.");
    expect(posted).toBe(0);
    expect(await page.isHidden("#results")).toBe(true);
    expect(errors).toEqual([]);
  });

  it("shows the server's problem for a file it refuses before the first row (no description column)", async () => {
    const { page, errors } = await session.open("/batch");
    const file = join(dir, "contacts.csv");
    writeFileSync(file, "foo,bar\n1,2\n");
    await page.setInputFiles("#file", file);
    await page.waitForSelector("#alert:not([hidden])");
    const message = await page.textContent("#alert");
    expect(message).toMatch(/^No column gives a description or answers: the columns are "foo", "bar"\. /);
    expect(message!.match(/No column gives/g)).toHaveLength(1);
    expect(await page.isHidden("#results")).toBe(true);
    // The browser logs the 400 response itself; nothing else goes wrong.
    expect(errors.filter((e) => !e.includes("400 (Bad Request)"))).toEqual([]);
  });
});
