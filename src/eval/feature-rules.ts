import { evidenceKeys } from "../explain.ts";
import type { RuleSet } from "../rules/load.ts";
import type { DomainId } from "../schemas/ids.ts";

/** Feature → the domain rules (with positive weight) that count it as evidence, and the domains they score. */
export function featureDomainRules(ruleSet: RuleSet): Map<string, { rules: string[]; domains: Set<DomainId> }> {
  const out = new Map<string, { rules: string[]; domains: Set<DomainId> }>();
  for (const rule of ruleSet.rules) {
    const p = rule.json.event.params;
    if (!("domain" in p) || p.weight <= 0) continue;
    for (const key of evidenceKeys(rule.json.conditions)) {
      if (key.fact !== "features") continue;
      const entry = out.get(key.value) ?? { rules: [], domains: new Set<DomainId>() };
      if (!entry.rules.includes(rule.name)) entry.rules.push(rule.name);
      entry.domains.add(p.domain);
      out.set(key.value, entry);
    }
  }
  return out;
}
