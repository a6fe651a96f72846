/*
 * A fee stated as a percentage (scoring.json's percentFee): "we take 12% of each booking", "a 6%
 * commission", "1.69% per card transaction". The text splitter drops "%", so no lexicon phrase can
 * say it; this reads it from the text.
 */
import { phraseSource } from "../phrase-source.ts";
import type { PercentFee } from "../schemas/rules.ts";

/** A percentage: digits, a decimal part or not, then "%". */
const PERCENT = "\\d+(?:[.,]\\d+)?\\s?%";

/** Up to three words between a charged percentage and its unit: "cobramos 3,5 % al concretar la venta", "we take 8% once the sale closes". */
const WHEN = "(?:[\\p{L}'’-]+\\s+){1,3}";

/** The end of a clause right after a charged percentage: "Sellers pay 8%.", "We take 9%", "cobramos un 3%; publicar es gratis". */
const CLAUSE_END = "(?=\\s*(?:[.;,!)]|$))";

/** English's glue words, where a language's percentFee lists none. */
const ENGLISH = {
  articles: ["a", "an", "only", "just", "a flat", "flat"],
  links: ["of", "per", "on", "from"],
  per: ["per"],
  determiners: ["each", "every", "the", "a", "an", "your", "their"],
};

/** A percentage plus a fixed amount: "1.4% + 20p", "2.6% + 10¢", "5 % + 0,25 €": how card and ticket fees are written. */
const PLUS_AMOUNT = "\\s?\\+\\s?[^\\s\\d]{0,3}\\d+(?:[.,]\\d+)?[^\\s\\d.,;)]{0,2}";

/**
 * The pattern of a percentage fee: one of `verbs` then the percentage and a fee word, or a link ("of",
 * "per", "on", "from") and one of `units` ("takes a 6% commission", "we keep 15% of every sale"), or the
 * end of the clause ("Sellers pay 8%."), or one of `conditions` ("we take 8% when it sells"); or the
 * percentage then a fee word ("a 3% booking fee"), or "per" and one of `units` ("1.5% per transaction"),
 * or a fixed amount added ("1.4% + 20p"); or one of `leads` right before the percentage ("card
 * processing 2.75%", "a fee of 1.5%").
 * One determiner and one more word may stand before the unit ("of each booking", "per card transaction").
 */
export function compilePercentFee(c: PercentFee): RegExp {
  const alt = (words: string[]) => words.map(phraseSource).join("|");
  const fee = `(?:${alt(c.fees)})(?![\\p{L}])`;
  const unit = `(?:${alt(c.units)})(?![\\p{L}])`;
  const beforeUnit = `(?:(?:${alt(c.determiners ?? ENGLISH.determiners)})\\s+)?(?:[\\p{L}-]+\\s+)?`;
  const articles = `(?:(?:${alt(c.articles ?? ENGLISH.articles)})\\s+)?`;
  const condition = c.conditions === undefined ? "" : `|\\s+(?:${alt(c.conditions)})(?![\\p{L}])`;
  const lead = c.leads === undefined ? "" : `|(?<![\\p{L}])(?:${alt(c.leads)})\\s+${articles}${PERCENT}`;
  return new RegExp(
    `(?<![\\p{L}])(?:${alt(c.verbs)})\\s+${articles}${PERCENT}(?:\\s+(?:${fee}|(?:${alt(c.links ?? ENGLISH.links)})\\s+${beforeUnit}${unit}|${WHEN}${beforeUnit}${unit})|${CLAUSE_END}${condition})|${PERCENT}(?:\\s+(?:${fee}|(?:${alt(c.per ?? ENGLISH.per)})\\s+${beforeUnit}${unit})|${PLUS_AMOUNT})${lead}`,
    "giu",
  );
}

/** The percentage fees a text states, as written. */
export function percentFees(text: string, pattern: RegExp): string[] {
  return text.includes("%") ? [...text.matchAll(pattern)].map((m) => m[0]) : [];
}
