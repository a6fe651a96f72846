import { ruleReason, type Evidence, type EvidenceKey } from "./explain.ts";
import type { DomainId, RevenueModelId, StageId } from "./schemas/ids.ts";
import type { Classification, Reason } from "./schemas/result.ts";
import type { DomainEntry } from "./schemas/rules.ts";
import type { LoadedRule, RuleSet } from "./rules/load.ts";

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
    return sortSmall(list, (a, b) => b.weight - a.weight).map((w) => w.reason);
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** What scoring needs beyond the fired rules. */
export interface ScoreContext {
  evidence: Evidence;
  /** True when the input shows any sign of AI (an `ai` feature or a capability answer). */
  aiSignal: boolean;
  /** Revenue models the input denies ("we do not run ads"): never suggested. */
  deniedRevenueModels: Set<RevenueModelId>;
  keysOf: (rule: LoadedRule) => EvidenceKey[];
}

/**
 * Turns fired rules into ranked domains, stages and revenue models. Raw weights add up per id;
 * a score is 1 - exp(-raw / scale), so more independent evidence approaches 1 but never passes it.
 */
export function score(tables: ScoreTables, fired: LoadedRule[], ctx: ScoreContext): Omit<Classification, "keywords" | "rulesVersion"> {
  const { scoring } = tables.ruleSet;
  const toScore = (raw: number) => round(1 - Math.exp(-raw / scoring.scale));
  const domains = new Tally<DomainId>();
  const stages = new Tally<StageId>();
  const revenue = new Tally<RevenueModelId>();
  for (const rule of fired) {
    const p = rule.json.event.params;
    const reason = ruleReason(rule, ctx.keysOf(rule), ctx.evidence);
    if ("domain" in p) domains.add(p.domain, p.weight, reason);
    else if ("stage" in p) stages.add(p.stage, p.weight, reason);
    else revenue.add(p.revenueModel, p.weight, reason);
  }

  const entry = (i: number) => tables.domains.get(domains.ids[i]!)!;
  const raw = domains.raw;
  // Domain indexes, strongest first; at equal weight, in taxonomy order.
  const ranked = sortSmall(domains.positive(), (a, b) => raw[b]! - raw[a]! || entry(a).order - entry(b).order);
  // The primary domain is the best-ranked domain that may be named: with an AI signal, any domain
  // with enough weight; without one, only the domains that need none (a GPU cloud, a data vendor)
  // and only on strong evidence. Otherwise abstain.
  const eligible = (i: number) =>
    raw[i]! >= scoring.abstainBelow && (ctx.aiSignal || (scoring.withoutAiSignal.includes(domains.ids[i]!) && raw[i]! >= scoring.withoutAiSignalBelow));
  const top = ranked.find(eligible);
  const second = ranked.find((i) => i !== top);
  const confidence = top !== undefined ? round(toScore(raw[top]!) * (0.5 + (0.5 * Math.max(0, raw[top]! - (second !== undefined ? raw[second]! : 0))) / raw[top]!)) : 0;
  const leaders = top !== undefined ? ranked.filter((i) => i === top || (eligible(i) && raw[i]! >= raw[top]! * scoring.suggestWithin)) : [];
  const domainResults = ranked.map((i) => ({ id: domains.ids[i]!, name: entry(i).name, score: toScore(raw[i]!), reasons: domains.reasons(i) }));
  /** The first three quotes behind a domain's reasons, strongest reason first. */
  const quotesFor = (i: number) => {
    const quoted: string[] = [];
    for (const r of domainResults[ranked.indexOf(i)]!.reasons) {
      for (const e of r.evidence) {
        if (quoted.length === 3) return quoted;
        quoted.push(e);
      }
    }
    return quoted;
  };

  // Each leading domain lends its value-chain focus to the stages, in proportion to its score.
  for (const i of leaders) {
    const d = entry(i);
    const quoted = quotesFor(i);
    for (const stage of d.valueChainFocus) {
      stages.add(stage, scoring.focusWeight * toScore(raw[i]!), { rule: d.focusRule, message: d.focusMessage, evidence: quoted });
    }
  }
  const stageScores = stages.raw.map(toScore);
  const stageOrder = (i: number) => tables.stageOrder.get(stages.ids[i]!)!;
  const stageResults = sortSmall(
    stages.positive().filter((i) => stageScores[i]! >= scoring.minStageScore),
    (a, b) => stageScores[b]! - stageScores[a]! || stageOrder(a) - stageOrder(b),
  ).map((i) => ({ id: stages.ids[i]!, name: tables.stageNames.get(stages.ids[i]!)!, score: stageScores[i]!, reasons: stages.reasons(i) }));

  const stated = sortSmall(revenue.positive(), (a, b) => revenue.raw[b]! - revenue.raw[a]!);
  const revenueModels: Classification["revenueModels"] = stated.map((i) => ({
    id: revenue.ids[i]!,
    name: tables.modelNames.get(revenue.ids[i]!)!,
    source: "stated",
    reasons: revenue.reasons(i),
  }));
  const listed: RevenueModelId[] = stated.map((i) => revenue.ids[i]!);
  for (const i of leaders) {
    const d = entry(i);
    for (const model of d.revenueModels) {
      if (listed.includes(model) || ctx.deniedRevenueModels.has(model)) continue;
      listed.push(model);
      revenueModels.push({
        id: model,
        name: tables.modelNames.get(model)!,
        source: "suggested",
        reasons: [{ rule: d.taxonomyRule, message: d.taxonomyMessage, evidence: [] }],
      });
    }
  }

  return { primaryDomain: top !== undefined ? domains.ids[top]! : null, confidence, domains: domainResults, stages: stageResults, revenueModels };
}
