import type { Lexicon } from "../schemas/rules.ts";
import { createStemmer, stemWord, tokenize, type Token } from "./keywords.ts";
import { compileNegation, deniedAfter, negatedTokens, type CompiledNegation } from "./negation.ts";
import { createTypoCorrector } from "./typos.ts";

/** One lexicon phrase found in the text. */
export interface FeatureMatch {
  feature: string;
  /** The input's own words, as written. */
  term: string;
  start: number;
  end: number;
  negated: boolean;
}

interface Phrase {
  /** Stems to match, or for an exact phrase ("=developers") the lower-cased words themselves; ANY for a wildcard. */
  stems: string[];
  exact: boolean;
  /** Where the first wildcard stands (-1: none); the word it matched may still be evidence of its own. */
  firstWildcard: number;
  wildcards: number;
  feature: string;
}

/** A "*" word in a phrase (never the first) matches any one word: "per *", "sell * data". */
export const WILDCARD = "*";
const ANY = ""; // a wildcard among stems: no real word stems to ""

/** The words of a written phrase, split as text is, with each "*" kept as a word of its own. */
export function phrasePattern(phrase: string): string[] {
  return phrase.split(/\s+/).flatMap((part) => (part === WILDCARD ? [WILDCARD] : phraseWords(part)));
}

/** Words a wildcard never stands for: "as per the contract" names no unit. */
const NOT_WILDCARD = new Set(["the", "a", "an", "our", "your", "their", "its", "his", "her", "my", "this", "that", "these", "those", "se", "and", "or", "of", "to", "in", "on", "for", "with"]);

/** Words a phrase spans. */
const span = (p: Phrase) => p.stems.length;

/** The feature of `ignore` phrases: they hide their words, and are never reported. */
export const IGNORED = "";

/** Every phrase list of a lexicon with its feature (IGNORED for the ignore list) and JSON path, for the matcher and for lint alike. */
export function phraseGroups(lexicon: Lexicon): { feature: string; phrases: string[]; path: (string | number)[] }[] {
  return [
    { feature: IGNORED, phrases: lexicon.ignore, path: ["ignore"] },
    ...Object.entries(lexicon.features).map(([feature, entry]) => ({ feature, phrases: entry.phrases, path: ["features", feature, "phrases"] })),
  ];
}

/** How a written phrase reads: exact ("=word") or stemmed, and its words with each "*" kept. */
export function parsePhrase(written: string): { exact: boolean; words: string[] } {
  const exact = written.startsWith(EXACT_PREFIX);
  return { exact, words: phrasePattern(exact ? written.slice(EXACT_PREFIX.length) : written) };
}

/** A phrase written with a leading "=" matches its words exactly, without stemming. */
export const EXACT_PREFIX = "=";

/** The lexicon prepared for matching: phrases indexed by their first stem (or word), longest first. */
export interface FeatureMatcher {
  byFirstStem: Map<string, Phrase[]>;
  byFirstWord: Map<string, Phrase[]>;
  negation: CompiledNegation;
  stem: (word: string) => string;
  aiFeatures: Set<string>;
}

/** Splits a phrase the way text is split, so "text-to-image" and "text to image" agree. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

/**
 * The Porter stem of every stemmed word in the lexicon's phrases, each stemmed once. The loader
 * computes it (lint needs it too) and keeps it in the rule set, so a matcher, or a batch worker
 * given the set, does not stem the lexicon again.
 */
export function lexiconStems(lexicon: Lexicon): Map<string, string> {
  const stems = new Map<string, string>();
  for (const { phrases } of phraseGroups(lexicon)) {
    for (const written of phrases) {
      const { exact, words } = parsePhrase(written);
      if (!exact) for (const w of words) if (w !== WILDCARD && !stems.has(w)) stems.set(w, stemWord(w));
    }
  }
  return stems;
}

export function compileLexicon(lexicon: Lexicon, stems: ReadonlyMap<string, string> = lexiconStems(lexicon)): FeatureMatcher {
  const vocabulary = new Set<string>();
  for (const f of Object.values(lexicon.features)) for (const p of f.phrases) for (const w of phraseWords(p)) vocabulary.add(w);
  // A lexicon word is in the vocabulary, so never corrected: its stem is its Porter stem, as in `stems`.
  const stem = createStemmer(createTypoCorrector(vocabulary, lexicon.notTypos), stems);
  const byFirstStem = new Map<string, Phrase[]>();
  const byFirstWord = new Map<string, Phrase[]>();
  // Ignored phrases join under the feature IGNORED, and extractFeatures drops their matches.
  for (const { feature, phrases } of phraseGroups(lexicon)) {
    for (const written of phrases) {
      const { exact, words } = parsePhrase(written);
      const stems = words.map((w) => (w === WILDCARD ? ANY : exact ? w : stem(w)));
      const index = exact ? byFirstWord : byFirstStem;
      const first = stems[0];
      if (first === undefined || first === ANY) continue; // lint reports both
      const list = index.get(first) ?? [];
      list.push({ stems, exact, firstWildcard: stems.indexOf(ANY), wildcards: stems.filter((x) => x === ANY).length, feature });
      index.set(first, list);
    }
  }
  // Longest first; at equal length, fixed words win over wildcards ("per month" over "per *").
  for (const index of [byFirstStem, byFirstWord]) for (const list of index.values()) list.sort((a, b) => span(b) - span(a) || a.wildcards - b.wildcards);
  const aiFeatures = new Set(Object.entries(lexicon.features).filter(([, f]) => f.ai).map(([id]) => id));
  return { byFirstStem, byFirstWord, negation: compileNegation(lexicon.negation, phraseWords), stem, aiFeatures };
}

/**
 * Finds every lexicon phrase in the text. At each word the longest phrase wins, and a phrase lying
 * wholly inside a longer one is dropped ("gpu cloud" is compute, not also "gpu").
 */
export function extractFeatures(text: string, matcher: FeatureMatcher): FeatureMatch[] {
  const tokens: Token[] = tokenize(text);
  if (tokens.length === 0) return [];
  const words = tokens.map((t) => t.text);
  const stems = words.map(matcher.stem);
  const negated = negatedTokens(text, tokens, matcher.negation);
  const joined = joinedTokens(text, tokens);
  const matches: FeatureMatch[] = [];
  let coveredUntil = -1; // last token index covered by an earlier, longer match
  for (let i = 0; i < tokens.length; i++) {
    const byStem = longestAt(matcher.byFirstStem.get(stems[i]!), stems, i, joined);
    const byWord = longestAt(matcher.byFirstWord.get(tokens[i]!.text), words, i, joined);
    const phrase = byWord && (!byStem || span(byWord) >= span(byStem)) ? byWord : byStem;
    if (phrase === undefined) continue;
    const last = i + span(phrase) - 1;
    if (last <= coveredUntil) continue;
    if (phrase.feature === IGNORED) {
      coveredUntil = last;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    matches.push({
      feature: phrase.feature,
      term: text.slice(start, end),
      start,
      end,
      negated: negated[i] === 1 || deniedAfter(text, tokens, last, matcher.negation),
    });
    // The words from a wildcard on may still be evidence of their own ("per GPU": a unit price, and a GPU).
    coveredUntil = phrase.firstWildcard >= 0 ? i + phrase.firstWildcard - 1 : last;
  }
  return matches;
}

/** A phrase never runs across a clause break: ", " ". " ";" ":" "!" "?" or brackets ("camera data, licensed to" is not "data licensed"). */
const PHRASE_BREAK = /[;:!?()[\]]|[.,]\s|\n/;

/** joined[k] is 1 when a phrase may continue from token k to token k + 1 ("1,000", "a.i", "text-to-image" stay joined). */
function joinedTokens(text: string, tokens: Token[]): Uint8Array {
  const joined = new Uint8Array(tokens.length);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const end = tokens[k]!.end;
    const next = tokens[k + 1]!.start;
    // Most gaps are one space: skip the regex for them.
    joined[k] = next - end === 1 && text.charCodeAt(end) === 32 ? 1 : PHRASE_BREAK.test(text.slice(end, next)) ? 0 : 1;
  }
  return joined;
}

/** The longest candidate phrase whose words follow position i without a clause break. Candidates are sorted longest first. */
function longestAt(candidates: Phrase[] | undefined, words: string[], i: number, joined: Uint8Array): Phrase | undefined {
  if (candidates === undefined) return undefined;
  for (const phrase of candidates) {
    if (i + phrase.stems.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < phrase.stems.length && ok; k++) {
      const want = phrase.stems[k]!;
      const word = words[i + k]!;
      ok = joined[i + k - 1] === 1 && (want === ANY ? !NOT_WILDCARD.has(word) : word === want);
    }
    if (ok) return phrase;
  }
  return undefined;
}
