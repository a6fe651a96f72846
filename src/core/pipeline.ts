import { evidenceKeys, type Evidence, type EvidenceKey } from "./explain.ts";
import { compileLexicon, extractFeatures, type FeatureMatcher } from "../extract/features.ts";
import { cuePattern, longTextEvidence, type LongTextPolicy } from "../extract/long-text.ts";
import { compileRules, runCompiled, type CompiledRules } from "../rules/compile.ts";
import { buildFacts, type Facts } from "../rules/facts.ts";
import type { LoadedRule, RuleSet } from "../rules/load.ts";
import { targetOf } from "../rules/target.ts";
import type { RevenueModelId } from "../schemas/ids.ts";
import type { CompanyInput } from "../schemas/input.ts";
import type { Classification, Keyword } from "../schemas/result.ts";
import { createScoreTables, score, type ScoreTables } from "./score.ts";

/** A rule set prepared once for fast, repeated classification. Read-only after creation. */
export interface Pipeline {
  ruleSet: RuleSet;
  matcher: FeatureMatcher;
  compiled: CompiledRules;
  keys: Map<string, EvidenceKey[]>;
  tables: ScoreTables;
  /** revenue model → the features its rules look for, to honour "we do not run ads". */
  revenueFeatures: Map<RevenueModelId, Set<string>>;
  longText: LongTextPolicy;
}

export function createPipeline(ruleSet: RuleSet): Pipeline {
  const keys = new Map(ruleSet.rules.map((r) => [r.name, evidenceKeys(r.json.conditions)]));
  const revenueFeatures = new Map<RevenueModelId, Set<string>>();
  for (const r of ruleSet.rules) {
    const t = targetOf(r.json.event.params);
    if (t.kind !== "revenueModel") continue;
    const model = t.id as RevenueModelId;
    const set = revenueFeatures.get(model) ?? new Set();
    for (const k of keys.get(r.name)!) if (k.fact === "features") set.add(k.value);
    revenueFeatures.set(model, set);
  }
  return {
    ruleSet,
    matcher: compileLexicon(ruleSet.lexicon, ruleSet.stems),
    compiled: compileRules(ruleSet.rules),
    keys,
    tables: createScoreTables(ruleSet),
    revenueFeatures,
    longText: {
      headings: cuePattern(ruleSet.lexicon.boilerplate.headings, true),
      cues: cuePattern(ruleSet.lexicon.boilerplate.phrases, false),
      ...ruleSet.scoring.longText,
      anywhere: new Set([...revenueFeatures.values()].flatMap((set) => [...set])),
    },
  };
}

/** Everything read from one input before any rule runs. */
export interface Analysis {
  facts: Facts;
  evidence: Evidence;
  keywords: Keyword[];
  aiSignal: boolean;
  deniedRevenueModels: Set<RevenueModelId>;
}

export function analyse(pipeline: Pipeline, input: CompanyInput): Analysis {
  const text = input.description ?? "";
  const matches = longTextEvidence(text, extractFeatures(text, pipeline.matcher), pipeline.longText);
  const terms = new Map<string, string[]>();
  const negated = new Set<string>();
  const keywords: Keyword[] = [];
  for (const m of matches) {
    if (m.negated) {
      negated.add(m.feature);
      continue;
    }
    keywords.push({ term: m.term, feature: m.feature, start: m.start, end: m.end });
    const list = terms.get(m.feature);
    if (list === undefined) terms.set(m.feature, [m.term]);
    else if (!list.includes(m.term)) list.push(m.term);
  }
  const facts = buildFacts(terms.keys(), input.answers);
  let aiSignal = facts.capabilities.size > 0;
  for (const f of facts.features) if (pipeline.matcher.aiFeatures.has(f)) aiSignal = true;
  const deniedRevenueModels = new Set<RevenueModelId>();
  if (negated.size > 0) deniedModels(pipeline, facts, negated, deniedRevenueModels);
  return { facts, evidence: { facts, terms }, keywords, aiSignal, deniedRevenueModels };
}

/** Revenue models whose every feature the input names only in denial ("we do not run ads"). */
function deniedModels(pipeline: Pipeline, facts: Facts, negated: Set<string>, out: Set<RevenueModelId>): void {
  for (const [model, features] of pipeline.revenueFeatures) {
    if (facts.revenueModels.has(model)) continue;
    let denied = false;
    for (const f of features) {
      if (facts.features.has(f)) {
        denied = false;
        break;
      }
      if (negated.has(f)) denied = true;
    }
    if (denied) out.add(model);
  }
}

/** Scores an analysis given the rules that fired on it. */
export function finish(pipeline: Pipeline, analysis: Analysis, fired: LoadedRule[]): Classification {
  const result = score(pipeline.tables, fired, {
    evidence: analysis.evidence,
    aiSignal: analysis.aiSignal,
    deniedRevenueModels: analysis.deniedRevenueModels,
    keywords: analysis.keywords,
    keysOf: (rule) => pipeline.keys.get(rule.name) ?? [],
  });
  return {
    primaryDomain: result.primaryDomain,
    confidence: result.confidence,
    domains: result.domains,
    stages: result.stages,
    revenueModels: result.revenueModels,
    keywords: analysis.keywords,
    ...(result.abstain === undefined ? {} : { abstain: result.abstain }),
    rulesVersion: pipeline.ruleSet.version,
  };
}

/** The whole pipeline on the compiled rules: pure and synchronous. */
export function classifyWithPipeline(pipeline: Pipeline, input: CompanyInput): Classification {
  const analysis = analyse(pipeline, input);
  return finish(pipeline, analysis, runCompiled(pipeline.compiled, analysis.facts));
}

/**
 * The same, also naming the rules that fired: what a rule report (src/eval/report.ts) counts.
 * @example
 * const { fired, classification } = traceRules(createPipeline(loadRuleSet()), { description: "GPU cloud" });
 */
export function traceRules(pipeline: Pipeline, input: CompanyInput): { fired: LoadedRule[]; classification: Classification } {
  const analysis = analyse(pipeline, input);
  const fired = runCompiled(pipeline.compiled, analysis.facts);
  return { fired, classification: finish(pipeline, analysis, fired) };
}
