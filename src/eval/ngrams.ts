import { readWords, type FeatureMatcher } from "../extract/features.ts";
import { STOP_WORDS } from "../extract/keywords.ts";

/** One n-gram of a text: its stems (the key phrases match on) and its words as written. */
export interface Ngram {
  key: string;
  words: string;
}

const isWord = (w: string) => w.length > 1 && !/^\d+$/.test(w);

/**
 * The distinct 1- to `maxN`-word n-grams of a text, stemmed exactly as the lexicon matcher stems, never
 * across a clause break, neither starting nor ending with a stop word.
 */
export function ngramsOf(text: string, matcher: FeatureMatcher, maxN = 3): Map<string, string> {
  const { words, stems, joined } = readWords(text, matcher);
  const out = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    if (STOP_WORDS.has(words[i]!) || !isWord(words[i]!)) continue;
    for (let n = 1; n <= maxN && i + n <= words.length; n++) {
      const last = i + n - 1;
      if (n > 1 && joined[last - 1] !== 1) break;
      if (STOP_WORDS.has(words[last]!) || !isWord(words[last]!)) continue;
      const key = stems.slice(i, last + 1).join(" ");
      if (!out.has(key)) out.set(key, words.slice(i, last + 1).join(" "));
    }
  }
  return out;
}
