import { describe, expect, it } from "vitest";
import { createPipeline } from "../../src/core/index.ts";
import { loadFixtures } from "../../src/eval/fixtures.ts";
import { phraseReport } from "../../src/eval/phrases.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { syntheticFixtures, syntheticRules } from "../helpers/synthetic.ts";

const ruleSet = loadRuleSet(syntheticRules());
const { fixtures } = loadFixtures(syntheticFixtures());
const report = phraseReport(ruleSet, createPipeline(ruleSet), fixtures);
const stats = (phrase: string) => report.phrases.find((p) => p.phrase === phrase)!;

describe("phraseReport", () => {
  it("flags the planted generic word: found across 5 domains, right for the one its rule scores 1 time in 5", () => {
    expect(stats("platform")).toEqual({ feature: "platform", phrase: "platform", fires: 40, domains: 5, precision: 0.2, generic: "found in fixtures of 5 domains" });
    expect(report.generic.map((p) => p.phrase)).toContain("platform");
  });

  it("flags a phrase that is wrong more often than right over 10 or more fixtures", () => {
    expect(stats("llm")).toMatchObject({ fires: 32, domains: 3, precision: 0.25, generic: "precision 0.25 over 32 fixtures" });
  });

  it("measures a precise phrase without flagging it", () => {
    expect(stats("vector database")).toEqual({ feature: "vector", phrase: "vector database", fires: 8, domains: 1, precision: 1 });
  });

  it("lists the phrases that fire on no fixture", () => {
    // "back office" is there for scoring.json's usedInternally only (see helpers/synthetic.ts).
    expect(report.silent).toEqual(["saas: software", "internal: back office"]);
  });
});
