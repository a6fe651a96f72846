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

/** Raw weight per id, with the reasons that carried positive weight. */
class Tally<Id extends string> {
  readonly raw = new Map<Id, number>();
  private readonly weighted = new Map<Id, [number, Reason][]>();

  add(id: Id, weight: number, reason: Reason): void {
    this.raw.set(id, (this.raw.get(id) ?? 0) + weight);
    if (weight <= 0) return;
    const list = this.weighted.get(id);
    if (list === undefined) this.weighted.set(id, [[weight, reason]]);
    else list.push([weight, reason]);
  }

  /** The reasons for one id, the strongest first. */
  reasons(id: Id): Reason[] {
    const list = this.weighted.get(id);
    if (list === undefined) return [];
    return list.length === 1 ? [list[0]![1]] : [...list].sort((a, b) => b[0] - a[0]).map(([, r]) => r);
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

  const entry = (id: DomainId) => tables.domains.get(id)!;
  const ranked = [...domains.raw].filter(([, raw]) => raw > 0).sort((a, b) => b[1] - a[1] || entry(a[0]).order - entry(b[0]).order);
  // The primary domain is the best-ranked domain that may be named: with an AI signal, any domain
  // with enough weight; without one, only the domains that need none (a GPU cloud, a data vendor)
  // and only on strong evidence. Otherwise abstain.
  const eligible = ([id, raw]: [DomainId, number]) =>
    raw >= scoring.abstainBelow && (ctx.aiSignal || (scoring.withoutAiSignal.includes(id) && raw >= scoring.withoutAiSignalBelow));
  const top = ranked.find(eligible);
  const second = ranked.find((d) => d !== top);
  const confidence = top ? round(toScore(top[1]) * (0.5 + (0.5 * Math.max(0, top[1] - (second?.[1] ?? 0))) / top[1])) : 0;
  const leaders = top ? ranked.filter((d) => d === top || (eligible(d) && d[1] >= top[1] * scoring.suggestWithin)) : [];
  const domainResults = ranked.map(([id, raw]) => ({ id, name: entry(id).name, score: toScore(raw), reasons: domains.reasons(id) }));
  /** The first three quotes behind a domain's reasons, strongest reason first. */
  const quotesFor = (id: DomainId) => {
    const quoted: string[] = [];
    for (const r of domainResults.find((d) => d.id === id)!.reasons) {
      for (const e of r.evidence) {
        if (quoted.length === 3) return quoted;
        quoted.push(e);
      }
    }
    return quoted;
  };

  // Each leading domain lends its value-chain focus to the stages, in proportion to its score.
  for (const [id, raw] of leaders) {
    const d = entry(id);
    const quoted = quotesFor(id);
    for (const stage of d.valueChainFocus) {
      stages.add(stage, scoring.focusWeight * toScore(raw), { rule: d.focusRule, message: d.focusMessage, evidence: quoted });
    }
  }
  const stageResults = [...stages.raw]
    .map(([id, raw]) => ({ id, raw, score: toScore(raw) }))
    .filter((s) => s.raw > 0 && s.score >= scoring.minStageScore)
    .sort((a, b) => b.score - a.score || tables.stageOrder.get(a.id)! - tables.stageOrder.get(b.id)!)
    .map(({ id, score }) => ({ id, name: tables.stageNames.get(id)!, score, reasons: stages.reasons(id) }));

  const stated = [...revenue.raw].filter(([, raw]) => raw > 0).sort((a, b) => b[1] - a[1]);
  const revenueModels: Classification["revenueModels"] = stated.map(([id]) => ({
    id,
    name: tables.modelNames.get(id)!,
    source: "stated",
    reasons: revenue.reasons(id),
  }));
  const listed = new Set<RevenueModelId>(stated.map(([id]) => id));
  for (const [id] of leaders) {
    const d = entry(id);
    for (const model of d.revenueModels) {
      if (listed.has(model) || ctx.deniedRevenueModels.has(model)) continue;
      listed.add(model);
      revenueModels.push({
        id: model,
        name: tables.modelNames.get(model)!,
        source: "suggested",
        reasons: [{ rule: d.taxonomyRule, message: d.taxonomyMessage, evidence: [] }],
      });
    }
  }

  return { primaryDomain: top ? top[0] : null, confidence, domains: domainResults, stages: stageResults, revenueModels };
}
