import { describe, expect, it } from "vitest";
import { classify, Classification, createClassifier } from "../src/index.ts";
import { builtIn } from "./helpers/classifier.ts";

const c = builtIn();

describe("classify", () => {
  it("names the domain, stages and revenue models of a GPU cloud, with its own words as evidence", async () => {
    const r = await c.classify({ description: "We rent H100 clusters by the hour to AI labs." });
    expect(Classification.parse(r)).toEqual(r);
    expect(r.primaryDomain).toBe("ai-infrastructure");
    expect(r.domains.map((d) => d.id)).toEqual(["ai-infrastructure"]);
    expect(r.stages.map((s) => s.id)).toEqual(["deployment", "monetization", "data"]);
    expect(r.revenueModels.map((m) => [m.id, m.source])).toEqual([
      ["pay-as-you-go", "stated"],
      ["subscription", "suggested"],
    ]);
    expect(r.domains[0]!.reasons[0]).toEqual({ rule: "ai-infrastructure/gpu-compute", message: "Rents GPU compute for AI", evidence: ["H100"] });
    expect(r.revenueModels[0]!.reasons[0]!.evidence).toEqual(["by the hour"]);
    expect(r.keywords).toContainEqual({ term: "H100", feature: "gpu-compute", start: 8, end: 12 });
    expect(r.rulesVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it.each([
    ["a bakery", "A family bakery selling sourdough bread with a weekly subscription box."],
    ["a car wash", "Self-service car wash with unlimited monthly memberships."],
    ["a denial", "We are not an AI company and use no machine learning."],
  ])("abstains for %s", async (_name, description) => {
    const r = await c.classify({ description });
    expect(r.primaryDomain).toBeNull();
    expect(r.confidence).toBe(0);
  });

  it("uses structured answers alone", async () => {
    const r = await c.classify({ answers: { offerings: ["saas"], capabilities: ["prediction"], industry: "healthcare", revenueModels: ["subscription"] } });
    expect(r.primaryDomain).toBe("ai-saas");
    expect(r.domains[0]!.reasons.map((x) => x.evidence)).toContainEqual(["industry: healthcare", "offerings: saas"]);
    expect(r.revenueModels[0]).toMatchObject({ id: "subscription", source: "stated" });
    expect(r.keywords).toEqual([]);
  });

  it("never suggests a revenue model the text denies", async () => {
    const r = await c.classify({ description: "A free AI news app with personalized recommendations. We do not run ads." });
    expect(r.revenueModels.map((m) => m.id)).not.toContain("advertising");
  });

  it("scores are in 0..1 and ranked", async () => {
    const r = await c.classify({ description: "An AI agent for contact centers with RAG over your knowledge base, billed per resolution." });
    const scores = r.domains.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of [...scores, r.confidence]) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
  });

  it("rejects bad input with every problem", async () => {
    await expect(c.classify({ answers: { offerings: ["crypto"] } })).rejects.toMatchObject({
      code: "invalid_input",
      issues: [{ path: "answers.offerings[0]", message: expect.stringContaining('Unknown value "crypto"') }],
    });
  });

  it("50 concurrent calls return exactly what sequential calls return, on both engines", async () => {
    const texts = Array.from({ length: 50 }, (_, i) =>
      [
        "We rent GPUs by the hour.",
        "Vector database for LLM apps, priced per query.",
        "AI agents that resolve support tickets, per agent pricing.",
        "A bakery.",
        "Free music streaming with personalized playlists and ads.",
      ][i % 5]! + ` (#${i})`,
    );
    const reference = createClassifier({ ruleSet: c.ruleSet, engine: "reference" });
    const sequential = [];
    for (const t of texts) sequential.push(await reference.classify({ description: t }));
    const concurrent = await Promise.all(texts.map((t) => reference.classify({ description: t })));
    const compiled = await Promise.all(texts.map((t) => c.classify({ description: t })));
    expect(concurrent).toEqual(sequential);
    expect(compiled).toEqual(sequential);
  });

  it("the package-level classify uses the built-in rules", async () => {
    const r = await classify({ description: "vector db for llm apps" });
    expect(r.primaryDomain).toBe("rag");
    expect(r.rulesVersion).toBe(c.rulesVersion);
  });
});
