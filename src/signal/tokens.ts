/** A word or a pair of adjacent words of a text, as the AI-signal model reads it, with where the word is. */
export interface SignalToken {
  /** The word cut to PREFIX letters, lower case; a pair is two such keys joined by "_". */
  key: string;
  /** Offsets of the word (of the pair's second word) in the text. */
  start: number;
  end: number;
  pair: boolean;
}

/** Letters kept of each word: a crude stem that reads every language alike ("forecasts", "forecasting" → "foreca"). */
export const PREFIX = 6;

const SURROGATE = /[\uD800-\uDFFF]/;

/** The first PREFIX letters (code points) of a word. */
export function prefix(word: string): string {
  if (word.length <= PREFIX) return word;
  return SURROGATE.test(word) ? [...word].slice(0, PREFIX).join("") : word.slice(0, PREFIX);
}

/**
 * Calls `visit` with each word of a text (two letters or more), then with the pair it makes with the
 * word before it, in text order. Text without spaces (Japanese, Chinese) is one "word" per run of
 * letters, cut to PREFIX letters like any other.
 */
export function visitSignalTokens(text: string, visit: (key: string, start: number, end: number, pair: boolean) => void): void {
  const tokens = tokensOf(text);
  for (let i = 0; i < tokens.keys.length; i++) visit(tokens.keys[i]!, tokens.starts[i]!, tokens.ends[i]!, tokens.pairs[i]!);
}

/** A text's tokens in visiting order, as parallel arrays. */
interface Tokens {
  keys: string[];
  starts: number[];
  ends: number[];
  pairs: boolean[];
}

/**
 * Calls `visit` with each word's key (two letters or more: lower case, cut to PREFIX letters) and
 * offsets, in text order (see scanWords).
 */
export function forEachWordKey(text: string, visit: (key: string, start: number, end: number) => void): void {
  const words = scanWords(text);
  const found = words.count;
  const starts = words.starts.slice(0, found);
  const ends = words.ends.slice(0, found);
  const codes = words.codes.slice(0, found);
  for (let w = 0; w < found; w++) {
    const start = starts[w]!;
    const end = ends[w]!;
    visit(codes[w]! >= 0 ? text.slice(start, Math.min(end, start + PREFIX)).toLowerCase() : prefix(text.slice(start, end).toLowerCase()), start, end);
  }
}

/** A text's words as scanWords finds them: the first `count` entries of each array. */
export interface ScannedWords {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** A word of ASCII letters' key as a number (asciiCode); -1 for any other word. */
  codes: Int32Array;
}

/** scanWords' arrays, reused from text to text and grown as needed: read them before the next call. */
const scanned: ScannedWords = { count: 0, starts: new Int32Array(256), ends: new Int32Array(256), codes: new Int32Array(256) };

/**
 * The words of two letters or more of a text, in order: a letter, then letters and marks
 * (/\p{L}[\p{L}\p{M}]*\/u), read without a regular expression where the text is ASCII. The
 * arrays are reused by the next call.
 */
export function scanWords(text: string): ScannedWords {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? !asciiLetter(c) : !isLetter(text.codePointAt(i)!, false)) {
      i += c >= 0xd800 && c <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let code = 0;
    let ascii = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 0x80) {
        if (!asciiLetter(d)) break;
        if (i - start < PREFIX) code = code * 27 + ((d | 0x20) - 96);
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      if (!isLetter(cp, true)) break;
      ascii = false;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i - start < 2) continue;
    if (count === scanned.starts.length) grow();
    scanned.starts[count] = start;
    scanned.ends[count] = i;
    scanned.codes[count] = ascii ? code : -1;
    count++;
  }
  scanned.count = count;
  return scanned;
}

function grow(): void {
  for (const key of ["starts", "ends", "codes"] as const) {
    const bigger = new Int32Array(scanned[key].length * 2);
    bigger.set(scanned[key]);
    scanned[key] = bigger;
  }
}

/** Whether a code point past ASCII is a letter (or, with `orMark`, a letter or a mark): each code point tested once. */
function isLetter(cp: number, orMark: boolean): boolean {
  let kind = letterKinds.get(cp);
  if (kind === undefined) {
    const char = String.fromCodePoint(cp);
    kind = LETTER.test(char) ? 2 : LETTER_OR_MARK.test(char) ? 1 : 0;
    letterKinds.set(cp, kind);
  }
  return kind === 2 || (orMark && kind === 1);
}
/** Code point → 2 for a letter, 1 for a mark, 0 for neither. */
const letterKinds = new Map<number, number>();

/** A key of ASCII letters (lower case, at most PREFIX of them) as a number: its letters as digits 1–26 in base 27. */
export function asciiCode(key: string): number {
  if (key.length > PREFIX || !/^[a-z]+$/.test(key)) return -1;
  let code = 0;
  for (let i = 0; i < key.length; i++) code = code * 27 + (key.charCodeAt(i) - 96);
  return code;
}

const asciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const LETTER = /^\p{L}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function tokensOf(text: string): Tokens {
  const tokens: Tokens = { keys: [], starts: [], ends: [], pairs: [] };
  const push = (key: string, start: number, end: number, pair: boolean) => {
    tokens.keys.push(key);
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.pairs.push(pair);
  };
  let before: string | undefined;
  forEachWordKey(text, (key, start, end) => {
    push(key, start, end, false);
    if (before !== undefined) push(`${before}_${key}`, start, end, true);
    before = key;
  });
  return tokens;
}

/** The words and word pairs of a text (see visitSignalTokens), words first, then pairs. */
export function signalTokens(text: string): SignalToken[] {
  const words: SignalToken[] = [];
  const pairs: SignalToken[] = [];
  visitSignalTokens(text, (key, start, end, pair) => (pair ? pairs : words).push({ key, start, end, pair }));
  return [...words, ...pairs];
}
