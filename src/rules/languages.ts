import { formatPath, zodIssues, type RuleIssue } from "../errors.ts";
import { asLexicon, lexiconStems, phraseGroups, phraseWords } from "../extract/phrases.ts";
import { STEMMED_LANGUAGES } from "../extract/keywords.ts";
import { LanguageLexicon, type Lexicon, type Negation } from "../schemas/rules.ts";
import { phraseClashes } from "./check.ts";
import { settingFeatures } from "./setting-features.ts";

/** The folder of a rules directory that holds one lexicon per language other than English. */
export const LANGUAGE_DIR = "lexicon";
const LANGUAGE_FILE = new RegExp(`^${LANGUAGE_DIR}/([^/]+)\\.json$`);

/** The ISO 639-1 code a file holds the lexicon of (`lexicon/es.json` → "es"), or undefined for other files. */
export function languageOfFile(file: string): string | undefined {
  return LANGUAGE_FILE.exec(file)?.[1];
}

/** One more language's lexicon, validated, with the stem of each of its words in that language. */
export interface LanguageEntry {
  lexicon: LanguageLexicon;
  stems: Map<string, string>;
}

/**
 * Validates each language file (already parsed) against the English lexicon: a stemmer must exist
 * for the language, every feature must be one of lexicon.json's, no phrase may be claimed twice and
 * no negation cue may clash. Problems go to `issues`; the valid languages are returned.
 */
export function validateLanguages(parsed: ReadonlyMap<string, unknown>, english: Lexicon | undefined, issues: RuleIssue[]): Map<string, LanguageEntry> {
  const languages = new Map<string, LanguageEntry>();
  for (const [file, value] of parsed) {
    const code = languageOfFile(file);
    if (code === undefined) continue;
    if (code === "en") {
      issues.push({ file, path: "(root)", message: "English is the reference lexicon: its phrases belong in lexicon.json" });
      continue;
    }
    if (!STEMMED_LANGUAGES.includes(code)) {
      issues.push({ file, path: "(root)", message: `No stemmer for language "${code}": valuechain stems ${STEMMED_LANGUAGES.join(", ")} (see docs/languages.md to add one)` });
      continue;
    }
    const result = LanguageLexicon.safeParse(value);
    if (!result.success) {
      issues.push(...zodIssues(result.error, value).map((i) => ({ file, ...i })));
      continue;
    }
    const lexicon = result.data;
    const before = issues.length;
    if (english !== undefined) {
      for (const feature of Object.keys(lexicon.features)) {
        if (!Object.hasOwn(english.features, feature)) issues.push({ file, path: formatPath(["features", feature]), message: `Unknown feature "${feature}": lexicon.json has no such feature` });
      }
      for (const { path, feature } of settingFeatures(lexicon)) {
        if (!Object.hasOwn(english.features, feature)) issues.push({ file, path: formatPath(path), message: `Unknown feature "${feature}": lexicon.json has no such feature` });
      }
      const aiPhrases = new Set(Object.entries(lexicon.features).flatMap(([feature, phrases]) => (english.features[feature]?.ai === true ? phrases : [])));
      lexicon.weakAiPhrases.forEach((phrase, i) => {
        if (!aiPhrases.has(phrase)) issues.push({ file, path: formatPath(["weakAiPhrases", i]), message: `Unknown phrase "${phrase}": no feature of this file marked "ai": true in lexicon.json has it` });
      });
    }
    // A language file lists each feature's phrases directly (features.x[i]), not under "phrases".
    const groups = phraseGroups(asLexicon(lexicon, english ?? { features: {} })).map((g) =>
      g.path[0] === "features" ? { ...g, path: g.path.slice(0, 2) } : g,
    );
    const stems = lexiconStems(groups, code);
    issues.push(...phraseClashes(file, groups, stems), ...negationClashes(file, lexicon.negation, lexicon.features));
    if (issues.length === before) languages.set(code, { lexicon, stems });
  }
  return languages;
}

/**
 * Negation cues that clash: listed twice, also a breaker (the word would both start and stop a
 * negation), or also a whole phrase of a feature (the word would both deny and be evidence).
 */
export function negationClashes(file: string, negation: Negation, features: Record<string, readonly string[]>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const phraseOwner = new Map<string, string>();
  for (const [feature, phrases] of Object.entries(features)) for (const p of phrases) if (!phraseOwner.has(p.toLowerCase())) phraseOwner.set(p.toLowerCase(), feature);
  const breakers = new Set(negation.breakers.map((b) => phraseWords(b).join(" ")));
  const seen = new Set<string>();
  negation.cues.forEach((cue, i) => {
    const words = phraseWords(cue).join(" ");
    const at = formatPath(["negation", "cues", i]);
    const owner = phraseOwner.get(words);
    if (seen.has(words)) issues.push({ file, path: at, message: `Negation cue "${cue}" is listed twice` });
    else if (breakers.has(words)) issues.push({ file, path: at, message: `Negation cue "${cue}" is also a breaker: it would both start and end a negation` });
    else if (owner !== undefined) issues.push({ file, path: at, message: `Negation cue "${cue}" is also a phrase of feature "${owner}": it would both deny and be evidence` });
    seen.add(words);
  });
  return issues;
}
