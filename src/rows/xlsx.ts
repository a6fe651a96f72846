// The one module that uses read-excel-file (an .xlsx is a zip of XML: it is read whole).
import readXlsxFile from "read-excel-file/node";
import type { CsvRecord } from "./csv-records.ts";

export class SpreadsheetError extends Error {
  readonly code = "spreadsheet";
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * The rows of one sheet (the first, or `sheet`: its name or 1-based number) as records of text
 * cells, numbered as the spreadsheet numbers its rows; blank rows are skipped.
 */
export async function readXlsxRecords(bytes: Buffer, sheet?: string): Promise<{ sheet: string; records: CsvRecord[] }> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes);
  } catch (err) {
    throw new SpreadsheetError(`Not a readable .xlsx workbook: ${(err as Error).message}`);
  }
  const names = sheets.map((s) => s.sheet);
  const wanted = sheet === undefined ? sheets[0] : /^\d+$/.test(sheet) ? sheets[Number(sheet) - 1] : sheets.find((s) => s.sheet === sheet);
  if (wanted === undefined) {
    const list = names.map((n, i) => `${i + 1}: ${JSON.stringify(n)}`).join(", ");
    throw new SpreadsheetError(sheet === undefined ? "The workbook has no sheets" : `No sheet ${JSON.stringify(sheet)}: the sheets are ${list}`);
  }
  const records: CsvRecord[] = [];
  wanted.data.forEach((row, i) => {
    const cells = row.map(cellText);
    if (cells.every((c) => c.trim() === "")) return;
    records.push({ line: i + 1, cells });
  });
  return { sheet: wanted.sheet, records };
}
