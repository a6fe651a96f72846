import { ruleReason, type Evidence, type EvidenceKey } from "./explain.ts";
import type { DomainId, RevenueModelId, StageId } from "../schemas/ids.ts";
import type { Classification, Reason } from "../schemas/result.ts";
import type { DomainEntry } from "../schemas/rules.ts";
import type { LoadedRule, RuleSet } from "../rules/load.ts";

/** Lookups derived once from a rule set, so scoring a company allocates only its own result. */
export interface ScoreTables {
  ruleSet: RuleSet;
  /** Each domain with the texts of the reasons it lends, built once rather than per company. */
  domains: Map<DomainId, DomainEntry & { order: number; focusRule: string; focusMessage: string; taxonomyRule: string; taxonomyMessage: string }>;
  stageNames: Map<StageId, string>;
  stageOrder: Map<StageId, number>;
  modelNames: Map<RevenueModelId, string>;
}

export function createScoreTables(ruleSet: RuleSet): ScoreTables {
  const { taxonomy } = ruleSet;
  const stageNames = new Map(taxonomy.stages.map((s) => [s.id, s.name]));
  return {
    ruleSet,
    domains: new Map(
      taxonomy.domains.map((d, order) => [
        d.id,
        {
          ...d,
          order,
          focusRule: `focus/${d.id}`,
          focusMessage: `${d.name} works across ${d.valueChainFocus.map((s) => stageNames.get(s)!).join(" → ")}`,
          taxonomyRule: `taxonomy/${d.id}`,
          taxonomyMessage: `Typical for ${d.name}: ${d.revenueModelsText}`,
        },
      ]),
    ),
    stageNames,
    stageOrder: new Map(taxonomy.stages.map((s, i) => [s.id, i])),
    modelNames: new Map(taxonomy.revenueModels.map((m) => [m.id, m.name])),
  };
}

/**
 * Sorts a short array in place, stably: an insertion sort. Array.prototype.sort allocates a work
 * area even for three elements, and scoring sorts a few tiny lists for every company.
 */
function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/**
 * Raw weight per id, in the order ids were first seen, with the reasons that carried positive
 * weight. Parallel arrays rather than Maps: a company touches a handful of ids.
 */
class Tally<Id extends string> {
  readonly ids: Id[] = [];
  readonly raw: number[] = [];
  private readonly weighted: { weight: number; reason: Reason }[][] = [];

  add(id: Id, weight: number, reason: Reason): void {
    let i = this.ids.indexOf(id);
    if (i < 0) {
      i = this.ids.push(id) - 1;
      this.raw.push(0);
      this.weighted.push([]);
    }
    this.raw[i]! += weight;
    if (weight > 0) this.weighted[i]!.push({ weight, reason });
  }

  /** Indexes of the ids whose raw weight is positive, in the order they were first seen. */
  positive(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.raw.length; i++) if (this.raw[i]! > 0) out.push(i);
    return out;
  }

  /** The reasons for the id at index i, the strongest first. */
  reasons(i: number): Reason[] {
    const list = this.weighted[i]!;
    if (list.length === 1) return [list[0]!.reason];
    sortSmall(list, byWeight);
    const out: Reason[] = [];
    for (let k = 0; k < list.length; k++) out.push(list[k]!.reason);
    return out;
  }
}

const byWeight = (a: { weight: number }, b: { weight: number }) => b.weight - a.weight;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A raw weight as a score: 1 - exp(-raw / scale), to three decimals. */
const toScore = (raw: number, scale: number) => round(1 - Math.exp(-raw / scale));

/** What scoring needs beyond the fired rules. */
export interface ScoreContext {
  evidence: Evidence;
  /** True when the input shows any sign of AI (an `ai` feature or a capability answer). */
  aiSignal: boolean;
  /** Revenue models the input denies ("we do not run ads"): never suggested. */
  deniedRevenueModels: Set<RevenueModelId>;
  keysOf: (rule: LoadedRule) => EvidenceKey[];
}

type DomainTable = ScoreTables["domains"] extends Map<DomainId, infer E> ? E : never;

/**
 * Turns fired rules into ranked domains, stages and revenue models. Raw weights add up per id;
 * a score is 1 - exp(-raw / scale), so more independent evidence approaches 1 but never passes it.
 *
 * Written as plain indexed loops over small helpers, not closures and array callbacks: this runs for
 * every row of a batch, and each batch worker compiles it afresh, so a function V8 optimises quickly
 * (and does not deoptimise when a rare row comes by) saves start-up time on every worker.
 */
export function score(tables: ScoreTables, fired: LoadedRule[], ctx: ScoreContext): Omit<Classification, "keywords" | "language" | "abstain" | "rulesVersion"> {
  const { scoring } = tables.ruleSet;
  const domains = new Tally<DomainId>();
  const stages = new Tally<StageId>();
  const revenue = new Tally<RevenueModelId>();
  for (let f = 0; f < fired.length; f++) {
    const rule = fired[f]!;
    const p = rule.json.event.params;
    const reason = ruleReason(rule, ctx.keysOf(rule), ctx.evidence);
    if ("domain" in p) domains.add(p.domain, p.weight, reason);
    else if ("stage" in p) stages.add(p.stage, p.weight, reason);
    else revenue.add(p.revenueModel, p.weight, reason);
  }

  const entries = domainEntries(tables, domains.ids);
  const raw = domains.raw;
  const ranked = rankDomains(domains, entries);
  // The primary domain is the best-ranked domain that may be named: with an AI signal, any domain
  // with enough weight; without one, only the domains that need none (a GPU cloud, a data vendor)
  // and only on strong evidence. Otherwise abstain.
  let top = -1;
  for (let k = 0; k < ranked.length; k++) {
    if (eligible(scoring, ctx.aiSignal, domains.ids[ranked[k]!]!, raw[ranked[k]!]!)) {
      top = ranked[k]!;
      break;
    }
  }
  const second = ranked.length === 0 ? -1 : ranked[0] !== top ? ranked[0]! : ranked.length > 1 ? ranked[1]! : -1;
  const confidence = top >= 0 ? round(toScore(raw[top]!, scoring.scale) * (0.5 + (0.5 * Math.max(0, raw[top]! - (second >= 0 ? raw[second]! : 0))) / raw[top]!)) : 0;
  const leaders: number[] = [];
  if (top >= 0) {
    for (let k = 0; k < ranked.length; k++) {
      const i = ranked[k]!;
      if (i === top || (eligible(scoring, ctx.aiSignal, domains.ids[i]!, raw[i]!) && raw[i]! >= raw[top]! * scoring.suggestWithin)) leaders.push(i);
    }
  }
  const domainResults: Classification["domains"] = [];
  for (let k = 0; k < ranked.length; k++) {
    const i = ranked[k]!;
    domainResults.push({ id: domains.ids[i]!, name: entries[i]!.name, score: toScore(raw[i]!, scoring.scale), reasons: domains.reasons(i) });
  }

  // Each leading domain lends its value-chain focus to the stages, in proportion to its score.
  for (let k = 0; k < leaders.length; k++) {
    const i = leaders[k]!;
    const d = entries[i]!;
    const quoted = firstQuotes(domainResults[ranked.indexOf(i)]!.reasons);
    const weight = scoring.focusWeight * toScore(raw[i]!, scoring.scale);
    for (let s = 0; s < d.valueChainFocus.length; s++) stages.add(d.valueChainFocus[s]!, weight, { rule: d.focusRule, message: d.focusMessage, evidence: quoted });
  }

  return {
    primaryDomain: top >= 0 ? domains.ids[top]! : null,
    confidence,
    domains: domainResults,
    stages: stageResults(tables, stages),
    revenueModels: revenueModels(tables, revenue, entries, leaders, ctx.deniedRevenueModels),
  };
}

/** The taxonomy entry of each tallied domain, by index. */
function domainEntries(tables: ScoreTables, ids: DomainId[]): DomainTable[] {
  const out: DomainTable[] = [];
  for (let i = 0; i < ids.length; i++) out.push(tables.domains.get(ids[i]!)!);
  return out;
}

/** Domain indexes with positive weight, strongest first; at equal weight, in taxonomy order. */
function rankDomains(domains: Tally<DomainId>, entries: DomainTable[]): number[] {
  const raw = domains.raw;
  return sortSmall(domains.positive(), (a, b) => raw[b]! - raw[a]! || entries[a]!.order - entries[b]!.order);
}

/** Whether a domain with this raw weight may be named (see score). */
function eligible(scoring: ScoreTables["ruleSet"]["scoring"], aiSignal: boolean, id: DomainId, raw: number): boolean {
  return raw >= scoring.abstainBelow && (aiSignal || (scoring.withoutAiSignal.includes(id) && raw >= scoring.withoutAiSignalBelow));
}

/** The first three quotes behind a domain's reasons, strongest reason first. */
function firstQuotes(reasons: Reason[]): string[] {
  const quoted: string[] = [];
  for (let r = 0; r < reasons.length; r++) {
    const evidence = reasons[r]!.evidence;
    for (let e = 0; e < evidence.length; e++) {
      if (quoted.length === 3) return quoted;
      quoted.push(evidence[e]!);
    }
  }
  return quoted;
}

/** Stages scoring at least minStageScore, strongest first; at equal score, in value-chain order. */
function stageResults(tables: ScoreTables, stages: Tally<StageId>): Classification["stages"] {
  const { scale, minStageScore } = tables.ruleSet.scoring;
  const scores: number[] = [];
  for (let i = 0; i < stages.raw.length; i++) scores.push(toScore(stages.raw[i]!, scale));
  const kept: number[] = [];
  for (let i = 0; i < scores.length; i++) if (stages.raw[i]! > 0 && scores[i]! >= minStageScore) kept.push(i);
  sortSmall(kept, (a, b) => scores[b]! - scores[a]! || tables.stageOrder.get(stages.ids[a]!)! - tables.stageOrder.get(stages.ids[b]!)!);
  const out: Classification["stages"] = [];
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    out.push({ id: stages.ids[i]!, name: tables.stageNames.get(stages.ids[i]!)!, score: scores[i]!, reasons: stages.reasons(i) });
  }
  return out;
}

/**
 * Revenue models the input states, strongest first, then those typical of each leading domain
 * (unless stated already or denied), in the taxonomy's order.
 */
function revenueModels(tables: ScoreTables, revenue: Tally<RevenueModelId>, entries: DomainTable[], leaders: number[], denied: Set<RevenueModelId>): Classification["revenueModels"] {
  const stated = sortSmall(revenue.positive(), (a, b) => revenue.raw[b]! - revenue.raw[a]!);
  const out: Classification["revenueModels"] = [];
  const listed: RevenueModelId[] = [];
  for (let k = 0; k < stated.length; k++) {
    const i = stated[k]!;
    const id = revenue.ids[i]!;
    listed.push(id);
    out.push({ id, name: tables.modelNames.get(id)!, source: "stated", reasons: revenue.reasons(i) });
  }
  for (let k = 0; k < leaders.length; k++) {
    const d = entries[leaders[k]!]!;
    for (let m = 0; m < d.revenueModels.length; m++) {
      const model = d.revenueModels[m]!;
      if (listed.includes(model) || denied.has(model)) continue;
      listed.push(model);
      out.push({ id: model, name: tables.modelNames.get(model)!, source: "suggested", reasons: [{ rule: d.taxonomyRule, message: d.taxonomyMessage, evidence: [] }] });
    }
  }
  return out;
}
