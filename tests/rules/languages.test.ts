import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintRules } from "../../src/rules/lint.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

describe("language lexicons (rules/lexicon/<code>.json)", () => {
  it("loads the four shipped languages, each with the stems of its own words", () => {
    const set = loadRuleSet();
    expect([...set.languages.keys()].sort()).toEqual(["de", "es", "fr", "pt"]);
    expect(set.languages.get("es")!.stems.get("suscripciones")).toBe("suscripcion");
    expect(set.languages.get("de")!.stems.get("sprachmodelle")).toBe("sprachmodell");
    expect(lintRules().errors).toEqual([]);
  });

  it.each([
    [
      "a feature lexicon.json does not have",
      (dir: string) => editJson(dir, "lexicon/es.json", (l) => (l.features["made-up"] = ["algo inventado"])),
      { file: "lexicon/es.json", path: "features.made-up", message: 'Unknown feature "made-up": lexicon.json has no such feature' },
    ],
    [
      "a sale object's feature lexicon.json does not have",
      (dir: string) => editJson(dir, "lexicon/pt.json", (l) => (l.saleObjects.objects["price-gadgets"] = ["aparelhos"])),
      { file: "lexicon/pt.json", path: "saleObjects.objects.price-gadgets", message: 'Unknown feature "price-gadgets": lexicon.json has no such feature' },
    ],
    [
      "a unit price's feature lexicon.json does not have",
      (dir: string) => editJson(dir, "lexicon/fr.json", (l) => (l.unitPrice.feature = "prix-unitaire")),
      { file: "lexicon/fr.json", path: "unitPrice.feature", message: 'Unknown feature "prix-unitaire": lexicon.json has no such feature' },
    ],
    [
      "a weak AI phrase no AI feature of the file has",
      (dir: string) => editJson(dir, "lexicon/fr.json", (l) => l.weakAiPhrases.push("répond au courrier")),
      { file: "lexicon/fr.json", path: "weakAiPhrases[20]", message: 'Unknown phrase "répond au courrier": no feature of this file marked "ai": true in lexicon.json has it' },
    ],
    [
      "a phrase two features claim (as stemmed: 'suscripción' and 'suscripciones' are one)",
      (dir: string) => editJson(dir, "lexicon/es.json", (l) => l.features["sells"].push("suscripciones")),
      { file: "lexicon/es.json", path: "features.sells[7]", message: 'Phrase "suscripciones" is also claimed by feature "price-subscription"' },
    ],
    [
      "a negation cue that is also a breaker",
      (dir: string) => editJson(dir, "lexicon/de.json", (l) => l.negation.cues.push("aber")),
      { file: "lexicon/de.json", path: "negation.cues[14]", message: 'Negation cue "aber" is also a breaker: it would both start and end a negation' },
    ],
    [
      "a negation cue listed twice",
      (dir: string) => editJson(dir, "lexicon/pt.json", (l) => l.negation.cues.push("não")),
      { file: "lexicon/pt.json", path: "negation.cues[9]", message: 'Negation cue "não" is listed twice' },
    ],
    [
      "a negation cue that is also a phrase",
      (dir: string) => editJson(dir, "lexicon/fr.json", (l) => l.negation.cues.push("gratuit")),
      { file: "lexicon/fr.json", path: "negation.cues[10]", message: 'Negation cue "gratuit" is also a phrase of feature "free-access": it would both deny and be evidence' },
    ],
    [
      "a language with no stemmer",
      (dir: string) => writeFileSync(join(dir, "lexicon/it.json"), JSON.stringify({ functionWords: [], negation: { cues: ["non"], window: 5 }, features: {} })),
      { file: "lexicon/it.json", path: "(root)", message: 'No stemmer for language "it": valuechain stems en, es, fr, de, pt (see docs/languages.md to add one)' },
    ],
    [
      "an English file beside lexicon.json",
      (dir: string) => writeFileSync(join(dir, "lexicon/en.json"), "{}"),
      { file: "lexicon/en.json", path: "(root)", message: "English is the reference lexicon: its phrases belong in lexicon.json" },
    ],
    [
      "too few function words to detect the language by",
      (dir: string) => editJson(dir, "lexicon/es.json", (l) => (l.functionWords = ["el", "la"])),
      { file: "lexicon/es.json", path: "functionWords", message: "List at least 10 function words: language detection counts them" },
    ],
  ])("rejects %s, naming file and path", (_name, breakIt, issue) => {
    const dir = copyRules();
    breakIt(dir);
    expect(loadIssues(dir)).toContainEqual(issue);
    expect(lintRules(dir).errors).toContainEqual(issue);
  });
});
