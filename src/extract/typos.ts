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
  const keys = new HashFilter(byDeletion.keys(), byDeletion.size);
  const correct = (word: string): string | undefined => {
    // One typing error changes the length by one at most: a longer word is one no known word is close to.
    // A word that is no key of the index and none of whose deletions is has no correction: most words.
    if (word.length < MIN_LENGTH || word.length > longest + 1 || !keys.mayHoldWordOrDeletion(word)) return undefined;
    if (known.has(word) || asWritten.has(word) || !/^[a-z]+$/.test(word)) return undefined;
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
 * A set of strings that answers "maybe" or "certainly not" for a word and each of its one-letter
 * deletions, without building those strings: a 32-bit hash of each key in an open-addressed table.
 * Most words of a text are no key and none of their deletions is (random letters, names, real words
 * far from the lexicon), and for them this replaces a string slice and a Map lookup per letter with
 * integer arithmetic. A "maybe" is checked against the real index, so a hash collision costs time,
 * never a wrong answer; the seed is drawn per process, so words cannot be written to collide.
 */
class HashFilter {
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly seed = (Math.random() * 0x7fffffff) | 1;

  constructor(keys: Iterable<string>, size: number) {
    let capacity = 1024;
    while (capacity < size * 4) capacity *= 2;
    this.table = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (const key of keys) this.add(this.hash(key, -1));
  }

  /** FNV-1a over the word's characters, skipping the one at `skip` (-1: none); never 0, the empty slot. */
  private hash(word: string, skip: number): number {
    let h = this.seed;
    for (let i = 0; i < word.length; i++) if (i !== skip) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    return h === 0 ? 1 : h;
  }

  private add(h: number): void {
    for (let at = (h ^ (h >>> 16)) & this.mask; ; at = (at + 1) & this.mask) {
      if (this.table[at] === h) return;
      if (this.table[at] === 0) {
        this.table[at] = h;
        return;
      }
    }
  }

  private has(h: number): boolean {
    for (let at = (h ^ (h >>> 16)) & this.mask; ; at = (at + 1) & this.mask) {
      const there = this.table[at]!;
      if (there === h) return true;
      if (there === 0) return false;
    }
  }

  /** False when neither the word nor any of its one-letter deletions is a key. */
  mayHoldWordOrDeletion(word: string): boolean {
    if (this.has(this.hash(word, -1))) return true;
    for (let i = 0; i < word.length; i++) if (this.has(this.hash(word, i))) return true;
    return false;
  }
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
