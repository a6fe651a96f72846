/** One fixture under review: its labels against the classifier's answer, the reasons, the highlighted text, and (with editing on) the ways to relabel it. */
import type { Labels, ReviewedFixture, SuspectedMislabel } from "../../schemas/review.ts";
import { h, humanize } from "./dom.ts";
import { highlighted, legend } from "./evidence.ts";

/** The values a label may take, from the LabelRequest schema of /openapi.json, and names for them from /v1/taxonomy. */
export interface LabelChoices {
  domains: string[];
  stages: string[];
  revenueModels: string[];
  abstain: string[];
  names: Record<string, string>;
}

/** What a card asks the page to do: send new labels for this fixture. */
export type Relabel = (target: { file: string; id: string }, expect: Labels) => void;

type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: string[] };

/** The label enums of `components.schemas.LabelRequest` in the OpenAPI document. */
export function labelEnums(openApi: unknown): Omit<LabelChoices, "names"> {
  const expect = (openApi as { components: { schemas: { LabelRequest: Schema } } }).components.schemas.LabelRequest.properties?.expect?.properties;
  const list = (key: string) => expect?.[key]?.items?.enum ?? expect?.[key]?.enum ?? [];
  return { domains: list("domains"), stages: list("stages"), revenueModels: list("revenueModels"), abstain: list("abstain") };
}

const named = (ids: readonly string[], names: Record<string, string>) => (ids.length ? ids.map((id) => names[id] ?? humanize(id)).join(", ") : "none");

function describeLabels(l: Labels, names: Record<string, string>): string {
  const domains = l.domains.length ? named(l.domains, names) : `abstain${l.abstain ? ` (${l.abstain})` : ""}`;
  return `domains: ${domains}; stages: ${named(l.stages, names)}; revenue models: ${named(l.revenueModels, names)}`;
}

/** Expected against got, row by row, with what differs said in words. */
function labelsTable(f: Pick<ReviewedFixture, "expected" | "got"> & Partial<ReviewedFixture>, names: Record<string, string>): HTMLElement {
  const domains = (l: Labels) => (l.domains.length ? named(l.domains, names) : `abstain${l.abstain ? ` (${l.abstain})` : ""}`);
  const rows: [string, string, string, string][] = [
    ["Primary domain", domains(f.expected), domains(f.got), f.primaryOk === false ? "✖ differs" : ""],
    ["Stages", named(f.expected.stages, names), named(f.got.stages, names), f.missingStages?.length ? `✖ missing ${named(f.missingStages, names)}` : ""],
    ["Stated revenue models", named(f.expected.revenueModels, names), named(f.got.revenueModels, names), f.missingRevenueModels?.length ? `✖ missing ${named(f.missingRevenueModels, names)}` : ""],
  ];
  return h(
    "table",
    { className: "labels" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Label"), h("th", { scope: "col" }, "Expected (fixture)"), h("th", { scope: "col" }, "Got (classifier)"), h("th", { scope: "col" }, "Check"))),
    h("tbody", {}, rows.map(([what, e, g, check]) => h("tr", { className: check ? "differs" : "" }, h("th", { scope: "row" }, what), h("td", {}, e), h("td", {}, g), h("td", {}, check || "✔ agrees")))),
  );
}

function checkboxes(field: keyof Labels, values: string[], checked: readonly string[], names: Record<string, string>, legendText: string): HTMLElement {
  return h(
    "fieldset",
    { className: "choices", "data-field": field },
    h("legend", {}, legendText),
    values.map((v) => h("label", { className: "choice" }, h("input", { type: "checkbox", name: field, value: v, checked: checked.includes(v) }), " ", names[v] ?? humanize(v))),
  );
}

/** The edit controls: accept the classifier's answer, or set the labels by hand (domains already accepted keep their order, new ones follow). */
function editControls(target: { file: string; id: string }, expected: Labels, got: Labels, choices: LabelChoices, relabel: Relabel): HTMLElement {
  const form = h(
    "form",
    { className: "set-labels", "aria-label": `Set the labels of ${target.id}` },
    checkboxes("domains", choices.domains, expected.domains, choices.names, "Accepted domains (none: must abstain)"),
    checkboxes("stages", choices.stages, expected.stages, choices.names, "Stages"),
    checkboxes("revenueModels", choices.revenueModels, expected.revenueModels, choices.names, "Stated revenue models"),
    h(
      "p",
      {},
      h("label", { for: `abstain-${target.file}-${target.id}` }, "Abstain reason (with no domains)"),
      h("select", { id: `abstain-${target.file}-${target.id}`, name: "abstain" }, h("option", { value: "" }, "— any —"), choices.abstain.map((r) => h("option", { value: r, selected: expected.abstain === r }, r))),
    ),
    h("button", { type: "submit" }, "Save labels"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const picked = (field: string) => data.getAll(field).map(String);
    const domains = picked("domains");
    const abstain = String(data.get("abstain") ?? "");
    const labels: Labels = {
      domains: [...expected.domains.filter((d) => domains.includes(d)), ...domains.filter((d) => !(expected.domains as string[]).includes(d))] as Labels["domains"],
      stages: picked("stages") as Labels["stages"],
      revenueModels: picked("revenueModels") as Labels["revenueModels"],
      ...(domains.length === 0 && abstain && { abstain: abstain as Labels["abstain"] }),
    };
    relabel(target, labels);
  });
  return h(
    "div",
    { className: "edit" },
    h("button", { type: "button", className: "accept", onclick: () => relabel(target, got), "aria-describedby": `got-${target.file}-${target.id}` }, "Accept the classifier's answer"),
    h("span", { className: "hint", id: `got-${target.file}-${target.id}` }, ` — ${describeLabels(got, choices.names)}`),
    h("details", {}, h("summary", {}, "Set labels by hand"), form),
  );
}

/** A failing fixture's card. */
export function failingCard(f: ReviewedFixture, choices: LabelChoices, relabel: Relabel | undefined): HTMLElement {
  const evidence = { keywords: f.keywords, domains: f.domains, stages: [], revenueModels: [] };
  const reasons = f.domains.map((d) =>
    h("li", {}, h("strong", {}, choices.names[d.id] ?? d.id), ` ${d.score.toFixed(3)}: `, d.reasons.length ? d.reasons.map((r) => `${r.rule} (${r.message}) “${r.evidence.join("”, “")}”`).join("; ") : "no rule fired"),
  );
  return h(
    "article",
    { className: "fixture", id: `fx-${f.file}-${f.id}`, "aria-labelledby": `fx-title-${f.file}-${f.id}`, "data-id": f.id },
    h("h3", { id: `fx-title-${f.file}-${f.id}` }, f.id, h("span", { className: "hint" }, ` ${f.file}:${f.line}`)),
    labelsTable(f, choices.names),
    h("p", { className: "hint" }, `Confidence ${f.confidence.toFixed(3)}${f.abstain ? `; abstained: ${f.abstain.message}` : ""}`),
    h("h4", {}, "Reasons (the three best domains)"),
    h("ul", {}, reasons),
    h("h4", {}, "Text"),
    f.text ? [highlighted(f.text, evidence), legend(evidence)] : h("p", { className: "hint" }, "No description: answers only."),
    f.answers ? h("p", { className: "hint" }, `Answers: ${Object.entries(f.answers).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(", ") : String(v)}`).join("; ")}`) : null,
    relabel ? editControls({ file: f.file, id: f.id }, f.expected, f.got, choices, relabel) : null,
  );
}

/** A suspected mislabel's card. */
export function suspectCard(s: SuspectedMislabel, choices: LabelChoices, relabel: Relabel | undefined): HTMLElement {
  const n = choices.names;
  return h(
    "article",
    { className: "fixture suspect", "data-id": s.id },
    h("h3", {}, s.id, h("span", { className: "hint" }, ` ${s.file}:${s.line}`)),
    h(
      "p",
      {},
      `Labelled ${s.labelled.length ? named(s.labelled, n) : "abstain"}; the classifier says ${s.classifierSays ? (n[s.classifierSays] ?? s.classifierSays) : "abstain"}; the rules say ${n[s.rulesSay] ?? s.rulesSay}: `,
      s.rules.map((r) => `${r.rule} (precision ${r.precisionElsewhere.toFixed(3)} on ${r.firesElsewhere} others)`).join(", "),
    ),
    relabel ? editControls({ file: s.file, id: s.id }, s.expected, s.got, choices, relabel) : null,
  );
}
