import { ruleReason, type Evidence, type EvidenceKey } from "./explain.ts";
import type { DomainId, RevenueModelId, StageId } from "./schemas/ids.ts";
import type { Classification, Reason } from "./schemas/result.ts";
import type { LoadedRule, RuleSet } from "./rules/load.ts";

interface Tally<Id extends string> {
  raw: Map<Id, number>;
  /** Reasons with the weight they carried, so the strongest can be listed first. */
  weighted: Map<Id, [number, Reason][]>;
  reasons: Map<Id, Reason[]>;
}

function tally<Id extends string>(): Tally<Id> {
  return { raw: new Map(), weighted: new Map(), reasons: new Map() };
}

function add<Id extends string>(t: Tally<Id>, id: Id, weight: number, reason: Reason): void {
  t.raw.set(id, (t.raw.get(id) ?? 0) + weight);
  if (weight > 0) {
    const list = t.weighted.get(id) ?? [];
    list.push([weight, reason]);
    t.weighted.set(id, list);
    t.reasons.set(id, [...list].sort((a, b) => b[0] - a[0]).map(([, r]) => r));
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
export function score(ruleSet: RuleSet, fired: LoadedRule[], ctx: ScoreContext): Omit<Classification, "keywords" | "rulesVersion"> {
  const { taxonomy, scoring } = ruleSet;
  const toScore = (raw: number) => round(1 - Math.exp(-raw / scoring.scale));
  const domains = tally<DomainId>();
  const stages = tally<StageId>();
  const revenue = tally<RevenueModelId>();
  for (const rule of fired) {
    const p = rule.json.event.params;
    const reason = ruleReason(rule, ctx.keysOf(rule), ctx.evidence);
    if ("domain" in p) add(domains, p.domain, p.weight, reason);
    else if ("stage" in p) add(stages, p.stage, p.weight, reason);
    else add(revenue, p.revenueModel, p.weight, reason);
  }

  const domainName = new Map(taxonomy.domains.map((d) => [d.id, d]));
  const order = new Map(taxonomy.domains.map((d, i) => [d.id, i]));
  const ranked = [...domains.raw].filter(([, raw]) => raw > 0).sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
  // The primary domain is the best-ranked domain that may be named: with an AI signal, any domain
  // with enough weight; without one, only the domains that need none (a GPU cloud, a data vendor)
  // and only on strong evidence. Otherwise abstain.
  const eligible = ([id, raw]: [DomainId, number]) =>
    raw >= scoring.abstainBelow && (ctx.aiSignal || (scoring.withoutAiSignal.includes(id) && raw >= scoring.withoutAiSignalBelow));
  const top = ranked.find(eligible);
  const second = ranked.find((d) => d !== top);
  const named = top !== undefined;
  const primaryDomain = named ? top[0] : null;
  const confidence = named ? round(toScore(top[1]) * (0.5 + (0.5 * Math.max(0, top[1] - (second?.[1] ?? 0))) / top[1])) : 0;
  const leaders = named ? ranked.filter((d) => d === top || (eligible(d) && d[1] >= top[1] * scoring.suggestWithin)) : [];

  // Each leading domain lends its value-chain focus to the stages, in proportion to its score.
  for (const [id, raw] of leaders) {
    const d = domainName.get(id)!;
    const focus = d.valueChainFocus.map((s) => taxonomy.stages.find((x) => x.id === s)!.name).join(" → ");
    const quoted = (domains.reasons.get(id) ?? []).flatMap((r) => r.evidence).slice(0, 3);
    for (const stage of d.valueChainFocus) {
      add(stages, stage, scoring.focusWeight * toScore(raw), {
        rule: `focus/${id}`,
        message: `${d.name} works across ${focus}`,
        evidence: quoted,
      });
    }
  }

  const stageOrder = new Map(taxonomy.stages.map((s, i) => [s.id, i]));
  const stageResults = [...stages.raw]
    .map(([id, raw]) => ({ id, raw, score: toScore(raw) }))
    .filter((s) => s.raw > 0 && s.score >= scoring.minStageScore)
    .sort((a, b) => b.score - a.score || stageOrder.get(a.id)! - stageOrder.get(b.id)!)
    .map(({ id, score }) => ({ id, name: taxonomy.stages.find((s) => s.id === id)!.name, score, reasons: stages.reasons.get(id) ?? [] }));

  const modelName = new Map(taxonomy.revenueModels.map((m) => [m.id, m.name]));
  const stated = [...revenue.raw].filter(([, raw]) => raw > 0).sort((a, b) => b[1] - a[1]);
  const revenueModels: Classification["revenueModels"] = stated.map(([id]) => ({
    id,
    name: modelName.get(id)!,
    source: "stated",
    reasons: revenue.reasons.get(id) ?? [],
  }));
  const listed = new Set<RevenueModelId>(stated.map(([id]) => id));
  for (const [id] of leaders) {
    const d = domainName.get(id)!;
    for (const model of d.revenueModels) {
      if (listed.has(model) || ctx.deniedRevenueModels.has(model)) continue;
      listed.add(model);
      revenueModels.push({
        id: model,
        name: modelName.get(model)!,
        source: "suggested",
        reasons: [{ rule: `taxonomy/${id}`, message: `Typical for ${d.name}: ${d.revenueModelsText}`, evidence: [] }],
      });
    }
  }

  return {
    primaryDomain,
    confidence,
    domains: ranked.map(([id, raw]) => ({ id, name: domainName.get(id)!.name, score: toScore(raw), reasons: domains.reasons.get(id) ?? [] })),
    stages: stageResults,
    revenueModels,
  };
}
