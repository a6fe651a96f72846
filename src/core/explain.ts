import type { Reason } from "../schemas/result.ts";
import type { Condition } from "../schemas/rules.ts";
import type { Facts } from "../rules/facts.ts";
import type { LoadedRule } from "../rules/load.ts";

/** A fact value whose presence supports a rule (a `contains`, `equal`, `in`, or any industry test, outside any `not`). */
export interface EvidenceKey {
  fact: keyof Facts;
  value: string;
}

export function evidenceKeys(c: Condition, out: EvidenceKey[] = []): EvidenceKey[] {
  if ("all" in c) c.all.forEach((x) => evidenceKeys(x, out));
  else if ("any" in c) c.any.forEach((x) => evidenceKeys(x, out));
  else if ("not" in c) return out; // what a rule requires to be absent is no evidence
  else if (c.operator === "contains" || c.operator === "equal" || c.operator === "in" || c.fact === "industry") out.push({ fact: c.fact, value: String(c.value) });
  return out;
}

/** What the classifier found in one input, in the input's own words. */
export interface Evidence {
  facts: Facts;
  /** feature id → the terms that produced it, as written. */
  terms: Map<string, string[]>;
}

const MAX_EVIDENCE = 4;

/** Quotes the input's own words behind a rule: matched terms, or `offerings: saas` for answers. */
export function quoteEvidence(keys: EvidenceKey[], evidence: Evidence): string[] {
  // A few short strings: an array with includes() beats a Set here.
  const out: string[] = [];
  for (const { fact, value } of keys) {
    if (out.length >= MAX_EVIDENCE) break;
    if (fact === "features") {
      const terms = evidence.terms.get(value);
      if (terms !== undefined) for (const term of terms) addQuote(out, term);
    } else if (fact === "industry") {
      if (evidence.facts.industry) addQuote(out, `industry: ${evidence.facts.industry}`);
    } else if ((evidence.facts[fact] as Set<string>).has(value)) {
      addQuote(out, `${fact}: ${value}`);
    }
  }
  return out;
}

function addQuote(out: string[], quote: string): void {
  if (out.length < MAX_EVIDENCE && !out.includes(quote)) out.push(quote);
}

export function ruleReason(rule: LoadedRule, keys: EvidenceKey[], evidence: Evidence): Reason {
  return { rule: rule.name, message: rule.json.event.params.reason, evidence: quoteEvidence(keys, evidence) };
}
