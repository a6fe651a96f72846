import { describe, expect, it } from "vitest";
import { evaluate, metrics } from "../src/eval/evaluate.ts";
import { loadFixtures } from "../src/eval/fixtures.ts";
import { DOMAIN_IDS } from "../src/schemas/ids.ts";
import { builtIn } from "./helpers/classifier.ts";

const { fixtures, problems } = loadFixtures();

describe("labelled fixtures", () => {
  it("are all valid, and cover what the issue asks for", () => {
    expect(problems).toEqual([]);
    const byFile = (name: string) => fixtures.filter((f) => f.file.endsWith(name));
    expect(byFile("non-ai.jsonl").every((f) => f.fixture.expect.domains.length === 0)).toBe(true);
    expect(byFile("non-ai.jsonl").length).toBeGreaterThanOrEqual(8);
    expect(byFile("answers-only.jsonl").filter((f) => f.fixture.input.description === undefined).length).toBeGreaterThanOrEqual(8);
    for (const domain of ["generative-ai", "machine-learning", "deep-learning", "rag", "ai-agents", "mlops", "ai-marketplaces", "ai-infrastructure", "ai-saas", "ad-supported", "data-monetization"]) {
      expect(byFile("domains.jsonl").filter((f) => f.fixture.expect.domains[0] === domain).length, domain).toBeGreaterThanOrEqual(6);
    }
  });

  it("are filed by meaning: real-<domain>.jsonl holds only that primary domain, real-abstain.jsonl only abstentions", () => {
    const real = fixtures.flatMap((f) => {
      const m = /(?:^|[\\/])real-([a-z-]+)\.jsonl$/.exec(f.file);
      return m ? [{ name: m[1]!, id: f.fixture.id, expected: f.fixture.expect.domains[0] ?? "abstain" }] : [];
    });
    expect(real.length).toBeGreaterThan(0);
    expect(real.filter((r) => r.name !== r.expected)).toEqual([]);
    expect([...new Set(real.map((r) => r.name))].sort()).toEqual([...DOMAIN_IDS, "abstain"].sort());
  });

  it.each(fixtures.map((f) => [`${f.fixture.id} (${f.file}:${f.line})`, f] as const))("%s", async (_name, located) => {
    const [outcome] = await evaluate(builtIn(), [located]);
    const { result } = outcome!;
    const expect_ = located.fixture.expect;
    if (expect_.domains.length === 0) expect(result.primaryDomain).toBeNull();
    else expect(expect_.domains).toContain(result.primaryDomain);
    expect(result.stages.map((s) => s.id)).toEqual(expect.arrayContaining(expect_.stages));
    expect(result.revenueModels.filter((m) => m.source === "stated").map((m) => m.id)).toEqual(expect.arrayContaining(expect_.revenueModels));
  });

  it("reach the accuracy the project promises", async () => {
    const m = metrics(await evaluate(builtIn(), fixtures));
    expect(m.top1).toBeGreaterThanOrEqual(0.95);
    expect(m.top3).toBeGreaterThanOrEqual(0.97);
    expect(m.abstainAccuracy).toBe(1);
    expect(m.statedRevenueRecall).toBeGreaterThanOrEqual(0.9);
  });
});
