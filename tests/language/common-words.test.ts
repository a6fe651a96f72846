import { describe, expect, it } from "vitest";
import { lintRules } from "../../src/rules/lint.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

type LanguageFile = { features: Record<string, string[]>; commonWords: string[] };

describe("lint: phrases that match everyday words (commonWords)", () => {
  it("finds none in the shipped language files, each of which lists a few hundred everyday words", () => {
    const report = lintRules();
    expect(report.warnings.filter((w) => w.file.startsWith("lexicon/"))).toEqual([]);
  });

  it("names file, phrase and word when a stemmed phrase reaches an unrelated word", () => {
    const dir = copyRules();
    let at = -1;
    editJson(dir, "lexicon/pt.json", (l: LanguageFile) => {
      at = l.features["data-collection"]!.push("coletando") - 1;
      if (!l.commonWords.includes("coletivas")) l.commonWords.push("coletivas");
    });
    const warnings = lintRules(dir).warnings.filter((w) => w.file === "lexicon/pt.json");
    expect(warnings).toContainEqual({
      file: "lexicon/pt.json",
      path: `features.data-collection[${at}]`,
      message: expect.stringMatching(/^Phrase "coletando" matches the everyday word "coletivas" \(commonWords\[\d+\]\), which is no evidence of "data-collection": write its exact forms \("=coletando"\)/),
    });
  });

  it("names the word when an English term of lexicon.json reads it", () => {
    const dir = copyRules();
    let at = -1;
    editJson(dir, "lexicon/de.json", (l: LanguageFile & { ignore: string[] }) => {
      l.ignore = l.ignore.filter((p) => p !== "art");
      at = l.commonWords.indexOf("art");
    });
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lintRules(dir).warnings).toContainEqual({
      file: "lexicon/de.json",
      path: `commonWords[${at}]`,
      message: 'The everyday word "art" matches lexicon.json\'s phrase "art" (feature "media"): list it in this file\'s ignore list, or in notTypos if a typo correction reads it',
    });
  });
});

describe("everyday words are no evidence", () => {
  const terms = (description: string) => builtIn().classifySync({ description }).keywords.map((k) => k.term.toLowerCase());
  it.each([
    ["pt", "Assistente de IA que lê convenções coletivas e responde às dúvidas dos colegas.", ["coletivas", "colegas"]],
    ["pt", "Aplicativo que reconhece doenças de animais de estimação por foto, com pagamento seguro no cartão de crédito.", ["animais", "seguro", "crédito"]],
    ["pt", "Plataforma de IA para estudos clínicos em universo de pacientes crônicos, com relatório anual.", ["estudos", "universo", "anual"]],
    ["fr", "Logiciel d'IA pour les collectivités, conçu de façon collective, payable par carte de crédit.", ["collective", "crédit"]],
    ["de", "Eine neue Art, mit KI Steuerbescheide zu prüfen, seit zwölf Monaten im Einsatz; folgen Sie uns.", ["art", "monaten", "folgen"]],
    ["es", "Asistente con IA que cobra con tarjeta de crédito y envía un informe anual.", ["crédito", "anual"]],
    // Self-employed people ("autônomos") are no autonomous AI.
    ["pt", "A Fretebras conecta caminhoneiros autônomos a embarcadores; para o motorista o uso é gratuito.", ["autônomos"]],
    ["es", "Red de transportistas autónomos que conecta cargas con camiones libres.", ["autónomos"]],
    // A job title names people hired, not a product: a recruiter of machine-learning engineers sells no machine learning.
    ["es", "Boutique de headhunting en Madrid: buscamos ingenieros de machine learning y analistas para empresas.", ["machine", "learning"]],
    ["fr", "Cabinet de recrutement lyonnais : nous recrutons des ingénieurs machine learning pour des ETI.", ["machine", "learning"]],
    ["pt", "Consultoria de recrutamento que encontra engenheiros de machine learning para startups.", ["machine", "learning"]],
    ["de", "Personalberatung in München, spezialisiert auf Machine-Learning-Spezialisten für den Mittelstand.", ["machine-learning"]],
  ])("%s: %s", (_language, description, words) => {
    const found = terms(description);
    for (const w of words) expect(found.some((t) => t.split(/\s+/).includes(w)), w).toBe(false);
  });
});
