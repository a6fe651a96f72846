import { describe, expect, it } from "vitest";
import { analyse, createPipeline } from "../../src/core/index.ts";
import { loadFixtures } from "../../src/eval/fixtures.ts";
import { runCompiled } from "../../src/rules/compile.ts";
import { buildFacts } from "../../src/rules/facts.ts";
import { createReferenceEngine } from "../../src/rules/reference.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { CAPABILITIES, CUSTOMERS, OFFERINGS, REVENUE_MODEL_IDS } from "../../src/schemas/ids.ts";

const ruleSet = loadRuleSet();
const pipeline = createPipeline(ruleSet);
const reference = createReferenceEngine(ruleSet.rules);
const names = (rules: { name: string }[]) => rules.map((r) => r.name);

// A small deterministic PRNG so a failure can be replayed.
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const pick = <T>(rand: () => number, list: readonly T[], p: number) => list.filter(() => rand() < p);

describe("compiled rules agree with json-rules-engine", () => {
  it("on every fixture", async () => {
    for (const { fixture } of loadFixtures().fixtures) {
      const facts = analyse(pipeline, fixture.input).facts;
      expect(names(runCompiled(pipeline.compiled, facts)), fixture.id).toEqual(names(await reference.run(facts)));
    }
  });

  it("on 3,000 random fact sets", async () => {
    const rand = random(42);
    const features = Object.keys(ruleSet.lexicon.features);
    const industries = ["", "healthcare", "legal", "retail"];
    let fired = 0;
    for (let i = 0; i < 3000; i++) {
      const facts = buildFacts(pick(rand, features, 0.08), {
        offerings: pick(rand, OFFERINGS, 0.1),
        capabilities: pick(rand, CAPABILITIES, 0.08),
        customers: pick(rand, CUSTOMERS, 0.2),
        revenueModels: pick(rand, REVENUE_MODEL_IDS, 0.08),
        industry: industries[Math.floor(rand() * industries.length)],
      });
      const compiled = names(runCompiled(pipeline.compiled, facts));
      expect(compiled, JSON.stringify([...facts.features])).toEqual(names(await reference.run(facts)));
      fired += compiled.length;
    }
    expect(fired).toBeGreaterThan(3000); // the sets are rich enough to fire rules
  }, 300_000);
});
