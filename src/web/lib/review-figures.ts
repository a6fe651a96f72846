/** The review's figures: validate's summary, the per-domain table, the confusion matrix whose cells list their fixtures, and the files. */
import type { FixtureReview } from "../../schemas/review.ts";
import { h } from "./dom.ts";

const pct = (x: number | null) => (x === null ? "–" : x.toFixed(3));

/** The summary line and the per-domain precision, recall and F1. */
export function figures(r: FixtureReview, names: Record<string, string>): HTMLElement[] {
  const m = r.metrics;
  const summary = h(
    "p",
    { id: "summary" },
    `${m.fixtures} fixtures, ${m.passed} passed, ${m.fixtures - m.passed} failing; top-1 ${pct(m.top1)}, top-3 ${pct(m.top3)}; abstain accuracy ${pct(m.abstainAccuracy)}, stated-revenue recall ${pct(m.statedRevenueRecall)}, stage recall ${pct(m.stageRecall)}. Rules ${r.rulesVersion}.`,
  );
  const head = h("tr", {}, ["Domain", "Precision", "Recall", "F1", "Support"].map((t) => h("th", { scope: "col" }, t)));
  const rows = m.domains.map((d) =>
    h("tr", {}, h("th", { scope: "row" }, names[d.id] ?? d.id), [d.precision, d.recall, d.f1].map((x) => h("td", { className: "num" }, pct(x))), h("td", { className: "num" }, String(d.support))),
  );
  return [summary, h("div", { className: "table-wrap", role: "region", "aria-label": "Per domain", tabindex: 0 }, h("table", { id: "per-domain" }, h("caption", { className: "visually-hidden" }, "Per domain"), h("thead", {}, head), h("tbody", {}, rows)))];
}

/** The matrix: a button per non-empty cell, telling `show` which cell was chosen. Cells off the diagonal are marked in words, not colour alone. */
export function matrix(r: FixtureReview, show: (expected: string, got: string) => void): HTMLElement {
  const { labels, cells } = r.confusion;
  const at = new Map(cells.map((c) => [`${c.expected}\n${c.got}`, c]));
  const head = h("tr", {}, h("th", { scope: "col" }, "expected \\ got"), labels.map((l) => h("th", { scope: "col" }, l)));
  const rows = labels.map((row) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, row),
      labels.map((col) => {
        const cell = at.get(`${row}\n${col}`);
        if (!cell) return h("td", { className: "num empty" }, h("span", { "aria-label": "none" }, "·"));
        const wrong = row !== col;
        const label = `${cell.fixtures.length} expected ${row}, got ${col}${wrong ? " (wrong)" : ""}: list them`;
        return h("td", { className: `num${wrong ? " off" : ""}` }, h("button", { type: "button", className: "cell", "aria-label": label, "data-expected": row, "data-got": col, onclick: () => show(row, col) }, `${cell.fixtures.length}${wrong ? " ✖" : ""}`));
      }),
    ),
  );
  return h("table", { id: "confusion" }, h("caption", { className: "visually-hidden" }, "Confusion matrix"), h("thead", {}, head), h("tbody", {}, rows));
}

/** The fixtures of one cell, each linking to its card when it fails. */
export function cellList(r: FixtureReview, expected: string, got: string): HTMLElement[] {
  const cell = r.confusion.cells.find((c) => c.expected === expected && c.got === got);
  const failing = new Set(r.failing.map((f) => `${f.file}\n${f.id}`));
  const items = (cell?.fixtures ?? []).map((f) =>
    h("li", {}, failing.has(`${f.file}\n${f.id}`) ? h("a", { href: `#fx-${f.file}-${f.id}` }, f.id) : f.id, h("span", { className: "hint" }, ` (${f.file})`)),
  );
  return [h("h3", { id: "cell-title", tabindex: -1 }, `Expected ${expected}, got ${got}: ${items.length}`), h("ul", { className: "cell-list" }, items)];
}

/** Each file with its number of fixtures and sha256, and the lines that are not valid fixtures. */
export function files(r: FixtureReview): HTMLElement[] {
  const list = h("ul", {}, r.files.map((f) => h("li", {}, h("code", {}, f.file), ` — ${f.fixtures} fixtures, sha256 `, h("code", { className: "sha" }, f.sha256.slice(0, 12)))));
  const problems = r.problems.length
    ? [h("h3", {}, "Lines that are not valid fixtures"), h("ul", {}, r.problems.map((p) => h("li", {}, h("code", {}, `${p.file}:${p.line}`), ` ${p.message}`)))]
    : [];
  return [list, ...problems];
}
