// The only module that imports `natural`. We import the stemmer files directly: the package root
// pulls in database drivers and dotenv (~1 s, ~150 MB, and dotenv writes to stdout).
import { createRequire } from "node:module";
import { boundedStemmer, MAX_WORD_LENGTH } from "./bounds.ts";
import { americanSpelling } from "./spelling.ts";
import { porterStem } from "./porter.ts";
import { WordTable } from "./word-table.ts";

const require = createRequire(import.meta.url);

/**
 * natural's stemmer for each language valuechain reads. A language needs its line here and its
 * lexicon in rules/lexicon/<code>.json (see docs/languages.md); natural also ships it, nl, sv, no, ru.
 */
const STEMMER_FILES = {
  en: "porter_stemmer.js",
  es: "porter_stemmer_es.js",
  fr: "porter_stemmer_fr.js",
  de: "porter_stemmer_de.js",
  pt: "porter_stemmer_pt.js",
} as const;

/** ISO 639-1 codes of the languages with a stemmer, English (the reference lexicon's) first. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(STEMMER_FILES);

interface Stemmer {
  stem(token: string): string;
}

/** English: natural's Porter stemmer, in porter.ts's faster copy (the same stems). */
const PorterStemmer: Stemmer = { stem: porterStem };
/** Each language's stemmer, required the first time a word of that language is stemmed. */
const stemmers = new Map<string, Stemmer>([["en", PorterStemmer]]);

function stemmerFor(language: string): Stemmer {
  let stemmer = stemmers.get(language);
  if (stemmer === undefined) {
    const file = STEMMER_FILES[language as keyof typeof STEMMER_FILES];
    if (file === undefined) throw new Error(`No stemmer for language "${language}"`);
    stemmer = require(`natural/lib/natural/stemmers/${file}`) as Stemmer;
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

/**
 * The words of a text with their character offsets into it, as parallel arrays (word i spans
 * starts[i]..ends[i]): no object per word, on a path that runs for every word of every row.
 */
export interface Tokens {
  /** Lower-cased, NFKC-normalised surface forms. */
  words: string[];
  starts: number[];
  ends: number[];
}

const UNICODE_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: each of their characters is a word of its own, never one giant word. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** UNICODE_WORD_CHAR's answer for each UTF-16 code unit, filled as met (0: not asked yet, 1: yes, 2: no): a regex test per character is ~10x slower. */
const UNICODE_WORD = new Uint8Array(65536);

function unicodeWordChar(code: number, text: string, i: number): boolean {
  let known = UNICODE_WORD[code]!;
  if (known === 0) UNICODE_WORD[code] = known = UNICODE_WORD_CHAR.test(text[i]!) ? 1 : 2;
  return known === 1;
}

/** ASCII letters and digits: 1. */
const ASCII_WORD = new Uint8Array(128);
/** Each ASCII code lower-cased. */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  ASCII_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

/** Letters and digits; anything past ASCII is asked of Unicode. */
function isWordChar(code: number, text: string, i: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : unicodeWordChar(code, text, i);
}

const SLASH = 47;
/**
 * Before a price's slash: a number or a currency sign, or one with a unit after it, written with
 * a slash or a word before it ("20 €", "$49", "29 € HT", "$129/adjuster", "$39 per seat", "12 € por usuário").
 */
const PRICE_BEFORE = /[\p{N}\p{Sc}]\s?(?:(?:\p{L}+\s)?\/?\p{L}+)?$/u;
const LETTER_AFTER = /^\s?\p{L}/u;

/**
 * Whether the slash at `i` says "per" in a price ("20 €/mes", "$49/month", "29 € HT/mois"): it
 * follows a price and a word follows it. Such a slash is a word of its own, "/", so a phrase
 * "/mes" reads a price per month and never the bare word "mes" ("el mes pasado"). A phrase written
 * with a leading slash (i = 0) reads it so too. Any other slash ("A/B", "24/7", "CI/CD") separates
 * words, as spaces do.
 */
function priceSlash(text: string, i: number): boolean {
  if (!LETTER_AFTER.test(text.slice(i + 1, i + 3))) return false;
  return i === 0 || PRICE_BEFORE.test(text.slice(Math.max(0, i - 24), i));
}

/**
 * Splits text into word tokens with offsets: runs of letters and digits, keeping an inner
 * apostrophe ("don't") so negation cues stay one token, and a price's slash as the word "/"
 * (priceSlash). natural's tokenizers drop offsets, which
 * every keyword needs, so this is a plain character scan (no regex on the ASCII path) and natural
 * does the stemming.
 */
export function tokenize(text: string): Tokens {
  return scan(text, undefined);
}

/**
 * The same, with what `table` knows of each word (`infos[i]` for word i), and each word the
 * table's own string for it. The scan folds each character into the word's hash as it goes
 * (WordTable.step written out, as this loop runs for every character of every row).
 */
export function tokenizeWith<T extends { word: string }>(text: string, table: WordTable<T>): Tokens & { infos: T[] } {
  return scan(text, table);
}

function scan<T extends { word: string }>(text: string, table: WordTable<T> | undefined): Tokens & { infos: T[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const infos: T[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < 128 ? ASCII_WORD[first] === 0 : !unicodeWordChar(first, text, i)) {
      if (first === SLASH && priceSlash(text, i)) {
        if (table !== undefined) infos.push(table.get(text, i, i + 1, SLASH));
        words.push("/");
        starts.push(i);
        ends.push(i + 1);
      }
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let hash = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code < 128 && ASCII_WORD[code] === 1) {
        hash = (Math.imul(hash, 31) + ASCII_LOWER[code]!) | 0;
        i++;
      } else if (code >= 128 && unicodeWordChar(code, text, i)) {
        if (UNSPACED_CHAR.test(text[i]!)) {
          if (i === start) i++;
          ascii = false;
          break;
        }
        ascii = false;
        i++;
      } else if ((code === 39 || code === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        if (code !== 39) ascii = false;
        hash = (Math.imul(hash, 31) + 39) | 0;
        i++;
      } else break;
    }
    if (i - start > MAX_WORD_LENGTH) {
      // Too long to normalise or stem: one opaque token, lower-cased, never memoised.
      const word = text.slice(start, i).toLowerCase();
      if (table !== undefined) infos.push(table.uncached(word));
      words.push(word);
    } else if (table === undefined) {
      // NFKC only when needed: most text is ASCII, and normalising every word costs ~20% of extraction.
      words.push(ascii ? text.slice(start, i).toLowerCase() : normalizeWord(text.slice(start, i)));
    } else {
      let info: T;
      if (ascii) info = table.get(text, start, i, hash);
      else {
        const word = normalizeWord(text.slice(start, i));
        info = table.get(word, 0, word.length, WordTable.hash(word));
      }
      infos.push(info);
      words.push(info.word);
    }
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends, infos };
}

/**
 * A word with letters past ASCII: NFKC-normalised, lower-cased, with a typographic apostrophe as '.
 * Called on words of at most MAX_WORD_LENGTH, so the result is at most 18 times as long.
 */
function normalizeWord(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(/’/g, "'");
}

/**
 * Languages whose stems lose their accents: natural's French and Portuguese stemmers keep them, so
 * a word typed without its accents ("prediction", "previsao", "modele") would miss the phrase
 * written with them ("prédiction", "previsão", "modèle"). The word is stemmed as written, then
 * its stem folded; Spanish stems are folded by the stemmer itself (keeping "ñ").
 */
const FOLDS_ACCENTS: ReadonlySet<string> = new Set(["fr", "pt"]);
const COMBINING_MARK = /\p{M}/gu;

function foldAccents(stem: string): string {
  return /[^\x00-\x7f]/.test(stem) ? stem.normalize("NFD").replace(COMBINING_MARK, "").normalize("NFC") : stem;
}

/**
 * The stem of one lower-cased word in a language (English by default): every stem valuechain
 * computes, of text and lexicon alike, comes from here. In English a possessive "'s" is dropped first.
 * A word past MAX_WORD_LENGTH is its own stem.
 */
export function stemWord(word: string, language = "en"): string {
  if (word.length > MAX_WORD_LENGTH) return word;
  if (language !== "en") {
    const stem = stemmerFor(language).stem(word);
    return FOLDS_ACCENTS.has(language) ? foldAccents(stem) : stem;
  }
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return PORTER_SPLITS.get(bare) ?? PorterStemmer.stem(americanSpelling(bare));
}

/**
 * Words Porter stems like a different word, with the stem that keeps them apart: "adding" and
 * "added" stem to "ad" like "ads" ("by ads" would read "by adding" as advertising); "general" and
 * "generic" stem to "gener" like "generate" ("general video-call apps" would read as video generation);
 * "personalized" stems to "person", as "personal" and "person" do (a "four-person shop" would read as
 * "personalized shopping").
 */
const PORTER_SPLITS: ReadonlyMap<string, string> = new Map([
  ["adding", "add"],
  ["added", "add"],
  ["adds", "add"],
  ["general", "general"],
  ["generally", "general"],
  ["generic", "generic"],
  ["generics", "generic"],
  ["generically", "generic"],
  ["personalise", "personaliz"],
  ["personalises", "personaliz"],
  ["personalised", "personaliz"],
  ["personalising", "personaliz"],
  ["personalisation", "personaliz"],
  ["personalisations", "personaliz"],
  ["personalize", "personaliz"],
  ["personalizes", "personaliz"],
  ["personalized", "personaliz"],
  ["personalizing", "personaliz"],
  ["personalization", "personaliz"],
  ["personalizations", "personaliz"],
]);

/**
 * A stemmer for text words. When `correct` is given, a word whose stem is unknown may be replaced by
 * a known word one typing error away ("lerning" → "learning"). `known` holds stems already computed
 * (the lexicon's, from the loader). It keeps no cache of its own: the matcher memoises each word it
 * meets once (see compileLexicon's WordTable), and stemming afresh costs ~15x more than a lookup.
 */
export function createStemmer(correct?: (word: string) => string | undefined, known?: ReadonlyMap<string, string>, language = "en"): (word: string) => string {
  if (correct === undefined || known === undefined) return boundedStemmer((word) => known?.get(word) ?? stemWord(correct?.(word) ?? word, language));
  // A word whose own stem is a lexicon stem is no typo: "previsao" (typed without its accent) is "previsão", not "prevista".
  const knownStems = new Set(known.values());
  return boundedStemmer((word) => {
    const stem = known.get(word);
    if (stem !== undefined) return stem;
    const own = stemWord(word, language);
    return knownStems.has(own) ? own : stemWord(correct(word) ?? word, language);
  });
}

/** natural's English stop words ("the", "of", "with"…): words no mined phrase starts or ends with. */
export const STOP_WORDS: ReadonlySet<string> = new Set((require("natural/lib/natural/util/stopwords.js") as { words: string[] }).words);
