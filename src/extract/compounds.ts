import { MAX_WORD_LENGTH } from "./bounds.ts";

/**
 * How a language joins words into one ("Bilderkennung" + "s" + "Software"), as its lexicon file
 * says (`compounds` in rules/lexicon/de.json): the linking elements between parts, words that end
 * compounds without being a phrase of their own, and the shortest part worth splitting off.
 */
export interface CompoundRules {
  linking: readonly string[];
  heads: readonly string[];
  minPart: number;
}

/** One part of a compound word: characters start..end of the lower-cased word, a linking element left out. */
export interface CompoundPart {
  start: number;
  end: number;
}

/** How many parts a compound splits into at most ("Zahlungs|betrugs|erkennungs|software"). */
const MAX_PARTS = 4;

/** A split being weighed: its parts and how many of its letters are known words. */
interface Split {
  parts: CompoundPart[];
  knownLetters: number;
}

/**
 * A splitter of compound words into parts the lexicon knows: "bilderkennungssoftware" →
 * "bilderkennung" (0–13) and "software" (14–22). `known` says whether a word is a lexicon word (or
 * one of the rules' heads), `written` whether it is one as written (not only by its stem). A word is split only when it is not known itself and a part is, each part is at least
 * `minPart` letters, and the word is at most MAX_WORD_LENGTH long (longer runs are not words, and
 * the search grows with the square of the length); of the possible splits the one covering most
 * letters with known words wins, at equal cover the one with fewer parts, then the one with the longer modifier ("betrugserkennung·s|dienst").
 */
export function createCompoundSplitter(rules: CompoundRules, known: (word: string) => boolean, written: (word: string) => boolean = known): (word: string) => CompoundPart[] | undefined {
  const { minPart } = rules;
  const linking = [...rules.linking].filter((l) => l.length > 0).sort((a, b) => b.length - a.length);
  const heads = new Set(rules.heads);
  // Per word split: each substring asked once, each (end, parts) weighed once; at most ~800 substrings.
  const memo = new Map<string, boolean>();
  const splits = new Map<number, Split>();
  const isKnown = (w: string) => {
    let k = memo.get(w);
    if (k === undefined) memo.set(w, (k = heads.has(w) || known(w)));
    return k;
  };
  const isWritten = (w: string) => heads.has(w) || written(w);
  // The modifier word[from, to) as a known word, a linking element dropped if that makes it one; a
  // word of the lexicon as written beats one known by its stem ("bilderkennung·s", not "bilderkennungs").
  const knownModifier = (word: string, from: number, to: number): number | undefined => {
    const ends = [to, ...linking.filter((l) => to - from - l.length >= minPart && word.endsWith(l, to)).map((l) => to - l.length)];
    return ends.find((end) => isWritten(word.slice(from, end))) ?? ends.find((end) => isKnown(word.slice(from, end)));
  };
  // The best split of word[from, to), at most `parts` parts, its last part word[.., to) whole.
  const best = (word: string, from: number, to: number, parts: number): Split => {
    const key = to * (MAX_PARTS + 1) + parts;
    const seen = splits.get(key);
    if (seen !== undefined) return seen;
    const whole: Split = { parts: [{ start: from, end: to }], knownLetters: 0 };
    let chosen = whole;
    if (parts < 2) return chosen;
    for (let cut = from + minPart; cut <= to - minPart; cut++) {
      const head = isKnown(word.slice(cut, to)) ? to - cut : 0;
      const end = knownModifier(word, from, cut);
      let left: Split;
      if (end !== undefined) left = { parts: [{ start: from, end }], knownLetters: end - from };
      else {
        // An unknown modifier may itself be a compound, with or without a linking element at its end.
        left = best(word, from, cut, parts - 1);
        for (const l of linking) {
          if (cut - from - l.length < minPart || !word.endsWith(l, cut)) continue;
          const trimmed = best(word, from, cut - l.length, parts - 1);
          if (trimmed.knownLetters > left.knownLetters) left = trimmed;
        }
      }
      const knownLetters = left.knownLetters + head;
      if (head === 0 && left.knownLetters === 0) continue;
      const candidate = { parts: [...left.parts, { start: cut, end: to }], knownLetters };
      if (knownLetters > chosen.knownLetters || (knownLetters === chosen.knownLetters && candidate.parts.length <= chosen.parts.length)) chosen = candidate;
    }
    splits.set(key, chosen);
    return chosen;
  };
  return (word) => {
    if (word.length > MAX_WORD_LENGTH || word.length < 2 * minPart) return undefined;
    memo.clear();
    splits.clear();
    if (isKnown(word)) return undefined;
    const split = best(word, 0, word.length, MAX_PARTS);
    return split.parts.length > 1 ? split.parts : undefined;
  };
}
