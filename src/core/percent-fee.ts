/*
 * A fee stated as a percentage (scoring.json's percentFee): "we take 12% of each booking", "a 6%
 * commission", "1.69% per card transaction". The text splitter drops "%", so no lexicon phrase can
 * say it; this reads it from the text.
 */
import { phraseSource } from "../phrase-source.ts";

/** A percentage: digits, a decimal part or not, then "%". */
const PERCENT = "\\d+(?:[.,]\\d+)?\\s?%";

/** What one determiner or word may stand before the unit: "of each booking", "per card transaction". */
const BEFORE_UNIT = "(?:(?:each|every|the|a|an|your|their)\\s+)?(?:[\\p{L}-]+\\s+)?";

/**
 * The pattern of a percentage fee: one of `verbs` then the percentage and a fee word or "of", "per",
 * "on" or "from" and one of `units` ("takes a 6% commission", "we keep 15% of every sale"); or the
 * percentage then a fee word ("a 3% booking fee"), or "per" and one of `units` ("1.5% per transaction").
 */
export function compilePercentFee(c: { verbs: string[]; fees: string[]; units: string[] }): RegExp {
  const alt = (words: string[]) => words.map(phraseSource).join("|");
  const fee = `(?:${alt(c.fees)})(?![\\p{L}])`;
  const unit = `(?:${alt(c.units)})(?![\\p{L}])`;
  return new RegExp(
    `(?<![\\p{L}])(?:${alt(c.verbs)})\\s+(?:(?:a|an|only|just|a flat|flat)\\s+)?${PERCENT}\\s+(?:${fee}|(?:of|per|on|from)\\s+${BEFORE_UNIT}${unit})|${PERCENT}\\s+(?:${fee}|per\\s+${BEFORE_UNIT}${unit})`,
    "giu",
  );
}

/** The percentage fees a text states, as written. */
export function percentFees(text: string, pattern: RegExp): string[] {
  return text.includes("%") ? [...text.matchAll(pattern)].map((m) => m[0]) : [];
}
