import { intTable, lookup, type IntTable } from "./int-table.ts";
import { asciiCode, prefix, scanWords } from "./tokens.ts";

/**
 * The tokens the learned models weigh (tokens.ts: a word cut to six letters, or two adjacent such
 * words joined by "_"), numbered from 0. The models of one rule set share one vocabulary, so a
 * text is cut into tokens and looked up once for all of them (signalText), and each model reads a
 * token's weight by its number. A structured clone (the off-thread reload) keeps it whole.
 */
export interface SignalVocabulary {
  /** A word's key → its token number. */
  words: Map<string, number>;
  /** The keys of ASCII letters by their number (asciiCode, 0) → the word's token number: read without making a string. */
  codes: IntTable;
  /** A pair's first and second word's numbers → the pair's token number. */
  pairs: IntTable;
  /** How many tokens are numbered. */
  size: number;
}

/** Numbers every word and pair key of the given models' weights, each once, in the order first met. */
export function signalVocabulary(keyLists: Iterable<Iterable<string>>): SignalVocabulary {
  const words = new Map<string, number>();
  const codes: [number, number, number][] = [];
  const pairs = new Map<string, [number, number, number]>();
  let size = 0;
  const word = (key: string) => {
    let id = words.get(key);
    if (id === undefined) {
      words.set(key, (id = size++));
      const code = asciiCode(key);
      if (code >= 0) codes.push([code, 0, id]);
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
      if (!pairs.has(`${first}_${second}`)) pairs.set(`${first}_${second}`, [first, second, size++]);
    }
  }
  return { words, codes: intTable(codes), pairs: intTable([...pairs.values()]), size };
}

/** A key's token number, if the vocabulary holds it. */
export function tokenNumber(vocabulary: SignalVocabulary, key: string): number | undefined {
  const cut = key.indexOf("_");
  if (cut < 0) return vocabulary.words.get(key);
  const first = vocabulary.words.get(key.slice(0, cut));
  const second = vocabulary.words.get(key.slice(cut + 1));
  const id = first === undefined || second === undefined ? -1 : lookup(vocabulary.pairs, first, second);
  return id < 0 ? undefined : id;
}

/**
 * The vocabulary's tokens a text holds, each once, in the order visitSignalTokens meets them, with
 * where each first stands: the first `count` entries of each array. The arrays are reused for the
 * next text the vocabulary reads.
 */
export interface SignalText {
  count: number;
  ids: Int32Array;
  /** Offsets of the word (of a pair's second word) where the token first stands. */
  starts: Int32Array;
  ends: Int32Array;
  /** 1 for a pair of words. */
  pairs: Uint8Array;
}

/** Per vocabulary: the last text read and its tokens, and a stamp per token (one byte: cleared every 255 texts) for finding each once. */
const lastRead = new WeakMap<SignalVocabulary, { text: string; tokens: SignalText; stamps: Uint8Array; stamp: number }>();

const emptyTokens = (size: number): SignalText => ({ count: 0, ids: new Int32Array(size), starts: new Int32Array(size), ends: new Int32Array(size), pairs: new Uint8Array(size) });

/**
 * The vocabulary's tokens in a text (SignalText): a model's sum over them adds the same weights in the
 * same order as over the text's keys. The learned models read the same text one after another: the
 * last text's tokens are kept.
 */
export function signalText(vocabulary: SignalVocabulary, text: string): SignalText {
  let state = lastRead.get(vocabulary);
  if (state?.text === text) return state.tokens;
  if (state === undefined) lastRead.set(vocabulary, (state = { text, tokens: emptyTokens(512), stamps: new Uint8Array(vocabulary.size), stamp: 0 }));
  if (++state.stamp === 0x100) {
    state.stamps.fill(0);
    state.stamp = 1;
  }
  const { stamps, stamp } = state;
  const words = scanWords(text);
  // Each word adds at most itself and one pair.
  if (state.tokens.ids.length < 2 * words.count) state.tokens = emptyTokens(4 * words.count);
  const tokens = state.tokens;
  const { ids, starts, ends, pairs } = tokens;
  let count = 0;
  let before = -1;
  for (let w = 0; w < words.count; w++) {
    const start = words.starts[w]!;
    const end = words.ends[w]!;
    const code = words.codes[w]!;
    const id = code >= 0 ? lookup(vocabulary.codes, code, 0) : (vocabulary.words.get(prefix(text.slice(start, end).toLowerCase())) ?? -1);
    if (id >= 0) {
      if (stamps[id] !== stamp) {
        stamps[id] = stamp;
        ids[count] = id;
        starts[count] = start;
        ends[count] = end;
        pairs[count++] = 0;
      }
      const pair = before >= 0 ? lookup(vocabulary.pairs, before, id) : -1;
      if (pair >= 0 && stamps[pair] !== stamp) {
        stamps[pair] = stamp;
        ids[count] = pair;
        starts[count] = start;
        ends[count] = end;
        pairs[count++] = 1;
      }
    }
    before = id;
  }
  tokens.count = count;
  state.text = text;
  return tokens;
}
