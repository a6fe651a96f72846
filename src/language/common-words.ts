import type { RuleIssue } from "../errors.ts";
import { formatPath } from "../errors.ts";
import { compileLexicon, englishTerms, extractFeatures } from "../extract/features.ts";
import { asLexicon } from "../extract/phrases.ts";
import type { RuleSet } from "../rules/load.ts";
import { LANGUAGE_DIR } from "../rules/languages.ts";

/**
 * Phrases that match an everyday word of their language: each language file's `commonWords` lists
 * words that are evidence of nothing ("coletivas", "universal", "Monate"), and a phrase that one of
 * them matches (through a shared stem, a typo correction, a compound split, or an English term of
 * the same spelling) would read that word as evidence. Each clash names the phrase's file and path,
 * the phrase and the word, so the phrase can be made exact ("=coleta") or longer.
 */
export function commonWordClashes(ruleSet: RuleSet): RuleIssue[] {
  const issues: RuleIssue[] = [];
  let english: ReturnType<typeof englishTerms> | undefined;
  for (const [code, { lexicon, stems }] of ruleSet.languages) {
    if (lexicon.commonWords.length === 0) continue;
    english ??= englishTerms(ruleSet.lexicon);
    const file = `${LANGUAGE_DIR}/${code}.json`;
    const matcher = compileLexicon(asLexicon(lexicon, ruleSet.lexicon), stems, { language: code, english, elisions: lexicon.elisions, compounds: lexicon.compounds });
    lexicon.commonWords.forEach((word, i) => {
      for (const match of extractFeatures(word, matcher)) {
        const at = lexicon.features[match.feature]?.indexOf(match.phrase) ?? -1;
        if (at >= 0) {
          issues.push({
            file,
            path: formatPath(["features", match.feature, at]),
            message: `Phrase "${match.phrase}" matches the everyday word "${word}" (commonWords[${i}]), which is no evidence of "${match.feature}": ${
              match.phrase.startsWith("=") ? "make the phrase longer, or take the word out of commonWords if it is evidence after all" : `write its exact forms ("=${match.phrase}") or a longer phrase`
            }`,
          });
        } else {
          issues.push({
            file,
            path: formatPath(["commonWords", i]),
            message: `The everyday word "${word}" matches lexicon.json's phrase "${match.phrase}" (feature "${match.feature}"): list it in this file's ignore list, or in notTypos if a typo correction reads it`,
          });
        }
      }
    });
  }
  return issues;
}
