/** The classify page (GET /): a description and answers in, the classification with its evidence out; the URL holds the input. */
import type { Classification } from "../schemas/result.ts";
import { getJson, postJson } from "./lib/api.ts";
import { byId, fill } from "./lib/dom.ts";
import { answerEnums, answerFields, readForm, writeForm } from "./lib/form.ts";
import { fromQuery, hasInput, toCompanyInput, toQuery, type ListField, type PageInput } from "./lib/input.ts";
import type { QuestionsResponse } from "../schemas/questions.ts";
import { renderQuestions } from "./lib/questions.ts";
import { renderResult, type StageNames } from "./lib/result.ts";

type Named = { id: string; name: string };
type Taxonomy = { domains: Named[]; stages: Named[]; revenueModels: Named[] };

const form = byId<HTMLFormElement>("input");
const status = byId("status");
const alertBox = byId("alert");
const resultBox = byId("result");
let stages: StageNames = [];
let domainNames: Record<string, string> = {};
let current: AbortController | undefined;

function say(message: string): void {
  status.textContent = message;
}

function fail(message: string): void {
  alertBox.textContent = message;
  alertBox.hidden = message === "";
}

async function ask(input: PageInput, signal: AbortSignal): Promise<void> {
  const box = byId("questions");
  try {
    const { questions } = await postJson<QuestionsResponse>("/v1/questions", toCompanyInput(input), signal);
    fill(box, renderQuestions(questions, domainNames, (field, value) => answer(input, field, value)));
  } catch {
    fill(box); // questions are a help: the result stands without them
  }
}

/** Adds a chosen answer to the input and classifies again at once. */
function answer(input: PageInput, field: ListField, value: string): void {
  const values = input.answers[field] ?? [];
  const next: PageInput = { ...input, answers: { ...input.answers, [field]: values.includes(value) ? values : [...values, value] } };
  writeForm(form, next);
  void run(next, true);
}

async function run(input: PageInput, remember: boolean): Promise<void> {
  const query = toQuery(input);
  if (remember && query !== location.search.slice(1)) history.pushState(null, "", query ? `?${query}` : location.pathname);
  current?.abort();
  fail("");
  if (!hasInput(input)) {
    resultBox.hidden = true;
    say("");
    return;
  }
  const controller = (current = new AbortController());
  say("Classifying…");
  try {
    const result = await postJson<Classification>("/v1/classify", toCompanyInput(input), controller.signal);
    fill(resultBox, renderResult(input.description, result, stages));
    resultBox.hidden = false;
    say(result.primaryDomain ? `Classified: ${domainNames[result.primaryDomain] ?? result.primaryDomain}` : "Classified: no primary domain");
    await ask(input, controller.signal);
  } catch (err) {
    if (controller.signal.aborted) return;
    say("");
    fail(err instanceof Error ? err.message : String(err));
  }
}

async function start(): Promise<void> {
  say("Loading…");
  const [openApi, taxonomy] = await Promise.all([getJson<unknown>("/openapi.json"), getJson<Taxonomy>("/v1/taxonomy")]);
  stages = taxonomy.stages;
  domainNames = Object.fromEntries(taxonomy.domains.map((d) => [d.id, d.name]));
  fill(byId("answers"), answerFields(answerEnums(openApi), Object.fromEntries(taxonomy.revenueModels.map((m) => [m.id, m.name]))));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run(readForm(form), true);
  });
  form.addEventListener("reset", () => {
    setTimeout(() => void run(readForm(form), true));
  });
  const load = () => {
    const input = fromQuery(location.search);
    writeForm(form, input);
    void run(input, false);
  };
  window.addEventListener("popstate", load);
  form.dataset.ready = "true";
  load();
}

start().catch((err: unknown) => {
  say("");
  fail(`The page could not start: ${err instanceof Error ? err.message : String(err)}`);
});
