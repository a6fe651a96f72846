import type { Keyword } from "../schemas/result.ts";

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
   * The AI terms of a text whose first sentence names no AI and no `leadProduct` feature outside a
   * use clause, named later, when a `leadUse` feature after the first sentence says it is used.
   */
  aiAfterLead?: string[];
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
}

/** A first sentence shorter than this runs on to the next sentence end ("Harrington & Co. Chartered Accountants…"). */
const MIN_LEAD_CHARS = 25;

const SENTENCE_END = /[.!?](?=\s+\S)|\n/g;

/** Where the first sentence of a text ends; the text's length when it is one sentence. */
export function firstSentenceEnd(text: string): number {
  const end = new RegExp(SENTENCE_END);
  for (let m = end.exec(text); m !== null; m = end.exec(text)) if (m.index >= MIN_LEAD_CHARS) return m.index;
  return text.length;
}

/** "is a", "we're an", "I am the": a self-description, read just before a business word. */
const SELF = /\b(?:is|are|we're|we are|i'm|i am)\s+(?:an?|the)\b/gi;
/** How far before the business word a self-description may start ("is a 22-person independent advertising agency"). */
const SELF_REACH = 40;

/** Whether the text says the company is the business a keyword names: "… is a boutique law firm". */
function selfDescribed(text: string, k: Keyword): boolean {
  const before = text.slice(Math.max(0, k.start - SELF_REACH), k.start + k.term.length);
  const sentence = before.slice(before.slice(0, before.length - k.term.length).search(/[^.!?\n]*$/));
  return new RegExp(SELF).test(sentence);
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
  return keywords.map((k) => f.leadUse?.has(k.feature) === true && !keywords.some((o) => o !== k && o.start >= k.start && o.end <= k.end && f.isAi(o)));
}

/**
 * Reads where the text puts AI. The lead is the first sentence; on a long page (`longLead` given,
 * scoring.json's longText.leadChars) at least its first `longLead` characters, since a page may open
 * with navigation or a tagline.
 */
export function readUse(text: string, keywords: Keyword[], f: UseFeatures, longLead?: number): UseReading {
  const lead = Math.max(firstSentenceEnd(text), longLead ?? 0);
  const cue = useCues(keywords, f);
  const sentenceOf = sentencesOf(text, keywords);
  const used = useClauses(keywords, sentenceOf, f, cue);
  // Sentences that name AI outside a use clause: on a long page, a product word there ties the product to AI.
  const offersAi = new Set(keywords.flatMap((k, i) => (f.isAi(k) && !used[i] ? [sentenceOf[i]!] : [])));
  const reading: UseReading = { leadAi: f.nameAi, leadBusiness: false, product: [] };
  let leadProduct = f.nameAi;
  let laterUse = f.leadUse === undefined;
  const late: string[] = [];
  keywords.forEach((k, i) => {
    const ai = f.isAi(k);
    if (f.business.has(k.feature) && (k.start < lead || selfDescribed(text, k))) reading.leadBusiness = true;
    if (k.start < lead) {
      if (ai && !used[i]) reading.leadAi = true;
      if (ai || (!used[i] && f.leadProduct?.has(k.feature))) leadProduct = true;
    } else {
      if (ai && !late.includes(k.term)) late.push(k.term);
      if (cue[i]) laterUse = true;
    }
    if (f.product.has(k.feature) && !used[i] && (longLead === undefined || k.start < lead || offersAi.has(sentenceOf[i]!)) && !reading.product.includes(k.term)) reading.product.push(k.term);
  });
  if (f.leadProduct !== undefined && lead < text.length && !leadProduct && laterUse && late.length > 0) reading.aiAfterLead = late;
  return reading;
}
