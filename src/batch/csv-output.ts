// CSV output: one record per result row. Apart from the reader (csv.ts), so that a batch worker,
// which writes CSV but never reads it, does not load csv-parse.
import { stringify } from "csv-stringify/sync";
import { formatIssue } from "../errors.ts";
import type { BatchRow } from "../schemas/batch.ts";

export const CSV_OUTPUT_COLUMNS = [
  "id", "name", "primary_domain", "abstain_reason", "confidence", "domains", "stages", "revenue_models_stated", "revenue_models_suggested", "error",
];

/** One output row as a CSV record (without the header). */
export function csvOutputRecord(row: BatchRow, name: string | undefined): string {
  if ("error" in row) {
    const detail = row.error.issues?.length ? `: ${row.error.issues.map(formatIssue).join("; ")}` : "";
    return stringify([[row.id, name ?? "", "", "", "", "", "", "", "", `${row.error.code}${detail || `: ${row.error.message}`}`]]);
  }
  const r = row.result;
  return stringify([[
    row.id,
    name ?? "",
    r.primaryDomain ?? "",
    r.abstain?.reason ?? "",
    r.confidence,
    r.domains.map((d) => `${d.id}:${d.score}`).join(";"),
    r.stages.map((s) => `${s.id}:${s.score}`).join(";"),
    r.revenueModels.filter((m) => m.source === "stated").map((m) => m.id).join(";"),
    r.revenueModels.filter((m) => m.source === "suggested").map((m) => m.id).join(";"),
    "",
  ]]);
}

export const csvOutputHeader = (): string => stringify([CSV_OUTPUT_COLUMNS]);
