import { describe, expect, it } from "vitest";
import { batchOptions } from "../../src/batch/options.ts";

describe("batchOptions", () => {
  it.each([
    ["a CSV file to a CSV file: columns carried, a BOM", "in.csv", "csv", { output: "out.csv" }, { format: "csv", keep: true, bom: true }],
    ["to stdout: no BOM unless --bom", "in.csv", "csv", {}, { format: "csv", keep: true, bom: false }],
    ["--bom on stdout", "in.csv", "csv", { bom: true }, { format: "csv", keep: true, bom: true }],
    ["--no-bom and --no-keep-columns for a file", "in.xlsx", "csv", { output: "o.csv", "no-bom": true, "no-keep-columns": true }, { format: "xlsx", keep: false, bom: false }],
    ["JSONL output: neither", "in.tsv", "jsonl", { output: "o.jsonl" }, { format: "csv", keep: false, bom: false }],
    ["stdin: the format is told from the bytes", "-", "jsonl", {}, { format: undefined }],
    ["--delimiter tab, --encoding cp1252, --columns", "in.txt", "jsonl", { delimiter: "tab", encoding: "CP1252", columns: "description=About" },
      { delimiter: "\t", encoding: "windows-1252", columns: { description: "About" } }],
  ] as const)("%s", (_, file, format, flags, expected) => {
    expect(batchOptions(file, format, flags)).toMatchObject(expected);
  });

  it.each([
    ["in.csv", { delimiter: ":" }, 'Unknown --delimiter ":": expected , ; tab or |'],
    ["in.csv", { encoding: "utf-7" }, 'Unknown --encoding "utf-7": expected utf-8, utf-16le, utf-16be, windows-1252'],
    ["in.csv", { "input-format": "xml" }, 'Unknown --input-format "xml": expected jsonl, csv, xlsx'],
    ["in.pdf", {}, "Cannot tell the format of in.pdf from its extension: use --input-format jsonl, csv, xlsx"],
    ["in.csv", { columns: "about=About" }, '--columns: unknown field "about"; fields: id, name, description, offerings, capabilities, customers, revenue_models, industry'],
    ["in.csv", { columns: "description=" }, "--columns: give a column for description, as description=COLUMN"],
  ])("%s %j: %s", (file, flags, message) => {
    expect(() => batchOptions(file, "jsonl", flags)).toThrow(message);
  });
});
