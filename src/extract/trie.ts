/** One lexicon phrase, as the matcher walks it. */
export interface Phrase {
  /** Stems to match, or for an exact phrase ("=developers") the lower-cased words themselves; ANY for a wildcard. */
  stems: string[];
  exact: boolean;
  /** Where the first wildcard stands (-1: none); the word it matched may still be evidence of its own. */
  firstWildcard: number;
  wildcards: number;
  feature: string;
  /** Position in the lexicon: of two equally good matches, the earlier phrase wins. */
  order: number;
  /** The phrase as written in the lexicon. */
  written: string;
}

/**
 * Phrases as a trie over their words (stems, or exact words), so that finding the longest phrase
 * at a word walks a few nodes instead of trying every phrase that starts with that word.
 */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** The child for a "*" word. */
  any: TrieNode | undefined;
  /** The phrase ending here (the first in the lexicon, if several have these very words). */
  phrase: Phrase | undefined;
}

/** A lexicon's phrases: one trie of stemmed phrases, one of exact ones. */
export interface PhraseTries {
  stemmed: TrieNode;
  exactly: TrieNode;
}

export const trieNode = (): TrieNode => ({ next: new Map(), any: undefined, phrase: undefined });

/** A wildcard among stems: no real word stems to "". */
export const ANY = "";

export function addToTrie(root: TrieNode, phrase: Phrase): void {
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

/** Words a wildcard never stands for: "as per the contract" names no unit. */
const NOT_WILDCARD = new Set(["the", "a", "an", "our", "your", "their", "its", "his", "her", "my", "this", "that", "these", "those", "se", "and", "or", "of", "to", "in", "on", "for", "with"]);

/** Words a phrase spans. */
export const span = (p: Phrase) => p.stems.length;

/** Of two phrases matching at one word: the longer; at equal length the one with fewer wildcards ("per month" over "per *"); then the earlier. */
function better(a: Phrase, b: Phrase | undefined): boolean {
  return b === undefined || span(a) > span(b) || (span(a) === span(b) && (a.wildcards < b.wildcards || (a.wildcards === b.wildcards && a.order < b.order)));
}

/**
 * The best phrase whose words follow position i without a clause break, walking the trie from
 * `node` (which has matched `depth` words): a fixed word and a wildcard may both go on.
 */
export function longestAt(node: TrieNode, words: string[], i: number, depth: number, joined: Uint8Array, best: Phrase | undefined): Phrase | undefined {
  if (node.phrase !== undefined && better(node.phrase, best)) best = node.phrase;
  const k = i + depth; // the next word
  if (k >= words.length || joined[k - 1] !== 1) return best;
  const child = node.next.get(words[k]!);
  if (child !== undefined) best = longestAt(child, words, i, depth + 1, joined, best);
  if (node.any !== undefined && !NOT_WILDCARD.has(words[k]!)) best = longestAt(node.any, words, i, depth + 1, joined, best);
  return best;
}
