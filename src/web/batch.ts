/** The batch page (GET /batch): a CSV, TSV or JSONL file posted to /v1/classify/stream, its rows shown as they come, downloadable as CSV or JSONL. */
import { csvOutputHeader, csvOutputRecord } from "../rows/csv-output.ts";
import type { BatchRow } from "../schemas/batch.ts";
import { ApiError, getJson, readProblem } from "./lib/api.ts";
import { byId, fill, h } from "./lib/dom.ts";
import { jsonLines } from "./lib/ndjson.ts";
import { ALL, ERRORS, NO_DOMAIN, renderTable, select, SHOWN, type Entry, type SortKey, type View } from "./lib/table.ts";
import { estimateRows, uploadType } from "./lib/upload.ts";

type Summary = { rows: number; classified: number; abstained: number; errors: number; domains: Record<string, number>; complete: boolean };

const form = byId<HTMLFormElement>("upload");
const fileInput = byId<HTMLInputElement>("file");
const status = byId("status");
const alertBox = byId("alert");
const progressBox = byId("progress-box");
const progress = byId<HTMLProgressElement>("progress");
const progressText = byId("progress-text");
const results = byId("results");
const domainFilter = byId<HTMLSelectElement>("domain-filter");
const search = byId<HTMLInputElement>("search");

let entries: Entry[] = [];
let fileStem = "results";
let domainNames: Record<string, string> = {};
let running: AbortController | undefined;
const view: View = { sort: "n", descending: false, domain: ALL, search: "" };

const count = (n: number) => n.toLocaleString("en-US");

function fail(message: string): void {
  alertBox.textContent = message;
  alertBox.hidden = message === "";
}

let pending = 0;
/** Redraws the table at most once a frame while rows stream in. */
function redraw(): void {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = 0;
    const rows = select(entries, view);
    fill(byId("table-box"), renderTable(rows, view, sortBy));
    byId("shown").textContent = `${rows.length > SHOWN ? `Showing the first ${count(SHOWN)} of` : "Showing"} ${count(rows.length)} matching row${rows.length === 1 ? "" : "s"} (${count(entries.length)} in all). The downloads hold every row.`;
  });
}

function sortBy(key: SortKey): void {
  view.descending = view.sort === key ? !view.descending : key === "confidence";
  view.sort = key;
  redraw();
}

function domainOptions(summary?: Summary): void {
  const chosen = domainFilter.value;
  const counts = summary?.domains ?? {};
  const options = [
    h("option", { value: ALL }, "All domains"),
    ...Object.entries(domainNames).map(([id, name]) => h("option", { value: id }, `${name}${counts[id] ? ` (${count(counts[id])})` : ""}`)),
    h("option", { value: NO_DOMAIN }, "No primary domain (abstained)"),
    h("option", { value: ERRORS }, "Error rows"),
  ];
  fill(domainFilter, options);
  domainFilter.value = chosen;
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function asCsv(): string {
  return csvOutputHeader() + entries.map((e) => csvOutputRecord(e.row, [String(e.row.id), e.row.name ?? ""])).join("");
}

async function classify(file: File): Promise<void> {
  running?.abort();
  fail("");
  const checked = await uploadType(file);
  if ("problem" in checked) {
    status.textContent = "";
    progressBox.hidden = true;
    fail(checked.problem);
    return;
  }
  const controller = (running = new AbortController());
  entries = [];
  fileStem = file.name.replace(/\.[^.]*$/, "") || "results";
  view.search = search.value = "";
  view.domain = domainFilter.value = ALL;
  results.hidden = true;
  const expected = await estimateRows(file, checked.type);
  progress.max = Math.max(1, expected);
  progress.value = 0;
  progressBox.hidden = false;
  byId("cancel").hidden = false;
  status.textContent = `Classifying “${file.name}”…`;
  try {
    const res = await fetch("/v1/classify/stream", { method: "POST", headers: { "content-type": checked.type, accept: "application/x-ndjson" }, body: file, signal: controller.signal });
    if (!res.ok || !res.body) throw await readProblem(res);
    results.hidden = false;
    let summary: Summary | undefined;
    for await (const { text, value } of jsonLines(res.body)) {
      if (value && typeof value === "object" && "summary" in value) {
        summary = (value as { summary: Summary }).summary;
        continue;
      }
      entries.push({ n: entries.length + 1, row: value as BatchRow, line: text });
      progress.value = Math.min(entries.length, progress.max);
      progressText.textContent = `${count(entries.length)} of about ${count(expected)} rows`;
      redraw();
    }
    progress.max = progress.value = Math.max(1, entries.length);
    domainOptions(summary);
    if (!summary?.complete) throw new ApiError(`The stream ended after ${count(entries.length)} rows without its summary: the results are incomplete.`, 0);
    progressText.textContent = `${count(entries.length)} rows`;
    const s = byId("summary");
    s.textContent = `${count(summary.rows)} rows: ${count(summary.classified)} classified, ${count(summary.abstained)} abstained, ${count(summary.errors)} errors.`;
    status.textContent = `Done: ${count(summary.rows)} rows from “${file.name}”.`;
  } catch (err) {
    if (controller.signal.aborted) {
      status.textContent = `Stopped after ${count(entries.length)} rows.`;
    } else {
      status.textContent = "";
      progressBox.hidden = entries.length === 0;
      fail(err instanceof Error ? err.message : String(err));
    }
  } finally {
    byId("cancel").hidden = true;
    redraw();
  }
}

function take(files: FileList | null | undefined): void {
  const file = files?.[0];
  if (!file) return;
  void classify(file);
}

fileInput.addEventListener("change", () => take(fileInput.files));
form.addEventListener("submit", (e) => e.preventDefault());
form.addEventListener("dragover", (e) => {
  e.preventDefault();
  form.classList.add("over");
});
form.addEventListener("dragleave", () => form.classList.remove("over"));
form.addEventListener("drop", (e) => {
  e.preventDefault();
  form.classList.remove("over");
  take(e.dataTransfer?.files);
});
byId("cancel").addEventListener("click", () => running?.abort());
domainFilter.addEventListener("change", () => {
  view.domain = domainFilter.value;
  redraw();
});
search.addEventListener("input", () => {
  view.search = search.value;
  redraw();
});
byId("download-csv").addEventListener("click", () => download(asCsv(), `${fileStem}.classified.csv`, "text/csv"));
byId("download-jsonl").addEventListener("click", () => download(entries.map((e) => `${e.line}\n`).join(""), `${fileStem}.classified.jsonl`, "application/x-ndjson"));

getJson<{ domains: { id: string; name: string }[] }>("/v1/taxonomy")
  .then((t) => {
    domainNames = Object.fromEntries(t.domains.map((d) => [d.id, d.name]));
    domainOptions();
    form.dataset.ready = "true";
  })
  .catch((err: unknown) => fail(`The page could not start: ${err instanceof Error ? err.message : String(err)}`));
