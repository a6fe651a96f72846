/**
 * One string per distinct lower-cased ASCII word, found straight from the text: the tokenizer
 * hashes a word's characters as it scans them and asks here, so a word met before costs neither a
 * slice, nor a lower-cased copy, nor hashing a fresh string at each later Map or Set lookup (a
 * string V8 has hashed once keeps its hash). A batch worker meets the same few thousand words over
 * and over; this is where a row's words stop allocating.
 */
export class WordInterner {
  private words: (string | undefined)[];
  private hashes: Int32Array;
  private size = 0;

  /** Past `limit` distinct words the table starts again, so memory stays flat on huge batches. */
  constructor(private readonly limit = 200_000) {
    this.words = new Array<string | undefined>(1 << 12).fill(undefined);
    this.hashes = new Int32Array(1 << 12);
  }

  /** Folds one more character into a word's hash (the character lower-cased, ASCII only). */
  static step(hash: number, code: number): number {
    return (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
  }

  /**
   * text[start, end) lower-cased, as one shared string; `hash` is that word's WordInterner.step
   * fold from 0. The word must be ASCII.
   */
  word(text: string, start: number, end: number, hash: number): string {
    const mask = this.words.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const known = this.words[at];
      if (known === undefined) break;
      if (this.hashes[at] === hash && sameLowerCase(known, text, start, end)) return known;
    }
    const word = text.slice(start, end).toLowerCase();
    if (this.size >= this.limit) this.clear();
    if ((this.size + 1) * 2 > this.words.length) this.grow();
    this.insert(word, hash);
    return word;
  }

  private insert(word: string, hash: number): void {
    const mask = this.words.length - 1;
    let at = hash & mask;
    while (this.words[at] !== undefined) at = (at + 1) & mask;
    this.words[at] = word;
    this.hashes[at] = hash;
    this.size++;
  }

  private grow(): void {
    const { words, hashes } = this;
    this.words = new Array<string | undefined>(words.length * 2).fill(undefined);
    this.hashes = new Int32Array(words.length * 2);
    this.size = 0;
    for (let i = 0; i < words.length; i++) if (words[i] !== undefined) this.insert(words[i]!, hashes[i]!);
  }

  private clear(): void {
    this.words.fill(undefined);
    this.size = 0;
  }
}

/** Whether `word` is text[start, end) lower-cased (ASCII). */
function sameLowerCase(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}
