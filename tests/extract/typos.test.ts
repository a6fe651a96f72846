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

  it("corrects exactly as the plain symmetric-deletion index does: the hash pre-check only skips words without a correction", () => {
    const { lexicon } = builtIn().ruleSet;
    const vocabulary = lexiconVocabulary(phraseGroups(lexicon));
    const correct = createTypoCorrector(vocabulary, lexicon.notTypos);
    const reference = plainCorrector(vocabulary, lexicon.notTypos);
    const words = readFileSync(wordListPath, "utf8").split("\n").filter((_, i) => i % 4 === 0);
    // Every one-error variant of the lexicon's words: the words that do have a correction.
    for (const w of vocabulary) {
      for (let i = 0; i <= w.length; i++) {
        words.push(w.slice(0, i) + w.slice(i + 1), w.slice(0, i) + "x" + w.slice(i), w.slice(0, i) + "q" + w.slice(i + 1), w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      }
    }
    let corrected = 0;
    for (const w of words) {
      const want = reference(w);
      if (correct(w) !== want) expect([w, correct(w)]).toEqual([w, want]);
      if (want !== undefined) corrected++;
    }
    expect(corrected).toBeGreaterThan(1000);
  });
});

/** The corrector without its hash pre-check, as a reference. */
function plainCorrector(vocabulary: Iterable<string>, notTypos: Iterable<string>): (word: string) => string | undefined {
  const deletions = (word: string) => Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));
  const known = new Set([...vocabulary].filter((w) => w.length >= 6 && w.length <= 40 && /^[a-z]+$/.test(w)));
  const asWritten = new Set(notTypos);
  const byDeletion = new Map<string, string | null>();
  const put = (key: string, word: string) => byDeletion.set(key, byDeletion.get(key) === undefined || byDeletion.get(key) === word ? word : null);
  for (const w of known) for (const d of [w, ...deletions(w)]) put(d, w);
  const longest = Math.max(...[...known].map((w) => w.length));
  return (word) => {
    if (word.length < 6 || word.length > longest + 1 || known.has(word) || asWritten.has(word) || !/^[a-z]+$/.test(word)) return undefined;
    const direct = byDeletion.get(word);
    if (direct) return direct;
    let found: string | undefined;
    for (const d of deletions(word)) {
      const hit = known.has(d) ? d : byDeletion.get(d);
      if (hit === null) return undefined;
      if (hit !== undefined) {
        if (found !== undefined && found !== hit) return undefined;
        found = hit;
      }
    }
    return found;
  };
}
