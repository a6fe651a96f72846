import type { Lexicon } from "../schemas/rules.ts";
import type { Tokens } from "./keywords.ts";
import type { FeatureMatch, FeatureMatcher, MatcherTokens } from "./features.ts";
import { deniedAfter } from "./negation.ts";
import { IGNORED, WILDCARD, type PhraseGroup } from "./phrases.ts";
import type { Phrase } from "./trie.ts";

/**
 * Loose matching: writers paraphrase. "image generation" is also "generates images", "images
 * generated from text" and "generating photorealistic images"; "speech recognition" is also
 * "recognises speech". A stemmed lexicon phrase of two content words also matches when both words
 * stand in one clause with at most `window` words between them.
 *
 * - Words compare by their loose key: the stem without a final verb-forming "-is", "-iz", "-it",
 *   "-at" or "-i" (recognis-, recognit-, recogn- are one key; classifi-, classif- too).
 * - The window does not cross a clause break (where a phrase may not run on), a dash, "&" or "/",
 *   nor a word of `loose.barriers` ("to", "for", "with", …: "API to retrieve" is no "retrieval
 *   API"), a negation cue or breaker; a word inside a phrase of two or more words found as written
 *   is never part of a loose match.
 * - The match is negated when either word stands in a negation's reach, or the phrase is denied
 *   after it ("ads-free").
 * - Its quote runs from the first of the two words to the second, so both are in it. Either word
 *   stays evidence of its own, except for a one-word phrase of the same feature (the same evidence).
 * - The two words may also be taken the other way round ("generates images" for "image
 *   generation") when the phrase's second word ends in one of `loose.reversible` (a deed:
 *   "-tion", "-ing", "-er", …) and the text writes it otherwise: "testing agent" is no "agent testing".
 * - A loose match of an AI feature counts only when some AI feature is found as written: it tells
 *   what an AI text is about, and never makes a text about AI.
 * - Only features marked `"loose": true` match loosely. Exact ("=word"), wildcard, ignored and
 *   longer phrases match only as written, and so do the phrases in `loose.notLoose`.
 *
 * Each word looks back at most `window + 1` words, so matching stays linear in the text's length.
 */

/**
 * A phrase a word may end, found from the earlier word's key. `deed` is set when the text has the
 * phrase's words the other way round: the phrase's second word as written, which the text must
 * write otherwise ("generates images" is "image generation"; "testing agent" is no "agent testing").
 */
export interface LooseLink {
  phrase: Phrase;
  deed: string | undefined;
}

/** Earlier word's loose key → the phrase a word with this key ends. */
export type LooseLinks = Map<string, LooseLink>;

export interface LooseIndex {
  window: number;
  /** A word's loose key → the phrases it may end. */
  links: Map<string, LooseLinks>;
  /** Words a loose match never spans ("to", "but", "not"). */
  barriers: Set<string>;
  /** Words that are never one of a loose match's two words: the barriers and function words ("like" is no "likeness"). */
  notContent: Set<string>;
}

const VERB_ENDING = /(?:at|it|is|iz|i)$/;

/** A stem's loose key: the stem without a final "-at", "-it", "-is", "-iz" or "-i", when four letters stay. */
export function looseKey(stem: string): string {
  const m = VERB_ENDING.exec(stem);
  return m !== null && m.index >= 4 ? stem.slice(0, m.index) : stem;
}

/**
 * The loose index of an English lexicon, or undefined when `loose.window` is 0. `stem` stems a
 * phrase word as text is stemmed; `split` splits a negation cue into words.
 */
export function compileLoose(lexicon: Lexicon, groups: PhraseGroup[], stem: (word: string) => string, split: (phrase: string) => string[]): LooseIndex | undefined {
  const { notLoose, barriers, reversible } = lexicon.loose;
  const { window } = lexicon.loose;
  if (window === 0) return undefined;
  const skipped = new Set(notLoose);
  const stops = new Set([...barriers, ...lexicon.negation.cues.flatMap(split), ...lexicon.negation.breakers]);
  const notContent = new Set([...lexicon.functionWords, ...stops]);
  const forward: [string, string, Phrase, string | undefined][] = [];
  let order = 0;
  for (const { feature, phrases } of groups) {
    if (feature === IGNORED || lexicon.features[feature]?.loose !== true) continue;
    for (const { written, exact, words } of phrases) {
      order++;
      if (exact || words.length !== 2 || skipped.has(written)) continue;
      const [a, b] = words as [string, string];
      if (a === WILDCARD || b === WILDCARD || notContent.has(a) || notContent.has(b)) continue;
      const stems = [stem(a), stem(b)];
      const keys = stems.map(looseKey) as [string, string];
      if (keys[0] === "" || keys[1] === "" || keys[0] === keys[1]) continue;
      const reverses = reversible.some((ending) => b.length > ending.length + 2 && b.endsWith(ending));
      forward.push([keys[0], keys[1], { stems, exact: false, firstWildcard: -1, wildcards: 0, feature, order, written }, reverses ? b : undefined]);
    }
  }
  const links = new Map<string, LooseLinks>();
  const link = (later: string, earlier: string, phrase: Phrase, deed: string | undefined) => {
    let byEarlier = links.get(later);
    if (byEarlier === undefined) links.set(later, (byEarlier = new Map()));
    if (!byEarlier.has(earlier)) byEarlier.set(earlier, { phrase, deed });
  };
  // A phrase's written order first, so "a b" wins over "b a" when both are phrases.
  for (const [a, b, phrase] of forward) link(b, a, phrase, undefined);
  for (const [a, b, phrase, deed] of forward) if (deed !== undefined) link(a, b, phrase, deed);
  return { window, links, barriers: stops, notContent };
}

/**
 * The matches found as written plus the loose ones, in text order. `taken` flags the words inside
 * a phrase of two or more words found as written; `read` are the words negation reads.
 */
export function findLoose(
  text: string,
  tokens: MatcherTokens,
  read: Tokens,
  matcher: FeatureMatcher,
  joined: Uint8Array,
  negated: Uint8Array,
  taken: Uint8Array,
  matches: FeatureMatch[],
): FeatureMatch[] {
  const loose = matcher.loose!;
  const { starts, ends, infos } = tokens;
  const words = read.words;
  let found: FeatureMatch[] | undefined;
  let parts: Map<number, string> | undefined; // start offset of a word a loose match joins → its feature
  for (let j = 1; j < infos.length; j++) {
    const links = infos[j]!.looseLinks;
    if (links === undefined || taken[j] === 1 || loose.notContent.has(words[j]!)) continue;
    let atJ: Phrase[] | undefined;
    for (let k = j - 1; k >= 0 && j - k - 1 <= loose.window; k--) {
      if (joined[k] !== 1 || !plainGap(text, ends[k]!, starts[k + 1]!) || loose.barriers.has(words[k]!)) break;
      if (loose.notContent.has(words[k]!)) continue;
      const link = links.get(infos[k]!.looseKey);
      const phrase = link === undefined || link.deed === words[k] ? undefined : link.phrase;
      if (phrase !== undefined && taken[k] !== 1 && !atJ?.includes(phrase)) {
        (atJ ??= []).push(phrase);
        const start = starts[k]! + infos[k]!.skip;
        const end = ends[j]!;
        (found ??= []).push({
          feature: phrase.feature,
          term: text.slice(start, end),
          start,
          end,
          negated: negated[k] === 1 || negated[j] === 1 || deniedAfter(text, read, j, matcher.negation),
          phrase: phrase.written,
          loose: true,
        });
        (parts ??= new Map()).set(start, phrase.feature).set(starts[j]! + infos[j]!.skip, phrase.feature);
      }
    }
  }
  if (found === undefined) return matches;
  // A loose match tells what an AI text is about; it never makes a text about AI: an AI feature
  // matched loosely needs an AI feature found as written.
  const ai = matcher.aiFeatures;
  if (found.some((m) => ai.has(m.feature)) && !matches.some((m) => !m.negated && ai.has(m.feature))) {
    found = found.filter((m) => !ai.has(m.feature));
    if (found.length === 0) return matches;
  }
  // A word of a loose match stays evidence of its own, unless of the same feature: that is the same evidence.
  const kept = matches.filter((m) => !(parts!.get(m.start) === m.feature && isOneWord(m, tokens)));
  return kept.concat(found).sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Whether a match spans exactly one word. */
function isOneWord(m: FeatureMatch, { starts, ends, infos }: MatcherTokens): boolean {
  // Binary search for the word that starts the match.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! + infos[mid]!.skip < m.start) lo = mid + 1;
    else hi = mid;
  }
  return ends[lo] === m.end;
}

/** Whether two words are joined by spaces or a hyphen only: a loose match spans no "&", "/" or dash. */
function plainGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    return c === 32 || c === 45;
  }
  return PLAIN_GAP.test(text.slice(from, to));
}
const PLAIN_GAP = /^[ \t-]+$/;

