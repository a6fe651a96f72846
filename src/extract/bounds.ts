/**
 * Longest word (in UTF-16 code units) that is NFKC-normalised, stemmed or typo-corrected. A longer
 * run of letters or digits (a URL fragment, a text without spaces, an attack) stays one token,
 * lower-cased only, and matches no lexicon phrase, whose words lint holds to the same bound: Porter
 * stemming and the typo index cost more than linear time in a word's length, and NFKC may expand a
 * character 18-fold.
 */
export const MAX_WORD_LENGTH = 40;

/**
 * A stemmer that leaves words past MAX_WORD_LENGTH as they are. Every stemmer (and typo corrector)
 * call goes through one of these, so the bound holds in one place.
 */
export function boundedStemmer(stem: (word: string) => string): (word: string) => string {
  return (word) => (word.length > MAX_WORD_LENGTH ? word : stem(word));
}
