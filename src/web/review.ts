/** The fixtures review page (GET /review): validate's figures, the confusion matrix, failing fixtures and suspected mislabels; with editing on, relabelling. */
import type { FixtureReview, LabelResponse, Labels } from "../schemas/review.ts";
import { ApiError, getJson, readProblem } from "./lib/api.ts";
import { byId, fill } from "./lib/dom.ts";
import { failingCard, labelEnums, suspectCard, type LabelChoices, type Relabel } from "./lib/review-card.ts";
import { cellList, figures, files, matrix } from "./lib/review-figures.ts";

type Named = { id: string; name: string };
type Taxonomy = { domains: Named[]; stages: Named[]; revenueModels: Named[] };

const status = byId("status");
const alertBox = byId("alert");
const reloadBox = byId("reload-box");
const tokenBox = byId("token-box");
const token = byId<HTMLInputElement>("token");
let review: FixtureReview | undefined;
let choices: LabelChoices;

function say(message: string): void {
  status.textContent = message;
}

function fail(message: string, offerReload = false): void {
  alertBox.textContent = message;
  alertBox.hidden = message === "";
  reloadBox.hidden = !offerReload;
}

function show(id: string, children: (Node | string)[] | Node): void {
  fill(byId(id), ...(Array.isArray(children) ? children : [children]));
  byId(`${id}-box`).hidden = false;
}

function render(r: FixtureReview): void {
  const relabel: Relabel | undefined = r.editing.enabled ? send : undefined;
  tokenBox.hidden = !(r.editing.enabled && r.editing.tokenRequired);
  show("figures", figures(r, choices.names));
  show("matrix", matrix(r, (expected, got) => {
    fill(byId("cell-fixtures"), ...cellList(r, expected, got));
    byId("cell-title").focus();
  }));
  show("failing", r.failing.length ? r.failing.map((f) => failingCard(f, choices, relabel)) : [Object.assign(document.createElement("p"), { textContent: "None: every fixture passes." })]);
  show("suspects", r.suspects.length ? r.suspects.map((s) => suspectCard(s, choices, relabel)) : [Object.assign(document.createElement("p"), { textContent: "None." })]);
  show("files", files(r));
}

async function load(message: string): Promise<void> {
  say("Loading the review…");
  review = await getJson<FixtureReview>("/v1/fixtures/review");
  render(review);
  say(message);
  document.body.dataset.ready = "true";
}

/** PUT the labels with the sha256 of the file as shown; a 409 says the file changed and offers to reload. */
async function send(target: { file: string; id: string }, expect: Labels): Promise<void> {
  const sha256 = review?.files.find((f) => f.file === target.file)?.sha256 ?? "";
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (token.value) headers.authorization = `Bearer ${token.value}`;
  fail("");
  say(`Saving the labels of ${target.id}…`);
  try {
    const res = await fetch("/v1/fixtures/label", { method: "PUT", headers, body: JSON.stringify({ ...target, sha256, expect }) });
    if (!res.ok) throw await readProblem(res);
    const done = (await res.json()) as LabelResponse;
    await load(`Relabelled ${done.id} in ${done.file} (line ${done.line}): domains ${done.expect.domains.join(", ") || "none (abstain)"}.`);
  } catch (err) {
    const conflict = err instanceof ApiError && err.status === 409;
    say("");
    fail(conflict ? `Not saved: ${err.message}` : `Not saved: ${(err as Error).message}`, conflict);
  }
}

byId("reload").addEventListener("click", () => {
  fail("");
  void load("Reloaded: the review shows the files as they are now.").catch((err: Error) => fail(err.message));
});

async function start(): Promise<void> {
  try {
    const [openApi, taxonomy] = await Promise.all([getJson<unknown>("/openapi.json"), getJson<Taxonomy>("/v1/taxonomy")]);
    const names = Object.fromEntries([...taxonomy.domains, ...taxonomy.stages, ...taxonomy.revenueModels].map((e) => [e.id, e.name]));
    choices = { ...labelEnums(openApi), names };
    await load("");
  } catch (err) {
    say("");
    fail((err as Error).message);
  }
}

void start();
