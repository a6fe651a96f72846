import { leadEnd } from "./long-text.ts";

/** What the sells-or-uses reading reads of a long page. */
export interface AiSentencesPolicy {
  /** Texts shorter than this are read whole. */
  minChars: number;
  /** The page's lead: its first `leadChars`, to the end of their sentence (long-text.ts leadEnd). */
  leadChars: number;
}

const BREAK = /[.!?\n]/;

/**
 * A long page as the sells-AI model reads it: its lead, then each sentence that names AI (at the
 * given [start, end) spans), one per line. How a page speaks of its AI says whether it sells it; the
 * rest of a page (team, careers, pricing, legal) only adds words that say nothing of it.
 * A text shorter than `minChars` is read whole.
 */
export function aiSentences(text: string, spans: readonly (readonly [number, number])[], policy: AiSentencesPolicy): string {
  if (text.length < policy.minChars) return text;
  const lead = Math.min(text.length, leadEnd(text, policy.leadChars) + 1);
  const parts = [text.slice(0, lead).trim()];
  let last = lead;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= last) continue;
    let from = start;
    while (from > last && !BREAK.test(text[from - 1]!)) from--;
    let to = end;
    while (to < text.length && !BREAK.test(text[to]!)) to++;
    if (to < text.length) to++;
    parts.push(text.slice(from, to).trim());
    last = to;
  }
  return parts.join("\n");
}
