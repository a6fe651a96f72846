import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/index.ts";
import { loadFixtures } from "../../src/eval/fixtures.ts";
import { extractFirings, numbersOf, rescore } from "../../src/eval/firing.ts";
import { makeFolds, tune } from "../../src/eval/tune.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { builtIn } from "../helpers/classifier.ts";
import { syntheticFixtures, syntheticRules } from "../helpers/synthetic.ts";

const ruleSet = loadRuleSet(syntheticRules());
const { fixtures } = loadFixtures(syntheticFixtures());

describe("tune", () => {
  const result = tune(ruleSet, fixtures, { folds: 5, seed: 1 });
  const change = (name: string) => result.changes.find((c) => c.name === name);

  it("recovers the deliberately wrong weight: GPU cloud must outweigh LLM", () => {
    const gpu = change("ai-infrastructure/gpu")!;
    expect(gpu.from).toBe(0.5);
    const llm = change("generative-ai/llm")?.to ?? 3;
    expect(gpu.to).toBeGreaterThan(llm);
    expect(gpu.to % 0.5).toBe(0);
  });

  it("raises cross-validated top-1 and reports the train/CV gap", () => {
    expect(result.before.top1).toBe(0.556);
    expect(result.after.top1).toBeGreaterThan(0.85);
    expect(result.before.f1["ai-infrastructure"]).toBeNull();
    expect(result.after.f1["ai-infrastructure"]).toBe(1);
    expect(result.gap).toBe(Math.round((result.trainTop1 - result.after.top1) * 1000) / 1000);
    expect(result.overfits).toBe(false);
  });

  it("keeps every weight's sign and the schema's bounds", () => {
    for (const c of result.changes.filter((x) => !x.name.startsWith("scoring.json"))) {
      expect(c.to).toBeGreaterThan(0);
      expect(c.to).toBeLessThanOrEqual(10);
    }
  });

  it("gives the same numbers for the same seed", () => {
    expect(JSON.stringify(tune(ruleSet, fixtures, { folds: 5, seed: 1 }))).toBe(JSON.stringify(result));
  });
});

describe("makeFolds", () => {
  it("deals each label's fixtures round the folds, every fixture once", () => {
    const folds = makeFolds(fixtures, 5, 7);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(fixtures.map((_, i) => i));
    // 8 bakeries dealt round 5 folds: 2, 2, 2, 1, 1 in some order.
    expect(folds.map((fold) => fold.filter((i) => fixtures[i]!.fixture.id.startsWith("bakery-")).length).sort()).toEqual([1, 1, 2, 2, 2]);
    expect(makeFolds(fixtures, 5, 7)).toEqual(folds);
    expect(makeFolds(fixtures, 5, 8)).not.toEqual(folds);
  });
});

describe("rescore", () => {
  it("answers as the classifier does on every shipped fixture, from rules fired once", async () => {
    const shipped = loadFixtures().fixtures;
    const classifier = builtIn();
    const firings = extractFirings(classifier.ruleSet, shipped);
    const outcomes = rescore(firings, numbersOf(classifier.ruleSet), shipped.map((_, i) => i));
    for (const [i, o] of outcomes.entries()) expect(o.result).toEqual(await classifier.classify(shipped[i]!.fixture.input));
  });

  it("scores with other numbers as a classifier on a rule set written with them would", async () => {
    const firings = extractFirings(ruleSet, fixtures);
    const numbers = { weights: ruleSet.rules.map((r) => (r.name === "ai-infrastructure/gpu" ? 6 : r.json.event.params.weight)), scoring: ruleSet.scoring };
    const tuned = createClassifier({ ruleSet: { ...ruleSet, rules: ruleSet.rules.map((r) => (r.name === "ai-infrastructure/gpu" ? { ...r, json: { ...r.json, event: { ...r.json.event, params: { ...r.json.event.params, weight: 6 } } } } : r)) } });
    const outcomes = rescore(firings, numbers, fixtures.map((_, i) => i));
    expect(outcomes.find((o) => o.located.fixture.id === "gpu-0")!.result.primaryDomain).toBe("ai-infrastructure");
    for (const [i, o] of outcomes.entries()) expect(o.result).toEqual(await tuned.classify(fixtures[i]!.fixture.input));
  });
});
