/** The classification as the classify page shows it. */
import type { Classification } from "../../schemas/result.ts";
import { h } from "./dom.ts";
import { highlighted, legend } from "./evidence.ts";

/** The four value-chain stages in the article's order, with their names (from /v1/taxonomy). */
export type StageNames = readonly { id: string; name: string }[];

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** A bar whose width is the score, with the number beside it (the bar is decoration; the text carries the value). */
function bar(score: number): HTMLElement {
  const fill = h("span", { className: "bar-fill" });
  fill.style.width = percent(score); // CSSOM, which the style-src policy allows (no inline style attribute)
  return h("span", { className: "bar", "aria-hidden": "true" }, fill);
}

function headline(result: Classification): HTMLElement {
  const primary = result.domains.find((d) => d.id === result.primaryDomain);
  if (primary) {
    return h(
      "p",
      { className: "headline", id: "primary", "data-domain": primary.id },
      "Primary domain: ",
      h("strong", {}, primary.name),
      ` (${primary.id}) — confidence `,
      h("strong", { id: "confidence" }, result.confidence.toFixed(2)),
    );
  }
  return h("p", { className: "headline", id: "primary", "data-domain": "" }, "No primary domain — confidence ", h("strong", { id: "confidence" }, result.confidence.toFixed(2)));
}

function abstain(result: Classification): HTMLElement | null {
  if (!result.abstain) return null;
  return h("div", { className: "notice", id: "abstain", "data-reason": result.abstain.reason }, h("strong", {}, `Abstained (${result.abstain.reason}): `), result.abstain.message);
}

function domains(result: Classification): HTMLElement {
  const rows = [...result.domains].sort((a, b) => b.score - a.score);
  return h(
    "section",
    { "aria-labelledby": "domains-title" },
    h("h3", { id: "domains-title" }, "Domain scores"),
    rows.length === 0
      ? h("p", {}, "No domain scored.")
      : h(
          "ul",
          { className: "scores", id: "domains" },
          rows.map((d) =>
            h(
              "li",
              { "data-domain": d.id, className: d.id === result.primaryDomain ? "primary" : undefined },
              h("span", { className: "score-name" }, d.id === result.primaryDomain ? "★ " : "", d.name),
              bar(d.score),
              h("span", { className: "score-value" }, d.score.toFixed(2)),
              h("span", { className: "score-why" }, d.reasons.map((r) => r.rule).join(", ")),
            ),
          ),
        ),
  );
}

function chain(result: Classification, stages: StageNames): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "chain-title" },
    h("h3", { id: "chain-title" }, "Value chain"),
    h(
      "ol",
      { className: "chain", id: "chain" },
      stages.map((stage) => {
        const found = result.stages.find((s) => s.id === stage.id);
        return h(
          "li",
          { "data-stage": stage.id, className: found ? "lit" : "unlit" },
          h("span", { className: "stage-name" }, stage.name),
          h("span", { className: "stage-state" }, found ? `✓ in its chain (${found.score.toFixed(2)})` : "– not found"),
          found ? h("span", { className: "score-why" }, found.reasons.map((r) => r.rule).join(", ")) : null,
        );
      }),
    ),
  );
}

function revenue(result: Classification): HTMLElement {
  const list = (source: "stated" | "suggested") => {
    const models = result.revenueModels.filter((m) => m.source === source);
    return models.length
      ? h("ul", { id: `revenue-${source}` }, models.map((m) => h("li", { "data-model": m.id }, m.name, h("span", { className: "score-why" }, ` ${m.reasons.map((r) => r.rule).join(", ")}`))))
      : h("p", { id: `revenue-${source}` }, "None.");
  };
  return h(
    "section",
    { "aria-labelledby": "revenue-title" },
    h("h3", { id: "revenue-title" }, "Revenue models"),
    h("h4", {}, "Stated in the input"),
    list("stated"),
    h("h4", {}, "Suggested for its domains"),
    list("suggested"),
  );
}

function evidence(description: string, result: Classification): HTMLElement | null {
  if (!description.trim()) return null;
  return h(
    "section",
    { "aria-labelledby": "evidence-title" },
    h("h3", { id: "evidence-title" }, "Evidence in the description"),
    result.keywords.length ? [h("p", { className: "hint" }, "Each highlight is numbered by feature; focus or hover one to see the rules it fed."), highlighted(description, result), legend(result)] : h("p", {}, "No evidence found in the description."),
  );
}

/** The whole result: headline, abstain reason, domains, chain, revenue models, the highlighted description, and a place for questions. */
export function renderResult(description: string, result: Classification, stages: StageNames): HTMLElement[] {
  return [
    h("h2", { id: "result-title" }, "Result"),
    headline(result),
    abstain(result),
    h("div", { id: "questions" }),
    chain(result, stages),
    h("div", { className: "grid" }, domains(result), revenue(result)),
    evidence(description, result),
  ].filter((e): e is HTMLElement => e !== null);
}
