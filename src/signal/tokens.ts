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

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const SURROGATE = /[\uD800-\uDFFF]/;

/** The first PREFIX letters (code points) of a word. */
function prefix(word: string): string {
  if (word.length <= PREFIX) return word;
  return SURROGATE.test(word) ? [...word].slice(0, PREFIX).join("") : word.slice(0, PREFIX);
}

/**
 * Calls `visit` with each word of a text (two letters or more), then with the pair it makes with the
 * word before it, in text order. Text without spaces (Japanese, Chinese) is one "word" per run of
 * letters, cut to PREFIX letters like any other.
 */
export function visitSignalTokens(text: string, visit: (key: string, start: number, end: number, pair: boolean) => void): void {
  let before: string | undefined;
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < 2) continue;
    const key = prefix(m[0].toLowerCase());
    const end = m.index + m[0].length;
    visit(key, m.index, end, false);
    if (before !== undefined) visit(`${before}_${key}`, m.index, end, true);
    before = key;
  }
}

/** The words and word pairs of a text (see visitSignalTokens), words first, then pairs. */
export function signalTokens(text: string): SignalToken[] {
  const words: SignalToken[] = [];
  const pairs: SignalToken[] = [];
  visitSignalTokens(text, (key, start, end, pair) => (pair ? pairs : words).push({ key, start, end, pair }));
  return [...words, ...pairs];
}
