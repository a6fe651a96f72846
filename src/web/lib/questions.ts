/** Ask back: the questions POST /v1/questions proposes, as choices that add an answer and classify again. */
import { h } from "./dom.ts";
import type { Question } from "../../schemas/questions.ts";
import type { ListField } from "./input.ts";

/** The questions as groups of buttons; choosing one calls `choose(field, value)`. Nothing when there are none. */
export function renderQuestions(questions: readonly Question[], domainNames: Record<string, string>, choose: (field: ListField, value: string) => void): HTMLElement[] {
  if (questions.length === 0) return [];
  return [
    h("h3", { id: "questions-title" }, "A question would settle it"),
    ...questions.map((q, i) =>
      h(
        "div",
        { className: "question", role: "group", "aria-labelledby": `question-${i}`, "data-field": q.field },
        h("p", { id: `question-${i}` }, q.text),
        h(
          "ul",
          { className: "question-choices" },
          q.choices.map((c) =>
            h(
              "li",
              {},
              h(
                "button",
                { type: "button", className: "secondary", "data-value": c.value, onclick: () => choose(q.field, c.value) },
                c.label,
                h("span", { className: "choice-effect" }, ` → ${c.primaryDomain ? (domainNames[c.primaryDomain] ?? c.primaryDomain) : "no primary domain"} (${c.confidence.toFixed(2)})`),
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}
