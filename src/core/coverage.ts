/*
 * Data coverage (scoring.json's dataCoverage): a text that says it covers many things of one kind
 * ("tracks 150,000 vessels", "maintains profiles of 60 million companies") describes a data product.
 */
import { phraseSource } from "../phrase-source.ts";

/** The pattern of a coverage claim, compiled once per rule set. */
export type CoveragePattern = RegExp;

/** A count a data product states: digits (with separators, then a multiplier or not). Group 1 is the digits, group 2 the multiplier. */
const COUNT = "(\\d[\\d,.]*)\\+?\\s*(million|billion|thousand|mn|bn|m|k)?";

export function compileCoverage(c: { verbs: string[]; entities: string[] }): CoveragePattern {
  const alt = (words: string[]) => words.map(phraseSource).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(c.verbs)})\\s+(?:[\\p{L}'’-]+\\s+){0,4}?${COUNT}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${alt(c.entities)})(?![\\p{L}\\p{N}])`, "giu");
}

/** How many a count says: "150,000" is 150000, "2.4" with "million" 2400000. */
function countOf(digits: string, multiplier: string | undefined): number {
  const scale = multiplier === undefined ? 1 : /^(?:billion|bn)$/i.test(multiplier) ? 1e9 : /^(?:million|mn|m)$/i.test(multiplier) ? 1e6 : 1e3;
  // "150,000" and "150.000" group thousands; "2.4" (with a multiplier) is a decimal.
  const value = multiplier === undefined || /[.,]\d{3}(?:\D|$)/.test(digits) ? Number(digits.replace(/[.,]/g, "")) : Number(digits.replace(",", "."));
  return value * scale;
}

/** The coverage claims of a text, as written: each covers at least `MIN_COUNT` things. */
export function coverageClaims(text: string, pattern: CoveragePattern): string[] {
  const claims: string[] = [];
  for (const m of text.matchAll(pattern)) if (countOf(m[1]!, m[2]) >= MIN_COUNT) claims.push(m[0]);
  return claims;
}

/** Fewer things than this is a customer list or a shop's estate, not a data product's coverage. */
const MIN_COUNT = 1000;
