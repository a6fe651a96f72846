import { z } from "zod";
import { MAX_PHRASE_LENGTH, MAX_TASK_SIGNAL_WORDS } from "../rules/limits.ts";
import { FACTS } from "./facts.ts";
import { Capability, Customer, DomainId, Offering, RevenueModelId, StageId } from "./ids.ts";

export { FACTS };

// ---- taxonomy.json: the article's tables as data ----
export const DomainEntry = z.strictObject({
  id: DomainId,
  name: z.string().min(1),
  revenueStreams: z.string().min(1),
  keyExamples: z.array(z.string()).min(1),
  revenueModelsText: z.string().min(1),
  revenueModels: z.array(RevenueModelId).min(1),
  valueChainFocus: z.array(StageId).min(1),
});
export type DomainEntry = z.infer<typeof DomainEntry>;

export const StageEntry = z.strictObject({
  id: StageId,
  name: z.string().min(1),
  summary: z.string().min(1),
  keyActivities: z.array(z.string()).min(1),
  roles: z.array(z.string()).min(1),
  revenueStreams: z.array(z.string()).min(1),
});
export type StageEntry = z.infer<typeof StageEntry>;

export const RevenueModelEntry = z.strictObject({
  id: RevenueModelId,
  name: z.string().min(1),
  description: z.string().min(1),
});
export type RevenueModelEntry = z.infer<typeof RevenueModelEntry>;

/** The taxonomy file (`taxonomy.json`): every domain, stage and revenue model with its name and description. */
export const Taxonomy = z.strictObject({
  source: z.string(),
  domains: z.array(DomainEntry).length(11),
  stages: z.array(StageEntry).length(4),
  revenueModels: z.array(RevenueModelEntry).length(13),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

// ---- lexicon.json: feature id → phrases, plus negation cues ----
/** A lexicon phrase, ignore phrase or negation cue. */
const Phrase = z.string().min(1).max(MAX_PHRASE_LENGTH, `Too long: a phrase has at most ${MAX_PHRASE_LENGTH} characters`);
/** One list of a taskSignal (scoring.json's, a language file's) or of customerCues: its words become one regular expression's alternatives. */
const TaskWords = z.array(Phrase).max(MAX_TASK_SIGNAL_WORDS, `Too many: such a list has at most ${MAX_TASK_SIGNAL_WORDS} words`);
export const FeatureId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Feature ids are lower-case words joined by '-'");
/**
 * A fee stated as a percentage, which no lexicon phrase can say (the text splitter drops "%"): one of
 * `verbs`, one of `articles` or none, the percentage, then one of `fees`, or one of `links` and one of
 * `units` (up to one of `determiners` and one more word between: "we take 12% of each booking"); or the
 * percentage and one of `fees` ("a 6% commission"), or one of `per` and one of `units` ("1.69% per card
 * transaction"). The words count as evidence of `feature`. The glue words default to English's.
 */
export const PercentFee = z.strictObject({
  feature: FeatureId,
  verbs: TaskWords,
  fees: TaskWords,
  units: TaskWords,
  articles: TaskWords.optional(),
  links: TaskWords.optional(),
  per: TaskWords.optional(),
  determiners: TaskWords.optional(),
  /** Words that open a clause after a charged percentage: "we take 8% when it sells". */
  conditions: TaskWords.optional(),
  /** Words right before a percentage that make it a fee: "card processing 2.75%", "a fee of 1.5%". */
  leads: TaskWords.optional(),
});
export type PercentFee = z.infer<typeof PercentFee>;
/**
 * A price for one unit of use in a language (src/core/unit-price.ts): a currency and an amount, one
 * of `links`, then the unit ("$0.004 a minute", "R$ 29 por faixa", "0,08 € la page"). Not when one of
 * the unit's first three words is one of `notUnits` (a period, a person, a seat, a device: "$49 a
 * month", "15 € por utilizador"). `currencies` are scoring.json's where a language lists none. The
 * words count as evidence of `feature`.
 */
export const UnitPrice = z.strictObject({
  feature: FeatureId,
  currencies: TaskWords.optional(),
  links: TaskWords,
  notUnits: TaskWords,
  /**
   * A fixed amount per transaction: one of `links`, then a unit whose first three words include one of `units` and
   * none of `not` ("£0.40 per ticket", "₹20 fee per executed order"; not "$0.004 per scored transaction"): evidence of `feature`.
   */
  fees: z.strictObject({ feature: FeatureId, links: TaskWords, units: TaskWords, not: TaskWords.optional() }).optional(),
});
export type UnitPrice = z.infer<typeof UnitPrice>;
/**
 * What a company sells (src/core/sale-object.ts): one of `verbs`, up to three words, then one of an
 * object list ("sells compact processors"), or the object, up to three words, then one of `passive`
 * ("sensors are sold per barn"). `objects` maps each feature to its list. Not after one of `notBefore`
 * ("helps shops sell devices"), nor with one of `notAfter` right after the verb ("sell your equipment"),
 * nor with one of `modifies` right after the object (then the object names what something else is
 * about: "sells a data platform", "sells sensor software").
 * With `prices`, a price beside an object says it is sold too: the object, up to three words, and a price
 * then one of `prices.each` ("Clip-on sensors, $240 each"), or a price, one of `prices.per` and the object
 * ("€290 per sensor"); not when one of `prices.periods` follows ("€15 per sensor per month").
 */
export const SaleObjects = z.strictObject({
  verbs: TaskWords,
  passive: TaskWords,
  notBefore: TaskWords.default([]),
  notAfter: TaskWords.default([]),
  modifies: TaskWords.default([]),
  objects: z.record(FeatureId, TaskWords),
  /** Feature → cues that open a sentence naming no object ("Sold through distributors"): that sale, when the text's first sentence names one of the feature's objects. */
  openings: z.record(FeatureId, TaskWords).default({}),
  prices: z
    .strictObject({
      each: TaskWords.min(1),
      per: TaskWords.min(1),
      periods: TaskWords.min(1),
      /** Words between an object and its price ("the lock is $229", "stations from $1,450"); not a price per period ("cameras from $29 a month"). */
      links: TaskWords.default([]),
    })
    .optional(),
});
export type SaleObjects = z.infer<typeof SaleObjects>;
export const LexiconFeature = z.strictObject({
  description: z.string().optional(),
  /** True when finding this feature is, on its own, a sign of an AI business (used by the abstain gate). */
  ai: z.boolean().default(false),
  /** True: this feature's two-word phrases also match loosely (see `loose`); false: only as written. */
  loose: z.boolean().default(false),
  phrases: z.array(Phrase).min(1),
});
export type LexiconFeature = z.infer<typeof LexiconFeature>;

export const Negation = z.strictObject({
  /** Words that deny what follows ("not", "without", "never"). */
  cues: z.array(Phrase).min(1),
  /** Words after a phrase that deny it ("ad-free"). */
  suffixCues: z.array(Phrase).default([]),
  /** How many words after a cue it still reaches. */
  window: z.number().int().min(1).max(12),
  /** Words that end a negation's reach early ("but", "instead"). */
  breakers: z.array(Phrase).default([]),
  /**
   * Words that, standing within a cue's reach or right after a suffix cue, make it restrictive, not a
   * denial: French "ne … que", "rien que" ("only": "ne répond qu'à partir de vos documents"). An elided
   * form keeps its apostrophe ("qu'").
   */
  restrictive: z.array(z.string().min(1)).default([]),
});
export type Negation = z.infer<typeof Negation>;

/** Short, frequent words of a language ("the", "and", "de", "und"): how a text shows which language it is in. */
const FunctionWord = z.string().regex(/^[\p{Ll}']+$/u, "Lower-case words only");

/** The English lexicon file (`lexicon.json`): the phrases that are evidence of each feature, and how negation, typos and language detection are handled. */
export const Lexicon = z.strictObject({
  functionWords: z.array(FunctionWord).default([]),
  negation: Negation,
  /** Real words one typing error away from a lexicon word, never to be "corrected" ("compete" is not "compute"). */
  notTypos: z.array(z.string().regex(/^[a-z]+$/, "Lower-case letters only")).default([]),
  /** Phrases that are evidence of nothing and hide their words from other phrases ("business model" is not ML). */
  ignore: z.array(Phrase).default([]),
  /**
   * Words that mark a sentence of a long page as boilerplate (awards, investors, careers, press,
   * testimonials, cookie and legal text): its phrases are not evidence.
   */
  boilerplate: z
    .strictObject({
      /**
       * A paragraph opening with one of these as a title ("Careers.", "Investors:") is boilerplate whole;
       * on a line of its own ("Careers", "Awards & press"), so is its section, to the next heading or divider.
       */
      headings: z.array(Phrase).default([]),
      /** A sentence holding one of these ("backed by", "privacy policy") is boilerplate. */
      phrases: z.array(Phrase).default([]),
      /**
       * A paragraph holding one of these ("cookies") is boilerplate whole, even in the lead: a cookie
       * banner atop a page ("We use cookies so the site works… [Accept]") says nothing of the company.
       */
      paragraphs: z.array(Phrase).default([]),
    })
    .default({ headings: [], phrases: [], paragraphs: [] }),
  /**
   * Loose matching: a stemmed phrase of two content words also matches with its words in either
   * order and up to `window` words between them, in one clause ("generates images" is "image
   * generation"). `notLoose` lists phrases that match only as written; `window` 0 turns it off.
   */
  loose: z
    .strictObject({
      window: z.number().int().min(0).max(4),
      /** Words a loose match never spans: prepositions, conjunctions, pronouns, auxiliaries ("API to retrieve" is no "retrieval API"). */
      barriers: z.array(z.string().regex(/^[a-z']+$/, "Lower-case words only")).default([]),
      /**
       * Endings of a phrase's second word that make it a deed ("generation", "forecasting",
       * "generator"): only such a phrase also matches in the other order ("generates images").
       */
      reversible: z.array(z.string().regex(/^[a-z]+$/, "Lower-case letters only")).default([]),
      notLoose: z.array(Phrase).default([]),
    })
    .default({ window: 0, barriers: [], reversible: [], notLoose: [] }),
  features: z.record(FeatureId, LexiconFeature),
});
export type Lexicon = z.infer<typeof Lexicon>;

// ---- lexicon/<code>.json: one more language's phrases for the features of lexicon.json ----
export const LanguageLexicon = z.strictObject({
  description: z.string().optional(),
  functionWords: z.array(FunctionWord).min(10, "List at least 10 function words: language detection counts them"),
  /** Elided articles and pronouns written before a word with an apostrophe ("l'", "d'"): "l'IA" is the word "IA". */
  elisions: z.array(z.string().regex(/^\p{Ll}+'$/u, "An elision is lower-case letters and an apostrophe, like \"l'\"")).default([]),
  negation: Negation,
  /**
   * How the language joins words into one ("Bilderkennungssoftware"): a word the lexicon does not
   * know is split into parts it knows (see src/extract/compounds.ts). Absent: words are never split.
   */
  compounds: z
    .strictObject({
      /** Letters written between two parts ("s" in "Bilderkennung·s·software"). */
      linking: z.array(z.string().regex(/^\p{Ll}{1,3}$/u, "A linking element is 1 to 3 lower-case letters")).default([]),
      /** Words that end compounds without being a phrase of their own ("anbieter", "dienst"). */
      heads: z.array(z.string().regex(/^\p{Ll}+$/u, "A head is one lower-case word")).default([]),
      /** The shortest part split off, in letters. */
      minPart: z.number().int().min(3).max(10).default(4),
    })
    .optional(),
  notTypos: Lexicon.shape.notTypos,
  ignore: Lexicon.shape.ignore,
  /**
   * Everyday words of the language that are evidence of no feature ("coletivas", "Monate"): lint
   * warns when a phrase matches one (src/language/common-words.ts). Not read when classifying.
   */
  commonWords: z.array(z.string().regex(/^\p{Ll}[\p{Ll}'-]*$/u, "A common word is one lower-case word")).default([]),
  /**
   * Words after which a business word names whom the product serves, not the company ("para
   * clínicas", "tu restaurante", "conecta a quien necesita un fontanero"): up to five words may stand
   * between ("para clínicas, restaurantes o peluquerías"). English reads this from its grammar (lead.ts).
   */
  customerCues: TaskWords.default([]),
  /**
   * Phrases of this file's AI features that are no AI signal on their own, as scoring.json's
   * weakAiPhrases are English's: work people do too ("répond au téléphone", "atiende las llamadas").
   */
  weakAiPhrases: z.array(z.string().min(1)).default([]),
  /** A fee stated as a percentage in this language ("cobramos un 10% sobre cada pago"): see scoring.json's percentFee. */
  percentFee: PercentFee.optional(),
  /** A price per unit of use in this language ("R$ 29 por faixa"): see scoring.json's unitPrice. */
  unitPrice: UnitPrice.optional(),
  /** What a company sells, in this language ("vendemos los sensores"): see scoring.json's saleObjects. */
  saleObjects: SaleObjects.optional(),
  /**
   * AI read from structure in a text that names none (src/language/task-signal.ts; English's is
   * scoring.json's taskSignal): the first sentence's subject is a product doing a person's job. It
   * opens with one of `verbs` ("Redacta contratos…"), or a name does ("Acme transcribe llamadas…",
   * "Acme escucha la consulta y redacta el informe"), or one of `agents` or `products` among its
   * first words is followed by one of `relatives` and such a verb ("una app que recomienda…",
   * "agentes que responden…"). Verbs are listed as written (third person, singular and plural:
   * "redacta", "redactan"); `adverbs` (and object pronouns) may stand before them. A text that names
   * `people` doing the work ("nuestros abogados", "desde 1988"), except after a customer cue, gets no signal,
   * nor does a sentence opening with one of `businessNames`, or whose product follows a use cue ("Contamos con un software que…").
   * With `verbFinal`, the verb may instead end the relative clause ("eine App, die Rechnungen ausliest").
   */
  taskSignal: z
    .strictObject({
      verbs: TaskWords.min(1),
      agents: TaskWords.default([]),
      products: TaskWords.default([]),
      relatives: TaskWords.min(1),
      adverbs: TaskWords.default([]),
      conjunctions: TaskWords.default([]),
      /** Words that say people do the work: occupations ("abogados", "Steuerberater"), "nuestro equipo", "desde 19". A word opening with "-" is a compound's tail ("-berater": "Steuerberater", "Finanzberater"). */
      people: TaskWords.default([]),
      /** Words that open a business's name ("Traducciones Pérez", "Laboratório Vega"): such a name's verbs are its people's work. A word opening with "-" is a compound's tail ("-büro": "Steuerbüro"). */
      businessNames: TaskWords.default([]),
      /** First-person possessives that may stand before a business's name ("Unser Steuerbüro kontiert…", "Notre cabinet…"). */
      ours: TaskWords.default([]),
      /**
       * Present when the language's relative clauses put their verb last (German: "eine App, die
       * Rechnungen automatisch ausliest"): the verb may then end the relative clause, a few words
       * after the relative word. `verbs` are forms read only there: plurals and joined separable
       * verbs ("erkennen", "ausliest"), which elsewhere are infinitives or nouns.
       */
      verbFinal: z.strictObject({ verbs: TaskWords.default([]) }).optional(),
      /**
       * The product as the subject of a later sentence, with its article ("el sistema", "die App",
       * "l'application"): in the next sentences, it (or the company's name, or a name in capitals
       * opening the sentence) followed by a listed verb, or by a first clause joined to one, offers
       * the task ("…y el sistema compone la música", "– die App macht daraus einen Bericht, erkennt…").
       */
      subjects: TaskWords.default([]),
    })
    .optional(),
  /** Feature id (as in lexicon.json) → this language's phrases for it. */
  features: z.record(FeatureId, z.array(z.string().min(1)).min(1)),
});
export type LanguageLexicon = z.infer<typeof LanguageLexicon>;

// ---- scoring.json: how raw rule weights become scores and when to abstain ----
/** The scoring file (`scoring.json`): how rule weights become scores, and when to abstain. */
export const Scoring = z.strictObject({
  /** score = 1 - exp(-raw / scale): raw weight `scale` gives 0.63. */
  scale: z.number().positive(),
  /** No primary domain when the leading domain's raw weight is below this. */
  abstainBelow: z.number().min(0),
  /**
   * Offering answers that name AI on their own, as a capability answer does: the questionnaire asks what
   * an AI company sells, and "compute" there is a GPU cloud's answer. A description saying "compute" does not.
   */
  aiOfferings: z.array(Offering).default([]),
  /** Domains that may be named without an AI signal (a feature with ai: true, or a capability or `aiOfferings` answer)... */
  withoutAiSignal: z.array(DomainId),
  /** ...provided their raw weight reaches this. */
  withoutAiSignalBelow: z.number().min(0),
  /**
   * Domains whose product is a platform that uses AI itself (a marketplace that matches, a free app
   * that recommends): the learned sells-AI reading (rules/sells-ai.json) never abstains on them.
   */
  usingAiDomains: z.array(DomainId).default([]),
  /** Domains within this share of the leader's raw weight contribute suggested revenue models. */
  suggestWithin: z.number().min(0).max(1),
  /** How much of a domain's score flows to each stage of its value-chain focus. */
  focusWeight: z.number().min(0),
  /** Stages below this score are left out. */
  minStageScore: z.number().min(0).max(1),
  /**
   * A business that names AI but sells something else abstains (ai-used-internally): a `business`
   * feature (a bakery, a law firm) is found and no `product` feature (software, an API, "we build").
   */
  usedInternally: z.strictObject({
    business: z.array(FeatureId).min(1),
    product: z.array(FeatureId),
    /**
     * A text of two or more sentences whose first sentence says what the company does without
     * naming AI or any of these product features (software, an app, an API), and names AI only
     * later ("…moves truckloads across the Midwest. We use machine learning to forecast volumes"),
     * describes a business that uses AI. Absent: only `business` features mark one.
     */
    leadProduct: z.array(FeatureId).optional(),
    /** ...and, when given, one of these features after the first sentence says the business uses AI ("we use", "our staff use"). */
    leadUse: z.array(FeatureId).optional(),
    /**
     * Kinds of business whose product is not AI, one word each as a person would head a noun phrase
     * with it ("bakery", "clinic", "plumber", "solicitors"): the text says the company is one when such
     * a word heads what it calls itself ("X is a family-run bakery", "we are a team of physiotherapists")
     * or ends the name its first sentence opens with ("Sunnyvale Swim School — lessons for…"), with no
     * AI word in that phrase ("an AI receptionist for clinics" is headed by "receptionist"). Their
     * plurals where a text that names AI says whom it serves ("for salons") are `industry-vertical`
     * evidence (tradeCustomers in src/core/lead.ts).
     */
    businessHeads: z.array(z.string().min(1)).default([]),
    /**
     * Head words that say only that the company is a business ("company", "firm", "provider"): the
     * word before them decides ("a trucking company", not "a software company"); before "of", the
     * phrase runs on ("a team of physiotherapists").
     */
    genericHeads: z.array(z.string().min(1)).default([]),
    /**
     * Words that, before a generic head, make the phrase a product rather than a business: a task a
     * software agent does ("a bookkeeping agent", "accounting agents"), by generic head. Trades stay
     * businesses ("an estate agent", "a letting agent").
     */
    genericHeadTasks: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
    /**
     * AI features that, before a business head in what the company calls itself, only say how that
     * business works ("an AI-native law firm", "the AI-first digital bank"): the phrase still says the
     * company is that business, one that uses AI. Any other AI word in the phrase keeps it an AI product.
     */
    aiModifiers: z.array(FeatureId).default([]),
    /**
     * AI features whose phrases say what a person may do as well as a product ("atiende las llamadas",
     * "prévisions", "empfiehlt", "radiographies"): in a text another language file reads, when its
     * opening says people do the work (that file's taskSignal `people` or `businessNames`: "nuestro equipo
     * de recepcionistas", "Consultoria de RH"), such a phrase is the people's work, no AI signal, unless
     * its sentence names a product or an agent (taskSignal `products`, `agents`). In English, such a phrase
     * in a sentence a person opens with a verb other than "use" ("Our radiologists read X-rays") is theirs
     * (src/core/person.ts). A phrase naming a technology ("computer vision") is never a person's work.
     */
    peopleWork: z.array(FeatureId).default([]),
    /**
     * Features whose phrases say the company's own staff do its work by hand ("our 60 data-entry
     * operators", "doble digitación", "Erfasserinnen"): wherever such a phrase stands, the text's phrases of
     * `peopleWork` features are that staff's work, no AI signal, and the learned models do not read the
     * text as an AI product. A phrase naming a technology is still AI.
     */
    byHand: z.array(FeatureId).default([]),
    /**
     * When the learned sells-AI reading (rules/sells-ai.json) gives a text at least this probability that
     * its product is AI, the phrase rules above do not make it abstain as ai-used-internally: a hook or
     * background sentence first ("No camera, no studio, no actors. Synthesia turns a script into…", "Most
     * dental x-rays are read in 30 seconds. Radiant Dental marks likely caries…") is no business that uses
     * AI. Absent: the phrase rules decide alone.
     */
    sellsOverrule: z.number().min(0).max(1).optional(),
  }),
  /**
   * The features a company's name may lend as evidence of AI ("Cover Letter AI", "Tally.ai"); a
   * name's other words ("Bakery", "Models") are no evidence. Empty: the name is never read.
   */
  nameFeatures: z.array(FeatureId).default([]),
  /**
   * Phrases of `ai` features, as written in lexicon.json, that have a common sense outside AI
   * ("neural" in a clinic's name, "training" courses, "transformer" repairs): they still count as
   * evidence for domains, but are an AI signal only when the text also names AI another way.
   */
  weakAiPhrases: z.array(z.string().min(1)).default([]),
  /**
   * When every rule behind the leading domain is one of `rules` (evidence of AI software for an
   * industry that names no kind of AI: "AI-powered", "for hotels"), the learned domain prior's likeliest
   * other domain leads if its probability is at least `probability` ("Lip-reading models for factory
   * floors" reads as deep learning, not vertical AI), unless it is one of `notLifted` (a domain named
   * for how the company earns, which the words of a text about something else suggest: "Sans publicité").
   * Absent, or without rules/domain-prior.json: never.
   */
  priorOverGeneric: z
    .strictObject({ rules: z.array(z.string().min(1)).min(1), probability: z.number().min(0.5).max(1), notLifted: z.array(DomainId).default([]) })
    .optional(),
  /**
   * Phrases of `ai` features that name AI only beside software: `phrases` ("recommends", "matches") are a
   * bookshop's or a matchmaker's work too, so they are an AI signal only when the text also names one of
   * `context` (lexicon phrases: "app", "platform", "software", "users"); otherwise they are weak, as above.
   */
  softwareAiPhrases: z.object({ phrases: z.array(z.string().min(1)), context: z.array(z.string().min(1)) }).default({ phrases: [], context: [] }),
  /**
   * Features whose phrases name AI as a subject, not as what is sold ("a newsletter about AI", "AI
   * courses"). Any other phrase holding an AI word ("AI", "LLM", "GPT") is an AI signal, and lends
   * `ai-general`, whatever its feature: "an AI scribe for clinics" names AI though it reads as a workflow.
   */
  aiTopicFeatures: z.array(FeatureId).default([]),
  /**
   * A text that says it covers many things of one kind (English: one of `verbs`, up to four words, a
   * count of at least a thousand or with "million", "billion" or "thousand", then up to two words and
   * one of `entities`: "tracks 150,000 vessels", "maintains profiles of 60 million companies") describes
   * a data product: the words count as evidence of `feature` (a lexicon feature: `dataset`).
   */
  dataCoverage: z
    .strictObject({ feature: FeatureId, verbs: TaskWords, entities: TaskWords })
    .optional(),
  /** A fee stated as a percentage, in English (PercentFee; each other language's is in its lexicon file). */
  percentFee: PercentFee.optional(),
  /** A price per unit of use, in English (UnitPrice; each other language's is in its lexicon file, and uses these currencies where it lists none). */
  unitPrice: UnitPrice.optional(),
  /** What a company sells, in English (SaleObjects; each other language's is in its lexicon file). */
  saleObjects: SaleObjects.optional(),
  /**
   * AI read from structure in a text that names none (English): the product itself does a person's
   * job. The first sentence opens with one of `verbs` in the third person ("Drafts contracts…",
   * "Acme screens CVs…", "Automatically tags receipts"), or with one of `agents` followed by
   * "that" ("Agents that book meetings", "A tutor that explains…"), or with one of `products`
   * followed by "that" and one of `verbs` ("an app that recommends outfits"), or with one of
   * `openers` ("Autonomous bookkeeping for…"). Not when the text describes a non-AI business
   * (usedInternally) nor when the verb's subject is a person ("we", "you", "our team").
   * `adverbs` may stand before the verb ("automatically", "instantly"). Verbs are listed in their
   * base form; their third-person forms are made from it. A first sentence headed by one of
   * `offerings` followed by "for", "that" or "which" ("Credit risk models for lenders") offers AI too,
   * unless the word before it is one of `notOfferings` ("scale models", "3D models", "financial models").
   * A text that names `people` doing the work ("certified engineers", "qualified accountants", "since
   * 1988"), except as whom it serves ("for accountants"), describes a service run by people: no signal.
   * A first sentence that asks for an input with one of `inputs` and promises the output ("Hum a melody,
   * get a track back"; "Describe your app and get working code") offers AI too; so does "helps" or "lets"
   * after a name and a listed verb ("Acme helps support teams answer tickets"), and a listed verb's
   * participle beside one of `adverbs` ("reports written automatically").
   * A name or title and a colon or dash may stand before an agent, product or opener ("VATpilot: agents
   * that…", "Meet Hirehand: an autonomous…"). The next three sentences are read too, for a listed verb
   * whose subject is the product: its name (given apart, or the first sentence's subject), a name in
   * capitals opening the sentence, "it", or "the"/"our" and one of `subjects` ("the app recognises…").
   */
  taskSignal: z
    .strictObject({
      verbs: TaskWords,
      /** Of `verbs`, those read only in the first sentence: later they are any software's features ("It sends invoices and chases late payers"). */
      leadOnlyVerbs: TaskWords.default([]),
      agents: TaskWords,
      products: TaskWords,
      /** Nouns that name the product as the subject of a later sentence after "the" or "our" ("the app recognises…"). */
      subjects: TaskWords.default([]),
      adverbs: TaskWords.default([]),
      openers: TaskWords.default([]),
      offerings: TaskWords.default([]),
      notOfferings: TaskWords.default([]),
      /**
       * Imperatives by which the reader gives the product some content ("type", "hum", "describe"): opening the
       * first sentence and followed by "get" or "receive" and an output ("Hum a melody, get a fully produced
       * track"), the product makes something from it, unless the output opens with one of `notOutputs`
       * ("Describe your job, get quotes from local trades").
       */
      inputs: TaskWords.default([]),
      notOutputs: TaskWords.default([]),
      /**
       * Nouns that name made content, by the lexicon feature they are evidence of: an input→output
       * sentence whose output holds one ("Hum a melody, get back a finished track") makes that content,
       * and the noun counts as evidence of its feature (`audio-generation`), not only as an AI task.
       */
      outputs: z.record(FeatureId, TaskWords).default({}),
      people: TaskWords.default([]),
      /**
       * Common given names: one opening a later sentence or the lead before a listed verb ("Maria identifies the
       * cause of your pain"), or standing before an AI phrase's verb ("Jess writes your website copy"), names a
       * person doing the work, not the product, unless it is the company's name.
       */
      givenNames: TaskWords.default([]),
    })
    .optional(),
  /**
   * A text of at least `minChars` is a long page: its boilerplate sections, menus and sentences are
   * no evidence, and a feature counts only in the lead (the first `leadChars`), when found twice, or
   * when a revenue model reads it. A rule that fires only thanks to the body (not on the lead's features alone)
   * weighs `bodyWeight` of its weight (absent: 1); revenue-model rules keep theirs.
   */
  longText: z.strictObject({ minChars: z.number().int().min(1), leadChars: z.number().int().min(0), bodyWeight: z.number().min(0).max(1).optional() }),
  /** When and how the classifier asks back (classifier.questions, POST /v1/questions, classify --ask). */
  questions: z.strictObject({
    /** Ask when the runner-up's score is at least (1 - closeWithin) times the leader's. */
    closeWithin: z.number().min(0).max(1),
    /** Each question's text, and the labels of its choices (revenue models are named by the taxonomy). */
    offerings: z.strictObject({ text: z.string().min(1), labels: z.record(Offering, z.string().min(1)) }),
    capabilities: z.strictObject({ text: z.string().min(1), labels: z.record(Capability, z.string().min(1)) }),
    customers: z.strictObject({ text: z.string().min(1), labels: z.record(Customer, z.string().min(1)) }),
    revenueModels: z.strictObject({ text: z.string().min(1) }),
  }),
  /**
   * How domains are ranked beyond their summed rule weights. `leadBonus`: in a text of two or more
   * sentences, a domain with evidence in the first sentence (or the company's name), which says what
   * the company is, ranks as if its weight were this much higher. It moves the order only: whether a
   * domain may be named (abstainBelow, withoutAiSignalBelow) still reads the rule weights alone.
   * `headBonus`: in English, a domain with evidence in the head of the first sentence (its opening
   * noun phrase, src/core/head.ts: "Marketplace for…", "X is object storage for…"), which names what
   * the company sells, ranks this much higher again, in a text of one sentence too.
   * `genericFeatures` say AI but not which kind ("AI", "AI-native", "our models"): in the first
   * sentence they earn no domain the bonus. `statedSales` say what the company sells ("sells property
   * data"): a domain they back in the first sentence keeps its place against the learned domain prior's
   * `lead`, as a domain an answer backs does. `statedRules` name rules that read a stated business model
   * ("free, paid for by ads"): a domain one of them backs keeps its place against that `lead` and the
   * prior's close-call re-rank too, except on a long page, whose quotes may name ads that pay for nothing.
   */
  ranking: z
    .strictObject({
      leadBonus: z.number().min(0),
      headBonus: z.number().min(0).default(0),
      genericFeatures: z.array(FeatureId).default([]),
      statedSales: z.array(FeatureId).default([]),
      statedRules: z.array(z.string().min(1)).default([]),
    })
    .default({ leadBonus: 0, headBonus: 0, genericFeatures: [], statedSales: [], statedRules: [] }),
  /**
   * The raw confidence of a named primary domain: 1 / (1 + exp(-z)), z = bias + the sum of each
   * signal times its coefficient. Signals: `margin`, the primary's lead in ranking weight over the
   * runner-up (at most marginCap); `evidence`, how many distinct words its rules quote (at most
   * evidenceCap); `afterLead`, 1 when the text has two or more sentences and none of that evidence is
   * in the first; `prior`, 2p - 1 for the learned domain prior's probability p of the primary (0
   * without a text); `words`, ln(1 + the description's words, at most wordsCap; 0 without a text). The text is
   * read only when the rule set has a learned domain prior. Fitted with the
   * calibration curve by `npm run rules:calibrate`.
   */
  confidence: z
    .strictObject({
      bias: z.number(),
      margin: z.number(),
      marginCap: z.number().positive(),
      evidence: z.number(),
      evidenceCap: z.number().int().min(1),
      afterLead: z.number(),
      prior: z.number().default(0),
      words: z.number().default(0),
      wordsCap: z.number().int().min(1).default(150),
    })
    .default({ bias: 0, margin: 0.5, marginCap: 8, evidence: 0, evidenceCap: 6, afterLead: 0, prior: 0, words: 0, wordsCap: 150 }),
  /**
   * Confidence calibration: points (raw, calibrated) of a non-decreasing curve, read by linear
   * interpolation; raw is the `confidence` model's value.
   */
  calibration: z
    .array(z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]))
    .min(2)
    .refine((pts) => pts.every((p, i) => i === 0 || (p[0] > pts[i - 1]![0] && p[1] >= pts[i - 1]![1])), "Calibration points must rise: raw strictly, calibrated never falling"),
});
export type Scoring = z.infer<typeof Scoring>;

// ---- rules/*.json: json-rules-engine rules with a score event ----
export const FactName = z.enum(FACTS);
export type FactName = z.infer<typeof FactName>;
export const OPERATORS = ["contains", "doesNotContain", "in", "notIn", "equal", "notEqual"] as const;
export const OperatorName = z.enum(OPERATORS);
export type OperatorName = z.infer<typeof OperatorName>;

export const FactCondition = z.strictObject({
  fact: FactName,
  operator: OperatorName,
  value: z.union([z.string(), z.array(z.string()).min(1)]),
});
export type FactCondition = z.infer<typeof FactCondition>;

const AllCondition = z.strictObject({
  get all() {
    return z.array(Condition).min(1);
  },
});
const AnyCondition = z.strictObject({
  get any() {
    return z.array(Condition).min(1);
  },
});
const NotCondition = z.strictObject({
  get not() {
    return Condition;
  },
});

// A fact test first: most conditions are one, and a union stops at the first option that fits.
export const Condition = z.union([FactCondition, AllCondition, AnyCondition, NotCondition]);
export type Condition = z.infer<typeof Condition>;

const weight = z.number().min(-10).max(10);
const reason = z.string().min(1);
/** One branch per target, keyed by the field that names it (used to explain a bad event). */
export const SCORE_TARGETS = {
  domain: z.strictObject({ domain: DomainId, weight, reason }),
  stage: z.strictObject({ stage: StageId, weight, reason }),
  revenueModel: z.strictObject({ revenueModel: RevenueModelId, weight, reason }),
};
export const ScoreParams = z.union([SCORE_TARGETS.domain, SCORE_TARGETS.stage, SCORE_TARGETS.revenueModel]);
export type ScoreParams = z.infer<typeof ScoreParams>;

export const ScoreEvent = z.strictObject({ type: z.literal("score"), params: ScoreParams });
export type ScoreEvent = z.infer<typeof ScoreEvent>;

export const RuleName = z.string().regex(/^[a-z0-9]+([-/.][a-z0-9]+)*$/, "Rule names are lower-case words joined by '-', '/' or '.'");
/** One rule as written in a rules file: json-rules-engine conditions over the extracted facts and the score it adds. */
export const RuleJson = z.strictObject({
  name: RuleName,
  priority: z.number().int().min(1).optional(),
  conditions: z.union([AllCondition, AnyCondition, NotCondition]),
  event: ScoreEvent,
});
export type RuleJson = z.infer<typeof RuleJson>;

export const RuleFile = z.array(RuleJson);
