import type { Lexicon } from "../schemas/rules.ts";
import { createStemmer, stemWord, tokenize, tokenizeWith, type Tokens } from "./keywords.ts";
import { compileNegation, deniedAfter, negatedTokens, type CompiledNegation } from "./negation.ts";
import { createTypoCorrector } from "./typos.ts";
import { WordTable } from "./word-table.ts";

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
  /** Position in the lexicon: of two equally good matches, the earlier phrase wins. */
  order: number;
}

/**
 * Phrases as a trie over their words (stems, or exact words), so that finding the longest phrase
 * at a word walks a few nodes instead of trying every phrase that starts with that word.
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** The child for a "*" word. */
  any: TrieNode | undefined;
  /** The phrase ending here (the first in the lexicon, if several have these very words). */
  phrase: Phrase | undefined;
}

const trieNode = (): TrieNode => ({ next: new Map(), any: undefined, phrase: undefined });

function addToTrie(root: TrieNode, phrase: Phrase): void {
  let node = root;
  for (const s of phrase.stems) {
    if (s === ANY) node = node.any ??= trieNode();
    else {
      let child = node.next.get(s);
      if (child === undefined) node.next.set(s, (child = trieNode()));
      node = child;
    }
  }
  node.phrase ??= phrase;
}

/** What the matcher knows of one word of text, worked out once per distinct word. */
interface WordInfo {
  /** The word, lower-cased. */
  word: string;
  stem: string;
  /** The trie node of phrases starting with this word's stem, and of exact phrases starting with the word itself. */
  byStem: TrieNode | undefined;
  byWord: TrieNode | undefined;
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
  return [
    { feature: IGNORED, phrases: lexicon.ignore.map(parsePhrase), path: ["ignore"] },
    ...Object.entries(lexicon.features).map(([feature, entry]) => ({ feature, phrases: entry.phrases.map(parsePhrase), path: ["features", feature, "phrases"] })),
  ];
}

/** How a written phrase reads. */
export function parsePhrase(written: string): ParsedPhrase {
  const exact = written.startsWith(EXACT_PREFIX);
  return { written, exact, words: phrasePattern(exact ? written.slice(EXACT_PREFIX.length) : written) };
}

/** A phrase written with a leading "=" matches its words exactly, without stemming. */
export const EXACT_PREFIX = "=";

/** The lexicon prepared for matching: a trie of stemmed phrases and one of exact phrases. */
export interface FeatureMatcher {
  negation: CompiledNegation;
  /** Each word met so far: its stem and the phrases that may start at it. */
  words: WordTable<WordInfo>;
  aiFeatures: Set<string>;
}

/** Upper bound on memoised words; the memo is cleared past it so memory stays flat on huge batches. */
const WORD_INFO_LIMIT = 200_000;

/** Splits a phrase the way text is split, so "text-to-image" and "text to image" agree. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).words;
}

/**
 * The Porter stem of every stemmed word in the lexicon's phrases, each stemmed once. The loader
 * computes it (lint needs it too) and keeps it in the rule set, so a matcher, or a batch worker
 * given the set, does not stem the lexicon again.
 */
export function lexiconStems(groups: PhraseGroup[]): Map<string, string> {
  const stems = new Map<string, string>();
  for (const { phrases } of groups) {
    for (const { exact, words } of phrases) if (!exact) for (const w of words) if (w !== WILDCARD && !stems.has(w)) stems.set(w, stemWord(w));
  }
  return stems;
}

/** Every word of the lexicon's feature phrases: typo correction corrects only to these. */
export function lexiconVocabulary(groups: PhraseGroup[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const { feature, phrases } of groups) {
    if (feature === IGNORED) continue;
    for (const { words } of phrases) for (const w of words) if (w !== WILDCARD) vocabulary.add(w);
  }
  return vocabulary;
}

/** The lexicon ready for matching; `stems` (the rule set's) saves stemming its words again. */
export function compileLexicon(lexicon: Lexicon, stems?: ReadonlyMap<string, string>): FeatureMatcher {
  const groups = phraseGroups(lexicon);
  const vocabulary = lexiconVocabulary(groups);
  // A lexicon word is in the vocabulary, so never corrected: its stem is its Porter stem, as in `stems`.
  const stem = createStemmer(createTypoCorrector(vocabulary, lexicon.notTypos), stems ?? lexiconStems(groups));
  const stemmed = trieNode();
  const exactly = trieNode();
  let order = 0;
  // Ignored phrases join under the feature IGNORED, and extractFeatures drops their matches.
  for (const { feature, phrases } of groups) {
    for (const { exact, words } of phrases) {
      const stems = words.map((w) => (w === WILDCARD ? ANY : exact ? w : stem(w)));
      if (stems[0] === undefined || stems[0] === ANY) continue; // lint reports both
      const phrase = { stems, exact, firstWildcard: stems.indexOf(ANY), wildcards: stems.filter((x) => x === ANY).length, feature, order: order++ };
      addToTrie(exact ? exactly : stemmed, phrase);
    }
  }
  const words = new WordTable<WordInfo>((word) => {
    const s = stem(word);
    return { word, stem: s, byStem: stemmed.next.get(s), byWord: exactly.next.get(word) };
  }, WORD_INFO_LIMIT);
  const aiFeatures = new Set(Object.entries(lexicon.features).filter(([, f]) => f.ai).map(([id]) => id));
  return { negation: compileNegation(lexicon.negation, phraseWords), words, aiFeatures };
}

/**
 * Finds every lexicon phrase in the text. At each word the longest phrase wins, and a phrase lying
 * wholly inside a longer one is dropped ("gpu cloud" is compute, not also "gpu").
 */
export function extractFeatures(text: string, matcher: FeatureMatcher): FeatureMatch[] {
  const tokens = tokenizeWith(text, matcher.words);
  const { words, starts, ends, infos } = tokens;
  if (words.length === 0) return [];
  const stems: string[] = [];
  for (let i = 0; i < infos.length; i++) stems.push(infos[i]!.stem);
  const negated = negatedTokens(text, tokens, matcher.negation, scratch(0, words.length));
  const joined = joinedTokens(text, tokens, scratch(1, words.length));
  const matches: FeatureMatch[] = [];
  let coveredUntil = -1; // last token index covered by an earlier, longer match
  for (let i = 0; i < words.length; i++) {
    const info = infos[i]!;
    const byStem = info.byStem && longestAt(info.byStem, stems, i, 1, joined, undefined);
    const byWord = info.byWord && longestAt(info.byWord, words, i, 1, joined, undefined);
    const phrase = byWord && (!byStem || span(byWord) >= span(byStem)) ? byWord : byStem;
    if (phrase === undefined) continue;
    const last = i + span(phrase) - 1;
    if (last <= coveredUntil) continue;
    if (phrase.feature === IGNORED) {
      coveredUntil = last;
      continue;
    }
    const start = starts[i]!;
    const end = ends[last]!;
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

/**
 * Two arrays of per-token flags, reused from text to text (extraction is synchronous, and a fresh
 * typed array per text costs an allocation outside the heap). Each grows as long texts need.
 */
const scratchFlags: Uint8Array[] = [new Uint8Array(512), new Uint8Array(512)];
function scratch(which: 0 | 1, length: number): Uint8Array {
  if (scratchFlags[which]!.length < length) scratchFlags[which] = new Uint8Array(length * 2);
  return scratchFlags[which]!;
}

/** joined[k] is 1 when a phrase may continue from token k to token k + 1 ("1,000", "a.i", "text-to-image" stay joined). */
function joinedTokens(text: string, { starts, ends }: Tokens, joined: Uint8Array): Uint8Array {
  for (let k = 0; k + 1 < starts.length; k++) {
    const end = ends[k]!;
    const next = starts[k + 1]!;
    // Most gaps are one space, and most others ", " or ". ": skip the regex for them.
    const gap = next - end;
    const first = text.charCodeAt(end);
    if (gap === 1 && first === 32) joined[k] = 1;
    else if (gap === 2 && (first === 44 || first === 46) && text.charCodeAt(end + 1) === 32) joined[k] = 0;
    else joined[k] = PHRASE_BREAK.test(text.slice(end, next)) ? 0 : 1;
  }
  return joined;
}

/** Of two phrases matching at one word: the longer; at equal length the one with fewer wildcards ("per month" over "per *"); then the earlier. */
function better(a: Phrase, b: Phrase | undefined): boolean {
  return b === undefined || span(a) > span(b) || (span(a) === span(b) && (a.wildcards < b.wildcards || (a.wildcards === b.wildcards && a.order < b.order)));
}

/**
 * The best phrase whose words follow position i without a clause break, walking the trie from
 * `node` (which has matched `depth` words): a fixed word and a wildcard may both go on.
 */
function longestAt(node: TrieNode, words: string[], i: number, depth: number, joined: Uint8Array, best: Phrase | undefined): Phrase | undefined {
  if (node.phrase !== undefined && better(node.phrase, best)) best = node.phrase;
  const k = i + depth; // the next word
  if (k >= words.length || joined[k - 1] !== 1) return best;
  const child = node.next.get(words[k]!);
  if (child !== undefined) best = longestAt(child, words, i, depth + 1, joined, best);
  if (node.any !== undefined && !NOT_WILDCARD.has(words[k]!)) best = longestAt(node.any, words, i, depth + 1, joined, best);
  return best;
}
