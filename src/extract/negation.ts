import type { Negation } from "../schemas/rules.ts";
import type { Tokens } from "./keywords.ts";

// A clause ends at sentence or list punctuation; a negation never reaches past it.
const CLAUSE_BREAK = /[.;:!?,()\n\u2013\u2014]/;

export interface CompiledNegation {
  /** first word of a cue → the cues starting with it, longest first */
  cues: Map<string, string[][]>;
  suffixCues: Set<string>;
  breakers: Set<string>;
  window: number;
  /** A restrictive word ("que", "qu'") opening a stretch of text, after the space before it. */
  restrictive: RegExp | undefined;
}

export function compileNegation(negation: Negation, split: (phrase: string) => string[]): CompiledNegation {
  const cues = new Map<string, string[][]>();
  for (const words of negation.cues.map(split).sort((a, b) => b.length - a.length)) {
    const first = words[0];
    if (first === undefined) continue;
    cues.set(first, [...(cues.get(first) ?? []), words]);
  }
  return {
    cues,
    suffixCues: new Set(negation.suffixCues),
    breakers: new Set(negation.breakers),
    window: negation.window,
    restrictive: negation.restrictive.length > 0 ? new RegExp(`^\\s*(?:${negation.restrictive.map(restrictiveWord).join("|")})`, "iu") : undefined,
  };
}

/**
 * Which tokens stand inside a negation's reach: after a cue ("not", "without", "never"), up to
 * `window` words, stopped early by a breaker word ("but") or clause punctuation.
 * Returns one flag per token, in `flags` when given (it may be longer than the tokens).
 */
export function negatedTokens(text: string, tokens: Tokens, negation: CompiledNegation, flags: Uint8Array = new Uint8Array(tokens.words.length)): Uint8Array {
  const { words, starts, ends } = tokens;
  flags.fill(0, 0, words.length);
  let remaining = 0;
  for (let i = 0; i < words.length; i++) {
    if (remaining > 0 && i > 0 && CLAUSE_BREAK.test(text.slice(ends[i - 1]!, starts[i]!))) remaining = 0;
    if (remaining > 0 && negation.breakers.has(words[i]!)) remaining = 0;
    const cueLength = cueAt(words, i, negation.cues);
    if (cueLength > 0) {
      i += cueLength - 1;
      if (restricted(text, tokens, i, negation)) continue;
      // A hyphenated cue forms a compound ("no-code", "no-shows", "non-profit"): it reaches one word only.
      remaining = i + 1 < words.length && text.slice(ends[i]!, starts[i + 1]!) === "-" ? 1 : negation.window;
      continue;
    }
    if (remaining > 0) {
      flags[i] = 1;
      remaining--;
    }
  }
  return flags;
}

/** A restrictive word as a pattern: an elided one ("qu'") with either apostrophe, a whole one ("que") ending the word. */
function restrictiveWord(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return /['’]$/.test(word) ? `${escaped.slice(0, -1)}['’]` : `${escaped}(?![\\p{L}\\p{N}])`;
}

/**
 * Whether a restrictive word stands within a cue's reach (ending at token `cueEnd`), before any clause
 * break or denial word: "ne répond qu'à…" is restrictive, "ne vend jamais les données que…" is not.
 */
function restricted(text: string, tokens: Tokens, cueEnd: number, negation: CompiledNegation): boolean {
  const re = negation.restrictive;
  if (re === undefined) return false;
  const { starts, ends, words } = tokens;
  for (let j = cueEnd + 1; j < words.length && j <= cueEnd + negation.window; j++) {
    const gap = text.slice(ends[j - 1]!, starts[j]!);
    if (CLAUSE_BREAK.test(gap)) return false;
    // "ne vendons jamais les données que…": a denial read first makes "que" a relative word.
    if (negation.cues.has(words[j]!) || negation.suffixCues.has(words[j]!)) return false;
    // An elided word may be left out of the token ("qu'à" read as "à"): read from the end of the previous one.
    if (re.test(text.slice(ends[j - 1]!, ends[j]!))) return true;
  }
  return false;
}

function cueAt(words: string[], i: number, byFirst: Map<string, string[][]>): number {
  const cues = byFirst.get(words[i]!);
  if (cues === undefined) return 0;
  for (const cue of cues) {
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) ok = words[i + k] === cue[k];
    if (ok) return cue.length;
  }
  return 0;
}

/** True when the word right after a phrase denies it, joined by a space or hyphen ("ad-free"). */
export function deniedAfter(text: string, tokens: Tokens, lastIndex: number, negation: CompiledNegation): boolean {
  const next = lastIndex + 1;
  if (next >= tokens.words.length || !negation.suffixCues.has(tokens.words[next]!)) return false;
  // "rien que pour vous": "just for you", no denial.
  if (negation.restrictive?.test(text.slice(tokens.ends[next]!)) === true) return false;
  return /^[\s-]{0,2}$/.test(text.slice(tokens.ends[lastIndex]!, tokens.starts[next]!));
}
