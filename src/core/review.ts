/**
 * A customer's review of a product ("★★★★★ … I run two cafés and Aider answers my questions… Well
 * worth the subscription"): the business it names is the reviewer's, a customer of the product, and
 * the AI it names is the reviewed product's, not something the reviewer's business only uses.
 */

/** A review's rating: stars or "Review" opening the text, a "4/5" score, or "Four stars." closing it. */
const RATING = /^\s*(?:[★☆]|review\b)|(?<![\d.])[1-5](?:\.\d)?\s*\/\s*5\b|\b(?:one|two|three|four|five|[1-5](?:\.5)?)\s+stars?[.!]?\s*$/i;

/** The reviewer speaking of a business of their own: "I run", "we own", "we're a four-vet practice", "our two-person legal team". */
const OWN_BUSINESS = /\b(?:I|we)\s+(?:run|own|manage|operate)\b|\bwe(?:['’]re|\s+are)\s+an?\b|\bour\s+(?:[\w-]+\s+){0,2}(?:team|practice|shop|firm|studio|company|business|clinic|agency|store|office)\b/i;

/** Whether an English text is a customer's review of a product, written by someone who runs a business. */
export function customerReview(text: string): boolean {
  return RATING.test(text) && OWN_BUSINESS.test(text);
}
