/** The structured-answers form, generated from the enums the API validates (its OpenAPI document). */
import { h, humanize } from "./dom.ts";
import { LIST_FIELDS, type ListField, type PageInput } from "./input.ts";

const LEGENDS: Record<ListField, string> = {
  offerings: "What it sells",
  capabilities: "What its AI does",
  customers: "Who it sells to",
  revenueModels: "How it charges",
};

type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: string[] };

/** Each list field's allowed values, from `components.schemas.CompanyInput` of /openapi.json. */
export function answerEnums(openApi: unknown): Record<ListField, string[]> {
  const answers = (openApi as { components: { schemas: { CompanyInput: Schema } } }).components.schemas.CompanyInput.properties?.answers;
  const out = {} as Record<ListField, string[]>;
  for (const field of LIST_FIELDS) {
    const values = answers?.properties?.[field]?.items?.enum;
    if (!values) throw new Error(`The OpenAPI document has no enum for answers.${field}`);
    out[field] = values;
  }
  return out;
}

/** The form's fieldsets: a checkbox per value (named by `names`, else from its id) and the industry box. */
export function answerFields(enums: Record<ListField, string[]>, names: Record<string, string>): HTMLElement[] {
  const sets = LIST_FIELDS.map((field) =>
    h(
      "fieldset",
      { className: "choices", "data-field": field },
      h("legend", {}, LEGENDS[field]),
      enums[field].map((value) =>
        h("label", { className: "choice" }, h("input", { type: "checkbox", name: field, value }), " ", (field === "revenueModels" && names[value]) || humanize(value)),
      ),
    ),
  );
  const industry = h("p", { className: "industry" }, h("label", { for: "industry" }, "Industry"), h("input", { id: "industry", name: "industry", type: "text", maxlength: 200, autocomplete: "off" }));
  return [...sets, industry];
}

/** Reads the form. */
export function readForm(form: HTMLFormElement): PageInput {
  const data = new FormData(form);
  const answers: PageInput["answers"] = {};
  for (const field of LIST_FIELDS) {
    const values = data.getAll(field).map(String);
    if (values.length) answers[field] = values;
  }
  const industry = String(data.get("industry") ?? "");
  if (industry.trim()) answers.industry = industry;
  return { description: String(data.get("description") ?? ""), answers };
}

/** Sets the form to an input. */
export function writeForm(form: HTMLFormElement, input: PageInput): void {
  (form.elements.namedItem("description") as HTMLTextAreaElement).value = input.description;
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
    box.checked = (input.answers[box.name as ListField] ?? []).includes(box.value);
  }
  const industry = form.elements.namedItem("industry") as HTMLInputElement | null;
  if (industry) industry.value = input.answers.industry ?? "";
  const box = form.querySelector("details");
  if (box && Object.keys(input.answers).length > 0) box.open = true;
}
