import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/rules/load.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

describe("rules/ai-signal.json", () => {
  it("is read into the rule set, its weights by token number", () => {
    const ruleSet = loadRuleSet();
    expect(ruleSet.aiSignal?.threshold).toBe(0.9);
    expect(ruleSet.aiSignal?.multiSentenceThreshold).toBe(0.8);
    expect(ruleSet.aiSignal?.byNumber.filter((w) => w !== 0).length).toBeGreaterThan(1000);
  });

  it("is optional: a rules directory without it loads, with no learned signal", () => {
    const dir = copyRules();
    rmSync(join(dir, "ai-signal.json"));
    expect(loadRuleSet(dir).aiSignal).toBeUndefined();
  });

  it("names each problem with its path", () => {
    const dir = copyRules();
    editJson(dir, "ai-signal.json", (j) => {
      j.threshold = 2;
      j.weights["Bad Key"] = 1;
    });
    expect(loadIssues(dir)).toEqual([
      { file: "ai-signal.json", path: "threshold", message: "Too big: expected number to be <=1" },
      { file: "ai-signal.json", path: "weights.Bad Key", message: 'Not a token: "Bad Key" (a token is a lower-case word, or two joined by "_")' },
    ]);
  });
});
