import { runSteps, type Steps } from "../steps.ts";
import type { Lexicon } from "../schemas/rules.ts";
import { createCompoundSplitter, type CompoundPart, type CompoundRules } from "./compounds.ts";
import { createStemmer, stemWord, tokenizeWith, type Tokens } from "./keywords.ts";
import { compileNegation, deniedAfter, negatedTokens, type CompiledNegation } from "./negation.ts";
import { IGNORED, lexiconStems, phraseGroups, phraseGroupSteps, phraseWords, WILDCARD, type PhraseGroup } from "./phrases.ts";
import { addToTrie, ANY, longestAt, span, trieNode, type Phrase, type PhraseTries, type TrieNode } from "./trie.ts";
import { compileLoose, findLoose, looseKey, type LooseIndex, type LooseLinks } from "./loose.ts";
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
  /** The lexicon phrase that matched, as written there. */
  phrase: string;
  /** True when the phrase matched loosely: its words apart or in the other order (see loose.ts). */
  loose?: true;
}

/** What the matcher knows of one word of text, worked out once per distinct word. */
export interface WordInfo {
  /** The word, lower-cased. */
  word: string;
  /** The word without an elided article or pronoun ("l'ia" → "ia"), and how many characters that drops. */
  bare: string;
  skip: number;
  stem: string;
  /** The trie node of phrases starting with this word's stem, and of exact phrases starting with the word itself. */
  byStem: TrieNode | undefined;
  byWord: TrieNode | undefined;
  /**
   * In another language than English, the word's English stem and the English phrases starting with
   * it: industry terms ("machine learning", "SaaS", "per seat") are written in English everywhere.
   */
  enStem: string;
  enByStem: TrieNode | undefined;
  enByWord: TrieNode | undefined;
  /** What the matcher's `mark` option says of the word (language detection's marks); 0 without it. */
  mark: number;
  /** A compound word no phrase starts at, split into parts the lexicon knows (see compounds.ts); undefined: read whole. */
  parts: CompoundPart[] | undefined;
  /** The word's key for loose matching (loose.ts), and the loose phrases it may end: earlier word's key → phrase. */
  looseKey: string;
  looseLinks: LooseLinks | undefined;
}

/** The lexicon prepared for matching: a trie of stemmed phrases and one of exact phrases. */
export interface FeatureMatcher {
  /** The ISO 639-1 code of the language whose stemmer reads the text. */
  language: string;
  negation: CompiledNegation;
  /** Each word met so far: its stem and the phrases that may start at it. */
  words: WordTable<WordInfo>;
  aiFeatures: Set<string>;
  tries: PhraseTries;
  /** The stems of the lexicon's own words. */
  known: ReadonlyMap<string, string>;
  /** In another language than English, the English phrases, which also apply (see englishTerms). */
  english: PhraseTries | undefined;
  elisions: readonly string[];
  /** Whether some words are split into compound parts (then tokenizeFor reads the parts). */
  splitsCompounds: boolean;
  /** Loose matching of two-word phrases (loose.ts); undefined when off. */
  loose: LooseIndex | undefined;
}

/** How compileLexicon reads text: English unless a language is given. */
export interface MatcherOptions {
  language?: string;
  /** For another language than English: the English phrases, which also apply (see englishTerms). */
  english?: PhraseTries;
  elisions?: readonly string[];
  /** A mark worked out once per distinct word and kept in its WordInfo (see detect.ts). */
  mark?: (word: string) => number;
  /** How the language forms compound words, to split those no phrase starts at (lexicon/<code>.json `compounds`). */
  compounds?: CompoundRules;
}

/** Upper bound on memoised words; the memo is cleared past it so memory stays flat on huge batches. */
export const WORD_INFO_LIMIT = 200_000;

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
export function compileLexicon(lexicon: Lexicon, stems?: ReadonlyMap<string, string>, options: MatcherOptions = {}): FeatureMatcher {
  return runSteps(compileLexiconSteps(lexicon, stems, options));
}

/** compileLexicon in steps (steps.ts), each a few milliseconds of the English lexicon's build. */
export function* compileLexiconSteps(lexicon: Lexicon, stems?: ReadonlyMap<string, string>, options: MatcherOptions = {}): Steps<FeatureMatcher> {
  const { language = "en", english, elisions = [], mark, compounds } = options;
  const groups = yield* phraseGroupSteps(lexicon);
  yield;
  const vocabulary = lexiconVocabulary(groups);
  // A lexicon word is in the vocabulary, so never corrected: its stem is its own stem, as in `stems`.
  const known = stems ?? lexiconStems(groups, language);
  // Outside English, a correction keeps the word's first letter: "manuales" is a word, not "anuales" mistyped.
  const stem = createStemmer(createTypoCorrector(vocabulary, lexicon.notTypos, language !== "en"), known, language);
  // A word loses an elided article as it is read ("l'usage" reads "usage"), in phrases as in text.
  const bareOf = (word: string) => {
    const elision = elisions.length > 0 && word.includes("'") ? elisions.find((e) => word.length > e.length && word.startsWith(e)) : undefined;
    return elision === undefined ? word : word.slice(elision.length);
  };
  yield;
  const tries = buildTries(groups, (w) => stem(bareOf(w)), bareOf);
  yield;
  const split = compounds === undefined ? undefined : compoundSplitter(compounds, vocabulary, known, language);
  const loose = compileLoose(lexicon, groups, (w) => stem(bareOf(w)), phraseWords);
  yield;
  const words = new WordTable<WordInfo>((word) => {
    const bare = bareOf(word);
    const s = stem(bare);
    const enStem = english === undefined ? "" : plainForm(bare);
    const info: WordInfo = {
      word,
      bare,
      skip: word.length - bare.length,
      stem: s,
      byStem: tries.stemmed.next.get(s),
      byWord: tries.exactly.next.get(bare),
      enStem,
      enByStem: english?.stemmed.next.get(enStem),
      enByWord: english?.exactly.next.get(bare),
      mark: mark?.(word) ?? 0,
      parts: undefined,
      looseKey: "",
      looseLinks: undefined,
    };
    if (loose !== undefined) {
      info.looseKey = looseKey(s);
      info.looseLinks = loose.links.get(info.looseKey);
    }
    if (split !== undefined && !info.byStem && !info.byWord && !info.enByStem && !info.enByWord && bare === word) info.parts = split(word);
    return info;
  }, WORD_INFO_LIMIT);
  const aiFeatures = new Set(Object.entries(lexicon.features).filter(([, f]) => f.ai).map(([id]) => id));
  return { language, negation: compileNegation(lexicon.negation, phraseWords), words, aiFeatures, tries, known, english, elisions, splitsCompounds: split !== undefined, loose };
}

/** A compound splitter whose known words are the lexicon's words, compared by stem ("modelle" knows "modell"). */
function compoundSplitter(rules: CompoundRules, vocabulary: ReadonlySet<string>, known: ReadonlyMap<string, string>, language: string): (word: string) => CompoundPart[] | undefined {
  const stems = new Set<string>();
  for (const w of vocabulary) stems.add(known.get(w) ?? stemWord(w, language));
  return createCompoundSplitter(rules, (w) => vocabulary.has(w) || stems.has(stemWord(w, language)), (w) => vocabulary.has(w));
}

/** The phrases of the groups as tries: stemmed words by `stem`, exact ones by `exact` (the words as written). */
function buildTries(groups: PhraseGroup[], stem: (word: string) => string, exact: (word: string) => string = (w) => w): PhraseTries {
  const tries: PhraseTries = { stemmed: trieNode(), exactly: trieNode() };
  let order = 0;
  // Ignored phrases join under the feature IGNORED, and matchTokens drops their matches.
  for (const { feature, phrases } of groups) {
    for (const { written, exact: isExact, words } of phrases) {
      const stems = words.map((w) => (w === WILDCARD ? ANY : isExact ? exact(w) : stem(w)));
      if (stems[0] === undefined || stems[0] === ANY) continue; // lint reports both
      const phrase: Phrase = { stems, exact: isExact, firstWildcard: stems.indexOf(ANY), wildcards: stems.filter((x) => x === ANY).length, feature, order: order++, written };
      addToTrie(isExact ? tries.exactly : tries.stemmed, phrase);
    }
  }
  return tries;
}

/**
 * An English word in another language's text, as its English phrases are matched: its plain form,
 * a plural or possessive "s" dropped ("GPUs" is "gpu"), never a Porter stem, which would read
 * foreign words as English ones (German "Termine" would be "terminal").
 */
function plainForm(word: string): string {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return bare.length > 3 && bare.endsWith("s") && !bare.endsWith("ss") ? bare.slice(0, -1) : bare;
}

/** The English lexicon's phrases as they apply to another language's text: each word in its plain form. */
export function englishTerms(lexicon: Lexicon): PhraseTries {
  return buildTries(phraseGroups(lexicon), plainForm);
}

/** A text's words as the matcher sees them, with what it knows of each. */
export type MatcherTokens = Tokens & { infos: WordInfo[] };

/** Splits a text into words and looks each up in the matcher's table. */
export function tokenizeFor(text: string, matcher: FeatureMatcher): MatcherTokens {
  const tokens = tokenizeWith(text, matcher.words);
  return matcher.splitsCompounds ? withCompoundParts(tokens, matcher.words) : tokens;
}

/** The tokens with each split compound replaced by its parts, each part's offsets into the text. */
function withCompoundParts(tokens: MatcherTokens, table: WordTable<WordInfo>): MatcherTokens {
  const { words, starts, ends, infos } = tokens;
  if (!infos.some((info, i) => info.parts !== undefined && info.word.length === ends[i]! - starts[i]!)) return tokens;
  const out: MatcherTokens = { words: [], starts: [], ends: [], infos: [] };
  for (let i = 0; i < words.length; i++) {
    const info = infos[i]!;
    // A word NFKC changed in length has no offsets for its parts: it is read whole.
    if (info.parts === undefined || info.word.length !== ends[i]! - starts[i]!) {
      out.words.push(words[i]!);
      out.starts.push(starts[i]!);
      out.ends.push(ends[i]!);
      out.infos.push(info);
      continue;
    }
    for (const { start, end } of info.parts) {
      const part = info.word.slice(start, end);
      const partInfo = table.get(part, 0, part.length, WordTable.hash(part));
      out.words.push(partInfo.word);
      out.starts.push(starts[i]! + start);
      out.ends.push(starts[i]! + end);
      out.infos.push(partInfo);
    }
  }
  return out;
}

/** Finds every lexicon phrase in the text (see matchTokens). */
export function extractFeatures(text: string, matcher: FeatureMatcher): FeatureMatch[] {
  return matchTokens(text, tokenizeFor(text, matcher), matcher);
}

/** Of a stemmed and an exact phrase found at one word: the longer, the exact one at equal length. */
const pick = (byStem: Phrase | undefined, byWord: Phrase | undefined) => (byWord && (!byStem || span(byWord) >= span(byStem)) ? byWord : byStem);

/**
 * Finds every lexicon phrase among a text's words (tokenizeFor). At each word the longest phrase
 * wins, a phrase lying wholly inside a longer one is dropped ("gpu cloud" is compute, not also
 * "gpu"), and so is one overlapping the last match of the same phrase ("b b b b" is two B&Bs, not
 * three). In another language than English, English phrases count too, and the language's own
 * phrase wins a tie.
 */
export function matchTokens(text: string, tokens: MatcherTokens, matcher: FeatureMatcher): FeatureMatch[] {
  const { words, starts, ends, infos } = tokens;
  if (words.length === 0) return [];
  const stems: string[] = [];
  for (let i = 0; i < infos.length; i++) stems.push(infos[i]!.stem);
  const bare = matcher.elisions.length === 0 ? words : infos.map((x) => x.bare);
  const enStems = matcher.english === undefined ? undefined : infos.map((x) => x.enStem);
  const read: Tokens = bare === words ? tokens : { words: bare, starts, ends };
  const negated = negatedTokens(text, read, matcher.negation, scratch(0, words.length));
  const joined = joinedTokens(text, tokens, scratch(1, words.length));
  const matches: FeatureMatch[] = [];
  // For loose matching: tokens inside a phrase of two or more words (or an ignored phrase) are taken.
  const taken = matcher.loose === undefined ? undefined : scratch(2, words.length).fill(0, 0, words.length);
  let coveredUntil = -1; // last token index covered by an earlier, longer match
  const lastOf = new Map<Phrase, number>(); // a phrase's last matched token: its matches do not overlap
  for (let i = 0; i < words.length; i++) {
    const info = infos[i]!;
    let phrase = pick(info.byStem && longestAt(info.byStem, stems, i, 1, joined, undefined), info.byWord && longestAt(info.byWord, bare, i, 1, joined, undefined));
    if (enStems !== undefined) {
      const other = pick(info.enByStem && longestAt(info.enByStem, enStems, i, 1, joined, undefined), info.enByWord && longestAt(info.enByWord, bare, i, 1, joined, undefined));
      if (other !== undefined && (phrase === undefined || span(other) > span(phrase))) phrase = other;
    }
    if (phrase === undefined) continue;
    const last = i + span(phrase) - 1;
    if (last <= coveredUntil) continue;
    if (taken !== undefined && (last > i || phrase.feature === IGNORED)) taken.fill(1, i, phrase.firstWildcard >= 0 ? i + phrase.firstWildcard : last + 1);
    if (phrase.feature === IGNORED) {
      coveredUntil = last;
      continue;
    }
    if (i <= (lastOf.get(phrase) ?? -1)) continue;
    lastOf.set(phrase, last);
    const start = starts[i]! + info.skip;
    const end = ends[last]!;
    matches.push({
      feature: phrase.feature,
      term: text.slice(start, end),
      start,
      end,
      negated: negated[i] === 1 || deniedAfter(text, read, last, matcher.negation),
      phrase: phrase.written,
    });
    // The words from a wildcard on may still be evidence of their own ("per GPU": a unit price, and a GPU).
    coveredUntil = phrase.firstWildcard >= 0 ? i + phrase.firstWildcard - 1 : last;
  }
  return taken === undefined ? matches : findLoose(text, tokens, read, matcher, joined, negated, taken, matches);
}

/**
 * The text's words as the matcher reads them: each word, its stem (typo correction included), and
 * whether a phrase may run on from it to the next word. For mining new phrases that will match as written.
 */
export function readWords(text: string, matcher: FeatureMatcher): { words: string[]; stems: string[]; joined: Uint8Array } {
  const tokens = tokenizeWith(text, matcher.words);
  const stems = tokens.infos.map((info) => info.stem);
  return { words: tokens.words, stems, joined: joinedTokens(text, tokens, new Uint8Array(tokens.words.length)) };
}

/** A phrase never runs across a clause break: ", " ". " ";" ":" "!" "?" or brackets ("camera data, licensed to" is not "data licensed"). */
export const PHRASE_BREAK = /[;:!?()[\]]|[.,]\s|\n/;

/**
 * Three arrays of per-token flags, reused from text to text (extraction is synchronous, and a fresh
 * typed array per text costs an allocation outside the heap). Each grows as long texts need.
 */
const scratchFlags: Uint8Array[] = [new Uint8Array(512), new Uint8Array(512), new Uint8Array(512)];
function scratch(which: 0 | 1 | 2, length: number): Uint8Array {
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
