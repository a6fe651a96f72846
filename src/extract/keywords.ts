// The only module that imports `natural`. We import the Porter stemmer file directly: the package root
// pulls in database drivers and dotenv (~1 s, ~150 MB, and dotenv writes to stdout).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PorterStemmer = require("natural/lib/natural/stemmers/porter_stemmer.js") as { stem(token: string): string };

/** A word of the input with its character offsets into the original text. */
export interface Token {
  /** Lower-cased, NFKC-normalised surface form. */
  text: string;
  start: number;
  end: number;
}

// Letters and digits, keeping inner apostrophes ("don't") so negation cues stay one token.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Splits text into word tokens with offsets. natural's tokenizers drop offsets, which every
 * keyword needs, so tokenising is a regex scan here and natural does the stemming.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    // NFKC only when needed: most text is ASCII, and normalising every word costs ~20% of extraction.
    const text = ASCII.test(word) ? word.toLowerCase() : word.normalize("NFKC").toLowerCase().replace(/’/g, "'");
    tokens.push({ text, start, end: start + word.length });
  }
  return tokens;
}

/** Porter stem of one lower-cased word; a possessive "'s" is dropped first. */
export function stemWord(word: string): string {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return PorterStemmer.stem(bare);
}

/** Upper bound on memoised words; the cache is cleared past it so memory stays flat on huge batches. */
const STEM_CACHE_LIMIT = 200_000;

/**
 * A memoising stemmer (stemming afresh costs ~15x more). When `correct` is given, a word whose stem
 * is unknown may be replaced by a known word one typing error away ("lerning" → "learning").
 */
export function createStemmer(correct?: (word: string) => string | undefined): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let stem = cache.get(word);
    if (stem === undefined) {
      const fixed = correct?.(word);
      stem = stemWord(fixed ?? word);
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      cache.set(word, stem);
    }
    return stem;
  };
}
