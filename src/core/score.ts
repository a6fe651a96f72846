import { readDomainPrior, type DomainPriorModel } from "../signal/domain-prior.ts";
import { calibrate, rawConfidence, type ConfidenceSignals } from "./confidence.ts";
import { ruleReason, type Evidence, type EvidenceKey } from "./explain.ts";
import type { DomainId, RevenueModelId, StageId } from "../schemas/ids.ts";
import type { Abstain, Classification, Keyword, Reason } from "../schemas/result.ts";
import { confidenceSignals, leadReason, rankDomains, tallyDomain, type DomainTally } from "./rank.ts";
import type { DomainEntry, Scoring } from "../schemas/rules.ts";
import type { LoadedRule, RuleSet } from "../rules/load.ts";
import type { UseReading } from "./lead.ts";
import { targetOf } from "../rules/target.ts";
import type { AiSignalReading } from "../signal/model.ts";

type DomainTable = DomainEntry & { focusRule: string; focusMessage: string; taxonomyRule: string; taxonomyMessage: string };

/** Lookups derived once from a rule set, so scoring a company allocates only its own result. */
export interface ScoreTables {
  ruleSet: RuleSet;
  /** Each domain with the texts of the reasons it lends, built once rather than per company. */
  domains: Map<DomainId, DomainTable>;
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
      taxonomy.domains.map((d) => [
        d.id,
        {
          ...d,
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

/** What scoring needs beyond the fired rules. */
export interface ScoreContext {
  evidence: Evidence;
  /** The description, when the rule set has a learned domain prior (rules/domain-prior.json) to re-rank close calls with. */
  text?: string;
  /** True when the input shows any sign of AI (an `ai` feature or a capability answer). */
  aiSignal: boolean;
  /** Set on a long page (scoring.json's longText), whose customers' quotes and footers may name ads and prices that are not its own. */
  longPage?: true;
  /** Where the text puts AI: in what the business offers or in what it uses (absent: not read). */
  use?: UseReading;
  /** Revenue models the input denies ("we do not run ads"): never suggested. */
  deniedRevenueModels: Set<RevenueModelId>;
  /** What was found, in text order: the earliest evidence settles a tie. */
  keywords: Keyword[];
  /** In a text of two or more sentences, the features of its first sentence and of the company's name, with their terms there. */
  leadFeatures?: ReadonlyMap<string, string[]>;
  /** In English, the features of the head of the first sentence (head.ts). */
  headFeatures?: ReadonlySet<string>;
  /** Set when no phrase names AI and the learned AI signal read the text as an AI product (src/signal): its reading. */
  learned?: AiSignalReading;
  /**
   * Set when the rules named no domain and the learned domain prior names one (its `name` setting): that
   * domain gets at least `abstainBelow` of weight, so it may be named (see settle in pipeline.ts).
   */
  guess?: LearnedDomain;
  /** When no phrase names AI, whether the learned AI signal reads the text below its `withoutAiSignalFloor`: no `withoutAiSignal` domain is then named (asked only when one would be). */
  belowAiFloor?: () => boolean;
  /** When the text names AI, the learned sells-AI reading (src/signal), asked only when a domain would be named. */
  usesAi?: () => Abstain | undefined;
  /** When the text names AI, the learned sells-AI reading's probability that its product is AI, asked only when the phrase rules read a business that uses AI. */
  sellsAi?: () => number;
  keysOf: (rule: LoadedRule) => EvidenceKey[];
  /** The keys of what a rule is about, without its qualifying words (see subjectKeys). */
  subjectKeysOf: (rule: LoadedRule) => EvidenceKey[];
}

/** The evidence gathered for one id: the summed rule weights and the reasons behind them. */
interface Tallied<Id extends string> {
  id: Id;
  raw: number;
  /** Reasons that added weight, with that weight. */
  reasons: { weight: number; reason: Reason }[];
}

function tally<Id extends string>(into: Map<Id, Tallied<Id>>, id: Id, weight: number, reason: Reason): void {
  let t = into.get(id);
  if (t === undefined) into.set(id, (t = { id, raw: 0, reasons: [] }));
  t.raw += weight;
  if (weight > 0) t.reasons.push({ weight, reason });
}

const byWeight = (a: { weight: number }, b: { weight: number }) => b.weight - a.weight;

/** The reasons of a tally, the strongest first. */
function reasonsOf(t: Tallied<string>): Reason[] {
  return t.reasons.sort(byWeight).map((r) => r.reason);
}

/** Positive tallies, in the order first seen. */
function positive<Id extends string>(tallies: Map<Id, Tallied<Id>>): Tallied<Id>[] {
  return [...tallies.values()].filter((t) => t.raw > 0);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A raw weight as a score: 1 - exp(-raw / scale), to three decimals. */
const toScore = (raw: number, scale: number) => round(1 - Math.exp(-raw / scale));

/**
 * Turns fired rules into ranked domains, stages and revenue models, and decides whether a primary
 * domain can be named. The business rule:
 *
 * 1. Rule weights add up per domain; a domain's score is 1 - exp(-weight / scale), the weight
 *    including the lead bonus below.
 * 2. Domains rank by weight (see rankDomains): in a text of two or more sentences, a domain with
 *    evidence in the first sentence gains `ranking.leadBonus`; a tie goes to the domain with the
 *    stronger single reason, then the one with more distinct evidence, then the one whose evidence
 *    comes first in the text.
 * 3. The primary domain is the best-ranked one that may be named, unless the company abstains:
 *    - no-ai-signal: nothing names AI, and no domain that needs no AI signal (a GPU cloud, a data
 *      vendor) has strong evidence;
 *    - ai-used-internally: the text describes a non-AI business (a bakery, a law firm) and names
 *      AI, but nothing says AI is what it sells;
 *    - too-little-evidence: the leader's rule weight is below `abstainBelow`.
 * 4. Confidence is a logistic function of what predicts a right answer (the margin over the
 *    runner-up, distinct evidence, evidence in the lead, how far the learned domain prior leans to
 *    the primary, the description's length: primarySignals), read through the calibration curve of
 *    scoring.json (confidence.ts); when only the learned AI signal names AI, times its probability
 *    that the product is AI.
 * 5. The primary domain and every domain within `suggestWithin` of its weight lead: they lend their
 *    value-chain focus to the stages and their typical revenue models to the suggestions.
 */
export function score(tables: ScoreTables, fired: LoadedRule[], ctx: ScoreContext): Omit<Classification, "keywords" | "language" | "rulesVersion"> {
  const { scoring } = tables.ruleSet;
  const { ranked, primary, abstain, promoted } = rankFired(tables, fired, ctx);

  const domainResults: Classification["domains"] = [];
  const leaders: DomainTally[] = [];
  for (const d of ranked) {
    const reasons = reasonsOf(d);
    if (d.rank > d.raw && ctx.leadFeatures !== undefined) reasons.push(leadReason(d, ctx.leadFeatures));
    if (d === primary && ctx.learned !== undefined) reasons.push(learnedReason(ctx.learned));
    if (promoted?.id === d.id) reasons.push(priorReason(promoted));
    domainResults.push({ id: d.id, name: tables.domains.get(d.id)!.name, score: toScore(d.rank, scoring.scale), reasons });
    if (primary !== undefined && (d === primary || (mayName(scoring, ctx, d) && d.raw >= primary.raw * scoring.suggestWithin))) leaders.push(d);
  }

  if (primary !== undefined) domainResults.push(...priorCandidates(tables, ctx.text, domainResults));

  // Each leading domain lends its value-chain focus to the stages, in proportion to its score.
  const stages = new Map<StageId, Tallied<StageId>>();
  const revenue = new Map<RevenueModelId, Tallied<RevenueModelId>>();
  for (const rule of fired) {
    const target = targetOf(rule.json.event.params);
    if (target.kind === "stage") tally(stages, target.id, target.weight, ruleReason(rule, ctx.keysOf(rule), ctx.evidence));
    else if (target.kind === "revenueModel") tally(revenue, target.id, target.weight, ruleReason(rule, ctx.keysOf(rule), ctx.evidence));
  }
  for (const d of leaders) {
    const entry = tables.domains.get(d.id)!;
    const quoted = firstQuotes(domainResults[ranked.indexOf(d)]!.reasons);
    const weight = scoring.focusWeight * toScore(d.raw, scoring.scale);
    for (const s of entry.valueChainFocus) tally(stages, s, weight, { rule: entry.focusRule, message: entry.focusMessage, evidence: quoted });
  }

  const result: Omit<Classification, "keywords" | "language" | "rulesVersion"> = {
    primaryDomain: primary?.id ?? null,
    confidence: primary === undefined ? 0 : round(calibrate(scoring.calibration, rawConfidence(scoring.confidence, primarySignals(tables, primary, ranked, ctx))) * (ctx.learned?.probability ?? 1) * (ctx.guess?.probability ?? 1)),
    domains: domainResults,
    stages: stageResults(tables, stages),
    revenueModels: revenueModels(tables, revenue, leaders, ctx.deniedRevenueModels),
  };
  if (abstain !== undefined) result.abstain = abstain;
  return result;
}

/** What the confidence of naming `primary` is read from: the ranking, the learned prior's reading of the text, its length. */
export function primarySignals(tables: ScoreTables, primary: DomainTally, ranked: DomainTally[], ctx: ScoreContext): ConfidenceSignals {
  const model = tables.ruleSet.domainPrior;
  const prior = model === undefined || ctx.text === undefined ? undefined : readDomainPrior(model, ctx.text).probability(primary.id);
  return confidenceSignals(primary, ranked, ctx.leadFeatures !== undefined, prior, ctx.text === undefined ? 0 : wordCount(ctx.text));
}

/** How many runs of non-space characters the text has. */
function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** The domains ranked, and the primary one or why there is none. */
export interface Ranking {
  ranked: DomainTally[];
  primary: DomainTally | undefined;
  abstain: Abstain | undefined;
  /** Set when the learned domain prior moved a domain to the top. */
  promoted?: Promoted;
}

/** Tallies the fired domain rules, ranks the domains and picks the primary one (steps 1 to 3 of score). */
export function rankFired(tables: ScoreTables, fired: LoadedRule[], ctx: ScoreContext): Ranking {
  const { scoring } = tables.ruleSet;
  const domains = new Map<DomainId, DomainTally>();
  const from = { facts: ctx.evidence.facts, leadFeatures: ctx.leadFeatures, headFeatures: ctx.headFeatures };
  for (const rule of fired) {
    const target = targetOf(rule.json.event.params);
    if (target.kind !== "domain") continue;
    tallyDomain(domains, target.id, target.weight, ruleReason(rule, ctx.keysOf(rule), ctx.evidence), ctx.subjectKeysOf(rule), from);
  }
  if (ctx.guess !== undefined) {
    const weight = scoring.abstainBelow - (domains.get(ctx.guess.id)?.raw ?? 0);
    if (weight > 0) tallyDomain(domains, ctx.guess.id, weight, guessReason(ctx.guess), [], from);
  }
  const ranked = rankDomains(
    [...domains.values()].filter((d) => d.raw > 0),
    scoring,
    ctx.leadFeatures !== undefined,
    ctx.keywords,
  );
  // A domain the prior lifts needs the sells-AI reading its displaced leader needed.
  const lifted = ctx.text === undefined || ctx.guess !== undefined ? undefined : liftOverGeneric(tables, ranked, ctx.text);
  const promoted = ctx.text === undefined || ctx.guess !== undefined || tables.ruleSet.domainPrior === undefined ? undefined : rerank(tables.ruleSet.domainPrior, ranked, ctx.text, scoring.scale, (d) => backedByStatedModel(scoring, d, ctx));
  const named = ranked.find((d) => mayName(scoring, ctx, d));
  const abstain = overruled(scoring, ctx, usedInternally(scoring, ctx)) ?? (named === undefined ? abstainFor(tables, ranked, ctx) : scoring.usingAiDomains.includes(named.id) && named !== lifted ? undefined : ctx.usesAi?.());
  const sure = abstain === undefined && named !== undefined && ctx.guess === undefined ? leadWhenSure(tables, ranked, named, ctx) : undefined;
  return { ranked, primary: abstain === undefined ? (sure ?? named) : undefined, abstain, ...(promoted === undefined ? {} : { promoted }) };
}

/** How far a domain lifted over generic evidence ranks above the leader it displaces. */
const LIFT = 0.001;

/**
 * A leader that rests on generic evidence alone (scoring.json's priorOverGeneric) gives way to the
 * learned domain prior's likeliest other domain, when the prior is sure enough: that domain moves to
 * the top, just above the leader, with the prior's words as its evidence. Returns the domain lifted.
 */
function liftOverGeneric(tables: ScoreTables, ranked: DomainTally[], text: string): DomainTally | undefined {
  const setting = tables.ruleSet.scoring.priorOverGeneric;
  const model = tables.ruleSet.domainPrior;
  const leader = ranked[0];
  if (setting === undefined || model === undefined || leader === undefined || !leader.reasons.every((r) => setting.rules.includes(r.reason.rule))) return undefined;
  const prior = readDomainPrior(model, text);
  let best: DomainId | undefined;
  for (const { id } of model.domains) if (id !== leader.id && (best === undefined || prior.probability(id) > prior.probability(best))) best = id;
  if (best === undefined || prior.probability(best) < setting.probability || setting.notLifted.includes(best)) return undefined;
  return liftToTop(ranked, best, overGenericReason({ id: best, probability: prior.probability(best), words: prior.words(best) }, tables.domains.get(leader.id)!.name));
}

/** Moves domain `id` to the top of `ranked`, just above the leader, with `reason` as what lifted it. */
function liftToTop(ranked: DomainTally[], id: DomainId, reason: Reason): DomainTally {
  const leader = ranked[0]!;
  let lifted = ranked.find((d) => d.id === id);
  if (lifted === undefined) ranked.push((lifted = { id, raw: 0, rank: 0, reasons: [], evidence: new Set(), lead: [], head: false }));
  const weight = leader.rank - lifted.rank + LIFT;
  lifted.raw += weight;
  lifted.rank += weight;
  lifted.reasons.push({ weight, reason });
  for (const quote of reason.evidence) lifted.evidence.add(quote);
  ranked.splice(ranked.indexOf(lifted), 1);
  ranked.unshift(lifted);
  return lifted;
}

/**
 * When the rules name a domain but the learned domain prior is sure of another (domain-prior.json's
 * `lead`), that other domain leads, with the prior's words as its evidence. Returns it, or undefined
 * when the prior agrees or is not sure enough, when the input answers what it sells or what its AI
 * does, when its first sentence says what the company sells (ranking.statedSales: "sells property
 * data") in the named domain's evidence, when a rule of ranking.statedRules backs the named domain,
 * or when the prior's domain could not be named without an AI signal.
 */
function leadWhenSure(tables: ScoreTables, ranked: DomainTally[], named: DomainTally, ctx: ScoreContext): DomainTally | undefined {
  const model = tables.ruleSet.domainPrior;
  const { offerings, capabilities } = ctx.evidence.facts;
  // What the company answered it sells or its AI does outranks what the prior reads in its words.
  if (model?.lead === undefined || ctx.text === undefined || offerings.size > 0 || capabilities.size > 0) return undefined;
  const { probability: sure, margin, perToken, exempt } = model.lead;
  const prior = readDomainPrior(model, ctx.text);
  const best = prior.best();
  const probability = prior.probability(best);
  if (best === named.id || probability < sure || exempt.includes(best) || exempt.includes(named.id)) return undefined;
  // What the first sentence says the company sells ("sells property data") outranks the prior too.
  if (named.lead.some((f) => tables.ruleSet.scoring.ranking.statedSales.includes(f))) return undefined;
  // So does a business model the rules read as stated ("free, paid for by ads": ranking.statedRules).
  if (backedByStatedModel(tables.ruleSet.scoring, named, ctx)) return undefined;
  const ratio = prior.logRatio(best, named.id);
  if (ratio < margin || ratio < perToken * prior.tokens) return undefined;
  if (!ctx.aiSignal && !tables.ruleSet.scoring.withoutAiSignal.includes(best)) return undefined;
  return liftToTop(ranked, best, sureReason({ id: best, probability, words: prior.words(best) }, tables.domains.get(named.id)!.name));
}

/** Whether a rule of ranking.statedRules, reading a stated business model, backs domain `d` (not on a long page). */
function backedByStatedModel(scoring: Scoring, d: DomainTally, ctx: ScoreContext): boolean {
  return ctx.longPage === undefined && d.reasons.some((r) => scoring.ranking.statedRules.includes(r.reason.rule));
}

/** Why a domain leads the one the rules ranked first: the learned prior is sure of it. */
function sureReason(d: LearnedDomain, leader: string): Reason {
  return {
    rule: "ranking/learned-lead",
    message: `Ranked above ${leader}: a model learned from the labelled fixtures reads the text as this kind of AI product (${Math.round(d.probability * 100)}%), far more likely than as ${leader}`,
    evidence: d.words,
  };
}

/** Why a domain leads a leader that rests on generic evidence alone. */
function overGenericReason(d: LearnedDomain, leader: string): Reason {
  return {
    rule: "ranking/learned-over-generic",
    message: `Ranked above ${leader}, whose evidence names no kind of AI: a model learned from the labelled fixtures reads the text as this kind of AI product (${Math.round(d.probability * 100)}%)`,
    evidence: d.words,
  };
}

/**
 * Close calls settled by the learned domain prior: when a domain among the `reach` best-ranked could
 * overtake the leader (its score within `weight` of the leader's), those domains are re-ordered by score
 * plus `weight` times the prior's probability, unless that would lift a domain of `tieOnly` over a
 * leader the rules scored higher. A leader a stated business model backs (`stated`: ranking.statedRules)
 * stays. Returns the new leader's reading when the leader changed.
 */
function rerank(model: DomainPriorModel, ranked: DomainTally[], text: string, scale: number, stated: (d: DomainTally) => boolean): Promoted | undefined {
  const top = ranked.slice(0, model.reach);
  if (top.length < 2 || stated(top[0]!)) return undefined;
  const scores = top.map((d) => toScore(d.rank, scale));
  if (!scores.some((s, i) => i > 0 && s + model.weight > scores[0]!)) return undefined;
  const prior = readDomainPrior(model, text);
  const key = new Map(top.map((d, i) => [d, scores[i]! + model.weight * prior.probability(d.id)]));
  const before = top[0]!;
  const order = [...top].sort((a, b) => key.get(b)! - key.get(a)!);
  const lifted = order[0]!;
  if (lifted !== before && model.tieOnly.includes(lifted.id) && scores[top.indexOf(lifted)]! < scores[0]!) return undefined;
  ranked.splice(0, order.length, ...order);
  if (ranked[0] === before) return undefined;
  const id = ranked[0]!.id;
  return { id, probability: prior.probability(id), words: prior.words(id) };
}

/**
 * The learned prior's likeliest other domains, listed after the ones the rules found when those are
 * fewer than its `candidates.upTo`: each scored below every domain with evidence, so the ranking stays
 * the rules', and none takes part in stages, revenue suggestions or confidence.
 */
function priorCandidates(tables: ScoreTables, text: string | undefined, listed: Classification["domains"]): Classification["domains"] {
  const model = tables.ruleSet.domainPrior;
  const fill = model?.candidates;
  if (model === undefined || fill === undefined || text === undefined || listed.length === 0 || listed.length >= fill.upTo) return [];
  const prior = readDomainPrior(model, text);
  const floor = Math.min(...listed.map((d) => d.score));
  return model.domains
    .map((d) => d.id)
    .filter((id) => !listed.some((d) => d.id === id) && prior.probability(id) >= fill.minProbability)
    .sort((a, b) => prior.probability(b) - prior.probability(a))
    .slice(0, fill.upTo - listed.length)
    .map((id) => ({
      id,
      name: tables.domains.get(id)!.name,
      score: Math.max(0.001, Math.min(round(floor - 0.001), round(0.1 * prior.probability(id)))),
      reasons: [
        {
          rule: "ranking/learned-candidate",
          message: `A candidate without rule evidence: a model learned from the labelled fixtures reads the text as this kind of AI product (${Math.round(prior.probability(id) * 100)}%)`,
          evidence: prior.words(id),
        },
      ],
    }));
}

/** A domain the learned prior reads the text as: its probability and the words behind it. */
export interface LearnedDomain {
  id: DomainId;
  probability: number;
  words: string[];
}

/** A domain the learned prior moved to the top. */
type Promoted = LearnedDomain;

/** Why a domain has weight though no rule gave it enough: the learned domain prior names it. */
function guessReason(g: LearnedDomain): Reason {
  return {
    rule: "ai-signal/learned-domain",
    message: `Named though no rule found enough evidence: a model learned from the labelled fixtures reads the text as this kind of AI product (${Math.round(g.probability * 100)}%)`,
    evidence: g.words,
  };
}

/** Why a domain leads though another has a higher score: the learned domain prior reads the text as it. */
function priorReason(p: Promoted): Reason {
  return {
    rule: "ranking/learned-prior",
    message: `Ranked first among domains of close score: a model learned from the labelled fixtures reads the text as this kind of AI product (${Math.round(p.probability * 100)}%)`,
    evidence: p.words,
  };
}

/**
 * Whether a domain may be named: enough weight, and an AI signal unless it is a domain that needs none,
 * has strong evidence and a text the learned AI signal does not read below its floor.
 */
function mayName(scoring: Scoring, ctx: ScoreContext, d: DomainTally): boolean {
  if (d.raw < scoring.abstainBelow) return false;
  return ctx.aiSignal || (scoring.withoutAiSignal.includes(d.id) && d.raw >= scoring.withoutAiSignalBelow && ctx.belowAiFloor?.() !== true);
}

/** Why the primary domain could be named though no phrase names AI: the learned AI signal read the text as an AI product. */
function learnedReason(reading: AiSignalReading): Reason {
  return {
    rule: "ai-signal/learned",
    message: `Reads as an AI product though no phrase names AI: a model learned from the labelled fixtures gives ${Math.round(reading.probability * 100)}%`,
    evidence: reading.words,
  };
}

const byRaw = (a: { raw: number }, b: { raw: number }) => b.raw - a.raw;

const NO_AI_SIGNAL = "No sign of an AI business: nothing in the text names AI, machine learning or an AI capability";

/**
 * The abstention of a text with no AI signal: no-ai-signal, unless a long page names AI once, in passing,
 * in its body ("our X-ray software includes an AI tool"): a business that mentions AI, not one that sells it.
 */
function noAiSignal(ctx: ScoreContext, business: string[] = []): Abstain {
  const passing = ctx.use?.passingAi;
  if (passing === undefined) return { reason: "no-ai-signal", message: NO_AI_SIGNAL };
  const what = business.length > 0 ? `describes a business (${quote(business)}) and ` : "";
  return { reason: "ai-used-internally", message: `The text ${what}names AI only in passing (${quote(passing)}), not as what it sells` };
}

/** Why no domain may be named. */
function abstainFor(tables: ScoreTables, ranked: DomainTally[], ctx: ScoreContext): Abstain {
  const leader = ranked[0];
  if (!ctx.aiSignal) return noAiSignal(ctx);
  if (leader === undefined) {
    return { reason: "too-little-evidence", message: "AI is mentioned, but nothing says what kind of AI business this is" };
  }
  const quoted = firstQuotes(reasonsOf(leader));
  return {
    reason: "too-little-evidence",
    message: `Too little evidence: the strongest domain, ${tables.domains.get(leader.id)!.name}, rests on ${quoted.length ? quoted.map((q) => JSON.stringify(q)).join(", ") : "weak signals"} alone`,
  };
}

/**
 * The ai-used-internally abstention, when the text describes a non-AI business that merely uses AI:
 * a `business` term where it says what the company is, a phrase headed by a business word (lead.ts's
 * businessHead), or AI named only after a first sentence that names none (`aiAfterLead`).
 * Not when a `product` feature lies outside a use clause ("we build", "software for"; not "we use
 * AI tools for"), nor when the first sentence offers AI and names no business: a later "restaurant"
 * or "on our site" is then what the product works on, not what the company is.
 */
function usedInternally(scoring: Scoring, ctx: ScoreContext): Abstain | undefined {
  const { features } = ctx.evidence.facts;
  const use = ctx.use;
  const business: string[] = [];
  if (use === undefined) {
    for (const f of scoring.usedInternally.business) if (features.has(f)) business.push(...ctx.evidence.terms.get(f)!);
  } else {
    const head = use.head;
    if (head !== undefined) business.push(head);
    for (const t of use.business) if (head === undefined || !head.toLowerCase().includes(t.toLowerCase())) business.push(t);
  }
  if (use?.aiFeature !== undefined && ctx.aiSignal) {
    return {
      reason: "ai-used-internally",
      message: use.aiListed
        ? `The text says what the product is and names AI only as one of its features, listed among others (${quote(use.aiFeature)})`
        : `The first sentence says what the product is without naming AI; AI comes only later (${quote(use.aiFeature)}), as a feature added to it`,
    };
  }
  if (business.length === 0 && use?.aiAfterLead === undefined) return undefined;
  if (use === undefined) {
    for (const f of scoring.usedInternally.product) if (features.has(f)) return undefined;
  } else if (use.product.length > 0 || (use.leadAi && !use.leadBusiness)) return undefined;
  if (!ctx.aiSignal) return noAiSignal(ctx, business);
  // A name that heads a business ("Harbour Logistics") says less than AI named only after the lead.
  if (business.length === 0 || (use?.aiAfterLead !== undefined && use.business.length === 0)) {
    return {
      reason: "ai-used-internally",
      message: `The first sentence says what the business does without naming AI or a product; AI comes only later (${use!.aiAfterLead!.slice(0, 3).map((t) => JSON.stringify(t)).join(", ")}), as something it uses`,
    };
  }
  return {
    reason: "ai-used-internally",
    message: `The text describes a business that uses AI (${quote(business)}), not one whose product is AI`,
  };
}

/** The phrase rules' ai-used-internally abstention, unless the learned sells-AI reading is sure the product is AI (usedInternally.sellsOverrule). */
function overruled(scoring: Scoring, ctx: ScoreContext, abstain: Abstain | undefined): Abstain | undefined {
  const bar = scoring.usedInternally.sellsOverrule;
  return abstain === undefined || bar === undefined || ctx.sellsAi === undefined || ctx.sellsAi() < bar ? abstain : undefined;
}

/** The first three terms, quoted. */
const quote = (terms: string[]) => terms.slice(0, 3).map((t) => JSON.stringify(t)).join(", ");

/** The first three quotes behind a domain's reasons, strongest reason first. */
function firstQuotes(reasons: Reason[]): string[] {
  return reasons.flatMap((r) => r.evidence).slice(0, 3);
}

/** Stages scoring at least minStageScore, strongest first; at equal score, in value-chain order. */
function stageResults(tables: ScoreTables, stages: Map<StageId, Tallied<StageId>>): Classification["stages"] {
  const { scale, minStageScore } = tables.ruleSet.scoring;
  const out: Classification["stages"] = [];
  for (const s of stages.values()) {
    const score = toScore(s.raw, scale);
    if (s.raw > 0 && score >= minStageScore) out.push({ id: s.id, name: tables.stageNames.get(s.id)!, score, reasons: reasonsOf(s) });
  }
  return out.sort((a, b) => b.score - a.score || tables.stageOrder.get(a.id)! - tables.stageOrder.get(b.id)!);
}

/**
 * Revenue models the input states, strongest first, then those typical of each leading domain
 * (unless stated already or denied), in the taxonomy's order.
 */
function revenueModels(
  tables: ScoreTables,
  revenue: Map<RevenueModelId, Tallied<RevenueModelId>>,
  leaders: Tallied<DomainId>[],
  denied: Set<RevenueModelId>,
): Classification["revenueModels"] {
  const out: Classification["revenueModels"] = [];
  const listed = new Set<RevenueModelId>();
  for (const m of positive(revenue).sort(byRaw)) {
    out.push({ id: m.id, name: tables.modelNames.get(m.id)!, source: "stated", reasons: reasonsOf(m) });
    listed.add(m.id);
  }
  for (const d of leaders) {
    const entry = tables.domains.get(d.id)!;
    for (const model of entry.revenueModels) {
      if (listed.has(model) || denied.has(model)) continue;
      listed.add(model);
      out.push({ id: model, name: tables.modelNames.get(model)!, source: "suggested", reasons: [{ rule: entry.taxonomyRule, message: entry.taxonomyMessage, evidence: [] }] });
    }
  }
  return out;
}
