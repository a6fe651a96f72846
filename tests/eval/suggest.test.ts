import { describe, expect, it } from "vitest";
import { loadFixtures } from "../../src/eval/fixtures.ts";
import { SUGGEST_DEFAULTS, suggestPhrases } from "../../src/eval/suggest.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { syntheticFixtures, syntheticRules } from "../helpers/synthetic.ts";

const ruleSet = loadRuleSet(syntheticRules());
const { fixtures } = loadFixtures(syntheticFixtures());

describe("suggestPhrases", () => {
  const list = suggestPhrases(ruleSet, fixtures, { ...SUGGEST_DEFAULTS, domains: ["ai-saas"], top: 3 });

  it("ranks the planted discriminative phrase first, with its support, precision and misses", () => {
    expect(list[0]).toMatchObject({ domain: "ai-saas", phrase: "meeting notes", support: 16, precision: 1, misses: 8, feature: "meeting-notes", newFeature: true });
    expect(list[0]!.examples).toEqual(["notes-b-0", "notes-b-1", "notes-b-2"]);
  });

  it("gives JSON to paste: a lexicon feature and a rule that scores it", () => {
    const s = list[0]!;
    expect(s.lexicon).toEqual({ pasteInto: "features", snippet: '"meeting-notes": {"description":"Mentions meeting notes","phrases":["meeting notes"]}' });
    expect(JSON.parse(`{${s.lexicon.snippet}}`)).toEqual({ "meeting-notes": { description: "Mentions meeting notes", phrases: ["meeting notes"] } });
    expect(s.rule).toEqual({
      name: "ai-saas/meeting-notes",
      conditions: { all: [{ fact: "features", operator: "contains", value: "meeting-notes" }] },
      event: { type: "score", params: { domain: "ai-saas", weight: 2, reason: "Mentions meeting notes" } },
    });
  });

  it("never proposes a phrase the lexicon has, nor one below the precision floor", () => {
    const all = suggestPhrases(ruleSet, fixtures, { ...SUGGEST_DEFAULTS, domains: ["mlops", "generative-ai", "rag", "ai-infrastructure", "ai-saas"], top: 50 });
    const phrases = all.map((s) => s.phrase);
    expect(phrases).not.toContain("platform");
    expect(phrases).not.toContain("llm");
    for (const s of all) expect(s.precision).toBeGreaterThanOrEqual(0.6);
  });

  it("joins a feature of the domain that shares a word with the phrase (asked to propose phrases for fixtures the rules already win)", () => {
    const rag = suggestPhrases(ruleSet, fixtures, { ...SUGGEST_DEFAULTS, domains: ["rag"], top: 5, minMisses: 0 });
    const vector = rag.find((s) => s.phrase.includes("vector"));
    expect(vector).toMatchObject({ feature: "vector", newFeature: false, rule: null, scoredBy: ["rag/vector"], lexicon: { pasteInto: "features.vector.phrases" } });
  });
});
