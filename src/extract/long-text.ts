import type { FeatureMatch } from "./features.ts";

/** How a long page is read: its boilerplate is no evidence, and its lead says what the company does. */
export interface LongTextPolicy {
  /** Matches a paragraph that opens with a boilerplate heading ("Careers.", "Investors:"). */
  headings: RegExp | undefined;
  /** Finds a boilerplate phrase in a sentence ("backed by", "privacy policy"). */
  cues: RegExp | undefined;
  /** Texts shorter than this are read whole. */
  minChars: number;
  /** The lead: the first this many characters, extended to the end of their sentence; never boilerplate. */
  leadChars: number;
  /** Features that count wherever they stand (what the company charges is often far down the page). */
  anywhere: ReadonlySet<string>;
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/**
 * A regular expression for any of the phrases as whole words, ignoring case: anywhere in a sentence,
 * or (`heading`) opening a paragraph, within a short title ending in ".", ":" or a line end ("Awards and recognition.").
 */
export function cuePattern(phrases: string[], heading: boolean): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(escape).join("|");
  return heading ? new RegExp(`^\\s*(?:${alternatives})(?![\\p{L}\\p{N}])[^.:!?\\n]{0,30}(?:[.:!?\\n]|$)`, "iu") : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
const PARAGRAPH = /[^\n]+(?:\n|$)/g;

/**
 * Character ranges of a text's boilerplate: paragraphs under a boilerplate heading (flagged true),
 * and sentences holding a cue.
 */
export function boilerplateRanges(text: string, policy: Pick<LongTextPolicy, "headings" | "cues">): [number, number, boolean][] {
  const ranges: [number, number, boolean][] = [];
  for (const p of text.matchAll(PARAGRAPH)) {
    const start = p.index;
    const paragraph = p[0];
    if (policy.headings?.test(paragraph)) {
      ranges.push([start, start + paragraph.length, true]);
      continue;
    }
    if (policy.cues === undefined) continue;
    for (const s of paragraph.matchAll(SENTENCE)) if (policy.cues.test(s[0])) ranges.push([start + s.index, start + s.index + s[0].length, false]);
  }
  return ranges;
}

/**
 * The matches of a long text that are evidence: none under a boilerplate heading, nor in a sentence
 * holding a boilerplate cue after the lead (whose one sentence may say "backed by"); of the rest, a
 * feature counts when it is found in the lead, found twice, or is one that counts anywhere. Short
 * texts keep every match.
 */
export function longTextEvidence(text: string, matches: FeatureMatch[], policy: LongTextPolicy): FeatureMatch[] {
  if (text.length < policy.minChars) return matches;
  const sentenceEnd = text.slice(policy.leadChars).search(/[.!?\n]/);
  const leadEnd = sentenceEnd < 0 ? text.length : policy.leadChars + sentenceEnd;
  const boilerplate = boilerplateRanges(text, policy);
  const kept = matches.filter((m) => !boilerplate.some(([s, e, heading]) => m.start >= s && m.start < e && (heading || m.start >= leadEnd)));
  const weight = new Map<string, number>();
  for (const m of kept) weight.set(m.feature, (weight.get(m.feature) ?? 0) + (m.start < leadEnd ? 2 : 1));
  return kept.filter((m) => policy.anywhere.has(m.feature) || weight.get(m.feature)! >= 2);
}
