import { loadRuleSetCached } from "../rules/cache.ts";
import type { Taxonomy } from "../schemas/rules.ts";
import type { ArgsOf } from "./command.ts";
import type { taxonomyCommand } from "./commands/taxonomy.ts";
import { EXIT } from "./errors.ts";
import { writeOut } from "./io.ts";
import { renderTable } from "./style.ts";

/** The three tables of `taxonomy`: ids and names, with each domain's value-chain focus and revenue models. */
export function renderTaxonomy(t: Taxonomy): string {
  const domains = renderTable([
    ["domain", "name", "value-chain focus", "revenue models"],
    ...t.domains.map((d) => [d.id, d.name, d.valueChainFocus.join(", "), d.revenueModels.join(", ")]),
  ]);
  const stages = renderTable([["stage", "name", "summary"], ...t.stages.map((s) => [s.id, s.name, s.summary])]);
  const models = renderTable([["revenue model", "name", "description"], ...t.revenueModels.map((m) => [m.id, m.name, m.description])]);
  return `Domains (${t.domains.length}):\n${domains}\n\nValue-chain stages (${t.stages.length}):\n${stages}\n\nRevenue models (${t.revenueModels.length}):\n${models}\n`;
}

export async function runTaxonomy({ values }: ArgsOf<typeof taxonomyCommand>): Promise<number> {
  const ruleSet = loadRuleSetCached(values.rules);
  // The JSON is GET /v1/taxonomy's body.
  await writeOut(values.format === "json" ? `${JSON.stringify({ ...ruleSet.taxonomy, rulesVersion: ruleSet.version }, null, 2)}\n` : renderTaxonomy(ruleSet.taxonomy));
  return EXIT.ok;
}
