/** The batch results table: sort by a column, filter by domain, search, and show the first rows that match. */
import type { BatchRow } from "../../schemas/batch.ts";
import { h } from "./dom.ts";

/** One streamed row: its position in the input, the row, and the line exactly as the server sent it. */
export interface Entry {
  n: number;
  row: BatchRow;
  line: string;
}

/** A domain filter value: a domain id, or one of these. */
export const ALL = "";
export const NO_DOMAIN = "(none)";
export const ERRORS = "(errors)";

export type SortKey = "n" | "id" | "domain" | "confidence";
export interface View {
  sort: SortKey;
  descending: boolean;
  domain: string;
  search: string;
}

/** Rows shown at once; the downloads always hold every row. */
export const SHOWN = 500;

const domainOf = (row: BatchRow) => ("result" in row ? (row.result.primaryDomain ?? NO_DOMAIN) : ERRORS);
const confidenceOf = (row: BatchRow) => ("result" in row ? row.result.confidence : -1);

function searchText(e: Entry): string {
  const r = e.row;
  const parts = [String(r.id), r.name ?? ""];
  if ("result" in r) parts.push(r.result.primaryDomain ?? "", r.result.abstain?.message ?? "", ...r.result.keywords.map((k) => k.term));
  else parts.push(r.error.code, r.error.message);
  return parts.join(" ").toLowerCase();
}

function compare(key: SortKey): (a: Entry, b: Entry) => number {
  switch (key) {
    case "n":
      return (a, b) => a.n - b.n;
    case "id":
      return (a, b) => String(a.row.id).localeCompare(String(b.row.id), undefined, { numeric: true }) || a.n - b.n;
    case "domain":
      return (a, b) => domainOf(a.row).localeCompare(domainOf(b.row)) || a.n - b.n;
    case "confidence":
      return (a, b) => confidenceOf(a.row) - confidenceOf(b.row) || a.n - b.n;
  }
}

/** The entries a view selects, in its order. */
export function select(entries: readonly Entry[], view: View): Entry[] {
  const needle = view.search.trim().toLowerCase();
  const kept = entries.filter((e) => (view.domain === ALL || domainOf(e.row) === view.domain) && (!needle || searchText(e).includes(needle)));
  const order = compare(view.sort);
  return kept.sort(view.descending ? (a, b) => order(b, a) : order);
}

const COLUMNS: { key: SortKey | null; label: string; num?: boolean }[] = [
  { key: "n", label: "#", num: true },
  { key: "id", label: "id" },
  { key: "domain", label: "Primary domain" },
  { key: "confidence", label: "Confidence", num: true },
  { key: null, label: "Stages" },
  { key: null, label: "Revenue (stated)" },
  { key: null, label: "Why / error" },
];

function cells(e: Entry): HTMLElement[] {
  const r = e.row;
  const td = (text: string, num = false) => h("td", { className: num ? "num" : undefined }, text);
  if (!("result" in r)) return [td(String(e.n), true), td(String(r.id)), td("error"), td(""), td(""), td(""), td(`${r.error.code}: ${r.error.message}`)];
  const c = r.result;
  return [
    td(String(e.n), true),
    td(String(r.id)),
    td(c.primaryDomain ?? `none (${c.abstain?.reason ?? "abstained"})`),
    td(c.confidence.toFixed(2), true),
    td(c.stages.map((s) => s.id).join(", ")),
    td(c.revenueModels.filter((m) => m.source === "stated").map((m) => m.id).join(", ")),
    td(c.abstain?.message ?? c.domains.find((d) => d.id === c.primaryDomain)?.reasons[0]?.message ?? ""),
  ];
}

/** The table for a view: sortable headers (aria-sort says the order), and at most SHOWN rows. */
export function renderTable(rows: readonly Entry[], view: View, sortBy: (key: SortKey) => void): HTMLTableElement {
  const head = h(
    "tr",
    {},
    COLUMNS.map((col) => {
      if (!col.key) return h("th", { scope: "col" }, col.label);
      const key = col.key;
      const active = view.sort === key;
      return h(
        "th",
        { scope: "col", "aria-sort": active ? (view.descending ? "descending" : "ascending") : undefined, className: col.num ? "num" : undefined },
        h("button", { type: "button", "data-sort": key, onclick: () => sortBy(key) }, col.label, active ? (view.descending ? " ▼" : " ▲") : ""),
      );
    }),
  );
  const body = rows.slice(0, SHOWN).map((e) => h("tr", { className: "result" in e.row ? undefined : "error", "data-n": e.n }, cells(e)));
  return h("table", { id: "results-table" }, h("thead", {}, head), h("tbody", {}, body));
}
