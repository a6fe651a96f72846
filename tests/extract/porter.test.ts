import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import wordListPath from "word-list";
import { categorizeChars, categorizeGroups, measure, porterStem } from "../../src/extract/porter.ts";

const require = createRequire(import.meta.url);
const natural = require("natural/lib/natural/stemmers/porter_stemmer.js") as { stem(w: string): string; categorizeGroups(w: string): string; measure(w: string | null): number };
/** natural's categorizeChars, which it does not export, as written there. */
const naturalCategorizeChars = (token: string) => token.replace(/[^aeiouy]y/g, "CV").replace(/[aeiou]/g, "V").replace(/[^V]/g, "C");

/** Every string of 0..maxLength characters over the alphabet. */
function* allStrings(alphabet: string, maxLength: number): Generator<string> {
  let level = [""];
  yield "";
  for (let n = 1; n <= maxLength; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}

describe("porterStem: natural's Porter stemmer, computed faster", () => {
  // A vowel, y, consonants (l, s, z, w, x matter to step 1b and 5a), a digit, an apostrophe and a letter past ASCII.
  const ALPHABET = "aeybclswx1'é";

  it("categorizes and measures every short string as natural does", () => {
    let checked = 0;
    for (const s of allStrings(ALPHABET, 5)) {
      if (categorizeGroups(s) !== natural.categorizeGroups(s) || categorizeChars(s) !== naturalCategorizeChars(s) || measure(s) !== natural.measure(s)) {
        expect({ s, groups: categorizeGroups(s), chars: categorizeChars(s), measure: measure(s) }).toEqual({ s, groups: natural.categorizeGroups(s), chars: naturalCategorizeChars(s), measure: natural.measure(s) });
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(250_000);
    expect(measure(null)).toBe(natural.measure(null));
  });

  it("stems every short string as natural does", () => {
    for (const s of allStrings("aeiybdlst", 5)) if (porterStem(s) !== natural.stem(s)) expect([s, porterStem(s)]).toEqual([s, natural.stem(s)]);
  });

  it("stems a third of the English words, and some with every Porter suffix, as natural does", () => {
    const english = readFileSync(wordListPath, "utf8").split("\n");
    const SUFFIXES = ["s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ational", "tional", "enci", "anci", "izer", "abli", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "at", "bl", "iz"];
    const words = english.filter((_, i) => i % 3 === 0);
    for (let i = 0; i < english.length; i += 151) for (const suffix of SUFFIXES) words.push(english[i] + suffix);
    const differ = words.filter((w) => porterStem(w) !== natural.stem(w));
    expect(differ).toEqual([]);
    expect(words.length).toBeGreaterThan(100_000);
  });

  it("stems random strings of every length up to 60 as natural does", () => {
    let seed = 17;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 20_000; k++) {
      const n = 1 + Math.floor(rand() * 60);
      let s = "";
      for (let i = 0; i < n; i++) s += "abcdefghijklmnopqrstuvwxyz'1é"[Math.floor(rand() * 29)];
      if (porterStem(s) !== natural.stem(s)) expect([s, porterStem(s)]).toEqual([s, natural.stem(s)]);
    }
  });
});
