import type { ConfidenceSignals } from "./confidence.ts";
import type { EvidenceKey } from "./explain.ts";
import type { DomainId } from "../schemas/ids.ts";
import type { Keyword, Reason } from "../schemas/result.ts";
import type { Scoring } from "../schemas/rules.ts";
import type { Facts } from "../rules/facts.ts";

/** One domain's evidence: its summed rule weights, the reasons behind them, and what ranking reads of them. */
export interface DomainTally {
  id: DomainId;
  /** The summed weights of its rules: what decides whether it may be named. */
  raw: number;
  /** raw plus the lead bonus: what orders the domains. */
  rank: number;
  /** Reasons that added weight, with that weight. */
  reasons: { weight: number; reason: Reason }[];
  /** The distinct words its weight-adding rules quote ("AI agents", "offerings: api"). */
  evidence: Set<string>;
  /** The features of its evidence found in the first sentence or the name; answers count too (they say what the company is). */
  lead: string[];
  /** Whether its evidence names the head of the first sentence (head.ts): what the company sells. */
  head: boolean;
}

/** What tallying a domain rule reads beyond the rule. */
export interface DomainEvidence {
  facts: Facts;
  /** Features of the first sentence and the name, when the text has two or more sentences. */
  leadFeatures: ReadonlyMap<string, string[]> | undefined;
  /** Features of the head of the first sentence (English). */
  headFeatures?: ReadonlySet<string> | undefined;
}

/** Adds one fired domain rule (its weight, reason, and the keys of what it is about) to the domain's tally. */
export function tallyDomain(into: Map<DomainId, DomainTally>, id: DomainId, weight: number, reason: Reason, subjects: EvidenceKey[], from: DomainEvidence): void {
  let t = into.get(id);
  if (t === undefined) into.set(id, (t = { id, raw: 0, rank: 0, reasons: [], evidence: new Set(), lead: [], head: false }));
  t.raw += weight;
  t.rank += weight;
  if (weight <= 0) return;
  t.reasons.push({ weight, reason });
  for (const quote of reason.evidence) t.evidence.add(quote);
  if (from.headFeatures !== undefined) for (const { fact, value } of subjects) if (fact === "features" && from.headFeatures.has(value)) t.head = true;
  if (from.leadFeatures === undefined) return;
  for (const { fact, value } of subjects) {
    const inLead = fact === "features" ? from.leadFeatures.has(value) : fact === "industry" ? from.facts.industry !== "" : from.facts[fact].has(value);
    if (inLead && !t.lead.includes(value)) t.lead.push(value);
  }
}

/** The reason that tells why a domain was lifted by the lead bonus, quoting the lead's words behind it. */
export function leadReason(d: DomainTally, leadFeatures: ReadonlyMap<string, string[]>): Reason {
  const evidence: string[] = [];
  for (const feature of d.lead) for (const term of leadFeatures.get(feature) ?? []) if (evidence.length < 3 && !evidence.includes(term)) evidence.push(term);
  return { rule: "ranking/lead", message: "Named in the first sentence, which says what the company is", evidence };
}

/**
 * Orders the domains with evidence, strongest first. In a text of two or more sentences, a domain
 * with evidence in the first sentence (or the name), which says what the company is, gains
 * scoring.json's `ranking.leadBonus`. At equal weight the domain with the stronger single reason
 * wins (a specific product phrase outweighs a combination such as "an industry + an AI word"), then
 * the one with more distinct evidence, then the one whose evidence comes first in the text.
 */
export function rankDomains(list: DomainTally[], scoring: Scoring, multiSentence: boolean, keywords: Keyword[]): DomainTally[] {
  if (multiSentence && scoring.ranking.leadBonus > 0) for (const d of list) if (d.lead.length > 0) d.rank += scoring.ranking.leadBonus;
  if (scoring.ranking.headBonus > 0) for (const d of list) if (d.head) d.rank += scoring.ranking.headBonus;
  list.sort((a, b) => b.rank - a.rank);
  let tied = false;
  for (let i = 1; i < list.length; i++) if (list[i]!.rank === list[i - 1]!.rank) tied = true;
  if (!tied) return list;
  const strongest = (d: DomainTally) => Math.max(...d.reasons.map((r) => r.weight));
  const earliest = (d: DomainTally) => {
    const k = keywords.find((kw) => d.evidence.has(kw.term));
    return k === undefined ? Infinity : k.start;
  };
  return list.sort((a, b) => b.rank - a.rank || strongest(b) - strongest(a) || b.evidence.size - a.evidence.size || earliest(a) - earliest(b));
}

/**
 * What the confidence of naming `primary` is read from (see confidence.ts): `prior` is the learned
 * domain prior's probability of it (undefined when no text was read), `words` the description's length.
 */
export function confidenceSignals(primary: DomainTally, ranked: DomainTally[], multiSentence: boolean, prior: number | undefined, words: number): ConfidenceSignals {
  let runnerUp = 0;
  for (const d of ranked) if (d !== primary) runnerUp = Math.max(runnerUp, d.rank);
  return {
    margin: Math.max(0, primary.rank - runnerUp),
    evidence: primary.evidence.size,
    afterLead: multiSentence && primary.lead.length === 0,
    prior: prior === undefined ? 0 : 2 * prior - 1,
    words,
  };
}
