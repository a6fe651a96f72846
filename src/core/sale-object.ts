/*
 * What a company sells, read from a sales verb and its object (scoring.json's saleObjects): "sells
 * compact processors", "we build and sell the sorting units", "Sensors are sold per barn" are hardware
 * sales; "sells the recordings", "datasets sold by the million rows" are data sales; so is a price beside
 * an object ("Clip-on sensors, $240 each", "€290 per sensor"), and a sentence that opens with a sales
 * cue when the first sentence's first words name the object ("Smart thermostats for rentals. Sold through installers."). A lexicon phrase
 * names one verb and one object; this reads any of `verbs` with any of an object list, up to
 * three words apart, in either order.
 */
import { phraseSource } from "../phrase-source.ts";
import { firstSentenceEnd } from "./lead.ts";
import type { SaleObjects } from "../schemas/rules.ts";

/** Each feature's pattern, compiled once per rule set, and the language's negation cues ("never sold"). */
export interface SaleObjectPatterns {
  /** Any of the verbs or passive forms, or a currency when prices are read: a text without one states no sale, and the patterns are not run. */
  cue: RegExp;
  sales: { feature: string; pattern: RegExp }[];
  /** A sentence opening with a sales cue and no object ("Sold through distributors."), with the objects the text's first sentence must name for it to be that sale. */
  openings: { feature: string; opening: RegExp; object: RegExp }[];
  negation: RegExp;
}

/** Up to three words, within one clause. */
const BETWEEN = "(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?";

/** An amount: digits with thousands and decimal separators ("1,200", "0,08"). */
const AMOUNT = "\\d+(?:[.,'’ ]\\d+)*";

/**
 * The patterns of a language's saleObjects. `currencies` are what a price may be written in
 * (scoring.json's unitPrice currencies); without them, or without `prices`, no price is read.
 */
export function compileSaleObjects(c: SaleObjects, negationCues: readonly string[], currencies: readonly string[] = []): SaleObjectPatterns {
  const alt = (words: readonly string[]) => words.map(phraseSource).join("|");
  const currency = `(?:${alt(currencies)})`;
  const priced = c.prices !== undefined && currencies.length > 0 ? pricedObject(c.prices, currency, alt) : undefined;
  const notBefore = c.notBefore.length === 0 ? "" : `(?<!(?<![\\p{L}])(?:${alt(c.notBefore)})\\s+)`;
  const notAfter = c.notAfter.length === 0 ? "" : `(?!(?:${alt(c.notAfter)})(?![\\p{L}]))`;
  const modifies = c.modifies.length === 0 ? "" : `(?!\\s+(?:${alt(c.modifies)})(?![\\p{L}]))`;
  const sales = Object.entries(c.objects).map(([feature, objects]) => {
    const object = `(?:${alt(objects)})`;
    const active = `${notBefore}(?<![\\p{L}])(?:${alt(c.verbs)})\\s+${notAfter}${BETWEEN}${object}(?![\\p{L}])${modifies}`;
    const passive = `(?<![\\p{L}])${object}\\s+${BETWEEN}(?:${alt(c.passive)})(?![\\p{L}])`;
    return { feature, pattern: new RegExp([active, passive, ...(priced === undefined ? [] : [priced(object)])].join("|"), "giu") };
  });
  const openings = Object.entries(c.openings).map(([feature, cues]) => ({
    feature,
    opening: new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)((?:${alt(cues)})(?![\\p{L}]))`, "giu"),
    object: new RegExp(`(?<![\\p{L}])(?:${alt(c.objects[feature] ?? [])})(?![\\p{L}])`, "iu"),
  }));
  const cues = `(?<![\\p{L}])(?:${alt([...c.verbs, ...c.passive, ...Object.values(c.openings).flat()])})(?![\\p{L}])`;
  return { cue: new RegExp(priced === undefined ? cues : `${cues}|${currency}`, "iu"), sales, openings, negation: new RegExp(`(?<![\\p{L}])(?:${alt(negationCues)})(?![\\p{L}])`, "iu") };
}

/**
 * A price beside an object: the object, up to three words (a comma or a colon may follow it), a price and
 * one of `each` ("sensors, $240 each"); or a price, one of `per` and the object ("€290 per sensor"); or the
 * object, up to three words, one of `links` and a price ("the lock is $229", "stations from $1,450"); the
 * last two not followed by one of `per` and a period ("€15 per sensor per month", "cameras from $29 a month").
 */
function pricedObject(prices: NonNullable<SaleObjects["prices"]>, currency: string, alt: (words: readonly string[]) => string): (object: string) => string {
  const price = `(?:${currency}\\s?${AMOUNT}|(?<![\\p{L}\\d])${AMOUNT}\\s?${currency})`;
  const period = `(?!\\s*(?:/|(?:${alt(prices.per)})\\s+)\\s*(?:${alt(prices.periods)})(?![\\p{L}]))`;
  const linked = prices.links.length === 0 ? undefined : (object: string) => `|(?<![\\p{L}])${object}\\s+${BETWEEN}(?:${alt(prices.links)})\\s+${price}(?!\\d|[.,'’]\\d)${period}`;
  return (object) =>
    `(?<![\\p{L}])${object}[,:]?\\s+${BETWEEN}${price}\\s+(?:${alt(prices.each)})(?![\\p{L}])|${price}\\s+(?:${alt(prices.per)})\\s+${object}(?![\\p{L}])${period}${linked?.(object) ?? ""}`;
}

/** How far before a sale a negation cue denies it ("we do not sell user data", "nous ne vendons pas"). */
const NEGATION_REACH = 24;

/** How many words into the first sentence an opening's object must stand: the subject, not what the product works on ("pulls bank and card feeds"). */
const OPENING_OBJECT_WORDS = 8;

/** The sales a text states, as written, with the feature each is evidence of; none that a negation cue denies ("we never sell your data", "your data is never sold"). */
export function saleObjects(text: string, patterns: SaleObjectPatterns): { feature: string; words: string }[] {
  if (!patterns.cue.test(text)) return [];
  const found = patterns.sales.flatMap(({ feature, pattern }) =>
    [...text.matchAll(pattern)]
      .filter((m) => !patterns.negation.test(text.slice(Math.max(0, m.index - NEGATION_REACH), m.index + m[0].length)))
      .map((m) => ({ feature, words: m[0] })),
  );
  if (patterns.openings.length === 0) return found;
  const first = text.slice(0, firstSentenceEnd(text)).split(/\s+/, OPENING_OBJECT_WORDS).join(" ");
  for (const { feature, opening, object } of patterns.openings) {
    if (!object.test(first)) continue;
    for (const m of text.matchAll(opening)) found.push({ feature, words: m[1]! });
  }
  return found;
}
