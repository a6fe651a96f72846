import type { Reason } from "../schemas/result.ts";
import type { Condition, FactCondition } from "../schemas/rules.ts";
import type { Facts } from "../rules/facts.ts";
import { factConditions, subjectConditions } from "../rules/conditions.ts";
import type { LoadedRule } from "../rules/load.ts";

/** A fact value whose presence supports a rule (a `contains`, `equal`, `in`, or any industry test, outside any `not`). */
export interface EvidenceKey {
  fact: keyof Facts;
  value: string;
}

export function evidenceKeys(c: Condition): EvidenceKey[] {
  // What a rule requires to be absent (under a `not`) is no evidence.
  return keysOf(factConditions(c, { outsideNot: true }));
}

/** The evidence keys of what a rule is about, leaving out the words that only qualify it (see subjectConditions). */
export function subjectKeys(c: Condition): EvidenceKey[] {
  return keysOf(subjectConditions(c));
}

function keysOf(conditions: FactCondition[]): EvidenceKey[] {
  const out: EvidenceKey[] = [];
  for (const f of conditions) {
    if (f.operator === "contains" || f.operator === "equal" || f.operator === "in" || f.fact === "industry") out.push({ fact: f.fact, value: String(f.value) });
  }
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
    } else if (evidence.facts[fact].has(value)) {
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
