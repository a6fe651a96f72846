import { describe, expect, it } from "vitest";
import { Classification, createClassifier } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

const LIP_READING = "Lip-reading models for factory floors too loud for microphones.";

describe("the learned domain prior over a leader with generic evidence (scoring.json priorOverGeneric)", () => {
  it("lifts the prior's likeliest domain above vertical AI that rests on generic evidence alone", () => {
    const r = builtIn().classifySync({ description: LIP_READING });
    expect(r.primaryDomain).toBe("deep-learning");
    expect(r.domains.map((d) => d.id)).toEqual(["deep-learning", "ai-saas"]);
    expect(r.domains[0]!.score).toBeGreaterThan(r.domains[1]!.score);
    // The percentage and the order of the words are the retrained model's.
    expect(r.domains[0]!.reasons).toEqual([
      {
        rule: "ranking/learned-over-generic",
        message: expect.stringMatching(/^Ranked above AI-Powered SaaS, whose evidence names no kind of AI: a model learned from the labelled fixtures reads the text as this kind of AI product \((?:9[5-9]|100)%\)$/),
        evidence: expect.arrayContaining(["factory"]),
      },
    ]);
    expect(r.domains[1]!.reasons.map((x) => x.rule)).toEqual(["ai-saas/vertical-ai", "ai-saas/ai-powered", "ai-saas/vertical"]);
    expect(Classification.parse(r)).toEqual(r);
  });

  it("leaves a leader with specific evidence alone", () => {
    const r = builtIn().classifySync({ description: "An AI receptionist for dental clinics that answers calls and books appointments." });
    expect(r.domains.flatMap((d) => d.reasons.map((x) => x.rule))).not.toContain("ranking/learned-over-generic");
  });

  it("is off without priorOverGeneric", () => {
    const dir = copyRules();
    editJson(dir, "scoring.json", (s) => {
      delete s.priorOverGeneric;
    });
    // The prior's sure lead (domain-prior.json lead) would lift deep learning on its own.
    editJson(dir, "domain-prior.json", (p) => {
      delete p.lead;
    });
    expect(createClassifier({ rulesDir: dir }).classifySync({ description: LIP_READING }).primaryDomain).toBe("ai-saas");
  });

  it("rejects a rule name no rules file has, with its path", () => {
    const dir = copyRules();
    editJson(dir, "scoring.json", (s) => s.priorOverGeneric.rules.push("ai-saas/powered-by-ai"));
    expect(loadIssues(dir)).toContainEqual({
      file: "scoring.json",
      path: "priorOverGeneric.rules[4]",
      message: 'Unknown rule "ai-saas/powered-by-ai": no rules file has a rule of that name',
    });
  });
});
