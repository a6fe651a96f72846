// CSV output: one record per result row. Apart from the readers (table.ts, csv-records.ts), so that a
// batch worker, which writes CSV but never reads it, does not load them. Nothing here needs Node: the
// batch page (src/web/batch.ts) writes its CSV download with it, so it is the CLI's CSV by construction.
import { stringify } from "csv-stringify/sync";
import { formatIssue } from "../issue-text.ts";
import type { BatchRow } from "../schemas/batch.ts";
import type { Classification } from "../schemas/result.ts";

/** The columns of the results, after the input's own columns (or after id and name). */
export const CSV_RESULT_COLUMNS = [
  "primary_domain", "primary_domain_name", "abstain_reason", "confidence", "top_reason", "domains", "stages",
  "revenue_models_stated", "revenue_models_suggested", "error",
];

/** Without the input's columns: each row's id and name lead. */
export const CSV_OUTPUT_COLUMNS = ["id", "name", ...CSV_RESULT_COLUMNS];

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading single quote, as OWASP's CSV-injection advice has it; all else is as is.
 */
export function neutralise(cell: string): string {
  const c = cell.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? `'${cell}` : cell;
}

/** The primary domain's first reason with its evidence, or why the result abstains. */
function topReason(r: Classification): string {
  // `abstain` says why there is no primary domain.
  if (r.primaryDomain === null) return r.abstain?.message ?? "";
  const reason = r.domains.find((d) => d.id === r.primaryDomain)?.reasons[0];
  if (reason === undefined) return "";
  return reason.evidence.length ? `${reason.message} (${reason.evidence.map((e) => `"${e}"`).join(", ")})` : reason.message;
}

function resultCells(row: BatchRow): (string | number)[] {
  if ("error" in row) {
    const detail = row.error.issues?.length ? `: ${row.error.issues.map(formatIssue).join("; ")}` : "";
    return ["", "", "", "", "", "", "", "", "", `${row.error.code}${detail || `: ${row.error.message}`}`];
  }
  const r = row.result;
  return [
    r.primaryDomain ?? "",
    r.domains.find((d) => d.id === r.primaryDomain)?.name ?? "",
    r.abstain?.reason ?? "",
    r.confidence,
    topReason(r),
    r.domains.map((d) => `${d.id}:${d.score}`).join(";"),
    r.stages.map((s) => `${s.id}:${s.score}`).join(";"),
    r.revenueModels.filter((m) => m.source === "stated").map((m) => m.id).join(";"),
    r.revenueModels.filter((m) => m.source === "suggested").map((m) => m.id).join(";"),
    "",
  ];
}

/**
 * One output row as a CSV record (without the header): `lead` (the input's own cells, or the row's
 * id and name), then the results; every text cell neutralised.
 */
export function csvOutputRecord(row: BatchRow, lead: readonly string[]): string {
  const cells = [...lead, ...resultCells(row)].map((c) => (typeof c === "string" ? neutralise(c) : c));
  return stringify([cells]);
}

/** The header: the input's carried column names, or id and name; then the result columns. */
export const csvOutputHeader = (inputColumns?: readonly string[]): string =>
  stringify([(inputColumns ? [...inputColumns, ...CSV_RESULT_COLUMNS] : CSV_OUTPUT_COLUMNS).map(neutralise)]);
