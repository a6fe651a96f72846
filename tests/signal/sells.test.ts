import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/index.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

const CLEANERS = "Brightwater Cleaning is reinventing home cleaning for busy families. We leverage AI-optimised scheduling to send one of our own vetted cleaners to your door.";

/** A rules copy whose sells-ai.json is the given model (or none). */
function withSells(weights: Record<string, number> | undefined, leadThreshold?: number) {
  const dir = copyRules();
  if (weights === undefined) rmSync(join(dir, "sells-ai.json"));
  else writeFileSync(join(dir, "sells-ai.json"), JSON.stringify({ threshold: 0.3, ...(leadThreshold === undefined ? {} : { leadThreshold }), bias: 0, weights }));
  return createClassifier({ rulesDir: dir });
}

describe("the learned sells-AI reading", () => {
  it("abstains as ai-used-internally on a text the rules classify when it reads as a business that uses AI, quoting the words against", () => {
    expect(withSells(undefined).classifySync({ description: CLEANERS }).primaryDomain).toBe("ai-saas");
    const r = withSells({ cleane: -3, famili: -1, ai: 1 }).classifySync({ description: CLEANERS });
    expect(r.primaryDomain).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.abstain).toEqual({
      reason: "ai-used-internally",
      message: 'Reads as a business that uses AI, not one that sells it ("cleaners", "families"): a model learned from the labelled fixtures gives 5% that its product is AI',
    });
    expect(r.domains.map((d) => d.id)).toContain("ai-saas");
  });

  it("keeps the reading at or above the threshold", () => {
    expect(withSells({ cleane: -1, ai: 0.2 }).classifySync({ description: CLEANERS }).primaryDomain).toBe("ai-saas");
  });

  it("reads a text whose first sentence offers AI only below leadThreshold, when given", () => {
    const description = "Insurance, rebuilt with AI. Koru Cover underwrites renters policies for students and pays simple claims within a day.";
    expect(withSells({ insura: -2 }).classifySync({ description }).primaryDomain).not.toBeNull();
    expect(withSells({ insura: -2 }, 0.05).classifySync({ description }).primaryDomain).not.toBeNull();
    const r = withSells({ insura: -4 }, 0.05).classifySync({ description });
    expect(r.abstain).toEqual({
      reason: "ai-used-internally",
      message: 'Reads as a business that uses AI, not one that sells it ("Insurance"): a model learned from the labelled fixtures gives 2% that its product is AI',
    });
  });

  it("does not read a text whose first sentence offers AI, nor a domain whose product uses AI itself (usingAiDomains)", () => {
    const c = withSells({ cleane: -5, dental: -5, riders: -5 });
    expect(c.classifySync({ description: "An AI receptionist for dental practices: it answers the phone and books appointments around the clock. Priced per location." }).primaryDomain).toBe("ai-agents");
    expect(c.classifySync({ description: "Ridelink is a ride-hailing marketplace in Lagos. Our platform matches riders with nearby drivers using machine learning and takes a 15% commission per trip." }).primaryDomain).toBe("ai-marketplaces");
  });

  it("does not read a text whose AI is only a task read from its structure: the product does the work", () => {
    const c = withSells({ boda: -5, "canción": -5 });
    const r = c.classifySync({ description: "¿Organizas una boda? Nos cuentas cómo os conocisteis y el sistema compone una canción con letra y voz. 12 € por canción." });
    expect(r.primaryDomain).toBe("generative-ai");
  });

  it("the shipped model reads the cleaners as a business that uses AI", () => {
    const r = builtIn().classifySync({ description: CLEANERS });
    expect(r.abstain?.reason).toBe("ai-used-internally");
    expect(r.abstain?.message).toMatch(/^Reads as a business that uses AI, not one that sells it \(("[^"]+"(, )?){1,3}\): a model learned from the labelled fixtures gives ([0-9]|[12][0-9])% that its product is AI$/);
  });
});

describe("rules/sells-ai.json", () => {
  it("is optional, and read into the rule set", () => {
    expect(loadRuleSet().sellsAi?.threshold).toBe(0.3);
    const dir = copyRules();
    rmSync(join(dir, "sells-ai.json"));
    expect(loadRuleSet(dir).sellsAi).toBeUndefined();
  });

  it("names each problem with its path", () => {
    const dir = copyRules();
    editJson(dir, "sells-ai.json", (j) => {
      j.threshold = 0.9;
      j.weights.x_Y = 1;
    });
    expect(loadIssues(dir)).toEqual([
      { file: "sells-ai.json", path: "threshold", message: "Too big: expected number to be <=0.5" },
      { file: "sells-ai.json", path: "weights.x_Y", message: 'Not a token: "x_Y" (a token is a lower-case word, or two joined by "_")' },
    ]);
  });
});
