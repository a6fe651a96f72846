import type { Keyword } from "../schemas/result.ts";

/** The index of the first keyword starting at or after `pos`, in keywords ordered by start (as the matcher finds them). */
export function firstFrom(keywords: readonly Keyword[], pos: number): number {
  let lo = 0;
  let hi = keywords.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keywords[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a keyword starting in [from, to) passes `test`; keywords ordered by start. */
export function someStartingIn(keywords: readonly Keyword[], from: number, to: number, test: (k: Keyword) => boolean): boolean {
  for (let j = firstFrom(keywords, from); j < keywords.length && keywords[j]!.start < to; j++) if (test(keywords[j]!)) return true;
  return false;
}

/** The keywords by the offset they end at. */
export function byEnd(keywords: readonly Keyword[]): Map<number, Keyword[]> {
  const ends = new Map<number, Keyword[]>();
  for (const k of keywords) {
    const list = ends.get(k.end);
    if (list === undefined) ends.set(k.end, [k]);
    else list.push(k);
  }
  return ends;
}
