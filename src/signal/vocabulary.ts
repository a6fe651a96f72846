import { asciiCode, forEachWord, prefix } from "./tokens.ts";

/**
 * The tokens the learned models weigh (tokens.ts: a word cut to six letters, or two adjacent such
 * words joined by "_"), numbered from 0. The models of one rule set share one vocabulary, so a
 * text is cut into tokens and looked up once for all of them (signalText), and each model reads a
 * token's weight by its number. A structured clone (the off-thread reload) keeps it whole.
 */
export interface SignalVocabulary {
  /** A word's key → its token number. */
  words: Map<string, number>;
  /** The same for the keys of ASCII letters, by their number (asciiCode): read without making a string. */
  codes: Map<number, number>;
  /** By a first word's number: the second word's number → the pair's token number. */
  pairs: (Map<number, number> | undefined)[];
  /** How many tokens are numbered. */
  size: number;
}

/** Numbers every word and pair key of the given models' weights, each once, in the order first met. */
export function signalVocabulary(keyLists: Iterable<Iterable<string>>): SignalVocabulary {
  const vocabulary: SignalVocabulary = { words: new Map(), codes: new Map(), pairs: [], size: 0 };
  const word = (key: string) => {
    let id = vocabulary.words.get(key);
    if (id === undefined) {
      vocabulary.words.set(key, (id = vocabulary.size++));
      const code = asciiCode(key);
      if (code >= 0) vocabulary.codes.set(code, id);
    }
    return id;
  };
  for (const keys of keyLists) {
    for (const key of keys) {
      const cut = key.indexOf("_");
      if (cut < 0) {
        word(key);
        continue;
      }
      const first = word(key.slice(0, cut));
      const second = word(key.slice(cut + 1));
      const followers = (vocabulary.pairs[first] ??= new Map());
      if (!followers.has(second)) followers.set(second, vocabulary.size++);
    }
  }
  return vocabulary;
}

/** A key's token number, if the vocabulary holds it. */
export function tokenNumber(vocabulary: SignalVocabulary, key: string): number | undefined {
  const cut = key.indexOf("_");
  if (cut < 0) return vocabulary.words.get(key);
  const first = vocabulary.words.get(key.slice(0, cut));
  const second = vocabulary.words.get(key.slice(cut + 1));
  return first === undefined || second === undefined ? undefined : vocabulary.pairs[first]?.get(second);
}

/** The vocabulary's tokens a text holds, each once, in the order visitSignalTokens meets them, with where each first stands. */
export interface SignalText {
  ids: number[];
  /** Offsets of the word (of a pair's second word) where the token first stands. */
  starts: number[];
  ends: number[];
  pairs: boolean[];
}

/** Per vocabulary: the last text read and its tokens, and a stamp per token for finding each once. */
const lastRead = new WeakMap<SignalVocabulary, { text: string; tokens: SignalText; stamps: Uint32Array; stamp: number }>();

/**
 * The vocabulary's tokens in a text (SignalText): a model's sum over them adds the same weights in the
 * same order as over the text's keys. The learned models read the same text one after another: the
 * last text's tokens are kept.
 */
export function signalText(vocabulary: SignalVocabulary, text: string): SignalText {
  let state = lastRead.get(vocabulary);
  if (state?.text === text) return state.tokens;
  if (state === undefined) lastRead.set(vocabulary, (state = { text, tokens: { ids: [], starts: [], ends: [], pairs: [] }, stamps: new Uint32Array(vocabulary.size), stamp: 0 }));
  if (++state.stamp === 0xffffffff) {
    state.stamps.fill(0);
    state.stamp = 1;
  }
  const { stamps, stamp } = state;
  const tokens: SignalText = { ids: [], starts: [], ends: [], pairs: [] };
  const add = (id: number, start: number, end: number, pair: boolean) => {
    if (stamps[id] === stamp) return;
    stamps[id] = stamp;
    tokens.ids.push(id);
    tokens.starts.push(start);
    tokens.ends.push(end);
    tokens.pairs.push(pair);
  };
  let before: number | undefined;
  forEachWord(text, (start, end, code) => {
    const id = code >= 0 ? vocabulary.codes.get(code) : vocabulary.words.get(prefix(text.slice(start, end).toLowerCase()));
    if (id !== undefined) {
      add(id, start, end, false);
      if (before !== undefined) {
        const pair = vocabulary.pairs[before]?.get(id);
        if (pair !== undefined) add(pair, start, end, true);
      }
    }
    before = id;
  });
  state.text = text;
  state.tokens = tokens;
  return tokens;
}
