import type { FeatureMatch } from "./features.ts";

/** How a long page is read: its boilerplate is no evidence, and its lead says what the company does. */
export interface LongTextPolicy {
  /** Matches a paragraph that opens with a boilerplate heading ("Careers.", "Investors:"). */
  headings: RegExp | undefined;
  /** Finds a boilerplate phrase in a sentence ("backed by", "privacy policy"). */
  cues: RegExp | undefined;
  /** Finds a phrase that makes its whole paragraph boilerplate, even in the lead ("cookies": a cookie banner). */
  paragraphs: RegExp | undefined;
  /** Texts shorter than this are read whole. */
  minChars: number;
  /** The lead: the first this many characters, extended to the end of their sentence; never boilerplate. */
  leadChars: number;
  /** Features that count wherever they stand (what the company charges is often far down the page). */
  anywhere: ReadonlySet<string>;
  /**
   * Features that count only in the lead: what kind of business the company is ("a bakery", "our
   * staff use") is said at the top; further down "bakery" is a customer's counter or a case study.
   */
  leadOnly: ReadonlySet<string>;
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/**
 * A regular expression for any of the phrases as whole words, ignoring case: anywhere in a sentence,
 * or (`heading`) opening a paragraph as a short title ending in ".", ":" or a line end ("Careers.",
 * "Awards and recognition:", "Investors & partners").
 */
export function cuePattern(phrases: string[], heading: boolean): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(escape).join("|");
  if (!heading) return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
  const phrase = `(?:${alternatives})(?![\\p{L}\\p{N}])`;
  // After the heading: the title's end, or a joint and more title ("Awards and press", "Careers at
  // Acme", "Funding news"), never a plain continuation ("Legal translation", "Events that move industries").
  const joint = `(?:\\s*[&,/(–—-]|\\s+(?:and|at|with|from|of|in|by|on|for)\\s|\\s+(?=${phrase}))`;
  return new RegExp(`^\\s*(?:#{1,6}\\s*)?${phrase}(?:\\s*[.:!?]|[^\\p{L}\\p{N}\\n]*(?:\\n|$)|${joint}[^.:!?\\n]{0,30}(?:[.:!?\\n]|$))`, "iu");
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
const PARAGRAPH = /[^\n]+(?:\n|$)/g;

/** A line that only divides a page: "—", "---", "* * *". */
const SEPARATOR = /^[\s\-—–_*=~·•]+$/u;
/**
 * A heading on a line of its own ("Careers", "## Investors and partners", "What our customers say:"):
 * short, opening with a capital or a digit, no sentence end, no price, no arrow. Markdown's "#" marks are allowed.
 */
const HEADING_LINE = /^\s*(?:#{1,6}\s*)?[\p{Lu}\p{N}][^.!?;$£€¥→»|·•"“”]{0,48}:?\s*$/u;
/** What divides the items of a menu: " · ", " | ", " • " or a run of spaces. */
const MENU_SEPARATOR = /\s+[·|•]\s+|\s{2,}/;
/** A menu item: at most four words, and no sentence end. */
const MENU_ITEM = /^\[?[^.!?\s]*(?:\s+[^.!?\s]+){0,3}\]?$/u;

/** Whether a line is a menu or a list of names ("Solutions · Pricing · Docs · [Sign in]"): three or more short items. */
function isMenu(line: string): boolean {
  const items = line.trim().split(MENU_SEPARATOR);
  return items.length >= 3 && items.every((item) => MENU_ITEM.test(item));
}

/**
 * Character ranges of a text's boilerplate, flagged true where no word of them is evidence even in
 * the lead: a section under a boilerplate heading on a line of its own (to the next heading or
 * divider), a paragraph opening with a boilerplate heading or holding a paragraph cue (a cookie
 * banner), a menu or list of names; and, flagged false, sentences holding a cue.
 */
export function boilerplateRanges(text: string, policy: Pick<LongTextPolicy, "headings" | "cues" | "paragraphs">): [number, number, boolean][] {
  const ranges: [number, number, boolean][] = [];
  let section = false;
  for (const p of text.matchAll(PARAGRAPH)) {
    const start = p.index;
    const paragraph = p[0];
    const end = start + paragraph.length;
    if (paragraph.trim() === "") continue;
    if (SEPARATOR.test(paragraph)) {
      section = false;
      continue;
    }
    if (HEADING_LINE.test(paragraph) && !isMenu(paragraph)) {
      // "Investors", "Backed by", "Named to the Forbes Cloud 100": a boilerplate section starts.
      section = (policy.headings?.test(paragraph) || policy.cues?.test(paragraph)) ?? false;
      if (section) ranges.push([start, end, true]);
      continue;
    }
    if (section || policy.headings?.test(paragraph) || policy.paragraphs?.test(paragraph) || isMenu(paragraph)) {
      ranges.push([start, end, true]);
      continue;
    }
    if (policy.cues === undefined) continue;
    for (const s of paragraph.matchAll(SENTENCE)) if (policy.cues.test(s[0])) ranges.push([start + s.index, start + s.index + s[0].length, false]);
  }
  return ranges;
}

/** Where a long text's lead ends: the first `leadChars`, extended to the end of their sentence. */
export function leadEnd(text: string, leadChars: number): number {
  const sentenceEnd = text.slice(leadChars).search(/[.!?\n]/);
  return sentenceEnd < 0 ? text.length : leadChars + sentenceEnd;
}

/** The range holding a position, by binary search over ranges in text order that do not overlap. */
function rangeAt(ranges: [number, number, boolean][], at: number): [number, number, boolean] | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r[0]) hi = mid - 1;
    else if (at >= r[1]) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/**
 * The matches of a long text that are evidence (`evidence`): none in boilerplate (a cue sentence in the lead
 * still counts: the lead's one sentence may say "backed by"), nor a lead-only feature after the lead;
 * of the rest, a feature counts when it is found in the lead, found twice, or is one that counts
 * anywhere. Short texts keep every match.
 *
 * Also the matches (`once`) outside boilerplate left out because their feature is found only
 * once, in the body: a page's passing mention ("our X-ray software includes an AI tool"), no evidence of
 * what the company is, but a sign that it names AI.
 */
export function longTextSplit(text: string, matches: FeatureMatch[], policy: LongTextPolicy): { evidence: FeatureMatch[]; once: FeatureMatch[] } {
  if (text.length < policy.minChars) return { evidence: matches, once: [] };
  const lead = leadEnd(text, policy.leadChars);
  const boilerplate = boilerplateRanges(text, policy);
  const kept = matches.filter((m) => {
    const range = rangeAt(boilerplate, m.start);
    if (m.start >= lead && policy.leadOnly.has(m.feature)) return false;
    return range === undefined || (!range[2] && m.start < lead);
  });
  const weight = new Map<string, number>();
  for (const m of kept) weight.set(m.feature, (weight.get(m.feature) ?? 0) + (m.start < lead ? 2 : 1));
  const evidence: FeatureMatch[] = [];
  const once: FeatureMatch[] = [];
  for (const m of kept) (policy.anywhere.has(m.feature) || weight.get(m.feature)! >= 2 ? evidence : once).push(m);
  return { evidence, once };
}
