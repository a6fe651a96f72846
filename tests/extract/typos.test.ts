import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import wordListPath from "word-list";
import { lexiconVocabulary } from "../../src/extract/features.ts";
import { phraseGroups } from "../../src/extract/phrases.ts";
import { createTypoCorrector, wordsMistakenForTypos } from "../../src/extract/typos.ts";
import { builtIn } from "../helpers/classifier.ts";

describe("typo correction", () => {
  const correct = createTypoCorrector(["learning", "trains", "compute"]);

  it.each([
    ["lerning", "learning"],
    ["traisn", "trains"],
    ["learning", undefined], // a known word
    ["drain", undefined], // too short to correct
  ])("%s → %s", (word, expected) => {
    expect(correct(word)).toBe(expected);
  });

  it("names the real words it would turn into a lexicon word of another stem", () => {
    // "trainings" → "training" keeps its stem, and "lerning" is no real word.
    expect(wordsMistakenForTypos(["trains", "training"], ["strains", "lerning", "trainings", "drains"])).toEqual(["drains", "strains"]);
  });

  it("lexicon.json's notTypos lists every English word one typing error from a lexicon word (npm run rules:not-typos)", () => {
    const { lexicon } = builtIn().ruleSet;
    const english = readFileSync(wordListPath, "utf8").split("\n");
    const missing = wordsMistakenForTypos(lexiconVocabulary(phraseGroups(lexicon)), english).filter((w) => !lexicon.notTypos.includes(w));
    expect(missing).toEqual([]);
  });

  it("never turns a common English word into evidence: 'drains' is not 'trains'", () => {
    const result = builtIn().classifySync({ description: "Emergency plumbers: we unblock drains and fix leaking pipes." });
    expect(result.keywords.map((k) => k.term)).not.toContain("drains");
    expect(result.primaryDomain).toBeNull();
  });
});
