import { describe, expect, it } from "vitest";
import { Classification } from "../../src/index.ts";
import { calibrate } from "../../src/core/confidence.ts";
import { builtIn } from "../helpers/classifier.ts";

const classify = (description: string) => builtIn().classifySync({ description });

describe("abstain", () => {
  it.each([
    ["no-ai-signal", "A family bakery selling sourdough bread with a weekly subscription box.", "No sign of an AI business: nothing in the text names AI, machine learning or an AI capability"],
    ["ai-used-internally", "Rosie's is a bakery in Cork; we use AI to forecast how many loaves to bake.", 'The text describes a business that uses AI ("bakery"), not one whose product is AI'],
    ["too-little-evidence", "We are an AI company.", "AI is mentioned, but nothing says what kind of AI business this is"],
  ])("%s: %s", (reason, description, message) => {
    const r = classify(description);
    expect(r.primaryDomain).toBeNull();
    expect(r.confidence).toBe(0);
    expect(r.abstain).toEqual({ reason, message });
    expect(Classification.parse(r)).toEqual(r);
  });

  it("is present exactly when no primary domain is named", () => {
    const named = classify("We rent H100 clusters by the hour to AI labs.");
    expect(named.primaryDomain).toBe("ai-infrastructure");
    expect(named).not.toHaveProperty("abstain");
  });

  it("names the weak evidence it would not act on", () => {
    expect(classify("An AI consultancy with its own dashboard.").abstain).toEqual({
      reason: "too-little-evidence",
      message: 'Too little evidence: the strongest domain, AI-Powered SaaS, rests on "dashboard", "AI" alone',
    });
  });

  it("reads AI named only after a first sentence that says what the business does as AI it uses", () => {
    expect(classify("Harbour Logistics runs 60 refrigerated trucks between Rotterdam and Milan. We use machine learning to plan routes.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The first sentence says what the business does without naming AI or a product; AI comes only later ("machine learning"), as something it uses',
    });
    // A first sentence that pitches (a belief, a problem, "you") is no description of the business.
    expect(classify("Every week, dental practices lose hours on the phone. Our AI receptionist answers calls and books appointments.").primaryDomain).toBe("ai-agents");
  });

  it("a non-AI business abstains even where a domain needs no AI signal (servers, storage)", () => {
    expect(classify("Web hosting company offering dedicated servers, storage and daily backups from two data centres in Frankfurt.").abstain?.reason).toBe("no-ai-signal");
  });

  it("a compliance word names no AI on its own: anti-money laundering training, a fraudulent-charge refund", () => {
    expect(classify("ComplyCourse offers online compliance training for financial services firms: anti-money-laundering, GDPR and Consumer Duty modules with certificates.").abstain?.reason).toBe("no-ai-signal");
    expect(classify("Northgate Savings refunds any fraudulent card payment within a day.").abstain?.reason).toBe("no-ai-signal");
    // Beside AI it still says what the AI does.
    const ai = classify("An AI platform for banks that detects money mule accounts and anti-money laundering risks in real time.");
    expect(ai.keywords.filter((k) => k.feature === "fraud-detection").map((k) => k.term)).toEqual(["money mule", "mule accounts", "anti-money laundering"]);
    expect(ai.domains.map((d) => d.id)).toContain("machine-learning");
  });

  it.each([
    ["sells an AI receptionist to clinics", "An AI receptionist for dental clinics that answers calls and books appointments.", "ai-agents"],
    ["sells X-ray reading to radiologists", "We sell deep learning software that reads X-rays to radiologists.", "deep-learning"],
    ["an AI tutor sold to schools", "Mentora is an AI tutor for middle and high schools.", "ai-saas"],
  ])("a vertical AI product still classifies: %s", (_name, description, domain) => {
    expect(classify(description).primaryDomain).toBe(domain);
  });
});

describe("software AI phrases", () => {
  it.each([
    ["Pageturn is an independent bookshop recommending new fiction every week.", null, "no-ai-signal"],
    ["The Fox is a village pub that shows every football match.", null, "no-ai-signal"],
    ["Larder is an app that recommends dinners from what is in your fridge.", "ai-marketplaces", undefined],
    ["A streaming service whose feed recommends new songs to listeners.", "ai-marketplaces", undefined],
  ])("'recommends' or 'matches' names AI only beside software or another AI word: %s", (description, domain, reason) => {
    const r = classify(description);
    expect(r.primaryDomain).toBe(domain);
    expect(r.abstain?.reason).toBe(reason);
  });
});

describe("ranking", () => {
  it("breaks a tie in weight by evidence, not by taxonomy order: a specific product phrase beats an industry plus an AI word", () => {
    const r = classify("Upload a selfie and see yourself in any outfit, generated in seconds; retailers pay us per try-on.");
    expect(r.domains.slice(0, 2).map((d) => [d.id, d.score])).toEqual([
      ["generative-ai", 0.528],
      ["ai-saas", 0.528],
    ]);
    expect(r.primaryDomain).toBe("generative-ai");
  });

  it("reads a maker of AI chips as AI infrastructure first, deep learning second", () => {
    const r = classify("Siltrace designs low-power inference accelerators for edge devices. Dev kits $249; modules and volume pricing on request.");
    expect(r.domains.slice(0, 2).map((d) => d.id)).toEqual(["ai-infrastructure", "deep-learning"]);
    expect(r.domains[0]!.reasons.map((x) => x.rule)).toContain("ai-infrastructure/chips");
    expect(classify("We design inference chips for edge devices and sell them to camera and drone manufacturers.").domains[0]!.reasons.map((x) => x.rule)).toContain("ai-infrastructure/chip-sales");
  });

  it("lifts the domain named in the first sentence, which says what the company is, and says so", () => {
    const r = classify("Upload a selfie and see yourself in any outfit, generated in seconds. Retailers pay us per try-on.");
    expect(r.domains.slice(0, 2).map((d) => [d.id, d.score, d.reasons.map((x) => x.rule)])).toEqual([
      ["generative-ai", 0.713, ["generative-ai/generative", "ranking/lead"]],
      ["ai-saas", 0.528, ["ai-saas/vertical-ai", "ai-saas/vertical"]],
    ]);
    expect(r.domains[0]!.reasons[1]).toEqual({ rule: "ranking/lead", message: "Named in the first sentence, which says what the company is", evidence: ["generated"] });
  });

  it.each([
    ["an AI word only qualifies a rule: 'AI agent' earns the writing rule no lead", "Scout is an AI agent that books meetings for sales teams. It uses GPT-4 to write the outreach emails and generates follow-ups.", "ai-agents"],
    ["a one-sentence text has no lead to favour", "Scout is an AI agent that books meetings for sales teams and uses GPT-4 to write outreach emails and generate follow-ups.", "ai-agents"],
  ])("%s", (_name, description, domain) => {
    expect(classify(description).primaryDomain).toBe(domain);
  });
});

describe("calibrate", () => {
  const curve: [number, number][] = [[0, 0], [0.5, 0.4], [0.6, 0.4], [1, 0.9]];
  it.each([
    [0, 0],
    [0.25, 0.2],
    [0.55, 0.4],
    [0.8, 0.65],
    [1, 0.9],
    [1.2, 0.9],
  ])("raw %s → %s", (raw, calibrated) => {
    expect(calibrate(curve, raw)).toBeCloseTo(calibrated, 10);
  });
});
