/*
 * British and American spellings of one English word read as one word: the stemmer meets
 * "personalised" and "personalized", "colour" and "color", "centre" and "center" as the same word,
 * so a lexicon phrase written in one spelling finds the text written in the other.
 */

/** Words in -ise that are spelt so in American English too (advertise, exercise, enterprise…), by their root before "is". */
const ISE_KEPT = new Set([
  "advert", "chast", "compr", "comprom", "desp", "disgu", "enterpr", "exerc", "expert", "franch", "improv", "merchand",
  "superv", "surm", "surpr", "telev", "treat", "circumc", "parad", "prem", "conc", "prec", "repr", "appr", "prom",
]);

/** -ise, -isation, -iser…: the endings that are -ize, -ization, -izer in American English. */
const ISE = /^([a-z]{4,})is(e|es|ed|ing|ation|ations|ational|er|ers|able)$/;
const YSE = /^(anal|paral|catal|dial|hydrol|electrol)ys(e|es|ed|ing|er|ers)$/;
const OUR = /^(colo|behavio|labo|favo|flavo|hono|humo|neighbo|harbo|rumo|vapo|savo|endeavo|odo|armo|vigo|rigo|tumo|parlo)ur/;
const TRE = /^(cent|met|lit|theat|fib|calib|spect|lust|somb|meag)re(s|d)?$/;
const OGUE = /^(catal|dial|anal|monol|prol|epil|analog)ogue(s)?$/;

/** The American spelling of a lower-cased English word, or the word itself. */
export function americanSpelling(word: string): string {
  if (word.length < 5) return word;
  const ise = ISE.exec(word);
  if (ise !== null) return /[aeiouyw]$/.test(ise[1]!) || ISE_KEPT.has(ise[1]!) ? word : `${ise[1]}iz${ise[2]}`;
  if (YSE.test(word)) return word.replace(YSE, "$1yz$2");
  if (OUR.test(word)) return word.replace(OUR, "$1r");
  if (TRE.test(word)) return word.replace(TRE, "$1er$2");
  if (OGUE.test(word)) return word.replace(OGUE, "$1og$2");
  return word
    .replace(/^licenc(e|es|ed|ing)$/, "licens$1")
    .replace(/^(def|off)ence(s)?$/, "$1ense$2")
    .replace(/^programme(s|d)?$/, "program$1")
    .replace(/^enquir/, "inquir");
}
