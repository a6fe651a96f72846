import { factConditions } from "../rules/conditions.ts";
import type { RuleSet } from "../rules/load.ts";
import type { DomainId } from "../schemas/ids.ts";

/** Feature → the domain rules (with positive weight) that count it as evidence, and the domains they score. */
export function featureDomainRules(ruleSet: RuleSet): Map<string, { rules: string[]; domains: Set<DomainId> }> {
  const out = new Map<string, { rules: string[]; domains: Set<DomainId> }>();
  for (const rule of ruleSet.rules) {
    const p = rule.json.event.params;
    if (!("domain" in p) || p.weight <= 0) continue;
    // What a rule requires to be absent (under a `not`) is no evidence for it.
    for (const test of factConditions(rule.json.conditions, { outsideNot: true })) {
      if (test.fact !== "features" || test.operator !== "contains") continue;
      const feature = String(test.value);
      const entry = out.get(feature) ?? { rules: [], domains: new Set<DomainId>() };
      if (!entry.rules.includes(rule.name)) entry.rules.push(rule.name);
      entry.domains.add(p.domain);
      out.set(feature, entry);
    }
  }
  return out;
}
