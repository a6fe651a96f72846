import type { Negation } from "../schemas/rules.ts";
import type { Token } from "./keywords.ts";

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
export function negatedTokens(text: string, tokens: Token[], negation: CompiledNegation, flags: Uint8Array = new Uint8Array(tokens.length)): Uint8Array {
  flags.fill(0, 0, tokens.length);
  let remaining = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    if (remaining > 0 && prev !== undefined && CLAUSE_BREAK.test(text.slice(prev.end, token.start))) remaining = 0;
    if (remaining > 0 && negation.breakers.has(token.text)) remaining = 0;
    const cueLength = cueAt(tokens, i, negation.cues);
    if (cueLength > 0) {
      i += cueLength - 1;
      const next = tokens[i + 1];
      // A hyphenated cue forms a compound ("no-code", "no-shows", "non-profit"): it reaches one word only.
      remaining = next !== undefined && text.slice(tokens[i]!.end, next.start) === "-" ? 1 : negation.window;
      continue;
    }
    if (remaining > 0) {
      flags[i] = 1;
      remaining--;
    }
  }
  return flags;
}

function cueAt(tokens: Token[], i: number, byFirst: Map<string, string[][]>): number {
  const cues = byFirst.get(tokens[i]!.text);
  if (cues === undefined) return 0;
  for (const cue of cues) {
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) ok = tokens[i + k]?.text === cue[k];
    if (ok) return cue.length;
  }
  return 0;
}

/** True when the word right after a phrase denies it, joined by a space or hyphen ("ad-free"). */
export function deniedAfter(text: string, tokens: Token[], lastIndex: number, negation: CompiledNegation): boolean {
  const next = tokens[lastIndex + 1];
  const last = tokens[lastIndex];
  if (next === undefined || last === undefined || !negation.suffixCues.has(next.text)) return false;
  return /^[\s-]{0,2}$/.test(text.slice(last.end, next.start));
}
