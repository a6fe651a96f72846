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
  return /^[\s-]{0,2}$/.test(text.slice(tokens.ends[lastIndex]!, tokens.starts[next]!));
}
