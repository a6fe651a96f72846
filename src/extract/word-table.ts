/**
 * What is known of each distinct word, found straight from the text: the tokenizer folds a word's
 * characters into a hash as it scans them (WordTable.step) and asks here, so a word met before costs
 * neither a slice, nor a lower-cased copy, nor a Map lookup that hashes a fresh string. A batch
 * worker meets the same few thousand words over and over; this is where a row's words stop
 * allocating, and where the matcher keeps each word's stem and phrases (see compileLexicon).
 */
/**
 * Most slots a lookup or an insertion looks at. Words chosen to share one hash ("Aa" and "BB" do)
 * would otherwise pile up in one run of slots that every later lookup walks; past this a word is
 * worked out afresh and not kept, so the cost per word stays bounded whatever the text.
 */
export const MAX_PROBES = 64;

export class WordTable<T extends { word: string }> {
  private values: (T | undefined)[];
  private hashes: Int32Array;
  private size = 0;

  /**
   * `make` says what is known of a word (lower-cased) the first time it is met. Past `limit`
   * distinct words the table starts again, so memory stays flat on huge batches.
   */
  constructor(
    private readonly make: (word: string) => T,
    private readonly limit = 200_000,
  ) {
    this.values = new Array<T | undefined>(1 << 12).fill(undefined);
    this.hashes = new Int32Array(1 << 12);
  }

  /** Folds one more character into a word's hash (A–Z lower-cased). */
  static step(hash: number, code: number): number {
    return (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
  }

  /** The hash of a whole word, as the tokenizer folds it. */
  static hash(word: string): number {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = WordTable.step(hash, word.charCodeAt(i));
    return hash;
  }

  /** What is known of text[start, end) with A–Z lower-cased; `hash` is WordTable.hash of that word. */
  get(text: string, start: number, end: number, hash: number): T {
    const mask = this.values.length - 1;
    for (let at = slot(hash) & mask, probes = 0; probes < MAX_PROBES; at = (at + 1) & mask, probes++) {
      const known = this.values[at];
      if (known === undefined) break;
      if (this.hashes[at] === hash && sameLowerCase(known.word, text, start, end)) return known;
    }
    const value = this.make(text.slice(start, end).toLowerCase());
    if (this.size >= this.limit) this.clear();
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    this.insert(value, hash);
    return value;
  }

  /** What is known of a word (lower-cased) worked out afresh and not kept: for words too long to be worth keeping. */
  uncached(word: string): T {
    return this.make(word);
  }

  /** Keeps a value unless its slot run is full (then it is simply not memoised). */
  private insert(value: T, hash: number): void {
    const mask = this.values.length - 1;
    let at = slot(hash) & mask;
    for (let probes = 0; this.values[at] !== undefined; at = (at + 1) & mask) if (++probes >= MAX_PROBES) return;
    this.values[at] = value;
    this.hashes[at] = hash;
    this.size++;
  }

  private grow(): void {
    const { values, hashes } = this;
    this.values = new Array<T | undefined>(values.length * 2).fill(undefined);
    this.hashes = new Int32Array(values.length * 2);
    this.size = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== undefined) this.insert(values[i]!, hashes[i]!);
  }

  private clear(): void {
    this.values.fill(undefined);
    this.size = 0;
  }
}

/** A hash's bits mixed (murmur3's finaliser), so the low bits that pick a slot depend on every character. */
function slot(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** Whether `word` is text[start, end) with A–Z lower-cased. */
function sameLowerCase(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}
