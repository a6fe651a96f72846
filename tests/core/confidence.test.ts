import { describe, expect, it } from "vitest";
import { confidenceInputs, rawConfidence, type ConfidenceModel, type ConfidenceSignals } from "../../src/core/confidence.ts";
import { analyse, createPipeline, scoreContext } from "../../src/core/pipeline.ts";
import { primarySignals, rankFired } from "../../src/core/score.ts";
import { runCompiled } from "../../src/rules/compile.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import type { CompanyInput } from "../../src/schemas/input.ts";

const pipeline = createPipeline(loadRuleSet());

/** The ranked domains and the confidence signals of the primary one, as score() reads them. */
function signalsOf(input: CompanyInput) {
  const analysis = analyse(pipeline, input);
  const ctx = scoreContext(pipeline, analysis);
  const { ranked, primary } = rankFired(pipeline.tables, runCompiled(pipeline.compiled, analysis.facts), ctx);
  if (primary === undefined) throw new Error("expected a primary domain");
  return { primary: primary.id, signals: primarySignals(pipeline.tables, primary, ranked, ctx), other: (id: string) => primarySignals(pipeline.tables, ranked.find((d) => d.id === id)!, ranked, ctx) };
}

const MEETING_BOT = "We make a meeting bot that joins your calls, captures action items and updates Jira and Asana automatically.";

describe("confidence signals", () => {
  it("read how far the learned domain prior leans to the primary (2p - 1) and how many words the description has", () => {
    const { primary, signals, other } = signalsOf({ description: MEETING_BOT });
    expect(primary).toBe("ai-agents");
    expect(signals.prior).toBeGreaterThan(0.9);
    expect(signals.words).toBe(18);
    // The domain the rules ranked first, which the prior does not read the text as.
    expect(other("generative-ai").prior).toBeLessThan(-0.9);
  });

  it("are 0 for the prior and the words when there is no description to read", () => {
    const { primary, signals } = signalsOf({ answers: { offerings: ["compute"], customers: ["developers"] } });
    expect(primary).toBe("ai-infrastructure");
    expect(signals.prior).toBe(0);
    expect(signals.words).toBe(0);
  });

  it("enter the model in the order of its terms, the words as ln(1 + words) up to wordsCap", () => {
    const model: ConfidenceModel = { bias: 0, margin: 0, marginCap: 8, evidence: 0, evidenceCap: 6, afterLead: 0, prior: 1, words: 0, wordsCap: 150 };
    const s: ConfidenceSignals = { margin: 20, evidence: 9, afterLead: true, prior: -0.5, words: 1000 };
    expect(confidenceInputs(model, s)).toEqual([1, 8, 6, 1, -0.5, Math.log(151)]);
    expect(confidenceInputs(model, { ...s, words: 20 })[5]).toBeCloseTo(Math.log(21), 12);
    expect(rawConfidence(model, { ...s, prior: 1 })).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(rawConfidence(model, { ...s, prior: -1 })).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });
});
