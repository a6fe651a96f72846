import { describe, expect, it } from "vitest";
import { MAX_WORD_LENGTH } from "../../src/extract/bounds.ts";
import { createCompoundSplitter } from "../../src/extract/compounds.ts";
import { builtIn } from "../helpers/classifier.ts";

const words = new Set(["bilderkennung", "software", "betrugserkennung", "sprachmodell", "daten", "plattform", "kundenservice"]);
const rules = { linking: ["s", "es", "n", "en", "e"], heads: ["anbieter"], minPart: 4 };
const split = createCompoundSplitter(rules, (w) => words.has(w));
const parts = (word: string) => split(word)?.map(({ start, end }) => word.slice(start, end));

describe("createCompoundSplitter", () => {
  it.each([
    ["bilderkennungssoftware", ["bilderkennung", "software"]],
    ["datenplattform", ["daten", "plattform"]],
    ["zahlungsbetrugserkennung", ["zahlungs", "betrugserkennung"]],
    ["sprachmodellanbieter", ["sprachmodell", "anbieter"]],
    ["kundenservicesoftwareplattform", ["kundenservice", "software", "plattform"]],
    ["betrugserkennungsdienst", ["betrugserkennung", "dienst"]],
  ])("splits %s into parts the lexicon knows", (word, expected) => {
    expect(parts(word)).toEqual(expected);
  });

  it.each([
    ["a word with no known part", "fahrradwerkstatt"],
    ["a known word whole", "software"],
    ["a part shorter than minPart", "kisoftware"],
    ["a word past MAX_WORD_LENGTH", `${"x".repeat(MAX_WORD_LENGTH - 7)}software`],
  ])("leaves %s whole", (_case, word) => {
    expect(split(word)).toBeUndefined();
  });

  it("splits a word of exactly MAX_WORD_LENGTH letters", () => {
    expect(parts(`${"x".repeat(MAX_WORD_LENGTH - 8)}software`)).toEqual(["x".repeat(MAX_WORD_LENGTH - 8), "software"]);
  });

  it("leaves out the linking element, and prefers a word as written over one known by its stem", () => {
    const byStem = createCompoundSplitter(rules, (w) => words.has(w) || w === "bilderkennungs", (w) => words.has(w));
    expect(byStem("bilderkennungssoftware")).toEqual([
      { start: 0, end: 13 },
      { start: 14, end: 22 },
    ]);
  });
});

describe("German compounds in classification", () => {
  const classify = (description: string) => builtIn().classifySync({ description, language: "de" });
  const terms = (description: string) => classify(description).keywords.map((k) => `${k.feature}:${k.term}`);

  it("reads the parts of a compound as the lexicon's words, quoting the input's own letters", () => {
    const text = "Bilderkennungssoftware für die Qualitätsprüfung, Zahlungsbetrugserkennung für Banken.";
    const r = classify(text);
    expect(terms(text)).toEqual(expect.arrayContaining(["computer-vision:Bilderkennung", "ai-product:software für", "fraud-detection:betrugserkennung"]));
    for (const k of r.keywords) expect(text.slice(k.start, k.end)).toBe(k.term);
  });

  it("keeps a compound the lexicon lists whole, and hyphenated compounds as before", () => {
    expect(terms("Ein Sprachmodell auf einer Datenplattform, KI-gestützte Auswertung.")).toEqual(
      expect.arrayContaining(["llm:Sprachmodell", "data-platform:Datenplattform", "ai-general:KI-gestützte"]),
    );
  });

  it("does not split a word past MAX_WORD_LENGTH", () => {
    const word = `Xx${"x".repeat(MAX_WORD_LENGTH)}software`;
    expect(terms(`Wir bauen ${word} für Kliniken.`).map((t) => t.split(":")[1])).not.toContain("software");
  });
});
