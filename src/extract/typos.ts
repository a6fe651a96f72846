import { stemWord } from "./keywords.ts";
import { MAX_WORD_LENGTH } from "./bounds.ts";

/** Shortest word that we try to correct, and shortest known word we correct to. */
const MIN_LENGTH = 6;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * A spelling corrector over a fixed vocabulary, for one typing error (a letter missing, extra, wrong
 * or two letters swapped), using the symmetric-deletion index of SymSpell: no distance computations.
 * Returns undefined for known words, short words, and words with no single close match; with
 * `sameFirstLetter`, also for a correction that would change the first letter.
 */
export function createTypoCorrector(vocabulary: Iterable<string>, notTypos: Iterable<string> = [], sameFirstLetter = false): (word: string) => string | undefined {
  const known = new Set<string>();
  const asWritten = new Set(notTypos);
  const byDeletion = new Map<string, string | null>(); // null: ambiguous
  const put = (key: string, word: string) => {
    const had = byDeletion.get(key);
    if (had === undefined) byDeletion.set(key, word);
    else if (had !== word) byDeletion.set(key, null);
  };
  for (const word of vocabulary) {
    if (word.length < MIN_LENGTH || word.length > MAX_WORD_LENGTH || !/^[a-z]+$/.test(word)) continue;
    known.add(word);
  }
  let longest = 0;
  for (const word of known) {
    longest = Math.max(longest, word.length);
    put(word, word);
    for (const d of deletions(word)) put(d, word);
  }
  const correct = (word: string): string | undefined => {
    // One typing error changes the length by one at most: a longer word is one no known word is close to.
    if (word.length < MIN_LENGTH || word.length > longest + 1 || known.has(word) || asWritten.has(word) || !/^[a-z]+$/.test(word)) return undefined;
    const direct = byDeletion.get(word); // the input lacks a letter
    if (direct) return direct;
    let found: string | undefined;
    for (const d of deletions(word)) {
      const hit = known.has(d) ? d : byDeletion.get(d); // the input has an extra, wrong or swapped letter
      if (hit === null) return undefined;
      if (hit !== undefined) {
        if (found !== undefined && found !== hit) return undefined;
        found = hit;
      }
    }
    return found;
  };
  if (!sameFirstLetter) return correct;
  return (word) => {
    const found = correct(word);
    return found !== undefined && found[0] === word[0] ? found : undefined;
  };
}

/**
 * The real words, of those given, that the corrector over this vocabulary would "correct" ("drains"
 * → "trains") into a word of another stem: what lexicon.json's notTypos must list (scripts/not-typos.ts writes it).
 */
export function wordsMistakenForTypos(vocabulary: Iterable<string>, realWords: Iterable<string>): string[] {
  const correct = createTypoCorrector(vocabulary);
  const out: string[] = [];
  for (const word of realWords) {
    const corrected = correct(word);
    // A correction to the same stem ("advertizer" → "advertiser") changes nothing the matcher sees.
    if (corrected !== undefined && stemWord(corrected) !== stemWord(word)) out.push(word);
  }
  return out.sort();
}
