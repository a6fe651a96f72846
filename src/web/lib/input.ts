/** The classify page's input: read from and written to the form and the URL (so a result can be shared). */
import type { CompanyInput } from "../../schemas/input.ts";

/** The answer fields that are lists of enum ids, in the order the form shows them. */
export const LIST_FIELDS = ["offerings", "capabilities", "customers", "revenueModels"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** What the page sends: a description and the answers, nothing else. */
export interface PageInput {
  description: string;
  answers: Partial<Record<ListField, string[]>> & { industry?: string };
}

/** The input as the URL's query: `description`, each list field comma-separated, `industry`; empty ones left out. */
export function toQuery(input: PageInput): string {
  const params = new URLSearchParams();
  if (input.description.trim()) params.set("description", input.description);
  for (const field of LIST_FIELDS) {
    const values = input.answers[field];
    if (values?.length) params.set(field, values.join(","));
  }
  if (input.answers.industry?.trim()) params.set("industry", input.answers.industry);
  return params.toString();
}

/** The input a URL's query holds (unknown parameters are ignored; the API judges the values). */
export function fromQuery(query: string): PageInput {
  const params = new URLSearchParams(query);
  const answers: PageInput["answers"] = {};
  for (const field of LIST_FIELDS) {
    const values = (params.get(field) ?? "").split(",").filter(Boolean);
    if (values.length) answers[field] = values;
  }
  const industry = params.get("industry");
  if (industry) answers.industry = industry;
  return { description: params.get("description") ?? "", answers };
}

/** Whether there is anything to classify. */
export function hasInput(input: PageInput): boolean {
  return input.description.trim() !== "" || LIST_FIELDS.some((f) => (input.answers[f]?.length ?? 0) > 0) || Boolean(input.answers.industry?.trim());
}

/** The body for POST /v1/classify and /v1/questions. */
export function toCompanyInput(input: PageInput): CompanyInput {
  const answers: NonNullable<CompanyInput["answers"]> = {};
  for (const field of LIST_FIELDS) if (input.answers[field]?.length) (answers as Record<string, string[]>)[field] = input.answers[field]!;
  if (input.answers.industry?.trim()) answers.industry = input.answers.industry;
  return { ...(input.description.trim() ? { description: input.description } : {}), ...(Object.keys(answers).length ? { answers } : {}) };
}
