import type { WordInfo } from "../extract/features.ts";
import { guessLanguage } from "./eld.ts";

/** A word's mark: bit k when it is a function word of codes[k], FOREIGN_SCRIPT when written in a script other than Latin. */
const FOREIGN_SCRIPT = 1 << 30;

/** Below this many words a text without two function words of another language is read as English. */
const SHORT_TEXT = 8;

/**
 * A Latin-script text is said to be in a language the rules do not read only when it has at least
 * SHORT_TEXT words with letters and eld, sure of it, scores that language at least this much (0–1)
 * above the best language read: a list of English terms with a few local names ("Vector database
 * API", "AI agents surf hotel fintech") scores Malay or Tagalog only a little above English.
 */
const FOREIGN_MARGIN = 0.1;

/** The languages a rule set reads and their function words, for marking each distinct word once. */
export interface LanguageMarks {
  /** ISO 639-1 codes, English first: bit k of a mark stands for codes[k]. */
  codes: string[];
  functionWords: Map<string, number>;
  /** Function words counted per language, reused from text to text (detection is synchronous). */
  hits: Int32Array;
}

/** `languages`: each code with its function words, English first. */
export function createLanguageMarks(languages: [code: string, functionWords: readonly string[]][]): LanguageMarks {
  const functionWords = new Map<string, number>();
  languages.forEach(([, words], k) => {
    for (const w of words) functionWords.set(w, (functionWords.get(w) ?? 0) | (1 << k));
  });
  return { codes: languages.map(([code]) => code), functionWords, hits: new Int32Array(languages.length) };
}

/** Whether a letter belongs to a script other than Latin (Cyrillic, Greek, Arabic, Han, …). */
function foreignScript(code: number): boolean {
  return code >= 0x370 && !(code >= 0x1e00 && code <= 0x1eff) && !(code >= 0x2c60 && code <= 0x2c7f) && !(code >= 0xa720 && code <= 0xa7ff);
}

/** The mark of one lower-cased word (kept in its WordInfo, so worked out once per distinct word). */
export function markWord(marks: LanguageMarks, word: string): number {
  const m = marks.functionWords.get(word) ?? 0;
  return /\p{L}/u.test(word[0] ?? "") && foreignScript(word.charCodeAt(0)) ? m | FOREIGN_SCRIPT : m;
}

/**
 * The language of a text, from its words as the English matcher read them. Function words decide
 * the plain cases at no cost: a text with English ones and few of another language's, or a short
 * one without two of another language's, is English (so "GPU cloud, H100s" stays English). Anything
 * else is asked of eld, whose answer may be a language the rule set does not read ("ja", "it").
 */
export function detectLanguage(text: string, infos: readonly WordInfo[], marks: LanguageMarks): string {
  const n = infos.length;
  if (n === 0) return "en";
  const { hits, codes } = marks;
  hits.fill(0);
  let foreign = 0;
  for (let i = 0; i < n; i++) {
    const m = infos[i]!.mark;
    if (m === 0) continue;
    if (m & FOREIGN_SCRIPT) foreign++;
    for (let k = 0; k < codes.length; k++) if (m & (1 << k)) hits[k]!++;
  }
  let best = 1; // the other language with the most function words
  for (let k = 2; k < codes.length; k++) if (hits[k]! > hits[best]!) best = k;
  const english = hits[0]!;
  const other = codes.length > 1 ? hits[best]! : 0;
  const latin = foreign * 4 < n;
  if (latin && (english >= 2 * other && english > 0 || (other === 0 && english > 0))) return "en";
  if (latin && n < SHORT_TEXT && other < 2) {
    // A short text with one function word of another language and none of English ("GPU-Cloud für
    // KI-Training") is in that language when eld, sure of it, agrees; otherwise English jargon.
    if (other === 0 || english > 0) return "en";
    const guess = guessLanguage(text, codes);
    return guess !== undefined && guess.reliable && guess.language === codes[best] ? codes[best]! : "en";
  }
  const byWords = other > english ? codes[best]! : "en";
  const guess = guessLanguage(text, codes);
  if (guess === undefined || guess.language === "") return latin ? byWords : "und";
  // Latin text without a function word of any language read is English jargon, unless eld is sure ("H100s on demand" is not French).
  if (latin && other === 0 && english === 0 && !guess.reliable) return "en";
  if (codes.includes(guess.language)) return guess.language;
  // Another language than those read: sure when the script says so, or when the text is long enough and eld is sure by a margin.
  if (!latin) return guess.language;
  return guess.reliable && guess.margin >= FOREIGN_MARGIN && lettered(infos) >= SHORT_TEXT ? guess.language : byWords;
}

/** How many of the words have a letter (numbers, prices and versions are not words of any language). */
function lettered(infos: readonly WordInfo[]): number {
  let count = 0;
  for (const { word } of infos) if (/\p{L}/u.test(word)) count++;
  return count;
}

const names = new Intl.DisplayNames(["en"], { type: "language" });

/** A language's English name ("ja" → "Japanese"); the code itself when it has none. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
