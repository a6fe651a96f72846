import { givenName, type PersonPatterns } from "./person.ts";
/*
 * The task signal past the first sentence: a description that opens with a problem, a tagline or what
 * the product is ("Fieldnote is inspection software for loss adjusters.") may say in its next sentences
 * that the product itself does a person's job ("Fieldnote identifies the damage in each photo", "the app
 * recognises water marks", "It records the consultation, writes the notes and drafts the letter").
 */

/** What laterTask needs of the compiled task signal (task-signal.ts). */
export interface LaterPatterns {
  /** A listed verb in the third person, the whole word ("drafts", "recognises"). */
  listed: RegExp;
  /** The adverbs that may stand before a verb ("automatically"), as an optional group ending in a space. */
  adverb: string;
  /** Nouns that name the product as a subject after "the" or "our" ("the app", "our assistant"). */
  subjects: RegExp | undefined;
  /** Given names: "Maria identifies…" names a person, not the product (person.ts). */
  person?: PersonPatterns | undefined;
}

/** How many sentences after the first are read, and how far into the text. */
const LATER_SENTENCES = 3;
const LATER_REACH = 600;

/** Capitalised words that open a sentence without naming the product: pronouns and determiners of people or things. */
const NOT_NAMES = new Set(["this", "that", "these", "those", "each", "every", "everyone", "everybody", "nobody", "no", "one", "someone", "anyone", "he", "she", "they", "we", "you", "i", "who", "which", "what", "our", "your", "their", "his", "her", "the", "a", "an", "it", "its", "and", "but", "so", "then", "plus", "also", "now", "just", "here", "there"]);

/** What follows a plural noun, not a verb with its object: "Answers to common questions", "drafts and final versions". */
export const NOUN_FOLLOWS = /^\s*(?:(?:to|for|of|from|in|on|at|with|by)\b|(?:and|or)\b(?!\s+\p{Ll}+s\b)|&|[,;:.!?]|$)/iu;

/**
 * In a clause that opens with a verb in the third person (its subject just before it), a listed verb
 * opening it or one of the clause's later verbs, joined by commas or "and": "records the conversation,
 * writes the notes, and drafts…", "reads your site photos, detects hail, fire and water damage".
 */
export function listedVerbOf(clause: string, p: LaterPatterns): string | undefined {
  const first = new RegExp(`^\\s*${p.adverb}(\\p{Ll}+s)\\b`, "u").exec(clause);
  if (first === null) return undefined;
  const verb = new RegExp(`(?:^\\s*|,\\s+(?:and\\s+)?|\\s+and\\s+)${p.adverb}(\\p{Ll}+s)\\b`, "gu");
  for (const m of clause.matchAll(verb)) {
    if (p.listed.test(m[1]!) && !NOUN_FOLLOWS.test(clause.slice(m.index! + m[0].length))) return m[1]!;
  }
  return undefined;
}

/** The sentences after the first one (which ends at `leadEnd`) and before `end`, up to LATER_SENTENCES of them, within LATER_REACH characters; in every language. */
export function laterSentences(text: string, leadEnd: number, end = text.length): string[] {
  const rest = leadEnd < end ? text.slice(leadEnd + 1, Math.min(end, LATER_REACH)) : "";
  return rest.split(/(?<=[.!?])\s+|\n+/u).map((s) => s.trim()).filter((s) => s.length > 0).slice(0, LATER_SENTENCES);
}

/** The name the first sentence gives its subject: "Scribbly is a…", "Fieldnote —", "Acme:". */
export function leadName(lead: string): string | undefined {
  const m = /^\s*([\p{Lu}][\p{L}\p{N}.'’&-]*(?:\s+[\p{Lu}][\p{L}\p{N}.'’&-]*){0,2})(?:\s+(?:is|are)\b|\s*[:—–|]|\s+-\s)/u.exec(lead);
  return m === null || NOT_NAMES.has(m[1]!.toLowerCase()) ? undefined : m[1]!;
}

/** Whether a one-word name is the company's: its name given apart, or the first word of the lead's named subject. */
function ownName(word: string, name: string | undefined, lead: string): boolean {
  const own = [name, leadName(lead)].filter((n): n is string => n !== undefined).map((n) => n.trim().split(/\s+/)[0]!.toLowerCase());
  return own.includes(word.toLowerCase());
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The listed verb of a later sentence whose subject is the product: the company's name (given apart or
 * the first sentence's subject), a one-word name in capitals opening the sentence ("Fieldnote reads your photos"),
 * "it", or "the"/"our" and a product noun ("the app recognises…"), opening the sentence or a clause of it
 * ("Students photograph a problem and Scribbly explains it").
 */
export function laterTask(text: string, leadEnd: number, p: LaterPatterns, name: string | undefined): string | undefined {
  const names = [name, leadName(text.slice(0, leadEnd))].filter((n): n is string => n !== undefined && n.trim() !== "").map((n) => escape(n.trim()));
  const subject = [
    ...names,
    "it",
    ...(p.subjects === undefined ? [] : [`(?:the|our)\\s+(?:${p.subjects.source})`]),
  ].join("|");
  const within = new RegExp(`(?:^|[;,]\\s+|\\s(?:and|then|so)\\s+)(?:${subject})\\s+`, "giu");
  // One word: "Chef Ana writes the menu" or "Dr Patel explains" name a person.
  const opening = /^([\p{Lu}][\p{L}\p{N}.'’&-]*)\s+(?=\p{Ll})/u;
  for (const sentence of laterSentences(text, leadEnd)) {
    const named = opening.exec(sentence);
    // A given name ("Maria identifies the cause of your pain") is a person's, unless it is the company's own.
    const person = named !== null && p.person !== undefined && givenName(named[1]!, p.person) && !ownName(named[1]!, name, text.slice(0, leadEnd));
    if (named !== null && !NOT_NAMES.has(named[1]!.toLowerCase()) && !person) {
      const verb = listedVerbOf(sentence.slice(named[0].length), p);
      if (verb !== undefined) return verb;
    }
    for (const m of sentence.matchAll(within)) {
      const verb = listedVerbOf(sentence.slice(m.index! + m[0].length), p);
      if (verb !== undefined) return verb;
    }
  }
  return undefined;
}
