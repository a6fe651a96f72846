import { evidenceKeys, subjectKeys, type Evidence, type EvidenceKey } from "./explain.ts";
import { compileLexicon, compileLexiconSteps, englishTerms, extractFeatures, matchTokens, tokenizeFor, type FeatureMatch, type FeatureMatcher } from "../extract/features.ts";
import { asLexicon } from "../extract/phrases.ts";
import type { PhraseTries } from "../extract/trie.ts";
import { createLanguageMarks, detectLanguage, languageName, markWord, type LanguageMarks } from "../language/detect.ts";
import { cuePattern, leadEnd, longTextSplit, type LongTextPolicy } from "../extract/long-text.ts";
import { withoutFileFormatAi } from "../extract/file-formats.ts";
import { aiSentences } from "../extract/ai-sentences.ts";
import { compileRules, runCompiled, type CompiledRules } from "../rules/compile.ts";
import { buildFacts, type Facts } from "../rules/facts.ts";
import type { LoadedRule, RuleSet } from "../rules/load.ts";
import type { LanguageEntry } from "../rules/languages.ts";
import type { Scoring } from "../schemas/rules.ts";
import { targetOf } from "../rules/target.ts";
import type { RevenueModelId } from "../schemas/ids.ts";
import type { CompanyInput } from "../schemas/input.ts";
import type { Abstain, Classification, Keyword } from "../schemas/result.ts";
import { firstSentenceEnd, readUse, tradeCustomers, tradeName, type UseFeatures, type UseReading } from "./lead.ts";
import { compileTaskSignal, madeContent, offeredTask, type TaskPatterns } from "./task-signal.ts";
import { compileCoverage, coverageClaims, type CoveragePattern } from "./coverage.ts";
import { compilePercentFee, percentFees } from "./percent-fee.ts";
import { compileUnitPrice, unitFees, unitPrices, type UnitPricePattern } from "./unit-price.ts";
import { compileSaleObjects, saleObjects, type SaleObjectPatterns } from "./sale-object.ts";
import { compileLanguageTaskSignal, offeredTaskIn, peopleDoIt, peopleRunIn, type LanguageTaskPatterns } from "../language/task-signal.ts";
import { givenName, personSubject, verbLed } from "./person.ts";
import { leadName } from "./task-later.ts";
import { customerAccount } from "./customer-account.ts";
import { createScoreTables, score, type LearnedDomain, type ScoreContext, type ScoreTables } from "./score.ts";
import { readDomainPrior } from "../signal/domain-prior.ts";
import { headSpan } from "./head.ts";
import { runSteps, type Steps } from "../steps.ts";
import { aiSignalProbability, readAiSignal, type AiSignalModel, type AiSignalReading } from "../signal/model.ts";

/** A rule set prepared once for fast, repeated classification. Read-only after creation. */
export interface Pipeline {
  ruleSet: RuleSet;
  matcher: FeatureMatcher;
  compiled: CompiledRules;
  keys: Map<string, EvidenceKey[]>;
  /** Each rule's evidence keys without its qualifying words: what may earn a domain the lead bonus. */
  subjectKeys: Map<string, EvidenceKey[]>;
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
  /**
   * AI-feature phrases that are no AI signal on their own, by the language a text is read in: English's
   * (scoring.json's weakAiPhrases), and for each other language English's and its file's (English
   * phrases match in every language).
   */
  weakAiPhrases: Map<string, Set<string>>;
  /** AI-feature phrases that are an AI signal only beside a software phrase (scoring.json's softwareAiPhrases). */
  softwareAi: { phrases: Set<string>; context: Set<string> };
  /** Features whose AI words name a subject, not a product (scoring.json's aiTopicFeatures). */
  aiTopicFeatures: Set<string>;
  /** Features that earn no domain the lead bonus (scoring.json's ranking.genericFeatures). */
  genericFeatures: Set<string>;
  /** scoring.json's usedInternally feature lists, as sets. */
  useFeatures: { business: Set<string>; product: Set<string>; leadProduct: Set<string> | undefined; leadUse: Set<string> | undefined; heads: NonNullable<UseFeatures["heads"]>; aiModifiers: Set<string>; peopleWork: Set<string>; byHand: Set<string> };
  /** scoring.json's taskSignal, compiled: a first sentence whose subject is a product doing a person's job. */
  taskPatterns: TaskPatterns | undefined;
  /** scoring.json's dataCoverage, compiled: a claim to cover many things of one kind ("tracks 150,000 vessels"). */
  coverage: { pattern: CoveragePattern; feature: string } | undefined;
  /** scoring.json's percentFee, compiled: a fee stated as a percentage ("we take 12% of each booking"). */
  percentFee: Map<string, { pattern: RegExp; feature: string }>;
  /** scoring.json's unitPrice and each language's, compiled: a price per unit of use ("$0.004 a minute"). */
  unitPrice: Map<string, { pattern: UnitPricePattern; feature: string }>;
  /** scoring.json's saleObjects and each language's, compiled: what a company sells ("sells compact processors"). */
  saleObjects: Map<string, SaleObjectPatterns>;
  /** The other languages' task signals and customer cues, each compiled on its first text (undefined: the file has none). */
  languageTasks: Map<string, LanguageTaskPatterns | undefined>;
}

export function createPipeline(ruleSet: RuleSet, language?: string): Pipeline {
  return runSteps(createPipelineSteps(ruleSet, language));
}

/** createPipeline in steps (steps.ts): the lexicon's build, the rules' compilation and the rest. */
export function* createPipelineSteps(ruleSet: RuleSet, language?: string): Steps<Pipeline> {
  const keys = new Map(ruleSet.rules.map((r) => [r.name, evidenceKeys(r.json.conditions)]));
  const subjects = new Map(ruleSet.rules.map((r) => [r.name, subjectKeys(r.json.conditions)]));
  const revenueFeatures = new Map<RevenueModelId, Set<string>>();
  for (const r of ruleSet.rules) {
    const t = targetOf(r.json.event.params);
    if (t.kind !== "revenueModel") continue;
    const model = t.id as RevenueModelId;
    const set = revenueFeatures.get(model) ?? new Set();
    for (const k of keys.get(r.name)!) if (k.fact === "features") set.add(k.value);
    revenueFeatures.set(model, set);
  }
  // Languages that list no currencies read English's.
  const currencies = ruleSet.scoring.unitPrice?.currencies ?? [];
  const marks = createLanguageMarks([["en", ruleSet.lexicon.functionWords], ...[...ruleSet.languages].map(([code, l]) => [code, l.lexicon.functionWords] as [string, string[]])]);
  yield;
  const matcher = yield* compileLexiconSteps(ruleSet.lexicon, ruleSet.stems, { mark: (word) => markWord(marks, word) });
  yield;
  const compiled = compileRules(ruleSet.rules);
  yield;
  return {
    ruleSet,
    matcher,
    compiled,
    keys,
    subjectKeys: subjects,
    tables: createScoreTables(ruleSet),
    revenueFeatures,
    longText: {
      headings: cuePattern(ruleSet.lexicon.boilerplate.headings, true),
      cues: cuePattern(ruleSet.lexicon.boilerplate.phrases, false),
      paragraphs: cuePattern(ruleSet.lexicon.boilerplate.paragraphs, false),
      ...ruleSet.scoring.longText,
      anywhere: new Set([...revenueFeatures.values()].flatMap((set) => [...set])),
      leadOnly: new Set(ruleSet.scoring.usedInternally.business),
    },
    marks,
    matchers: new Map(),
    englishTerms: once(() => englishTerms(ruleSet.lexicon)),
    language,
    nameFeatures: new Set(ruleSet.scoring.nameFeatures),
    weakAiPhrases: new Map([["en", new Set(ruleSet.scoring.weakAiPhrases)], ...[...ruleSet.languages].map(([code, l]) => [code, new Set([...ruleSet.scoring.weakAiPhrases, ...l.lexicon.weakAiPhrases])] as const)]),
    softwareAi: { phrases: new Set(ruleSet.scoring.softwareAiPhrases.phrases), context: new Set(ruleSet.scoring.softwareAiPhrases.context) },
    aiTopicFeatures: new Set(ruleSet.scoring.aiTopicFeatures),
    genericFeatures: new Set(ruleSet.scoring.ranking.genericFeatures),
    useFeatures: useFeatures(ruleSet.scoring.usedInternally),
    taskPatterns: ruleSet.scoring.taskSignal === undefined ? undefined : compileTaskSignal(ruleSet.scoring.taskSignal, ruleSet.scoring.usedInternally.businessHeads),
    coverage: ruleSet.scoring.dataCoverage === undefined ? undefined : { pattern: compileCoverage(ruleSet.scoring.dataCoverage), feature: ruleSet.scoring.dataCoverage.feature },
    percentFee: perLanguage(ruleSet, ruleSet.scoring.percentFee, (l) => l.percentFee, (c) => ({ pattern: compilePercentFee(c), feature: c.feature })),
    unitPrice: perLanguage(ruleSet, ruleSet.scoring.unitPrice, (l) => l.unitPrice, (c) => ({ pattern: compileUnitPrice(c, currencies), feature: c.feature })),
    saleObjects: perLanguage(ruleSet, ruleSet.scoring.saleObjects, (l) => l.saleObjects, (c, cues) => compileSaleObjects(c, cues, currencies)),
    languageTasks: new Map(),
  };
}

/**
 * A setting each language may have, compiled for those that have it: English's from scoring.json, the
 * others' from their lexicon files, each compiled with its language's negation cues.
 */
function perLanguage<C, T>(ruleSet: RuleSet, english: C | undefined, local: (lexicon: LanguageEntry["lexicon"]) => C | undefined, compile: (setting: C, negationCues: readonly string[]) => T): Map<string, T> {
  const compiled = new Map<string, T>();
  if (english !== undefined) compiled.set("en", compile(english, ruleSet.lexicon.negation.cues));
  for (const [code, { lexicon }] of ruleSet.languages) {
    const setting = local(lexicon);
    if (setting !== undefined) compiled.set(code, compile(setting, lexicon.negation.cues));
  }
  return compiled;
}

function useFeatures(u: Scoring["usedInternally"]): Pipeline["useFeatures"] {
  const set = (list: string[] | undefined) => (list === undefined ? undefined : new Set(list));
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  return {
    business: new Set(u.business),
    product: new Set(u.product),
    leadProduct: set(u.leadProduct),
    leadUse: set(u.leadUse),
    heads: { business: lower(u.businessHeads), generic: lower(u.genericHeads), tasks: new Map(Object.entries(u.genericHeadTasks).map(([head, words]) => [head.toLowerCase(), lower(words)])) },
    aiModifiers: new Set(u.aiModifiers),
    peopleWork: new Set(u.peopleWork),
    byHand: new Set(u.byHand),
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

/** The task signal and customer cues of a language the rule set reads, other than English. */
function languageTaskFor(pipeline: Pipeline, language: string): LanguageTaskPatterns | undefined {
  if (!pipeline.languageTasks.has(language)) pipeline.languageTasks.set(language, compileLanguageTaskSignal(pipeline.ruleSet.languages.get(language)!.lexicon));
  return pipeline.languageTasks.get(language);
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
  /** Where the text puts AI: in what the business offers or in what it uses (see lead.ts). */
  use?: UseReading;
  /** In a text of two or more sentences, the features found in its first sentence, with their terms there. */
  leadFeatures?: Map<string, string[]>;
  /** In English, the features of the head of the first sentence, which names what the company sells (head.ts). */
  headFeatures?: Set<string>;
  /**
   * On a long page, the features its lead names (and its name lends): rules that fire without them
   * weigh `longText.bodyWeight` of their weight, so the page classifies like its summary.
   */
  pageLead?: Set<string>;
  /**
   * The text, when no phrase or task names AI and some evidence was found: the learned AI signal
   * (src/signal) may read it, if the rules name no domain without it (see settle).
   */
  unread?: string;
  /**
   * Set when the unread text names a kind of business or says what it uses ("At a logistics company,
   * the IT desk…", "we tried Pitchrun"): the learned AI signal reads it only at its `businessThreshold`.
   */
  unreadNamesBusiness?: true;
  /** An AI phrase of the text was read as a person's work ("Our radiologists read X-rays"): the learned models name no AI for it. */
  peopleWork?: boolean;
  /** Set when the learned AI signal read the text as an AI product: its reading, whose words count as `ai-general` evidence. */
  learned?: AiSignalReading;
  /** The learned AI signal's probability that the description is an AI product, read once when first asked (absent without rules/ai-signal.json). */
  aiProbability?: () => number;
  /**
   * The text, when a phrase names AI: the learned sells-AI reading may read it (see scoreContext), below
   * its `threshold`, or its lower `leadThreshold` when the first sentence offers AI (use.leadAi). Of a
   * long page, only its lead and its sentences that name AI (aiSentences): how it speaks of its AI.
   */
  named?: { text: string; threshold: number };
  /** The text, when the rule set has a learned domain prior to re-rank close calls with (see rerank in score.ts). */
  text?: string;
  /** Set when the learned domain prior names the domain the rules could not (see settle). */
  guess?: LearnedDomain;
}

export function analyse(pipeline: Pipeline, input: CompanyInput): Analysis {
  const text = input.description ?? "";
  const tokens = tokenizeFor(text, pipeline.matcher);
  const stated = input.language ?? pipeline.language;
  const language = stated ?? detectLanguage(text, tokens.infos, pipeline.marks);
  if (language !== "en" && !pipeline.ruleSet.languages.has(language)) return unreadable(pipeline, language, stated !== undefined);
  const found = language === "en" ? matchTokens(text, tokens, pipeline.matcher) : extractFeatures(text, matcherFor(pipeline, language));
  const { evidence: matches, once: foundOnce } = longTextSplit(text, withoutFileFormatAi(text, found), pipeline.longText);
  const terms = new Map<string, string[]>();
  const negated = new Set<string>();
  const keywords: Keyword[] = [];
  const { aiFeatures } = pipeline.matcher;
  const weak = new Set<Keyword>();
  let aiSignal = false;
  const besideSoftware: Keyword[] = [];
  let software = false;
  const leadEnd = firstSentenceEnd(text);
  const local = language === "en" ? undefined : languageTaskFor(pipeline, language);
  const people = local === undefined ? undefined : peopleRunIn(text, leadEnd, local);
  // "Our 60 data-entry operators", "doble digitación": the company's own staff do its work by hand.
  const byHand = matches.some((m) => !m.negated && pipeline.useFeatures.byHand.has(m.feature));
  let byPerson = byHand; // people do the work: by hand, or an AI phrase was read as a person's work
  for (const m of matches) {
    if (m.negated) {
      negated.add(m.feature);
      continue;
    }
    const keyword = { term: m.term, feature: m.feature, start: m.start, end: m.end };
    if (pipeline.softwareAi.context.has(m.phrase)) software = true;
    if (aiFeatures.has(m.feature)) {
      if (pipeline.softwareAi.phrases.has(m.phrase)) besideSoftware.push(keyword);
      const person = (byHand && handWork(pipeline, m)) || (language === "en" ? doneByPerson(pipeline, text, m, input.name) : people !== undefined && peopleWork(pipeline, local!, text, m, leadEnd));
      if (person) byPerson = true;
      if (weakPhrase(pipeline, m.phrase, language) || person) weak.add(keyword);
      else aiSignal = true;
    }
    keywords.push(keyword);
    const list = terms.get(m.feature);
    if (list === undefined) terms.set(m.feature, [m.term]);
    else if (!list.includes(m.term)) list.push(m.term);
  }
  // A longer phrase may hold an AI word ("an AI scribe" read as a clinical workflow): the word still names AI, as `ai-general`.
  for (const k of keywords) {
    if (aiFeatures.has(k.feature) || pipeline.aiTopicFeatures.has(k.feature) || !AI_WORD.test(k.term) || !aiFeatures.has(AI_WORD_FEATURE)) continue;
    aiSignal = true;
    addTerm(terms, AI_WORD_FEATURE, k.term);
  }
  const nameAi = input.name !== undefined && pipeline.nameFeatures.size > 0 && nameEvidence(pipeline, input.name, terms);
  if (nameAi) aiSignal = true;
  // "recommends" or "matches" beside an app, a platform or another AI word is the software's doing: then it names AI.
  if ((software || aiSignal) && besideSoftware.length > 0) {
    aiSignal = true;
    for (const k of besideSoftware) weak.delete(k);
  }
  // Nothing else names AI, but a brand carries it in its name ("HistoAI", "Tavus.ai"): that names AI, as `ai-general`.
  if (!aiSignal && aiFeatures.has(AI_WORD_FEATURE)) {
    for (const m of text.matchAll(AI_BRAND)) {
      aiSignal = true;
      keywords.push({ term: m[0], feature: AI_WORD_FEATURE, start: m.index, end: m.index + m[0].length });
      addTerm(terms, AI_WORD_FEATURE, m[0]);
    }
    keywords.sort((a, b) => a.start - b.start);
  }
  const facts = buildFacts(terms.keys(), input.answers);
  if (facts.capabilities.size > 0 || pipeline.ruleSet.scoring.aiOfferings.some((o) => facts.offerings.has(o))) aiSignal = true;
  const deniedRevenueModels = new Set<RevenueModelId>();
  if (negated.size > 0) deniedModels(pipeline, facts, negated, deniedRevenueModels);
  const isAi = (k: Keyword) => aiFeatures.has(k.feature) && !weak.has(k);
  let use = readUse(text, keywords, {
    isAi,
    business: pipeline.useFeatures.business,
    product: pipeline.useFeatures.product,
    leadProduct: aiSignal && facts.capabilities.size === 0 ? pipeline.useFeatures.leadProduct : undefined,
    leadUse: pipeline.useFeatures.leadUse,
    nameAi,
    heads: pipeline.useFeatures.heads,
    aiModifiers: pipeline.useFeatures.aiModifiers,
    english: language === "en",
    ...(local?.customer === undefined ? {} : { customerBefore: local.customer }),
    ...(input.name === undefined ? {} : { name: input.name }),
  }, leadEnd, text.length >= pipeline.longText.minChars ? pipeline.longText.leadChars : undefined);
  if (people !== undefined) use.people = people;
  const byCustomer = language === "en" && customerAccount(text);
  // A customer's account of a product: the business it names is the customer's, and its AI the product's.
  if (byCustomer) {
    const { aiAfterLead: _later, aiFeature: _feature, ...product } = asCustomer(use);
    use = product;
  }
  const passing = passingAi(pipeline, foundOnce, language);
  if (passing.length > 0) use.passingAi = passing;
  // A first sentence whose subject does an AI task names AI though it says no AI word: English's task
  // signal (task-signal.ts), or another language's (src/language/task-signal.ts).
  const namesAi = aiSignal;
  if (!aiSignal && aiFeatures.has(AI_WORD_FEATURE) && !describesBusiness(use)) {
    const task = taskOffered(pipeline, text, keywords, leadEnd, language, local, input.name);
    if (task !== undefined) {
      aiSignal = true;
      facts.features.add(AI_WORD_FEATURE);
      addTerm(terms, AI_WORD_FEATURE, task);
      const made = language === "en" && pipeline.taskPatterns !== undefined ? madeContent(task, pipeline.taskPatterns) : undefined;
      if (made !== undefined) {
        facts.features.add(made.feature);
        addTerm(terms, made.feature, made.term);
      }
    }
  }
  // An AI product for a kind of business ("an AI receptionist for salons") is vertical AI.
  if (aiSignal && language === "en" && !describesBusiness(use) && pipeline.useFeatures.heads !== undefined && !facts.features.has("industry-vertical")) {
    const trades = tradeCustomers(text, pipeline.useFeatures.heads);
    if (trades.length > 0) {
      facts.features.add("industry-vertical");
      for (const t of trades) addTerm(terms, "industry-vertical", t);
    }
  }
  // "Tracks 150,000 vessels", "profiles of 60 million companies": a data product's coverage; "we take 12% of each booking": a fee; "$0.004 a minute": a unit price.
  const coverage = language === "en" ? pipeline.coverage : undefined;
  const fee = pipeline.percentFee.get(language);
  const unit = pipeline.unitPrice.get(language);
  for (const [feature, found] of [
    [coverage?.feature, coverage === undefined ? [] : coverageClaims(text, coverage.pattern)],
    [fee?.feature, fee === undefined ? [] : percentFees(text, fee.pattern)],
    [unit?.feature, unit === undefined ? [] : unitPrices(text, unit.pattern)],
    [unit?.pattern.fee?.feature, unit === undefined ? [] : unitFees(text, unit.pattern)],
  ] as const) {
    for (const words of found) {
      facts.features.add(feature!);
      addTerm(terms, feature!, words);
    }
  }
  // "Sells compact processors", "the recordings are sold to labs": what the company sells.
  const sales = pipeline.saleObjects.get(language);
  for (const sale of sales === undefined ? [] : saleObjects(text, sales)) {
    facts.features.add(sale.feature);
    addTerm(terms, sale.feature, sale.words);
  }
  const analysis: Analysis = { facts, evidence: { facts, terms }, keywords, aiSignal, deniedRevenueModels, language, use };
  if (pipeline.ruleSet.domainPrior !== undefined && text.trim() !== "") analysis.text = text;
  const signal = pipeline.ruleSet.aiSignal;
  if (signal !== undefined) {
    let p: number | undefined;
    analysis.aiProbability = () => (p ??= aiSignalProbability(signal, text));
  }
  // Still no AI named, but some evidence found: the learned AI signal may read the text (see settle), at
  // its stricter businessThreshold when the text names the kind of business it is or says what it uses
  // ("we use", "contamos con"), since it is then usually a customer's account. People named at work do
  // not stop it: they are often the customers ("149 € pro Anwältin", "Tu asesoría cierra…").
  // Nor when its AI phrases are a person's work ("Our radiologists read X-rays"): those read as AI to the learned signal too.
  if (byPerson) analysis.peopleWork = true;
  else if (!aiSignal && pipeline.ruleSet.aiSignal !== undefined && keywords.length > 0 && aiFeatures.has(AI_WORD_FEATURE)) {
    const business = namesBusiness(use) || saysWhatItUses(pipeline, keywords);
    if (!business) analysis.unread = text;
    else if (pipeline.ruleSet.aiSignal.businessThreshold !== undefined) {
      analysis.unread = text;
      analysis.unreadNamesBusiness = true;
    }
  }
  const sells = pipeline.ruleSet.sellsAi;
  // A task read from the text's structure says the product does the work: only a named AI word may be what a business uses.
  // Nor a text that opens by calling the company an AI product ("Lexa is an AI-powered legal platform").
  const introduced = language === "en" && !describesBusiness(use) && introducesAiProduct(text, keywords, leadEnd, isAi);
  // Nor a short pitch to the reader that names no business and no "we" ("Upload your PDF and ask your chatbot"): a product's account, not a business's.
  const pitched = () => language === "en" && text.length < PITCH_CHARS && !describesBusiness(use) && !WE.test(text) && keywords.some((k) => k.feature === PITCH_FEATURE);
  if (namesAi && sells !== undefined && keywords.length > 0 && !introduced && !byCustomer && !pitched()) {
    const threshold = use.leadAi ? sells.leadThreshold : sells.threshold;
    const read = text.length < pipeline.longText.minChars ? text : aiSentences(text, aiSpansOf(pipeline, text, keywords), pipeline.longText);
    if (threshold !== undefined) analysis.named = { text: read, threshold };
  }
  if (leadEnd < text.length) analysis.leadFeatures = leadFeatures(keywords, leadEnd, pipeline.genericFeatures);
  if (language === "en" && text.length < pipeline.longText.minChars) analysis.headFeatures = headFeatures(keywords, headSpan(text, leadEnd), pipeline.genericFeatures);
  if (text.length >= pipeline.longText.minChars) analysis.pageLead = pageLeadFeatures(pipeline, text, keywords, terms);
  return analysis;
}

/** A text shorter than this (a directory line or two) that addresses the reader is a product's pitch. */
const PITCH_CHARS = 200;
/** The lexicon feature of a sales pitch: "you", "your", "imagine", "in minutes"… */
const PITCH_FEATURE = "pitch";
/** A company speaking of itself ("we", "our team"), but not of its AI ("our AI"); "US" is a country. */
const WE = /\b(?:[Ww]e|[Ww]e're|[Ww]e've|us|[Oo]ur(?!\s+AI\b))\b/;

/** A name, then "is"/"are" and an article or a verb of offering ("offers", "sells", "builds"…), opening a text. */
const INTRODUCTION = /^\s*[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3}\s+(?:(?:is|are)\s+(?:an?|the|your)|(?:offers|provides|sells|builds|makes|develops|delivers)(?:\s+(?:an?|the|its))?)\s+/;

/** "Our powerful AI SEO tool", "Your AI-driven WhatsApp CRM": the product the text offers, named with AI. */
const OFFERED_AI_PRODUCT = /\b(?:our|your)\s+(?:(?:powerful|new|free|smart|own|simple)\s+)?(?:AI|A\.I\.)(?:[- ](?:powered|driven|based|native|first))?\s+(?:[\w-]+\s+){0,2}?(?:tools?|platform|apps?|builder|assistant|generator|software|CRM|chatbot|copilot|editor|writer|engine|detector|tutor|coach|agents?|studio)\b/i;

/** Whether the first sentence calls its subject a product with AI: an AI keyword within the four words after INTRODUCTION ("AgentX is an AI-powered sales assistant", "Mailsplash is your AI email marketer", "Vetology offers AI radiology for veterinary clinics"). */
function introducesAiProduct(text: string, keywords: readonly Keyword[], leadEnd: number, isAi: (k: Keyword) => boolean): boolean {
  if (OFFERED_AI_PRODUCT.test(text.slice(0, leadEnd))) return true;
  const m = INTRODUCTION.exec(text.slice(0, leadEnd));
  if (m === null) return false;
  const from = m[0].length;
  const within = text.slice(from, leadEnd).split(/\s+/, 4).join(" ").length;
  return keywords.some((k) => k.start >= from && k.start < from + within && isAi(k));
}

/**
 * Whether a text describes a non-AI business (a head such as "bakery", or a `business` term where
 * it says what the company is): its first sentence's verbs are then a person's work ("Translates
 * legal documents" by a translation agency), not a product's. A business it serves ("payroll for
 * restaurant groups") is no matter.
 */
function describesBusiness(use: UseReading): boolean {
  return namesBusiness(use) || use.people !== undefined;
}

/** Whether the text names the kind of business it is: its first sentence's head, a business opening or a business noun. */
function namesBusiness(use: UseReading): boolean {
  return use.head !== undefined || use.leadBusiness || use.business.length > 0;
}

/**
 * Whether a phrase found in a text whose opening says people do the work (peopleRunIn) is their work: a
 * `peopleWork` feature's ("atiende las llamadas", "prévisions") in a sentence that names no product or agent.
 */
function peopleWork(pipeline: Pipeline, local: LanguageTaskPatterns, text: string, m: { feature: string; start: number; end: number; term: string }, leadEnd: number): boolean {
  if (!pipeline.useFeatures.peopleWork.has(m.feature) || TECHNOLOGY.test(m.term)) return false;
  const from = Math.max(text.lastIndexOf(". ", m.start), text.lastIndexOf("! ", m.start), text.lastIndexOf("? ", m.start), text.lastIndexOf("\n", m.start)) + 1;
  const stop = /[.!?\n](?:\s|$)/.exec(text.slice(m.end));
  const sentence = text.slice(from, stop === null ? text.length : m.end + stop.index);
  return peopleDoIt(sentence, m.start - from, m.start < leadEnd, local);
}

/** Whether a phrase says what the staff of a business that works by hand do (scoring.json's byHand): a `peopleWork` phrase naming no technology. */
function handWork(pipeline: Pipeline, m: { feature: string; term: string }): boolean {
  return pipeline.useFeatures.peopleWork.has(m.feature) && !TECHNOLOGY.test(m.term);
}

/**
 * The AI terms a long page names only once, in its body (longTextSplit's `once`): no evidence, but the
 * page does name AI, in passing ("our X-ray software includes an AI tool").
 */
function passingAi(pipeline: Pipeline, once: FeatureMatch[], language: string): string[] {
  const terms: string[] = [];
  for (const m of once) {
    const ai = (pipeline.matcher.aiFeatures.has(m.feature) && !weakPhrase(pipeline, m.phrase, language) && !pipeline.aiTopicFeatures.has(m.feature)) || AI_WORD.test(m.term);
    if (ai && !m.negated && !terms.includes(m.term)) terms.push(m.term);
  }
  return terms;
}

/** Whether a phrase of an AI feature is no AI signal on its own in a text of the language: weakAiPhrases, or softwareAiPhrases read without software beside it. */
function weakPhrase(pipeline: Pipeline, phrase: string, language: string): boolean {
  return pipeline.weakAiPhrases.get(language)?.has(phrase) === true || pipeline.softwareAi.phrases.has(phrase);
}

/**
 * Whether an AI phrase opening with a listed verb is a person's work, no AI signal: the words before it make a
 * person its subject ("Jess writes your website copy"), or the text opens with a trade's name ("Greenleaf Accountants").
 * So is a `peopleWork` feature's phrase in a sentence a person opens with its verb ("Our radiologists read X-rays").
 */
function doneByPerson(pipeline: Pipeline, text: string, m: { feature: string; start: number; term: string }, name: string | undefined): boolean {
  const { start, term } = m;
  const person = pipeline.taskPatterns?.person;
  if (person === undefined) return false;
  if (!verbLed(term, person)) {
    // "Our designers use Midjourney" is AI they use, which the use reading tells.
    const before = text.slice(Math.max(0, start - 160), start);
    if (!pipeline.useFeatures.peopleWork.has(m.feature) || TECHNOLOGY.test(term)) return false;
    const sentence = before.slice(before.search(/[^.!?;]*$/));
    if (USE_VERB.test(sentence)) return false;
    // Only a sentence opening with a person can be theirs: the subject patterns are read only then.
    const first = /^\s*([\p{L}'’-]+)/u.exec(sentence)?.[1];
    if (first === undefined || !(PERSON_OPENERS.has(first.toLowerCase()) || givenName(first, person))) return false;
    return person.opening.test(before) && personSubject(before, person, [name].filter((n): n is string => n !== undefined));
  }
  // "Greenleaf Accountants prepares accounts…; we predict your tax bill": a trade's own work.
  if (tradeName(text, pipeline.useFeatures.heads) !== undefined) return true;
  const lead = text.slice(0, firstSentenceEnd(text));
  return personSubject(text.slice(Math.max(0, start - 80), start), person, [name, leadName(lead)].filter((n): n is string => n !== undefined));
}

/** Words that name a technology, not a task: a `peopleWork` phrase holding one ("computer vision", "visión artificial", "Spracherkennung") is no person's work. */
const TECHNOLOGY = /(?<!\p{L})(?:vision|visión|visão|recogni|reconoc|reconhec|reconnaiss|learning|aprendizaje|aprendizagem|apprentissage|neuron|neural|intelig|intellig|automat|automát|generat|machine|máquina|artificial|artificiel|künstlich|AI|IA|KI)|erkennung/iu;

/** Words a sentence whose subject is a person may open with (person.ts's subjects; a given name is checked apart). */
const PERSON_OPENERS = new Set(["our", "my", "whose", "i", "he", "she"]);

/** A verb of use: what follows it in a person's sentence is a tool they use, not their work. */
const USE_VERB = /\b(?:use|uses|used|using|rely|relies)\b/i;

/** The words that name AI whatever phrase they stand in. */
const AI_WORD_FEATURE = "ai-general";

/** Adds a term to a feature's evidence, once. */
function addTerm(terms: Map<string, string[]>, feature: string, term: string): void {
  const list = terms.get(feature);
  if (list === undefined) terms.set(feature, [term]);
  else if (!list.includes(term)) list.push(term);
}

/** The AI task a description's first sentence offers, in English or in the language it is read in (before its first use cue there). */
function taskOffered(pipeline: Pipeline, text: string, keywords: readonly Keyword[], leadEnd: number, language: string, local: ReturnType<typeof languageTaskFor>, name: string | undefined): string | undefined {
  if (language === "en") return pipeline.taskPatterns === undefined ? undefined : offeredTask(text, leadEnd, pipeline.taskPatterns, name);
  if (local === undefined) return undefined;
  const useCue = keywords.find((k) => k.start < leadEnd && pipeline.useFeatures.leadUse?.has(k.feature));
  const laterCue = keywords.find((k) => k.start > leadEnd && pipeline.useFeatures.leadUse?.has(k.feature));
  return offeredTaskIn(text, useCue === undefined ? leadEnd : useCue.start, local, name, laterCue?.start);
}
/** A name ending in a lower-case letter then "AI" or ".ai": "HistoAI", "Tavus.ai" (not "Dubai", "AI" alone or "THAI"). */
const AI_BRAND = /(?<![\p{L}\p{N}.])[\p{L}\p{N}]*\p{Ll}(?:AI|\.ai)(?![\p{L}\p{N}])/gu;
const AI_WORD = /\b(?:AI|A\.I\.|LLMs?|GPT-?\w*)(?![\w.])/;

/** The features of a long page's lead, and those its name lends (evidence not in the keywords). */
function pageLeadFeatures(pipeline: Pipeline, text: string, keywords: Keyword[], terms: Map<string, string[]>): Set<string> {
  const end = leadEnd(text, pipeline.longText.leadChars);
  const lead = new Set<string>();
  const found = new Map<string, Set<string>>(); // feature → its terms among the keywords
  for (const k of keywords) {
    if (k.start < end) lead.add(k.feature);
    const seen = found.get(k.feature);
    if (seen === undefined) found.set(k.feature, new Set([k.term]));
    else seen.add(k.term);
  }
  for (const [feature, list] of terms) {
    const seen = found.get(feature);
    if (seen === undefined || !list.every((t) => seen.has(t))) lead.add(feature);
  }
  return lead;
}

/**
 * The fired rules of a long page with each rule that fires only thanks to its body (not on the
 * lead's features alone) weighing `longText.bodyWeight` of its weight. Revenue-model rules keep
 * theirs: a price is stated wherever it stands.
 */
function weighLead(pipeline: Pipeline, analysis: Analysis, fired: LoadedRule[]): LoadedRule[] {
  const bodyWeight = pipeline.ruleSet.scoring.longText.bodyWeight ?? 1;
  if (analysis.pageLead === undefined || bodyWeight === 1) return fired;
  const onLead = new Set(runCompiled(pipeline.compiled, { ...analysis.facts, features: analysis.pageLead }).map((r) => r.name));
  return fired.map((r) => {
    if (onLead.has(r.name) || targetOf(r.json.event.params).kind === "revenueModel") return r;
    const params = { ...r.json.event.params, weight: r.json.event.params.weight * bodyWeight };
    return { ...r, json: { ...r.json, event: { ...r.json.event, params } } };
  });
}

/** The features found before `leadEnd`, each with its terms there; generic ones left out. */
/** Words that name a product but not its kind ("an AI app", "our platform", "we built"): no head evidence. */
const HEAD_GENERIC = new Set(["software", "ai-product", "pitch", "startup", "api"]);

/**
 * The features of the phrases in the head of the first sentence (head.ts) that take in its head word,
 * but for those that say AI and not which kind.
 */
function headFeatures(keywords: Keyword[], span: [number, number, number] | undefined, generic: Set<string>): Set<string> {
  const out = new Set<string>();
  if (span === undefined) return out;
  for (const k of keywords) if (k.start >= span[0] && k.end > span[2] && k.start < span[1] && !generic.has(k.feature) && !HEAD_GENERIC.has(k.feature)) out.add(k.feature);
  return out;
}

function leadFeatures(keywords: Keyword[], leadEnd: number, generic: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keywords) {
    if (k.start >= leadEnd || generic.has(k.feature)) continue;
    const list = out.get(k.feature);
    if (list === undefined) out.set(k.feature, [k.term]);
    else if (!list.includes(k.term)) list.push(k.term);
  }
  return out;
}

/**
 * A company's name is evidence of AI only: the features of scoring.json's `nameFeatures` its words
 * name ("Cover Letter AI", "Tally.ai", "NimbusAI") join the description's, quoted as written in the
 * name but not listed as keywords (those point into the description). Its other words ("Bakery",
 * "Models") are no evidence: a name is chosen for sound as much as sense. True when the name is an AI signal.
 */
function nameEvidence(pipeline: Pipeline, name: string, terms: Map<string, string[]>): boolean {
  const spaced = name.replace(/([a-z0-9])(AI|GPT)\b/g, "$1 $2");
  let ai = false;
  for (const m of matchTokens(spaced, tokenizeFor(spaced, pipeline.matcher), pipeline.matcher)) {
    if (m.negated || !pipeline.nameFeatures.has(m.feature)) continue;
    if (pipeline.matcher.aiFeatures.has(m.feature) && !weakPhrase(pipeline, m.phrase, "en")) ai = true;
    const list = terms.get(m.feature);
    if (list === undefined) terms.set(m.feature, [m.term]);
    else if (!list.includes(m.term)) list.push(m.term);
  }
  return ai;
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

/** What scoring reads of an analysis. */
export function scoreContext(pipeline: Pipeline, analysis: Analysis): ScoreContext {
  return {
    evidence: analysis.evidence,
    aiSignal: analysis.aiSignal,
    ...(analysis.pageLead === undefined ? {} : { longPage: true as const }),
    ...(analysis.use === undefined ? {} : { use: analysis.use }),
    ...(analysis.leadFeatures === undefined ? {} : { leadFeatures: analysis.leadFeatures }),
    ...(analysis.headFeatures === undefined ? {} : { headFeatures: analysis.headFeatures }),
    ...(analysis.learned === undefined ? {} : { learned: analysis.learned }),
    ...(analysis.guess === undefined ? {} : { guess: analysis.guess }),
    ...(analysis.aiSignal ? {} : floorReading(pipeline.ruleSet.aiSignal, analysis.aiProbability)),
    ...(analysis.named === undefined ? {} : sellsReading(pipeline.ruleSet.sellsAi!, analysis.named.text, analysis.named.threshold)),
    deniedRevenueModels: analysis.deniedRevenueModels,
    ...(analysis.text === undefined ? {} : { text: analysis.text }),
    keywords: analysis.keywords,
    keysOf: (rule) => pipeline.keys.get(rule.name) ?? [],
    subjectKeysOf: (rule) => pipeline.subjectKeys.get(rule.name) ?? [],
  };
}

/** For a text that names no AI, whether the learned AI signal reads it below its `withoutAiSignalFloor`, asked only when needed. */
function floorReading(model: AiSignalModel | undefined, probability: (() => number) | undefined): { belowAiFloor: () => boolean } | {} {
  const floor = model?.withoutAiSignalFloor;
  if (floor === undefined || probability === undefined) return {};
  return { belowAiFloor: () => probability() < floor };
}

/**
 * The sells-AI reading of a text that names AI, each part asked only when needed and the model read
 * once: `sellsAi`, its probability that the product is AI (asked when the phrase rules read a business
 * that uses AI); `usesAi`, the ai-used-internally abstention when that probability is below `threshold`
 * (asked when the rules would name a domain).
 */
function sellsReading(model: AiSignalModel, text: string, threshold: number): { sellsAi: () => number; usesAi: () => Abstain | undefined } {
  let p: number | undefined;
  const sellsAi = () => (p ??= aiSignalProbability(model, text));
  let read = false;
  let abstain: Abstain | undefined;
  const usesAi = () => {
    if (read) return abstain;
    read = true;
    if (sellsAi() >= threshold) return undefined;
    const reading = readAiSignal(model, text);
    const words = reading.against.length > 0 ? ` (${reading.against.map((w) => JSON.stringify(w)).join(", ")})` : "";
    abstain = {
      reason: "ai-used-internally",
      message: `Reads as a business that uses AI, not one that sells it${words}: a model learned from the labelled fixtures gives ${Math.round(reading.probability * 100)}% that its product is AI`,
    };
    return abstain;
  };
  return { sellsAi, usesAi };
}

/** Scores an analysis given the rules that fired on it. */
export function finish(pipeline: Pipeline, analysis: Analysis, fired: LoadedRule[]): Classification {
  return settle(pipeline, analysis, fired).classification;
}

/**
 * finish, also naming the rules that fired last. When the rules abstain for want of an AI signal (a
 * long page that names AI only in passing among them) though the lexicon found some of the text's
 * phrases (analysis.unread), and the learned AI signal
 * reads the text as an AI product, its words count as `ai-general` evidence, as a task's do, and the
 * rules fire again on that: so a data vendor the rules already name without an AI signal keeps its reading.
 * When the rules still name no domain, the learned domain prior may name one (withGuess).
 */
function settle(pipeline: Pipeline, analysis: Analysis, fired: LoadedRule[]): { fired: LoadedRule[]; classification: Classification } {
  if (analysis.abstain !== undefined) {
    const { language, abstain } = analysis;
    return { fired, classification: { primaryDomain: null, confidence: 0, domains: [], stages: [], revenueModels: [], keywords: [], language, abstain, rulesVersion: pipeline.ruleSet.version } };
  }
  const result = score(pipeline.tables, weighLead(pipeline, analysis, fired), scoreContext(pipeline, analysis));
  const model = pipeline.ruleSet.aiSignal;
  if (analysis.unread !== undefined && model !== undefined && unnamedAbstain(result.abstain, analysis) && result.domains.length > 0) {
    if (analysis.aiProbability!() >= unreadThreshold(model, analysis)) {
      const learned = withLearnedSignal(analysis, readAiSignal(model, analysis.unread));
      return settle(pipeline, learned, runCompiled(pipeline.compiled, learned.facts));
    }
  }
  const guessed = result.primaryDomain === null ? withGuess(pipeline, analysis, result.abstain) : undefined;
  if (guessed !== undefined) return settle(pipeline, guessed, runCompiled(pipeline.compiled, guessed.facts));
  return {
    fired,
    classification: {
      primaryDomain: result.primaryDomain,
      confidence: result.confidence,
      domains: result.domains,
      stages: result.stages,
      revenueModels: result.revenueModels,
      keywords: analysis.keywords,
      language: analysis.language,
      ...(result.abstain === undefined ? {} : { abstain: result.abstain }),
      rulesVersion: pipeline.ruleSet.version,
    },
  };
}

/**
 * Where a text names AI: its phrases of `ai: true` features and its AI words ("AI", "LLMs", "GPT-4"),
 * as [start, end) offsets. What the learned AI signal is trained without, since it only reads texts
 * that name none (src/signal/examples.ts).
 */
export function aiWordSpans(pipeline: Pipeline, text: string): [number, number][] {
  return aiSpansOf(pipeline, text, analyse(pipeline, { description: text }).keywords);
}

/** aiWordSpans, given the text's keywords. */
function aiSpansOf(pipeline: Pipeline, text: string, keywords: readonly Keyword[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const k of keywords) {
    if (pipeline.matcher.aiFeatures.has(k.feature) || AI_WORD.test(k.term)) spans.push([k.start, k.end]);
  }
  for (const m of text.matchAll(new RegExp(AI_WORD.source, "g"))) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether the text says what the company uses (a `leadUse` feature of scoring.json's usedInternally: "we use", "our staff use"). */
function saysWhatItUses(pipeline: Pipeline, keywords: Keyword[]): boolean {
  const cues = pipeline.useFeatures.leadUse;
  return cues !== undefined && keywords.some((k) => cues.has(k.feature));
}

/** The learned AI signal's bar for an unread text: `businessThreshold` (`multiSentenceBusinessThreshold`) for a text that names a business, else by its sentences. */
function unreadThreshold(model: AiSignalModel, analysis: Analysis): number {
  const several = multiSentence(analysis.unread!);
  if (analysis.unreadNamesBusiness) return businessThreshold(model, several)!;
  return several ? model.multiSentenceThreshold : model.threshold;
}

/** The learned AI signal's bar for a text that names a business or says what it uses: undefined (no businessThreshold), such a text is not read. */
function businessThreshold(model: AiSignalModel, several: boolean): number | undefined {
  if (model.businessThreshold === undefined) return undefined;
  return several ? (model.multiSentenceBusinessThreshold ?? model.businessThreshold) : model.businessThreshold;
}

/**
 * An analysis whose AI signal is the learned one: its words as `ai-general` evidence (the analysis itself
 * is not changed). When the text names a business, the model's being sure says the business is a customer
 * or user of the product, so it no longer reads as the company's own.
 */
function withLearnedSignal(analysis: Analysis, reading: AiSignalReading): Analysis {
  const features = new Set(analysis.facts.features).add(AI_WORD_FEATURE);
  const facts = { ...analysis.facts, features };
  const terms = new Map(analysis.evidence.terms);
  terms.set(AI_WORD_FEATURE, [...(terms.get(AI_WORD_FEATURE) ?? [])]); // a copy: addTerm appends in place
  for (const word of reading.words) addTerm(terms, AI_WORD_FEATURE, word);
  const { unread: _read, unreadNamesBusiness, ...rest } = analysis;
  if (unreadNamesBusiness && rest.use !== undefined) rest.use = asCustomer(rest.use);
  return { ...rest, facts, evidence: { facts, terms }, aiSignal: true, learned: reading };
}

/** A use reading whose business is the customer's, not the company's: a customer's account the learned models read as an AI product. */
function asCustomer(use: UseReading): UseReading {
  return { ...use, business: [], head: undefined, leadBusiness: false };
}

/**
 * The analysis once the learned domain prior names a domain, when the rules named none (rules/domain-prior.json's
 * `name`): no phrase names AI (or a long page names it only in passing), or none says which kind, and the
 * learned AI signal reads the text as an AI product: at its `businessThreshold` (`multiSentenceBusinessThreshold` for a text of
 * two or more sentences) when the text describes a
 * business or says what it uses, since it is then usually a customer's account of the product ("Our
 * bookkeeping practice set up Ledgerhand…"). Never for a text that says people do the work, nor one already guessed.
 */
function withGuess(pipeline: Pipeline, analysis: Analysis, abstain: Abstain | undefined): Analysis | undefined {
  const { domainPrior: prior, aiSignal: signal } = pipeline.ruleSet;
  const text = analysis.text;
  if (prior?.name === undefined || signal === undefined || text === undefined || analysis.guess !== undefined) return undefined;
  if (!unnamedAbstain(abstain, analysis) && abstain?.reason !== "too-little-evidence") return undefined;
  if (analysis.peopleWork === true) return undefined;
  const business = saysWhatItUses(pipeline, analysis.keywords) || (analysis.use !== undefined && describesBusiness(analysis.use));
  const several = multiSentence(text);
  const businessBar = business ? businessThreshold(signal, several) : 0;
  if (businessBar === undefined) return undefined;
  const bar = several ? (prior.name.multiSentenceSignal ?? prior.name.signal) : prior.name.signal;
  const reading = analysis.aiProbability!();
  if (reading < Math.max(bar, businessBar)) return undefined;
  const domains = readDomainPrior(prior, text);
  const id = domains.best();
  const probability = domains.probability(id);
  const { sure } = prior.name;
  if (probability < prior.name.probability && (sure === undefined || reading < sure.signal || probability < sure.probability)) return undefined;
  // The reading names AI, but its words are not added as `ai-general` evidence: the rules found nothing to say which kind.
  const read = analysis.aiSignal ? { ...analysis } : { ...analysis, aiSignal: true, learned: readAiSignal(signal, text) };
  if (business && read.use !== undefined) read.use = asCustomer(read.use);
  return { ...read, guess: { id, probability, words: domains.words(id) } };
}

/** Whether the rules abstained for want of a named AI signal: no-ai-signal, or ai-used-internally when a long page names AI only in passing. */
function unnamedAbstain(abstain: Abstain | undefined, analysis: Analysis): boolean {
  return abstain?.reason === "no-ai-signal" || (abstain?.reason === "ai-used-internally" && !analysis.aiSignal);
}

/** Whether a text has two or more sentences: it says more about itself, so the learned signal may read it with a lower threshold. */
function multiSentence(text: string): boolean {
  return firstSentenceEnd(text) < text.trimEnd().length;
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
  return settle(pipeline, analysis, analysis.abstain === undefined ? runCompiled(pipeline.compiled, analysis.facts) : []);
}
