/*
 * A price for one unit of use (scoring.json's unitPrice): "$0.004 a minute", "€1.20 an image",
 * "R$ 29 por faixa", "0,08 € la page". The text splitter drops currency signs and amounts, so no
 * lexicon phrase can say it; this reads it from the text. A price per period or per person
 * ("$49 a month", "15 € por utilizador") is not a unit of use.
 */
import { phraseSource } from "../phrase-source.ts";
import type { UnitPrice } from "../schemas/rules.ts";

/** An amount: digits with thousands and decimal separators ("1,200", "0,08", "310'000"). */
const AMOUNT = "\\d+(?:[.,'’ ]\\d+)*";

/** Up to three words after the link, up to the next punctuation: the unit and what qualifies it, after a count or not ("je 1.000 Traces", "per 10,000 predictions"). */
const UNIT = `(?:${AMOUNT}\\s+)?((?:[\\p{L}-]+)(?:\\s+[\\p{L}-]+){0,2})`;

export interface UnitPricePattern {
  /** A currency before or after an amount (a three-letter currency code may follow: "$4 MXN"), one of `links`, then the unit; group 1 holds the unit's words. */
  price: RegExp;
  notUnits: ReadonlySet<string>;
  /** The same amount, one of `fees.links`, then the unit: a fixed fee when the unit's words include one of `fees.units` ("£0.40 per ticket", "R$ 0,49 por Pix recebido"). */
  fee?: { price: RegExp; units: ReadonlySet<string>; not: ReadonlySet<string>; feature: string };
}

export function compileUnitPrice(c: UnitPrice, currencies: string[]): UnitPricePattern {
  const alt = (words: string[]) => words.map(phraseSource).join("|");
  const currency = `(?:${alt(c.currencies ?? currencies)})`;
  const price = `(?:${currency}\\s?${AMOUNT}|(?<![\\p{L}\\d])${AMOUNT}\\s?${currency})(?:\\s+[A-Z]{3})?`;
  const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    price: new RegExp(`${price}\\s+(?:${alt(c.links)})\\s+${UNIT}`, "giu"),
    notUnits: lower(c.notUnits),
    ...(c.fees === undefined
      ? {}
      : { fee: { price: new RegExp(`${price}\\s+(?:${alt(c.fees.links)})\\s+${UNIT}`, "giu"), units: lower(c.fees.units), not: lower(c.fees.not ?? []), feature: c.fees.feature } }),
  };
}

/**
 * The fixed fees per transaction a text states ("£0.40 per ticket"), as written; none whose unit's
 * words include one of `not` (a service done to each transaction is a unit of use: "$0.004 per scored transaction").
 */
export function unitFees(text: string, pattern: UnitPricePattern): string[] {
  const fee = pattern.fee;
  if (fee === undefined || !/\d/.test(text)) return [];
  return [...text.matchAll(fee.price)]
    .filter((m) => {
      const words = unitWords(m);
      return words.some((w) => fee.units.has(w)) && !words.some((w) => fee.not.has(w));
    })
    .map((m) => m[0]);
}

/**
 * The unit prices a text states, as written; none whose unit's words include one of `notUnits`, unless
 * they also include one of the fees' `not`: a service done to each unit ("R$ 0,35 por pedido analisado").
 */
export function unitPrices(text: string, pattern: UnitPricePattern): string[] {
  if (!/\d/.test(text)) return [];
  const done = pattern.fee?.not ?? new Set<string>();
  return [...text.matchAll(pattern.price)]
    .filter((m) => {
      const words = unitWords(m);
      return !words.some((w) => pattern.notUnits.has(w)) || words.some((w) => done.has(w));
    })
    .map((m) => m[0]);
}

/** A price match's unit words (group 1), lower case. */
const unitWords = (m: RegExpMatchArray) => m[1]!.toLowerCase().split(/\s+/);
