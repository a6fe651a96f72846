/** The description with every evidence span highlighted: one colour and number per feature, and on focus or hover the feature and the rules it fed. */
import type { Classification, Keyword, Reason } from "../../schemas/result.ts";
import { h } from "./dom.ts";

/** What highlighting reads from an answer: its keywords and the reasons of what it scored (a Classification, or a fixture under review). */
export type EvidenceSource = Pick<Classification, "keywords"> & Record<"domains" | "stages" | "revenueModels", readonly { reasons: readonly Reason[] }[]>;

/** How many distinct highlight colours style.css defines (.f0 … .f7); features past that reuse them, their numbers still differ. */
const COLOURS = 8;

/** The rules whose quoted evidence includes a term (compared without case), across domains, stages and revenue models. */
export function rulesFor(result: EvidenceSource, term: string): string[] {
  const wanted = term.toLowerCase();
  const rules = new Set<string>();
  for (const item of [...result.domains, ...result.stages, ...result.revenueModels]) {
    for (const reason of item.reasons) if (reason.evidence.some((e) => e.toLowerCase() === wanted)) rules.add(reason.rule);
  }
  return [...rules];
}

/** Features in the order they first appear in the text. */
export function featureOrder(keywords: readonly Keyword[]): string[] {
  return [...new Set([...keywords].sort((a, b) => a.start - b.start).map((k) => k.feature))];
}

/** The description as a paragraph of text and <mark>s (a span overlapping an earlier one is left unmarked in the text but kept in the legend). */
export function highlighted(description: string, result: EvidenceSource): HTMLElement {
  const features = featureOrder(result.keywords);
  const spans = [...result.keywords].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = h("p", { className: "evidence-text", id: "evidence-text" });
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > description.length) continue;
    out.append(description.slice(at, span.start));
    const n = features.indexOf(span.feature);
    const rules = rulesFor(result, span.term);
    const tip = `${span.feature}${rules.length ? ` → ${rules.join(", ")}` : " (fed no rule)"}`;
    out.append(
      h(
        "mark",
        { className: `ev f${n % COLOURS}`, tabindex: 0, "data-feature": span.feature, "data-rules": rules.join(" ") },
        description.slice(span.start, span.end),
        h("sup", { className: "marker" }, String(n + 1)),
        h("span", { className: "tip" }, ` (${tip})`),
      ),
    );
    at = span.end;
  }
  out.append(description.slice(at));
  return out;
}

/** The legend: each feature's number and colour, its name, the words found and the rules they fed. */
export function legend(result: EvidenceSource): HTMLElement {
  const features = featureOrder(result.keywords);
  return h(
    "ol",
    { className: "legend", "aria-label": "Evidence by feature" },
    features.map((feature, n) => {
      const keywords = result.keywords.filter((k) => k.feature === feature);
      const terms = [...new Set(keywords.map((k) => k.term))];
      const rules = [...new Set(terms.flatMap((t) => rulesFor(result, t)))];
      return h(
        "li",
        { "data-feature": feature },
        h("span", { className: `swatch f${n % COLOURS}`, "aria-hidden": "true" }, String(n + 1)),
        " ",
        h("strong", {}, feature),
        `: ${terms.map((t) => `“${t}”`).join(", ")}`,
        rules.length ? ` → ${rules.join(", ")}` : " (fed no rule)",
      );
    }),
  );
}
