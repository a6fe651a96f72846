import { closest, distance } from "fastest-levenshtein";

/**
 * The candidate a mistyped word most likely meant: the nearest by edit distance when it is close
 * (at most 2 edits, or a third of the word), else one that starts with the word. Undefined when none is.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word === "") return undefined;
  const lower = word.toLowerCase();
  const best = closest(lower, candidates as string[]);
  if (distance(lower, best.toLowerCase()) <= Math.max(2, Math.floor(lower.length / 3))) return best;
  return lower.length >= 3 ? candidates.find((c) => c.toLowerCase().startsWith(lower)) : undefined;
}

/** ` — did you mean "offerings"?` when a candidate is near, else "". */
export function didYouMean(word: string, candidates: readonly string[], show: (c: string) => string = (c) => `"${c}"`): string {
  const match = nearest(word, candidates);
  return match === undefined ? "" : ` — did you mean ${show(match)}?`;
}
