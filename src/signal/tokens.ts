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
  const tokens = tokensOf(text);
  for (let i = 0; i < tokens.keys.length; i++) visit(tokens.keys[i]!, tokens.starts[i]!, tokens.ends[i]!, tokens.pairs[i]!);
}

/** Each distinct word and word pair of a text once (see visitSignalTokens): what a model's probability sums over. */
export function distinctSignalKeys(text: string): readonly string[] {
  const tokens = tokensOf(text);
  return (tokens.distinct ??= [...new Set(tokens.keys)]);
}

/** A text's tokens in visiting order, as parallel arrays, and its distinct keys once asked for. */
interface Tokens {
  keys: string[];
  starts: number[];
  ends: number[];
  pairs: boolean[];
  distinct?: string[];
}

/** The last text read and its tokens: the learned models read the same text one after another. */
let last: { text: string; tokens: Tokens } | undefined;

function tokensOf(text: string): Tokens {
  if (last?.text === text) return last.tokens;
  const tokens: Tokens = { keys: [], starts: [], ends: [], pairs: [] };
  const push = (key: string, start: number, end: number, pair: boolean) => {
    tokens.keys.push(key);
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.pairs.push(pair);
  };
  let before: string | undefined;
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < 2) continue;
    const key = prefix(m[0].toLowerCase());
    const end = m.index + m[0].length;
    push(key, m.index, end, false);
    if (before !== undefined) push(`${before}_${key}`, m.index, end, true);
    before = key;
  }
  last = { text, tokens };
  return tokens;
}

/** The words and word pairs of a text (see visitSignalTokens), words first, then pairs. */
export function signalTokens(text: string): SignalToken[] {
  const words: SignalToken[] = [];
  const pairs: SignalToken[] = [];
  visitSignalTokens(text, (key, start, end, pair) => (pair ? pairs : words).push({ key, start, end, pair }));
  return [...words, ...pairs];
}
