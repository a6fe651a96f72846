import { runSteps, type Steps } from "../steps.ts";
import type { LanguageLexicon, Lexicon } from "../schemas/rules.ts";
import { stemWord, tokenize } from "./keywords.ts";

/** A "*" word in a phrase (never the first) matches any one word: "per *", "sell * data". */
export const WILDCARD = "*";

/** The words of a written phrase, split as text is, with each "*" kept as a word of its own. */
export function phrasePattern(phrase: string): string[] {
  return phrase.split(/\s+/).flatMap((part) => (part === WILDCARD ? [WILDCARD] : phraseWords(part)));
}

/** The feature of `ignore` phrases: they hide their words, and are never reported. */
export const IGNORED = "";

/** A phrase as written, and how it reads: exact ("=word") or stemmed, and its words with each "*" kept. */
export interface ParsedPhrase {
  written: string;
  exact: boolean;
  words: string[];
}

/** One phrase list of a lexicon, each phrase read: its feature (IGNORED for the ignore list) and JSON path. */
export interface PhraseGroup {
  feature: string;
  phrases: ParsedPhrase[];
  path: (string | number)[];
}

/**
 * Every phrase list of a lexicon, each phrase read once, for the matcher, the stems and lint alike
 * (the loader reads the ~5,000 phrases once for both of its uses).
 */
export function phraseGroups(lexicon: Lexicon): PhraseGroup[] {
  return runSteps(phraseGroupSteps(lexicon));
}

/** The phrases read between two steps of phraseGroupSteps. */
const PHRASES_PER_STEP = 1500;

/** phraseGroups in steps (steps.ts) of about PHRASES_PER_STEP phrases. */
export function* phraseGroupSteps(lexicon: Lexicon): Steps<PhraseGroup[]> {
  const groups: PhraseGroup[] = [{ feature: IGNORED, phrases: lexicon.ignore.map(parsePhrase), path: ["ignore"] }];
  let read = 0;
  for (const [feature, entry] of Object.entries(lexicon.features)) {
    groups.push({ feature, phrases: entry.phrases.map(parsePhrase), path: ["features", feature, "phrases"] });
    read += entry.phrases.length;
    if (read >= PHRASES_PER_STEP) {
      read = 0;
      yield;
    }
  }
  return groups;
}

/** How a written phrase reads. */
export function parsePhrase(written: string): ParsedPhrase {
  const exact = written.startsWith(EXACT_PREFIX);
  return { written, exact, words: phrasePattern(exact ? written.slice(EXACT_PREFIX.length) : written) };
}

/** A phrase written with a leading "=" matches its words exactly, without stemming. */
export const EXACT_PREFIX = "=";

/** Splits a phrase the way text is split, so "text-to-image" and "text to image" agree. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).words;
}

/**
 * The stem of every stemmed word in the lexicon's phrases, each stemmed once. The loader
 * computes it (lint needs it too) and keeps it in the rule set, so a matcher, or a batch worker
 * given the set, does not stem the lexicon again.
 */
export function lexiconStems(groups: PhraseGroup[], language = "en"): Map<string, string> {
  const stems = new Map<string, string>();
  for (const { phrases } of groups) {
    for (const { exact, words } of phrases) if (!exact) for (const w of words) if (w !== WILDCARD && !stems.has(w)) stems.set(w, stemWord(w, language));
  }
  return stems;
}

/** Another language's lexicon in the shape of the English one, each feature marked AI as in `english`. */
export function asLexicon(lexicon: LanguageLexicon, english: Pick<Lexicon, "features">): Lexicon {
  const features: Lexicon["features"] = {};
  for (const [id, phrases] of Object.entries(lexicon.features)) features[id] = { ai: english.features[id]?.ai ?? false, loose: false, phrases };
  // Loose matching reads English word order and function words: another language's phrases match as written.
  return { functionWords: lexicon.functionWords, negation: lexicon.negation, notTypos: lexicon.notTypos, ignore: lexicon.ignore, boilerplate: { headings: [], phrases: [], paragraphs: [] }, loose: { window: 0, barriers: [], reversible: [], notLoose: [] }, features };
}
