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

/**
 * The words of a text (two letters or more) and each pair of adjacent words. Text without spaces
 * (Japanese, Chinese) is one "word" per run of letters, cut to PREFIX letters like any other.
 * @example signalTokens("Reads X-rays").map((t) => t.key) // ["reads", "x", ... ] minus one-letter words
 */
export function signalTokens(text: string): SignalToken[] {
  const words: { key: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < 2) continue;
    words.push({ key: [...m[0].toLowerCase()].slice(0, PREFIX).join(""), start: m.index, end: m.index + m[0].length });
  }
  const tokens: SignalToken[] = words.map((w) => ({ ...w, pair: false }));
  for (let i = 1; i < words.length; i++) tokens.push({ key: `${words[i - 1]!.key}_${words[i]!.key}`, start: words[i]!.start, end: words[i]!.end, pair: true });
  return tokens;
}
