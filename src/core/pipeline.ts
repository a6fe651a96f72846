import { evidenceKeys, type Evidence, type EvidenceKey } from "./explain.ts";
import { compileLexicon, englishTerms, extractFeatures, matchTokens, tokenizeFor, type FeatureMatcher } from "../extract/features.ts";
import { asLexicon } from "../extract/phrases.ts";
import type { PhraseTries } from "../extract/trie.ts";
import { createLanguageMarks, detectLanguage, languageName, markWord, type LanguageMarks } from "../language/detect.ts";
import { cuePattern, leadEnd, longTextEvidence, type LongTextPolicy } from "../extract/long-text.ts";
import { compileRules, runCompiled, type CompiledRules } from "../rules/compile.ts";
import { buildFacts, type Facts } from "../rules/facts.ts";
import type { LoadedRule, RuleSet } from "../rules/load.ts";
import { targetOf } from "../rules/target.ts";
import type { RevenueModelId } from "../schemas/ids.ts";
import type { CompanyInput } from "../schemas/input.ts";
import type { Abstain, Classification, Keyword } from "../schemas/result.ts";
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
  /** The function words of every language read, for detection (each English-table word is marked once). */
  marks: LanguageMarks;
  /** The matchers of the other languages, each compiled on its first text, with the English terms they share. */
  matchers: Map<string, FeatureMatcher>;
  englishTerms: () => PhraseTries;
  /** The language of a description that does not state its own; undefined: detect it. */
  language: string | undefined;
  /** The features a company's name may lend (scoring.json's nameFeatures). */
  nameFeatures: Set<string>;
}

export function createPipeline(ruleSet: RuleSet, language?: string): Pipeline {
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
  const marks = createLanguageMarks([["en", ruleSet.lexicon.functionWords], ...[...ruleSet.languages].map(([code, l]) => [code, l.lexicon.functionWords] as [string, string[]])]);
  return {
    ruleSet,
    matcher: compileLexicon(ruleSet.lexicon, ruleSet.stems, { mark: (word) => markWord(marks, word) }),
    compiled: compileRules(ruleSet.rules),
    keys,
    tables: createScoreTables(ruleSet),
    revenueFeatures,
    longText: {
      headings: cuePattern(ruleSet.lexicon.boilerplate.headings, true),
      cues: cuePattern(ruleSet.lexicon.boilerplate.phrases, false),
      ...ruleSet.scoring.longText,
      anywhere: new Set([...revenueFeatures.values()].flatMap((set) => [...set])),
      leadOnly: new Set(ruleSet.scoring.usedInternally.business),
    },
    marks,
    matchers: new Map(),
    englishTerms: once(() => englishTerms(ruleSet.lexicon)),
    language,
    nameFeatures: new Set(ruleSet.scoring.nameFeatures),
  };
}

/** `make`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The matcher of a language the rule set reads (English's is pipeline.matcher). */
function matcherFor(pipeline: Pipeline, language: string): FeatureMatcher {
  let matcher = pipeline.matchers.get(language);
  if (matcher === undefined) {
    const { lexicon, stems } = pipeline.ruleSet.languages.get(language)!;
    matcher = compileLexicon(asLexicon(lexicon, pipeline.ruleSet.lexicon), stems, { language, english: pipeline.englishTerms(), elisions: lexicon.elisions, compounds: lexicon.compounds });
    pipeline.matchers.set(language, matcher);
  }
  return matcher;
}

/** Everything read from one input before any rule runs. */
export interface Analysis {
  facts: Facts;
  evidence: Evidence;
  keywords: Keyword[];
  aiSignal: boolean;
  deniedRevenueModels: Set<RevenueModelId>;
  /** The language the description was read in (or found in, when the rule set does not read it). */
  language: string;
  /** Set when the description is in a language the rule set does not read: nothing else was read. */
  abstain?: Abstain;
  /**
   * The AI terms of a text that names AI only after a first sentence that names no AI and no product
   * (scoring.json's usedInternally.leadProduct): a business that uses AI, unless a product feature says otherwise.
   */
  aiAfterLead?: string[];
  /**
   * On a long page, the features its lead names (and its name lends): rules that fire without them
   * weigh `longText.bodyWeight` of their weight, so the page classifies like its summary.
   */
  leadFeatures?: Set<string>;
}

export function analyse(pipeline: Pipeline, input: CompanyInput): Analysis {
  const text = input.description ?? "";
  const tokens = tokenizeFor(text, pipeline.matcher);
  const stated = input.language ?? pipeline.language;
  const language = stated ?? detectLanguage(text, tokens.infos, pipeline.marks);
  if (language !== "en" && !pipeline.ruleSet.languages.has(language)) return unreadable(pipeline, language, stated !== undefined);
  const matches = longTextEvidence(text, language === "en" ? matchTokens(text, tokens, pipeline.matcher) : extractFeatures(text, matcherFor(pipeline, language)), pipeline.longText);
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
  if (input.name !== undefined && pipeline.nameFeatures.size > 0) nameEvidence(pipeline, input.name, terms);
  const facts = buildFacts(terms.keys(), input.answers);
  let aiSignal = facts.capabilities.size > 0;
  for (const f of facts.features) if (pipeline.matcher.aiFeatures.has(f)) aiSignal = true;
  const deniedRevenueModels = new Set<RevenueModelId>();
  if (negated.size > 0) deniedModels(pipeline, facts, negated, deniedRevenueModels);
  const analysis: Analysis = { facts, evidence: { facts, terms }, keywords, aiSignal, deniedRevenueModels, language };
  if (text.length >= pipeline.longText.minChars) analysis.leadFeatures = leadFeatures(pipeline, text, keywords, terms);
  if (aiSignal && facts.capabilities.size === 0) {
    const late = aiAfterLead(pipeline, text, keywords, terms);
    if (late !== undefined) analysis.aiAfterLead = late;
  }
  return analysis;
}

/** The features of a long page's lead, and those its name lends (evidence not in the keywords). */
function leadFeatures(pipeline: Pipeline, text: string, keywords: Keyword[], terms: Map<string, string[]>): Set<string> {
  const end = leadEnd(text, pipeline.longText.leadChars);
  const lead = new Set<string>();
  const found = new Set<string>();
  for (const k of keywords) {
    if (k.start < end) lead.add(k.feature);
    found.add(`${k.feature}\u0000${k.term}`);
  }
  for (const [feature, list] of terms) if (!list.every((t) => found.has(`${feature}\u0000${t}`))) lead.add(feature);
  return lead;
}

/**
 * The fired rules of a long page with each rule that fires only thanks to its body (not on the
 * lead's features alone) weighing `longText.bodyWeight` of its weight. Revenue-model rules keep
 * theirs: a price is stated wherever it stands.
 */
function weighLead(pipeline: Pipeline, analysis: Analysis, fired: LoadedRule[]): LoadedRule[] {
  const bodyWeight = pipeline.ruleSet.scoring.longText.bodyWeight ?? 1;
  if (analysis.leadFeatures === undefined || bodyWeight === 1) return fired;
  const onLead = new Set(runCompiled(pipeline.compiled, { ...analysis.facts, features: analysis.leadFeatures }).map((r) => r.name));
  return fired.map((r) => {
    if (onLead.has(r.name) || targetOf(r.json.event.params).kind === "revenueModel") return r;
    const params = { ...r.json.event.params, weight: r.json.event.params.weight * bodyWeight };
    return { ...r, json: { ...r.json, event: { ...r.json.event, params } } };
  });
}

/** A first sentence shorter than this runs on to the next sentence end ("Harrington & Co. Chartered Accountants…"). */
const MIN_LEAD_CHARS = 25;

/** Where the first sentence of a text ends; the text's length when it is one sentence. */
export function firstSentenceEnd(text: string): number {
  const end = /[.!?](?=\s+\S)|\n/g;
  for (let m = end.exec(text); m !== null; m = end.exec(text)) if (m.index >= MIN_LEAD_CHARS) return m.index;
  return text.length;
}

/**
 * The AI terms of a text whose first sentence says what the company does without naming AI or a
 * product (software, an app, an API), and whose later sentences name AI and, when scoring.json
 * lists `leadUse` features, say it is used ("we use", "our staff use"): "Northwind Freight moves
 * truckloads across the Midwest. We use machine learning to forecast volumes…". Undefined
 * otherwise, and when the company's name names AI ("NimbusAI").
 */
function aiAfterLead(pipeline: Pipeline, text: string, keywords: Keyword[], terms: Map<string, string[]>): string[] | undefined {
  const leadProduct = pipeline.ruleSet.scoring.usedInternally.leadProduct;
  if (leadProduct === undefined) return undefined;
  // A long page's first "sentence" is a title or a menu: its lead says what the company does.
  const end = text.length >= pipeline.longText.minChars ? leadEnd(text, pipeline.longText.leadChars) : firstSentenceEnd(text);
  if (end >= text.length) return undefined;
  const { aiFeatures } = pipeline.matcher;
  const product = new Set(leadProduct);
  const use = pipeline.ruleSet.scoring.usedInternally.leadUse;
  let used = use === undefined;
  const late: string[] = [];
  for (const k of keywords) {
    if (k.start < end && (aiFeatures.has(k.feature) || product.has(k.feature))) return undefined;
    if (k.start >= end && aiFeatures.has(k.feature) && !late.includes(k.term)) late.push(k.term);
    if (k.start >= end && use?.includes(k.feature)) used = true;
  }
  if (!used) return undefined;
  // The name's evidence is in `terms` but not in the keywords: an AI word there names the product.
  for (const [feature, list] of terms) if (aiFeatures.has(feature) && !list.some((t) => keywords.some((k) => k.term === t))) return undefined;
  return late.length > 0 ? late : undefined;
}

/**
 * A company's name is evidence of AI only: the features of scoring.json's `nameFeatures` its words
 * name ("Cover Letter AI", "Tally.ai", "NimbusAI") join the description's, quoted as written in the
 * name but not listed as keywords (those point into the description). Its other words ("Bakery",
 * "Models") are no evidence: a name is chosen for sound as much as sense.
 */
function nameEvidence(pipeline: Pipeline, name: string, terms: Map<string, string[]>): void {
  const spaced = name.replace(/([a-z0-9])(AI|GPT)\b/g, "$1 $2");
  for (const m of matchTokens(spaced, tokenizeFor(spaced, pipeline.matcher), pipeline.matcher)) {
    if (m.negated || !pipeline.nameFeatures.has(m.feature)) continue;
    const list = terms.get(m.feature);
    if (list === undefined) terms.set(m.feature, [m.term]);
    else if (!list.includes(m.term)) list.push(m.term);
  }
}

/** The analysis of a description in a language the rule set does not read: an abstain that says which. */
function unreadable(pipeline: Pipeline, language: string, stated: boolean): Analysis {
  const read = ["en", ...pipeline.ruleSet.languages.keys()].map(languageName);
  const list = read.length === 1 ? read[0]! : `${read.slice(0, -1).join(", ")} and ${read.at(-1)!}`;
  const found = `${stated ? "the input says" : "detected"} ${languageName(language)} (${language})`;
  const facts = buildFacts([], undefined);
  return {
    facts,
    evidence: { facts, terms: new Map() },
    keywords: [],
    aiSignal: false,
    deniedRevenueModels: new Set(),
    language,
    abstain: { reason: "unsupported-language", message: `Language not supported: ${found}; the rules read ${list}` },
  };
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
  if (analysis.abstain !== undefined) {
    const { language, abstain } = analysis;
    return { primaryDomain: null, confidence: 0, domains: [], stages: [], revenueModels: [], keywords: [], language, abstain, rulesVersion: pipeline.ruleSet.version };
  }
  const result = score(pipeline.tables, weighLead(pipeline, analysis, fired), {
    evidence: analysis.evidence,
    aiSignal: analysis.aiSignal,
    ...(analysis.aiAfterLead === undefined ? {} : { aiAfterLead: analysis.aiAfterLead }),
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
    language: analysis.language,
    ...(result.abstain === undefined ? {} : { abstain: result.abstain }),
    rulesVersion: pipeline.ruleSet.version,
  };
}

/** The whole pipeline on the compiled rules: pure and synchronous. */
export function classifyWithPipeline(pipeline: Pipeline, input: CompanyInput): Classification {
  const analysis = analyse(pipeline, input);
  return finish(pipeline, analysis, analysis.abstain === undefined ? runCompiled(pipeline.compiled, analysis.facts) : []);
}

/**
 * The same, also naming the rules that fired: what a rule report (src/eval/report.ts) counts.
 * @example
 * const { fired, classification } = traceRules(createPipeline(loadRuleSet()), { description: "GPU cloud" });
 */
export function traceRules(pipeline: Pipeline, input: CompanyInput): { fired: LoadedRule[]; classification: Classification } {
  const analysis = analyse(pipeline, input);
  const fired = analysis.abstain === undefined ? runCompiled(pipeline.compiled, analysis.facts) : [];
  return { fired, classification: finish(pipeline, analysis, fired) };
}
