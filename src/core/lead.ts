import type { Keyword } from "../schemas/result.ts";
import { byEnd, someStartingIn } from "./keyword-spans.ts";

/**
 * Where a text puts AI: in what the business offers, or in what it uses. Read from the keywords'
 * positions, sentence by sentence; scoring.ts's usedInternally() decides from it.
 */
export interface UseReading {
  /** The first sentence names AI outside a use clause: AI is what the company offers ("An AI receptionist for…"). */
  leadAi: boolean;
  /**
   * The first sentence names a `business` feature ("a bakery", "our plumbers"), or the text says
   * what it is in one ("Fieldhouse is an independent advertising agency"), wherever that stands.
   */
  leadBusiness: boolean;
  /**
   * The product features (usedInternally.product) found outside use clauses, as written. On a long
   * page only those in the lead or in a sentence that names AI: "we build" far from any AI word, in
   * a page's thirtieth sentence, says nothing of AI.
   */
  product: string[];
  /**
   * The `business` terms that say what the company is: in the lead, in a self-description ("… is a
   * boutique law firm"), opening a sentence ("Family-owned since 1952."), or said of itself ("our
   * kitchen", "helps us"). "books the restaurant" in a
   * sentence about what an assistant does names a customer's business, not the company's.
   */
  business: string[];
  /** The phrase whose head word (usedInternally.businessHeads) says the company is a non-AI business. */
  head?: string;
  /**
   * The AI terms of a text whose first sentence names no AI and no `leadProduct` feature outside a
   * use clause, named later, when a `leadUse` feature after the first sentence says it is used.
   */
  aiAfterLead?: string[];
  /**
   * The AI terms of a text whose first sentence says what its product is without naming AI ("Ledgerly is
   * invoicing software for sole traders."), named later only as a feature added to it ("This year we added
   * an AI feature that…", "A new AI option drafts…"): software that is not AI, with an AI extra.
   */
  aiFeature?: string[];
  /** `aiFeature` holds an AI term named in the first sentence as one item of a list of the product's features ("…, invoicing and AI receipt scanning"). */
  aiListed?: boolean;
  /** On a long page, the AI terms named only once in its body: no evidence, a mention in passing (set by the pipeline). */
  passingAi?: string[];
  /** In a language other than English, the words of the opening that say people do the work ("nuestro equipo de recepcionistas"; set by the pipeline). */
  people?: string;
}

/** What the reader needs to know of the features. */
export interface UseFeatures {
  /** Whether a keyword names AI (an `ai` feature, not a weak phrase). */
  isAi: (k: Keyword) => boolean;
  business: Set<string>;
  product: Set<string>;
  /** Undefined: the first sentence is not read for a product (no aiAfterLead). */
  leadProduct: Set<string> | undefined;
  /** Undefined: any AI after the first sentence counts as used. */
  leadUse: Set<string> | undefined;
  /** The company's name names AI ("NimbusAI"): the product is AI. */
  nameAi: boolean;
  /**
   * The text is English: the structural readings (business heads, instruments, whom a product serves)
   * read English grammar; other languages rely on their lexicons' phrases.
   */
  english?: boolean;
  /**
   * Another language's customer cues (its file's customerCues, compiled by src/language/task-signal.ts):
   * a business word after one names whom the product serves ("para clínicas"), not the company.
   */
  customerBefore?: RegExp;
  /** The company's name, when given apart from the description ("Hartley's Bakery"). */
  name?: string;
  /** usedInternally.businessHeads, genericHeads and genericHeadTasks, lower case. */
  heads?: { business: Set<string>; generic: Set<string>; tasks?: Map<string, Set<string>> };
  /** usedInternally.aiModifiers: AI features that, before a business head, only say how the business works ("an AI-native law firm"). */
  aiModifiers?: Set<string>;
}

/** A first sentence shorter than this runs on to the next sentence end ("Harrington & Co. Chartered Accountants…"). */
const MIN_LEAD_CHARS = 25;

const SENTENCE_END = /[.!?](?=\s+\S)|\n/g;

/**
 * Where the first sentence of a text ends; the text's length when it is one sentence. A question
 * runs on to the next sentence end: it is a hook ("How busy was every store last week? Acme sells
 * that answer…"), and what the company is comes after it.
 */
export function firstSentenceEnd(text: string): number {
  const end = new RegExp(SENTENCE_END);
  for (let m = end.exec(text); m !== null; m = end.exec(text)) if (m.index >= MIN_LEAD_CHARS && text.charCodeAt(m.index) !== 63) return m.index;
  return text.length;
}

/** How far from a keyword its sentence is read, at most, before and after it. */
const SENTENCE_REACH = 1_000;

const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n

/** Where the sentence holding `pos` starts: just after the last ".", "!", "?" or line break before it, at most `reach` characters back. */
function sentenceStart(text: string, pos: number, reach: number): number {
  const stop = Math.max(0, pos - reach);
  for (let i = pos - 1; i >= stop; i--) if (isStop(text.charCodeAt(i))) return i + 1;
  return stop;
}

/** Where the sentence holding `pos` stops: at the next ".", "!", "?" or line break, at most `reach` characters on. */
function sentenceStop(text: string, pos: number, reach: number): number {
  const stop = Math.min(text.length, pos + reach);
  for (let i = pos; i < stop; i++) if (isStop(text.charCodeAt(i))) return i;
  return stop;
}

/** "is a", "we're an", "I am the": a self-description, read just before a business word. */
const SELF = /\b(?:is|are|we're|we are|i'm|i am)\s+(?:an?|the)\b/i;
/** How far before the business word a self-description may start ("is a 22-person independent advertising agency"). */
const SELF_REACH = 40;

/** Whether the text says the company is the business a keyword names: "… is a boutique law firm". */
function selfDescribed(text: string, k: Keyword): boolean {
  return SELF.test(text.slice(sentenceStart(text, k.start, SELF_REACH), k.start + k.term.length));
}

/** "for", "to", "serving", up to five words before: what follows is whom the product serves ("forecasting for bakeries and cafés", "sold to clinics", "data for more than two million retail, restaurant… locations"). */
export const CUSTOMER_BEFORE = /\b(?:for|to|serving|serves|helps|help|helping|among|with)\s+(?:[\p{L}\p{N}&'’-]+[\s,]+){0,5}$/iu;

/**
 * Whether a business keyword names whom the company serves rather than the company itself: after
 * "for", "to", "serving" ("forecasting for bakeries and cafés"), after "your", "each", "every" ("answers
 * your clinic's phone", "how much each restaurant should prep"), or a particular one in mid-sentence
 * ("books the restaurant").
 */
function customer(text: string, k: Keyword): boolean {
  if (FIRST_PERSON.test(k.term)) return false;
  const sentence = text.slice(sentenceStart(text, k.start, 40), k.start);
  return CUSTOMER_BEFORE.test(sentence) || /\b(?:your|their|each|every|any|other|many|these|those)\s+$/i.test(sentence) || /[\p{L}\p{N},]\s+the\s+$/iu.test(sentence) || PLACE_BEFORE.test(sentence);
}

/** A preposition of place or topic right before a business word: "gaps in hair salon diaries", "feedback on high-school essays" name someone else's business. */
const PLACE_BEFORE = /\b(?:in|on|at|into|inside|across|throughout)\s+(?:(?:a|an|the)\s+)?$/i;

/**
 * Words that, after a business word, make it a modifier: the people, functions or trade around a
 * kind of business ("restaurant owners", "hotel pricing", "salon software"), not the company itself.
 */
const BUSINESS_MODIFIED = new Set(["owner", "owners", "operator", "operators", "manager", "managers", "staff", "team", "teams", "chain", "chains", "group", "groups", "industry", "industries", "sector", "brands", "businesses", "pricing", "operations", "marketing", "management", "bookings", "reservations", "software", "analytics", "tech", "technology", "platform", "platforms", "app", "apps", "tools", "system", "systems", "data", "demand", "revenue", "inventory", "scheduling", "compliance", "quote", "quotes", "estimate", "estimates", "job", "jobs", "leads", "orders", "invoices", "appointments", "customers", "clients", "companies", "firms", "contractors", "professionals", "websites", "supplies", "equipment", "materials", "costs", "prices", "teachers", "students", "pupils", "parents", "patients", "residents", "guests", "diners", "nurses", "doctors", "bedrooms", "wards", "kitchens", "floors", "sites", "workers", "members", "employees", "shoppers", "visitors", "users", "tenants", "crews", "chefs", "menus", "shifts", "rooms", "records", "notes", "visits", "calls", "claims"]);

/** Words after a business word that make it the name of a price plan, even the company's own ("our Practice plan"). */
const PLAN_WORDS = new Set(["plan", "plans", "tier", "tiers", "package", "packages", "edition", "bundle"]);

/** Whether a business keyword names a price plan: a plan word right after it ("Firms on our Practice plan pay…"). */
function planName(text: string, k: Keyword): boolean {
  const next = /^[ \t]+([\p{L}-]+)/u.exec(text.slice(k.end, k.end + 20));
  return next !== null && PLAN_WORDS.has(next[1]!.toLowerCase());
}

/**
 * Whether a business keyword modifies the noun after it ("restaurant demand forecasting", "bakery
 * software", "hotel pricing"): the next word starts an AI keyword or names a role or function of
 * that trade. A verb after it ("our agency creates") leaves it the subject.
 */
function modifier(text: string, k: Keyword, keywords: Keyword[], i: number, f: UseFeatures): boolean {
  if (planName(text, k)) return true;
  if (FIRST_PERSON.test(k.term)) return false;
  const next = /^[ \t]+([\p{L}-]+)(?:[ \t]+([\p{L}-]+))?/u.exec(text.slice(k.end, k.end + 40));
  if (next === null) return false;
  if (BUSINESS_MODIFIED.has(next[1]!.toLowerCase())) return true;
  // One word may stand between: "secondary-school English teachers", "care-home night staff".
  if (next[2] !== undefined && /^\p{L}+$/u.test(next[1]!) && BUSINESS_MODIFIED.has(next[2].toLowerCase()) && !f.isAi(keywords[i + 1] ?? k)) return true;
  const at = k.end + next[0].indexOf(next[1]!);
  const o = keywords[i + 1];
  return o !== undefined && o.start === at && f.isAi(o);
}

/**
 * Whether a product keyword names something used, not sold: after an instrument word ("rates are set by
 * revenue software that…", "booked through a platform for…"), unless the company says it is its own ("our software").
 */
function usedProduct(text: string, k: Keyword): boolean {
  if (FIRST_PERSON.test(k.term)) return false;
  return PRODUCT_INSTRUMENT.test(text.slice(sentenceStart(text, k.start, 40), k.start));
}
/**
 * Whether a business keyword (not an AI term) names whom the product serves, not the company: read from
 * English grammar (customer, modifier), or after another language's customer cues ("para clínicas").
 */
function servesCustomer(text: string, keywords: Keyword[], i: number, f: UseFeatures): boolean {
  const k = keywords[i]!;
  if (f.isAi(k)) return false;
  // A compound's first part ("Hotel|software", "Kanzlei|assistent", "Apotheke|n|software") names whom the product is for.
  if (/^\p{L}/u.test(text.slice(k.end, k.end + 1))) return true;
  if (f.english) return customer(text, k) || modifier(text, k, keywords, i, f);
  return f.customerBefore?.test(text.slice(sentenceStart(text, k.start, 40), k.start)) === true;
}

/** Whether a product keyword names whom the company serves: "services to SMEs and startups", "for startups". */
function customerProduct(text: string, k: Keyword): boolean {
  return !FIRST_PERSON.test(k.term) && !/\s/.test(k.term) && CUSTOMER_BEFORE.test(text.slice(sentenceStart(text, k.start, 40), k.start));
}
const PRODUCT_INSTRUMENT = /\b(?:uses?|used|using|by|via|through|with the help of|thanks to|relies on|rely on)\s+(?:(?!our\b|we\b)[\p{L}\p{N}&'’-]+\s+){0,2}$/iu;

/**
 * Whether a keyword opens its sentence, as a heading's tagline does ("Family-owned since 1952."). A plural
 * before a verb opens a sentence about customers ("Workshops pay £39 a month", "Salons love it").
 */
function sentenceOpening(text: string, k: Keyword): boolean {
  if (/s$/i.test(k.term) && !FIRST_PERSON.test(k.term) && /^\s+\p{Ll}/u.test(text.slice(k.end, k.end + 3))) return false;
  return /(?:^|[.!?\n])[\s"'“(*#-]*$/.test(text.slice(Math.max(0, k.start - 12), k.start));
}

/** The index of every sentence end, ascending, the text's length last. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const end = new RegExp(SENTENCE_END);
  for (let m = end.exec(text); m !== null; m = end.exec(text)) ends.push(m.index);
  ends.push(text.length);
  return ends;
}

/**
 * Marks the keywords that sit in a use clause: after a `leadUse` cue in the same sentence ("we use
 * an AI rendering tool", "our sales desk uses an AI quoting assistant"), or anywhere in a sentence
 * holding a `business` cue such as "helps us" ("AI helps us plan deliveries"). What follows "our
 * tutors" in "An AI tutor for maths; our tutors check its work" is used, but the AI tutor is not.
 */
function useClauses(keywords: Keyword[], sentenceOf: number[], f: UseFeatures, cue: boolean[]): boolean[] {
  const used = keywords.map(() => false);
  for (let first = 0; first < keywords.length; ) {
    let upTo = first;
    while (upTo < keywords.length && sentenceOf[upTo] === sentenceOf[first]) upTo++;
    let on = false;
    for (let i = first; i < upTo; i++) if (cue[i] && f.business.has(keywords[i]!.feature)) on = true;
    for (let i = first; i < upTo; i++) {
      if (cue[i]) on = true;
      used[i] = on;
    }
    first = upTo;
  }
  return used;
}

/** The sentence each keyword stands in, counted from 0. */
function sentencesOf(text: string, keywords: Keyword[]): number[] {
  const ends = sentenceEnds(text);
  let sentence = 0;
  return keywords.map((k) => {
    while (k.start > ends[sentence]!) sentence++;
    return sentence;
  });
}

/**
 * The `leadUse` keywords that say the business uses something, unless their subject names AI: "our
 * forecasting engine uses machine learning" describes an AI product, "our sales desk uses" a team.
 */
function useCues(keywords: Keyword[], f: UseFeatures): boolean[] {
  return keywords.map((k) => f.leadUse?.has(k.feature) === true && !someStartingIn(keywords, k.start, k.end, (o) => o !== k && o.end <= k.end && f.isAi(o)));
}

/** First-person words: a business term holding one speaks of the company itself ("our kitchen", "helps us"). */
const FIRST_PERSON = /\b(?:we|we're|us|our|ours|i|my)\b/i;

/**
 * A self-description: "is a", "we're an", "I am the", what the company "offers", "provides" or
 * "specialises in", or what it runs ("runs eleven restaurants", "operates a bakery"), and what follows up
 * to where the noun phrase may end.
 */
const SELF_PHRASE = /\b(?:(?:is|are|we're|we are|i'm|i am)\s+(?:an?|the)|(?:offers|provides|specialises in|specializes in|does)(?:\s+(?:an?|the))?|(?:runs|operates|owns|manages)\s+(?:an?|the|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|dozens of|hundreds of))\s+([^.,;:!?()\n—–|]{1,80})/gi;
/** Words that end a noun phrase: what follows says what it does, for whom or where. */
const NP_END = new Set(["for", "that", "which", "who", "whose", "with", "in", "on", "at", "from", "based", "serving", "offering", "providing", "specialising", "specializing", "helping", "where", "since", "and", "or", "by", "to", "near", "across", "run", "owned", "using", "powered", "built", "making", "selling", "since"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’-]*/gu;
/**
 * Participles that end a noun phrase once it has a word ("an insurer founded in 1889", "a bakery
 * established in 1952"), but may stand before its head ("an established family bakery", "a licensed plumber").
 */
const NP_END_AFTER = new Set(["founded", "established", "headquartered", "located", "situated", "nestled", "trading", "operating", "employing", "registered", "licensed", "regulated", "accredited", "certified", "rated", "known", "renowned", "trusted", "loved", "family-owned", "family-run", "independently"]);

/** A head word as listed: lower case, without a possessive, singular when the plural is not listed. */
function headWord(word: string, listed: Set<string>): string {
  const w = word.toLowerCase().replace(/['’]s?$/, "");
  if (listed.has(w)) return w;
  if (w.endsWith("ies") && listed.has(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith("es") && listed.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith("s") && listed.has(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

/**
 * Whether the words of a noun phrase, in order, are headed by a non-AI business: the last word is a
 * business head, or a generic head ("company", "team") after one ("a trucking company"). A generic head
 * before "of" runs on to what follows ("a team of six chartered physiotherapists").
 */
export function businessHeaded(words: string[], heads: NonNullable<UseFeatures["heads"]>): boolean {
  const listed = headsListed(heads);
  for (let end = words.length; end > 0; ) {
    const head = headWord(words[end - 1]!, listed);
    if (heads.business.has(head)) return true;
    if (!heads.generic.has(head) || end < 2) return false;
    const before = headWord(words[end - 2]!, listed);
    if (heads.business.has(before) && heads.tasks?.get(head)?.has(before) !== true) return true;
    return false;
  }
  return false;
}

/**
 * Whether a phrase run on after "team of" lists several kinds of people ("a team of 46 vets, engineers and
 * clinicians"): who works there, not what the company is, as "a team of six chartered physiotherapists" says.
 */
function mixedTeam(phrase: string, words: string[], after: string): boolean {
  const ranOn = /\bof\s/i.test(phrase.slice(0, phrase.indexOf(words[0]!)));
  return ranOn && /^(?:,\s*|\s+and\s+)(?!(?:and|or|based|in|from|who|with)\b)\p{L}/u.test(after);
}

/**
 * The kinds of business a text names as whom its product serves ("for salons", "translation agencies
 * use…", "dealerships' software"): business heads (usedInternally.businessHeads) in the plural, after a
 * customer word, before a word that makes them a modifier, or opening a sentence;
 * each kind once, as written. Not after a first-person word: "our salon" is the company's own.
 */
export function tradeCustomers(text: string, heads: NonNullable<UseFeatures["heads"]>): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const plurals = pluralHeads(heads);
  for (const m of text.matchAll(TRADE_WORD)) {
    const word = m[0].toLowerCase();
    // A plural ("salons", "salons'"), or one business's possessive ("your salon's phone").
    const head = plurals.get(word.replace(/['’]$/, "")) ?? (/['’]s$/.test(word) ? plurals.get(`${word.slice(0, -2)}s`) : undefined);
    if (head === undefined || seen.has(head)) continue;
    const before = text.slice(sentenceStart(text, m.index, 40), m.index);
    if (/\b(?:our|my|we|we're|us)\b/i.test(before)) continue;
    const next = /^[ \t]+([\p{L}-]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1]?.toLowerCase();
    const opening = /^(?:[\p{L}&-]+\s+){0,3}$/u.test(before.trimStart()) && /(?:^|[.!?\n]\s*)$/.test(text.slice(0, m.index - before.trimStart().length));
    if (TRADE_BEFORE.test(before) || (next !== undefined && BUSINESS_MODIFIED.has(next)) || opening) {
      seen.add(head);
      found.push(m[0]);
    }
  }
  return found;
}
/** Heads that name shops of every trade ("online shops", "in stores"): no one kind of business. */
const ANY_TRADE = new Set(["shop", "store"]);
const TRADE_BEFORE = /\b(?:for|to|serving|serves|helps|help|helping)\s+(?:[\p{L}\p{N}&'’-]+[\s,]+){0,4}$/iu;
/** A word ending in "s" or an apostrophe: the only ones that may name a kind of business here. */
const TRADE_WORD = /\p{L}[\p{L}'’-]*[sS'’](?![\p{L}'’-])/gu;

/**
 * The plurals of the business heads that name a kind of business, lower case, each with its head
 * (as headWord reads them back). Not the "-ing" heads, as often verbs ("building", "cleaning"), nor
 * ANY_TRADE. Made once per rule set.
 */
const pluralsOf = new WeakMap<NonNullable<UseFeatures["heads"]>, Map<string, string>>();
function pluralHeads(heads: NonNullable<UseFeatures["heads"]>): Map<string, string> {
  let plurals = pluralsOf.get(heads);
  if (plurals !== undefined) return plurals;
  plurals = new Map();
  const listed = headsListed(heads);
  for (const head of heads.business) {
    if (/ing$/.test(head) || ANY_TRADE.has(head)) continue;
    for (const plural of [`${head}s`, `${head}es`, ...(head.endsWith("y") ? [`${head.slice(0, -1)}ies`] : [])]) {
      if (headWord(plural, listed) === head) plurals.set(plural, head);
    }
  }
  pluralsOf.set(heads, plurals);
  return plurals;
}

/** Business and generic heads in one set, made once per rule set. */
const listedHeads = new WeakMap<NonNullable<UseFeatures["heads"]>, Set<string>>();
function headsListed(heads: NonNullable<UseFeatures["heads"]>): Set<string> {
  let listed = listedHeads.get(heads);
  if (listed === undefined) listedHeads.set(heads, (listed = new Set([...heads.business, ...heads.generic])));
  return listed;
}

/** The words of a self-description's noun phrase, up to the first word that ends it; "of" after a generic head runs on. */
function phraseWords(phrase: string, heads: NonNullable<UseFeatures["heads"]>): string[] {
  const words: string[] = [];
  for (const m of phrase.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (lower === "of" && words.length > 0 && heads.generic.has(headWord(words.at(-1)!, heads.generic))) {
      words.length = 0;
      continue;
    }
    if (NP_END.has(lower) || words.length >= 8 || (words.length > 0 && NP_END_AFTER.has(lower))) break;
    words.push(w);
  }
  return words;
}

const WORD_BETWEEN = /[\p{L}\p{N}]/u;

/**
 * The words of a noun phrase whose modifiers are joined by "and" or "or" before a business head ("a
 * licensed home and renters insurer", "a bakery or café"), read through the conjunction, given the words
 * read up to it (`first`); undefined when
 * the phrase ends at the conjunction's first side ("a bakery and café" is read there already) or no
 * business head ends it.
 */
function coordinated(phrase: string, first: string[], heads: NonNullable<UseFeatures["heads"]>): string[] | undefined {
  const conjunction = /\s+(?:and|or|&)\s+/i.exec(phrase);
  if (conjunction === null) return undefined;
  if (first.length === 0 || businessHeaded(first, heads) || phrase.slice(0, conjunction.index).trim().split(/\s+/).length !== first.length) return undefined;
  const words = phraseWords(phrase.slice(0, conjunction.index) + " " + phrase.slice(conjunction.index + conjunction[0].length), heads);
  return words.length > first.length && businessHeaded(words, heads) ? words : undefined;
}

/** A self-description headed by a business word ("is a family-run bakery"): where it starts (`at`) and ends, and its phrase. */
interface SelfDescription {
  at: number;
  to: number;
  /** Where its last word starts. */
  last: number;
  phrase: string;
}

/**
 * The self-descriptions of an English text headed by a business word: in the lead, in the first person
 * anywhere, or after a name in capitals in the next sentence. A phrase that ends in a longer lexicon term
 * ("an app store") or lists a mixed team is none.
 */
function selfDescriptions(text: string, keywords: Keyword[], f: UseFeatures, lead: number): SelfDescription[] {
  const found: SelfDescription[] = [];
  const heads = f.heads;
  if (!f.english || heads === undefined || heads.business.size === 0) return found;
  const second = secondSentenceEnd(text, lead);
  let ends: Map<number, Keyword[]> | undefined;
  for (const m of text.matchAll(new RegExp(SELF_PHRASE))) {
    const at = m.index!;
    if (at >= lead && !/^(?:we|i)\b/i.test(m[0]) && !(at < second && namedSubject(text, at))) continue;
    // "Ledgerbot does your clients' bookkeeping": what it does is the customer's.
    if (/^(?:your|their)\b/i.test(m[1]!)) continue;
    const read = phraseWords(m[1]!, heads);
    const words = coordinated(m[1]!, read, heads) ?? read;
    if (words.length === 0) continue;
    const from = at + m[0].length - m[1]!.length;
    const last = words.at(-1)!;
    const to = from + m[1]!.indexOf(last) + last.length;
    if (lexiconTermEndingAt((ends ??= byEnd(keywords)).get(to), f)) continue;
    if (mixedTeam(m[1]!, words, text.slice(to, to + 30))) continue;
    if (businessHeaded(words, heads)) found.push({ at, to, last: to - last.length, phrase: text.slice(from + m[1]!.indexOf(words[0]!), to).replace(/\s+/g, " ") });
  }
  return found;
}

/**
 * The AI keywords that only modify a business head in a self-description ("is an AI-native law firm",
 * "the AI-first digital bank"): `aiModifiers` features before the head, with a word between, in a phrase
 * that names no other AI. They say how the business works, not what it sells; right before the head
 * they name the product ("an AI tutor", "an AI-powered bookkeeper").
 */
function businessModifiers(text: string, keywords: Keyword[], f: UseFeatures, described: SelfDescription[]): Set<Keyword> {
  const found = new Set<Keyword>();
  if (f.aiModifiers === undefined || f.aiModifiers.size === 0) return found;
  for (const d of described) {
    const within = keywords.filter((k) => k.start >= d.at && k.start <= d.to && f.isAi(k));
    if (within.length > 0 && within.every((k) => f.aiModifiers!.has(k.feature) && WORD_BETWEEN.test(text.slice(k.end, d.last)))) for (const k of within) found.add(k);
  }
  return found;
}

/** A plural word ("agents", not "business"): a label ending in one names customers ("Letting agents: spots forged payslips"). */
const PLURAL = /[^s]s$/i;
/** A label of two to five words opening a text, before a colon or a dash: "Remote staffing company: …"; read when it ends in a generic head. */
const LABEL = /^\s*(\p{L}[\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+){1,4})\s*(?::|\s[—–-])\s/u;

/**
 * The phrase that says the company is a non-AI business, if any: a self-description in the lead, or
 * one in the first person anywhere ("we're a family-run bakery"), headed by a business word with no AI
 * keyword inside; or, when the lead names no AI, the company's name ("Hartley's Bakery") or the name
 * the lead opens with ("Sunnyvale Swim School — lessons for…": words in capitals, two or more).
 */
function businessHead(text: string, keywords: Keyword[], f: UseFeatures, lead: number, leadAi: boolean, described: SelfDescription[], modifiers: ReadonlySet<Keyword>): string | undefined {
  const heads = f.heads;
  if (heads === undefined || heads.business.size === 0) return undefined;
  const aiWithin = (from: number, to: number) => someStartingIn(keywords, from, to, (k) => f.isAi(k) && !modifiers.has(k));
  const second = secondSentenceEnd(text, lead);
  for (const d of described) if (!aiWithin(d.at, d.to + 1)) return d.phrase;
  const appositive = APPOSITIVE.exec(text.slice(0, lead));
  if (appositive !== null) {
    const words = phraseWords(appositive[1]!, heads);
    const from = appositive.index + appositive[0].length - appositive[1]!.length;
    const to = words.length === 0 ? from : from + appositive[1]!.indexOf(words.at(-1)!) + words.at(-1)!.length;
    if (words.length > 0 && !aiWithin(0, to + 1) && businessHeaded(words, heads)) return text.slice(from + appositive[1]!.indexOf(words[0]!), to).replace(/\s+/g, " ");
  }
  // A directory label naming the business before a colon or dash, ending in a generic head ("Remote staffing company: hire…"); not its customers ("Freight forwarders: reads…").
  const label = LABEL.exec(text.slice(0, lead));
  const labelled = label?.[1]!.split(/\s+/);
  if (labelled !== undefined && heads.generic.has(labelled.at(-1)!.toLowerCase()) && !PLURAL.test(labelled.at(-1)!) && !aiWithin(0, label![0].length) && businessHeaded(labelled, heads)) return label![1]!;
  if (leadAi) return taglineThenName(text, keywords, f, lead, second, heads);
  const named = f.name?.trim().split(/\s+/);
  if (named !== undefined && named.length >= 2 && !AI_NAME.test(f.name!) && businessHeaded(named, heads)) return f.name!.trim();
  // Each word whole: "The Northbridge Business School offers…" ends at "School", not at the "of" of "offers".
  const opening = /^\s*((?:[\p{Lu}][\p{L}\p{N}'’&.-]*|&|and|of|the)(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’&.-]*|&|and|of|the)(?![\p{L}\p{N}]))+)/u.exec(text.slice(0, lead).replace(DATELINE, (d) => " ".repeat(d.length)));
  if (opening === null) return taglineThenName(text, keywords, f, lead, second, heads);
  const words = opening[1]!.split(/\s+/).map((w) => w.replace(/[.]$/, ""));
  if (words.length < 2 || aiWithin(0, opening[0].length)) return undefined;
  return businessHeaded(words, heads) ? opening[1]!.replace(/[.]$/, "") : undefined;
}

/**
 * After a first sentence that names AI or opens with no name (a tagline: "We use drones and AI to
 * survey roofs."), the name the next sentence opens with, its subject before a verb or in the possessive
 * ("Swiftline Couriers' dispatch engine…"), when a part of it ends in a business head ("Summit Roofing &
 * Exteriors replaces…", "Coastal Comfort Heating & Air installs…"). A name
 * ending in another word ("Clinic Copilot drafts…") says nothing.
 */
function taglineThenName(text: string, keywords: Keyword[], f: UseFeatures, lead: number, second: number, heads: NonNullable<UseFeatures["heads"]>): string | undefined {
  const sentence = text.slice(lead + 1, second);
  const opening = /^\s*((?:[\p{Lu}][\p{L}\p{N}'’.-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’.-]*|&|and|of))+)\s+\p{Ll}+s\b/u.exec(sentence) ?? POSSESSIVE_NAME.exec(sentence);
  if (opening === null || AI_NAME.test(opening[1]!)) return undefined;
  const from = lead + 1 + opening.index + opening[0].indexOf(opening[1]!);
  if (someStartingIn(keywords, from, from + opening[1]!.length, f.isAi)) return undefined;
  const parts = opening[1]!.split(/\s+(?:&|and)\s+/).map((p) => p.split(/\s+/));
  // A part of one word is a plural's (customers: "Retailers and CPG brands use it…"), not a name's.
  return parts.some((words) => words.length >= 2 && businessHeaded(words, heads)) ? opening[1]! : undefined;
}

/** A name in capitals, two words or more, whose possessive opens a sentence: "Swiftline Couriers' dispatch engine…", "Hartley Bakery's ovens…". */
const POSSESSIVE_NAME = /^\s*((?:[\p{Lu}][\p{L}\p{N}.-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{N}.-]*|&|and|of))+)['’]s?\s/u;

/**
 * A name in capitals opening the lead, then an appositive that says what it is, as a press release or
 * a directory writes: "Brightside Credit Union, a member-owned lender serving teachers, …", "Alpine
 * Lodge Hotels, which operates 14 hotels in ski resorts, …", after a dateline or not ("LONDON — Kettering's,
 * the homeware retailer, …"). The noun phrase is captured.
 */
const APPOSITIVE = /^\s*(?:[\p{Lu}][\p{Lu} .'-]+(?:,\s+[\p{Lu}][\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]+)?)?,?\s+[—–-]+\s+)?[\p{Lu}][\p{L}\p{N}'’&.-]*(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’&.-]*|&|and|of|the)){0,5},\s+(?:(?:an?|the)\s+|which\s+(?:runs|operates|owns|manages)\s+(?:(?:an?|the|its|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+)?)([^.,;:!?()\n—–|]{1,80})/u;

/** Where the sentence after the lead ends (the text's length when there is none). */
function secondSentenceEnd(text: string, lead: number): number {
  if (lead >= text.length) return text.length;
  const end = new RegExp(SENTENCE_END);
  end.lastIndex = lead + 1;
  for (let m = end.exec(text); m !== null; m = end.exec(text)) if (m.index > lead + 1) return m.index;
  return text.length;
}

/**
 * Whether a self-description at `at` opens its sentence with a name in capitals: "AI-powered growth
 * for clinics. Smile Funnel is a marketing agency…" says what the company is after a tagline.
 */
function namedSubject(text: string, at: number): boolean {
  const before = text.slice(sentenceStart(text, at, 60), at);
  return /^\s*(?:[\p{Lu}][\p{L}\p{N}'’.-]*|&|and|of)(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’.-]*|&|and|of)){0,4}\s+$/u.test(before) && /^\s*[\p{Lu}]/u.test(before);
}

/**
 * Whether, of the keywords ending where the phrase's last word ends, one is a longer lexicon term that
 * names AI or a product ("an app store", "a vector store", "a feature store"): the term, not the head word
 * alone, says what the company is. A term naming an industry ("an estate agent") leaves the head word to say it.
 */
function lexiconTermEndingAt(endingThere: Keyword[] | undefined, f: UseFeatures): boolean {
  return endingThere?.some((k) => /\s/.test(k.term) && !f.business.has(k.feature) && (f.leadProduct === undefined || f.isAi(k) || f.product.has(k.feature) || f.leadProduct.has(k.feature))) === true;
}

/**
 * The name in capitals a text opens with when a business word heads it ("Greenleaf Accountants prepares…",
 * "Hartley Surveyors"), two words or more and naming no AI: the company is a trade, and what it does a
 * person's work.
 */
export function tradeName(text: string, heads: NonNullable<UseFeatures["heads"]>): string | undefined {
  const opening = /^\s*((?:[\p{Lu}][\p{L}\p{N}'’&.-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{N}'’&.-]*|&|and|of)(?![\p{L}\p{N}]))+)/u.exec(text.replace(DATELINE, (d) => " ".repeat(d.length)));
  if (opening === null || AI_NAME.test(opening[1]!)) return undefined;
  const words = opening[1]!.split(/\s+/).map((w) => w.replace(/[.]$/, ""));
  return businessHeaded(words, heads) ? opening[1]! : undefined;
}

/** A news dateline opening the text ("COLUMBUS, Ohio — ", "LONDON — "): the name after it opens the lead. */
const DATELINE = /^\s*[\p{Lu}][\p{Lu} .'-]+(?:,\s+[\p{Lu}][\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]+)?)?\s+[—–-]+\s+/u;

/** A name that names AI ("Bakery AI", "ClinicGPT"): not the name of a non-AI business. */
const AI_NAME = /(?:\bAI\b|[a-z]AI\b|\.ai\b|GPT|\bLLM)/;

/**
 * An instrument: AI named as what something is done with ("uses AI to", "with the help of machine
 * learning", "includes AI detection"), read in the words just before an AI term.
 */
const INSTRUMENT_BEFORE = /\b(?:uses?|used|using|with|with the help of|with (?:a little |some |a bit of |the )?help from|thanks to|powered by|driven by|assisted by|supported by|backed by|helped by|includes?|included|including|via|through|by)\s+(?:(?:an?|the|some|our|its|their|new|own|smart|clever|modern)\s+){0,3}$/i;

/**
 * Whether keyword `i` names AI as an instrument, its sentence naming no AI and no product before it:
 * in "our forecasting engine uses machine learning" the engine is AI, what the company sells.
 */
function instrumental(text: string, keywords: Keyword[], i: number, sentenceOf: number[], f: UseFeatures): boolean {
  const k = keywords[i]!;
  for (let j = i - 1; j >= 0 && sentenceOf[j] === sentenceOf[i]; j--) {
    const o = keywords[j]!;
    if (f.isAi(o) || f.product.has(o.feature) || f.leadProduct?.has(o.feature)) return false;
  }
  const sentence = text.slice(sentenceStart(text, k.start, 200), k.start);
  const instrument = INSTRUMENT_BEFORE.exec(sentence);
  // "Use AI to write…" opening a sentence asks the reader to use the product: no instrument of the company's.
  if (instrument !== null && (!/^use\b/i.test(instrument[0]) || /[\p{L}\p{N}]/u.test(sentence.slice(0, instrument.index)))) return true;
  return ASSISTIVE.test(text.slice(k.end, k.end + 12)) || ASSISTIVE_TERM.test(k.term) || ownOperations(text, k, keywords, f);
}

/**
 * A sentence that adds something to a product ("This year we added…", "Our latest update adds…", "It also includes…", "New: …", "an
 * optional…", "There's an AI summary for that too"), or an AI term naming one feature of it ("an AI feature", "a new AI option"). Not "now
 * with AI": a directory's pitch for an AI tool ("Automate e2e tests… Now with self-healing AI").
 */
const ADDED = /(?:^|[.!?]\s+)\s*(?:new\s*[:!—–-]|there(?:'s|’s| is| are)\b[^.!?]*\btoo\b)|\b(?:(?<!-)added|adds|also (?:includes|has|offers|comes with)|latest (?:update|release|version)|new (?:update|release|version)|optional|opt-in|in beta|add-on)\b/i;
const ONE_FEATURE = /^[\s-]*(?:feature|option|add-on|mode|button|setting|toggle|extra)\b/i;

/** Whether an AI keyword names a feature added to a product: in a sentence that adds one, or "an AI feature". */
function addedFeature(text: string, k: Keyword): boolean {
  if (ONE_FEATURE.test(text.slice(k.end, k.end + 12))) return true;
  return ADDED.test(text.slice(sentenceStart(text, k.start, SENTENCE_REACH), sentenceStop(text, k.end, SENTENCE_REACH)));
}

/** What separates the items of a list of features within a sentence. */
const LIST_BREAK = /[,;:]/g;
/** What ends a listed item: a list break, or a dash before the sentence goes on ("…and an AI job-ad writer — Rotahub is…"). */
const ITEM_END = /[,;:]|\s[—–]\s/g;
/**
 * An item that opens by saying "AI" in so many words: "and an AI writing helper", "plus built-in AI search", "AI
 * receipt scanning", "discount codes and AI-written descriptions"; not "used by CRMs and AI sales tools", "our AI
 * spots…", "and transform it with AI" nor "drafts redlines" (a task the product may do itself).
 */
const LISTED_AI = /^\s*(?:(?:(?!(?:used|by|for|to|with|from|of)\b)[\p{L}\p{N}'’\/&-]+\s+){1,3}(?:and|or|plus)\s+)?(?:(?:and|or|plus|an?|the|some|new|even|optional|built-in|smart)\s+)*(?:AI|A\.I\.|machine[ -]learning|artificial intelligence)\b/iu;
/** The most words an item of a feature list holds ("an AI writing helper for follow-ups"). */
const LIST_ITEM_WORDS = 8;
/** In another language, the last of the items an item joins ("integração com Slack e resumos escritos por IA"). */
const OTHER_LAST_ITEM = /^.*\s(?:y|e|et|und|o|ou|oder|plus|más|mais|dazu|sowie)\s/isu;
/** What AI after the noun cannot be in a listed item: AI over the whole list ("todo con IA") or the product's own ("nuestra IA"). */
const OTHER_NOT_LISTED = /(?:^|[^\p{L}])(?:tod[oa]s?|tudo|alles?|tout|tous|toutes|nuestr[oa]s?|noss[oa]s?|unser\p{L}*|notre|nos)(?![\p{L}])/iu;
/** The AI word another language's listed item must say ("IA", "KI-Assistent", "inteligência artificial"). */
const OTHER_AI_WORD = /(?:^|[^\p{L}])(?:IA|KI|AI|inteligencia artificial|inteligência artificial|intelligence artificielle|künstliche\p{L}* Intelligenz)(?![\p{L}])/iu;
/** How early in such an item the AI word stands ("catégorisation des dépenses assistée par IA": the sixth word). */
const OTHER_AI_AT = 6;
/** AI with a definite article acts or is the product's own: "l'IA reconnaît les murs", "die KI erklärt", "grâce à l'IA". */
const OTHER_ACTING_AI = /(?:^|[^\p{L}])(?:l['’]|la |el |a |die |der |das )(?:IA|KI)(?![\p{L}])/iu;
/**
 * How such an item ties AI to one feature: after a preposition ("escritos por IA", "un asistente con IA", "assistée
 * par IA"), in a compound ("KI-Assistent") or after an assistant's name ("un assistant IA"); not "para quem treina IA".
 */
const OTHER_FEATURE_AI = /(?:(?:^|[^\p{L}])(?:con|com|por|par|de|d['’]|mit|avec|per|via|da|do)\s*(?:IA|KI|AI)(?![\p{L}]))|(?:(?:^|[^\p{L}])(?:IA|KI|AI)-\p{L})|(?:\p{L}-(?:IA|KI|AI)(?![\p{L}]))|(?:(?:^|[^\p{L}])(?:assistant|assistante|asistente|assistente|agent|agente|chatbot|copilote|copiloto)s?\s+(?:IA|KI|AI)(?![\p{L}]))/iu;
/** The most words such an item holds ("um assistente de IA que ajuda a escrever os textos"). */
const OTHER_ITEM_WORDS = 10;

/**
 * The span of the item in which AI keyword `i` stands, if it is one short item of a list of at least three that names
 * no other AI: in English an item opening with "AI" ("boards, Gantt timelines, time tracking, invoicing and AI meeting
 * summaries"), in another language the last item a conjunction joins, as otherListed reads it. One feature among many,
 * not the product.
 */
function listedFeature(text: string, keywords: Keyword[], i: number, sentenceOf: number[], f: UseFeatures): [number, number] | undefined {
  const k = keywords[i]!;
  const start = sentenceStart(text, k.start, SENTENCE_REACH);
  const sentence = text.slice(start, sentenceStop(text, k.end, SENTENCE_REACH));
  const breaks = [...sentence.matchAll(LIST_BREAK)].map((m) => start + m.index!);
  const before = breaks.filter((b) => b < k.start);
  const itemStart = before[before.length - 1] ?? -1;
  // At least two items before it, the last ended by a comma: not "Autonomous outbound: AI SDRs that…".
  if (before.length < 2 || text[itemStart] !== ",") return undefined;
  const itemEnd = [...sentence.matchAll(ITEM_END)].map((m) => start + m.index!).find((b) => b >= k.end) ?? start + sentence.length;
  const item = text.slice(itemStart + 1, itemEnd);
  // In another language the item is the last of those a conjunction joins: "…, integração com Slack e resumos escritos por IA".
  const from = f.english ? itemStart : itemStart + 1 + (OTHER_LAST_ITEM.exec(item)?.[0].length ?? 0);
  if (f.english ? item.trim().split(/\s+/).length > LIST_ITEM_WORDS || !LISTED_AI.test(item) : !otherListed(text.slice(from, itemEnd), k.term)) return undefined;
  for (let j = 0; j < keywords.length; j++) {
    const o = keywords[j]!;
    if (j !== i && sentenceOf[j] === sentenceOf[i] && f.isAi(o) && (o.start < from || o.start >= itemEnd)) return undefined;
  }
  return [from, itemEnd];
}

/** The items of feature lists that name AI (listedFeature's spans); any AI keyword inside one is that listed feature ("prévisions de ventes assistées par IA"). */
function listedSpans(text: string, keywords: Keyword[], sentenceOf: number[], f: UseFeatures): [number, number][] {
  const spans: [number, number][] = [];
  keywords.forEach((k, i) => {
    if (!f.isAi(k) || spans.some(([a, b]) => k.start >= a && k.end <= b)) return;
    const span = listedFeature(text, keywords, i, sentenceOf, f);
    if (span !== undefined) spans.push(span);
  });
  return spans;
}

/** Whether an item of a list, in a language other than English, is one short feature that names AI. */
function otherListed(item: string, term: string): boolean {
  if (!OTHER_AI_WORD.test(term)) return false;
  const last = item.trim();
  const words = last.split(/\s+/);
  const at = words.findIndex((w) => OTHER_AI_WORD.test(w));
  return words.length <= OTHER_ITEM_WORDS && at >= 0 && at < OTHER_AI_AT && OTHER_FEATURE_AI.test(last) && !OTHER_NOT_LISTED.test(last) && !OTHER_ACTING_AI.test(last);
}

/** "AI-assisted quotes", "AI-suggested fixes": AI helping people do the work, not a product of its own. */
const ASSISTIVE = /^-?(?:assisted|aided|enhanced|suggested|supported|checked)\b/i;
const ASSISTIVE_TERM = /-(?:assisted|aided|enhanced|suggested|supported|checked)$/i;

/**
 * Words after "our" that name what a company sells or who buys it: "our app uses AI", "our customers"
 * speak of a product. Any other "our …" in the sentence of an AI word ("from our survey photos", "for
 * our pharmacists to check"), its next two words naming no AI and no product, ties the AI to the
 * company's own operations.
 */
const OUR_PRODUCT = new Set(["ai", "app", "apps", "platform", "platforms", "product", "products", "software", "tool", "tools", "technology", "tech", "system", "systems", "engine", "model", "models", "algorithm", "algorithms", "api", "solution", "solutions", "customers", "clients", "users", "members", "own", "agent", "agents", "assistant", "bot", "copilot", "service", "services", "proprietary", "patented", "latest", "new", "next-generation"]);

/** Whether the sentence of an AI keyword names the company's own operations ("our survey photos", "our chefs"). */
function ownOperations(text: string, k: Keyword, keywords: Keyword[], f: UseFeatures): boolean {
  const start = sentenceStart(text, k.start, SENTENCE_REACH);
  const sentence = text.slice(start, sentenceStop(text, k.end, SENTENCE_REACH));
  // "our 40 presses": a count is one of the two words read.
  for (const m of sentence.matchAll(/\bour((?:\s+[\p{L}\p{N}'’-]+){1,3})/giu)) {
    const at = start + m.index! + 3;
    const words = m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
    if (words.some((w) => OUR_PRODUCT.has(w)) || someStartingIn(keywords, at, at + m[1]!.length, (o) => f.isAi(o) || f.product.has(o.feature))) continue;
    return true;
  }
  return false;
}

/**
 * Reads where the text puts AI. The lead is the first sentence (it ends at `firstEnd`, firstSentenceEnd's
 * answer); on a long page (`longLead` given, scoring.json's longText.leadChars) at least its first
 * `longLead` characters, since a page may open with navigation or a tagline. `keywords` are in text
 * order, as the matcher finds them.
 */
export function readUse(text: string, keywords: Keyword[], f: UseFeatures, firstEnd: number, longLead?: number): UseReading {
  const lead = Math.max(firstEnd, longLead ?? 0);
  const cue = useCues(keywords, f);
  const sentenceOf = sentencesOf(text, keywords);
  const used = useClauses(keywords, sentenceOf, f, cue);
  // "AI-assisted dental check-ups": AI helping people do the work is used, wherever it stands.
  if (f.english) keywords.forEach((k, i) => {
    if (!used[i] && f.isAi(k) && (ASSISTIVE_TERM.test(k.term) || ASSISTIVE.test(text.slice(k.end, k.end + 12)))) used[i] = true;
  });
  // "Kestrel Logistics runs 40 lorries; route planning is done by an AI optimiser": after a semicolon in the
  // lead, AI named as an instrument, or by a trade whose first clause names none ("Pennywise Credit Union
  // offers savings…; a machine learning model flags…"), is used, as it would be in a sentence of its own.
  const semicolon = text.indexOf(";");
  const trade = f.english && f.heads !== undefined && semicolon > 0 && semicolon < lead && !someStartingIn(keywords, 0, semicolon, f.isAi) && tradeName(text, f.heads) !== undefined;
  if (f.english) keywords.forEach((k, i) => {
    if (!used[i] && k.start < lead && f.isAi(k) && text.lastIndexOf(";", k.start) > text.lastIndexOf(".", k.start) && (trade || instrumental(text, keywords, i, sentenceOf, f))) used[i] = true;
  });
  const described = selfDescriptions(text, keywords, f, lead);
  const modifiers = businessModifiers(text, keywords, f, described);
  keywords.forEach((k, i) => {
    if (modifiers.has(k)) used[i] = true;
  });
  // Sentences that name AI outside a use clause: on a long page, a product word there ties the product to AI.
  const offersAi = new Set<number>();
  keywords.forEach((k, i) => {
    if (f.isAi(k) && !used[i]) offersAi.add(sentenceOf[i]!);
  });
  const reading: UseReading = { leadAi: f.nameAi, leadBusiness: false, product: [], business: [] };
  let leadProduct = f.nameAi;
  let leadNamesAi = f.nameAi;
  let allAddOn = true;
  let listed = false;
  const spans = listedSpans(text, keywords, sentenceOf, f);
  let laterUse = f.leadUse === undefined;
  const late: string[] = [];
  const farProduct: string[] = []; // product words in a later sentence that names no AI
  const nearProduct: string[] = [];
  keywords.forEach((k, i) => {
    const ai = f.isAi(k);
    // Once a term has said the company is a business, its later mentions add nothing.
    if (f.business.has(k.feature) && !(reading.leadBusiness && reading.business.includes(k.term))) {
      // Whom a product serves is read of kinds of business; AI advice ("their AI strategy") is the company's business whoever owns the strategy.
      const own = !servesCustomer(text, keywords, i, f) && (k.start < lead || selfDescribed(text, k) || sentenceOpening(text, k));
      if (own) reading.leadBusiness = true;
      if ((own || (FIRST_PERSON.test(k.term) && !planName(text, k))) && !reading.business.includes(k.term)) reading.business.push(k.term);
    }
    // A feature listed among others is read as a feature added later would be, in the lead too.
    const listedItem = ai && spans.some(([a, b]) => k.start >= a && k.end <= b);
    if (listedItem && k.start < lead) listed = true;
    if (k.start < lead && !listedItem) {
      if (ai) leadNamesAi = true;
      if (ai && !used[i]) reading.leadAi = true;
      if ((ai && !used[i]) || (!used[i] && f.leadProduct?.has(k.feature) && !(f.english && customerProduct(text, k)))) leadProduct = true;
    } else {
      if (ai && !late.includes(k.term)) late.push(k.term);
      if (ai && allAddOn && !listedItem && (!f.english || !addedFeature(text, k))) allAddOn = false;
      if (cue[i] || (ai && f.english && instrumental(text, keywords, i, sentenceOf, f))) laterUse = true;
    }
    if (f.product.has(k.feature) && !used[i] && !(f.english && (usedProduct(text, k) || customerProduct(text, k)))) {
      const nearAi = k.start < lead || offersAi.has(sentenceOf[i]!);
      if ((longLead === undefined || nearAi) && !reading.product.includes(k.term)) reading.product.push(k.term);
      (nearAi ? nearProduct : farProduct).push(k.term);
    }
  });
  if (f.leadProduct !== undefined && lead < text.length && !leadProduct && laterUse && late.length > 0) reading.aiAfterLead = late;
  else if ((f.english || listed) && f.leadProduct !== undefined && lead < text.length && !leadNamesAi && allAddOn && late.length > 0) {
    reading.aiFeature = late;
    if (listed) reading.aiListed = true;
  }
  const head = f.english ? businessHead(text, keywords, f, lead, reading.leadAi, described, modifiers) : undefined;
  if (head !== undefined) {
    reading.head = head;
    reading.leadBusiness = true;
  }
  // A business whose lead names no AI: a product word far from any AI word ("our customers' words", "we build
  // long relationships") says nothing of AI, as on a long page.
  if (f.english && reading.leadBusiness && !reading.leadAi && farProduct.length > 0) reading.product = reading.product.filter((t) => nearProduct.includes(t));
  return reading;
}
