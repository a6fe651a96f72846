/*
 * The Porter stemmer of natural 8.1.1 (lib/natural/stemmers/porter_stemmer.js), Copyright (c) 2011,
 * Chris Umbel, MIT licence (the notice is in natural's package, a dependency of valuechain).
 *
 * Same steps, same quirks, same output for every string (tests/extract/porter.test.ts compares it
 * with natural's on every short string over a covering alphabet and on real and random words). What
 * differs is the cost: natural works out a word's consonant/vowel pattern with three regex
 * replacements every time it needs the measure (several times a word), and builds a RegExp for
 * each suffix it replaces. Here the pattern is a character scan and a suffix is replaced by a slice,
 * so stemming a word never met before costs a few times less: that is most of the work on a text of
 * unknown words (bench:worst).
 */

const VOWEL = new Uint8Array(128);
for (const c of "aeiou") VOWEL[c.charCodeAt(0)] = 1;
const Y = 121;

/** a, e, i, o, u (not y). */
const isVowel = (code: number) => code < 128 && VOWEL[code] === 1;
/** natural's [^aeiouy]. */
const isConsonant = (code: number) => code !== Y && !isVowel(code);

/**
 * natural's categorizeGroups: runs of consonants as C, runs of vowels as V, a y after a consonant
 * run as a V of its own ("by" is CV, "bya" is CVV); every other y a consonant.
 */
export function categorizeGroups(token: string): string {
  let out = "";
  let last = ""; // the last symbol written: "C", "V" (a vowel run), "Y" (the V of a y, which never merges)
  const n = token.length;
  let i = 0;
  while (i < n) {
    const code = token.charCodeAt(i);
    if (isConsonant(code)) {
      let j = i + 1;
      while (j < n && isConsonant(token.charCodeAt(j))) j++;
      if (j < n && token.charCodeAt(j) === Y) {
        if (last !== "C") out += "C";
        out += "V";
        last = "Y";
        i = j + 1;
      } else {
        if (last !== "C") out += "C";
        last = "C";
        i = j;
      }
    } else if (code === Y) {
      if (last !== "C") out += "C";
      last = "C";
      i++;
    } else {
      if (last !== "V") out += "V";
      last = "V";
      i++;
    }
  }
  return out;
}

/** natural's categorizeChars: each character as C or V, a y after a consonant a V. */
export function categorizeChars(token: string): string {
  let out = "";
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    out += isVowel(code) || (code === Y && i > 0 && isConsonant(token.charCodeAt(i - 1))) ? "V" : "C";
  }
  return out;
}

/** natural's measure: the number of VC sequences (a half for a lone V, as natural counts it); -1 for no token. */
export function measure(token: string | null | undefined): number {
  if (!token) return -1;
  const groups = categorizeGroups(token);
  const from = groups.charCodeAt(0) === 67 ? 1 : 0; // a leading C dropped
  let to = groups.length;
  if (to > from && groups.charCodeAt(to - 1) === 86) to--; // then a trailing V
  return (to - from) / 2;
}

/** Whether the groups of a token, but the last, hold a V. */
function vowelBeforeLast(groups: string): boolean {
  return groups.length > 1 && groups.lastIndexOf("V", groups.length - 2) >= 0;
}

function endsWithDoubleConsonant(token: string): boolean {
  const n = token.length;
  return n >= 2 && token[n - 1] === token[n - 2] && !isVowel(token.charCodeAt(n - 1));
}

function attemptReplace(token: string, pattern: string | RegExp, replacement: string, callback?: (token: string) => string | null): string | null {
  let result: string | null = null;
  if (typeof pattern === "string") {
    if (token.endsWith(pattern)) result = token.slice(0, token.length - pattern.length) + replacement;
  } else if (pattern.test(token)) result = token.replace(pattern, replacement);
  if (result && callback) return callback(result);
  return result;
}

type Replacements = readonly (readonly [string, string, string])[];

function attemptReplacePatterns(token: string, replacements: Replacements, measureThreshold?: number): string {
  let replacement = token;
  for (const [pattern, first, then] of replacements) {
    if (measureThreshold === undefined || measure(attemptReplace(token, pattern, first)) > measureThreshold) {
      replacement = attemptReplace(replacement, pattern, then) || replacement;
    }
  }
  return replacement;
}

function replacePatterns(token: string, replacements: Replacements, measureThreshold?: number): string {
  return attemptReplacePatterns(token, replacements, measureThreshold) || token;
}

function replaceRegex(token: string, regex: RegExp, includeParts: number[], minimumMeasure: number): string | null {
  let result = "";
  const parts = regex.exec(token);
  if (parts !== null) for (const i of includeParts) result += parts[i];
  return measure(result) > minimumMeasure ? result : null;
}

function step1a(token: string): string {
  if (token.endsWith("sses")) return token.slice(0, -2);
  if (token.endsWith("ies")) return token.slice(0, -2);
  if (token.endsWith("s") && token.substr(-2, 1) !== "s" && token.length > 2) return token.slice(0, -1);
  return token;
}

const STEP1B: Replacements = [
  ["at", "", "ate"],
  ["bl", "", "ble"],
  ["iz", "", "ize"],
];

function step1b(token: string): string {
  if (token.endsWith("eed")) {
    if (measure(token.substr(0, token.length - 3)) > 0) return token.slice(0, -1);
    return token;
  }
  const result = attemptReplace(token, /(ed|ing)$/, "", (token) => {
    if (categorizeGroups(token).indexOf("V") < 0) return null;
    const replaced = attemptReplacePatterns(token, STEP1B);
    if (replaced !== token) return replaced;
    if (endsWithDoubleConsonant(token) && !/[lsz]$/.test(token)) return token.slice(0, -1);
    if (measure(token) === 1 && categorizeChars(token).substr(-3) === "CVC" && /[^wxy]$/.test(token)) return token + "e";
    return token;
  });
  return result || token;
}

function step1c(token: string): string {
  if (token.endsWith("y") && vowelBeforeLast(categorizeGroups(token))) return token.slice(0, -1) + "i";
  return token;
}

const STEP2: Replacements = [
  ["ational", "", "ate"], ["tional", "", "tion"], ["enci", "", "ence"], ["anci", "", "ance"],
  ["izer", "", "ize"], ["abli", "", "able"], ["bli", "", "ble"], ["alli", "", "al"], ["entli", "", "ent"], ["eli", "", "e"],
  ["ousli", "", "ous"], ["ization", "", "ize"], ["ation", "", "ate"], ["ator", "", "ate"], ["alism", "", "al"],
  ["iveness", "", "ive"], ["fulness", "", "ful"], ["ousness", "", "ous"], ["aliti", "", "al"],
  ["iviti", "", "ive"], ["biliti", "", "ble"], ["logi", "", "log"],
];
const STEP3: Replacements = [
  ["icate", "", "ic"], ["ative", "", ""], ["alize", "", "al"],
  ["iciti", "", "ic"], ["ical", "", "ic"], ["ful", "", ""], ["ness", "", ""],
];

const step2 = (token: string) => replacePatterns(token, STEP2, 0);
const step3 = (token: string) => replacePatterns(token, STEP3, 0);

function step4(token: string): string {
  return replaceRegex(token, /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/, [1], 1) || replaceRegex(token, /^(.+?)(s|t)(ion)$/, [1, 2], 1) || token;
}

function step5a(token: string): string {
  const m = measure(token.endsWith("e") ? token.slice(0, -1) : token);
  if (m > 1 || (m === 1 && !(categorizeChars(token).substr(-4, 3) === "CVC" && /[^wxy].$/.test(token)))) {
    return token.endsWith("e") ? token.slice(0, -1) : token;
  }
  return token;
}

function step5b(token: string): string {
  if (measure(token) > 1 && token.endsWith("ll")) return token.slice(0, -1);
  return token;
}

/** The Porter stem of a word, exactly as natural's PorterStemmer.stem gives it. */
export function porterStem(token: string): string {
  if (token.length < 3) return token.toString();
  return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(token.toLowerCase()))))))));
}
