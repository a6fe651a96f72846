/**
 * A customer's account of a product: a review ("★★★★★ … I run two cafés and Aider answers my
 * questions"), or a testimonial that names the product the customer adopted ("We hooked Tallyhawk up
 * to Chargebee", "With Tailnote I glance at the draft note"). The business it names is the
 * customer's, and the AI it names is the product's, not something the customer's business only uses.
 * English only: the patterns read English grammar.
 */

/** A review's rating: stars or "Review" opening the text, a "4/5" score, or "Four stars." closing it. */
const RATING = /^\s*(?:[★☆]|review\b)|(?<![\d.])[1-5](?:\.\d)?\s*\/\s*5\b|\b(?:one|two|three|four|five|[1-5](?:\.5)?)\s+stars?[.!]?\s*$/i;

/** The reviewer speaking of a business of their own: "I run", "we own", "we're a four-vet practice", "our two-person legal team". */
const OWN_BUSINESS = /\b(?:I|we)\s+(?:run|own|manage|operate)\b|\bwe(?:['’]re|\s+are)\s+an?\b|\bour\s+(?:[\w-]+\s+){0,2}(?:team|practice|shop|firm|studio|company|business|clinic|agency|store|office)\b/i;

/** Capitalised words that name no product: pronouns, articles, months, days. */
const NOT_NAME = String.raw`(?:It|It's|It’s|This|That|These|Those|They|There|Then|He|She|We|Our|My|The|An?|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`;

/** A product's name: a capitalised word of at most 41 characters with a lower-case letter ("Tallyhawk", "moinAI", "Eighty-Six"); bounded, so no text makes the patterns backtrack far. */
const NAME = String.raw`(?!${NOT_NAME})[A-Z](?=[\w.'’-]{0,39}[a-z])[\w.'’-]{1,40}(?![\w'’-])`;

/** The customer adopting a named product, or the product doing a job for the customer. */
const ADOPTED = [
  // "We hooked Tallyhawk up", "we set up two Tasksmith agents", "I switched to Vrew".
  new RegExp(String.raw`\b(?:[Ww]e|I)\s+(?:hooked|set up|signed up (?:for|with)|switched (?:over )?to|bought|started using|rolled out|tried|installed|plugged in|subscribed to|chose|picked|brought in)\s+(?:(?:a|an|the|two|three|our)\s+)?${NAME}`),
  // "With Tailnote I glance at the draft", "Since Quillo, our team…".
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:With|Since|Using)\s+${NAME},?\s+(?:I|we|my|our)\b`),
  // "Ticketwren plugged into our web shop", "Eighty-Six has changed how we order".
  new RegExp(String.raw`\b${NAME}\s+(?:plugged into our|hooks into our|has changed how we|changed how we|saves us|saved us|pulls our|answers our|took over our)\b`),
  // "the best thing our clinic bought this year is Vetcadence", "every policy we quote now calls Perilscore".
  new RegExp(String.raw`\b(?:best|smartest) (?:thing|money|tool|purchase|decision) (?:our|we|I)\b.{0,40}?\b${NAME}|\b(?:[Ww]e|I)\b[^.!?]{0,40}\bnow calls ${NAME}`),
  // "Found Cogniflow through a newsletter", "Been using Slatebox for a year".
  new RegExp(String.raw`^\s*(?:Found|Switched to|Been using|Started using)\s+${NAME}`),
];

/** Whether an English text is a customer's account of a product: a review by someone who runs a business, or a testimonial naming the product adopted. */
export function customerAccount(text: string): boolean {
  if (RATING.test(text) && OWN_BUSINESS.test(text)) return true;
  return ADOPTED.some((pattern) => pattern.test(text));
}
