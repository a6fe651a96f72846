import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/rules/load.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

describe("loadRuleSet", () => {
  it("loads the shipped rules: 11 domains, 4 stages, 13 revenue models, a content hash", () => {
    const set = loadRuleSet();
    expect(set.taxonomy.domains.map((d) => d.id)).toHaveLength(11);
    expect(set.rules.length).toBeGreaterThan(100);
    expect(set.version).toMatch(/^[0-9a-f]{12}$/);
    expect(loadRuleSet().version).toBe(set.version);
  });

  it("a changed weight changes the version", () => {
    const dir = copyRules();
    editJson(dir, "domains/rag.json", (rules) => (rules[0].event.params.weight = 1));
    expect(loadRuleSet(dir).version).not.toBe(loadRuleSet().version);
  });

  it.each([
    [
      "an unknown operator",
      (dir: string) => editJson(dir, "domains/rag.json", (r) => (r[1].conditions.all[0].operator = "notAnOperator")),
      { file: "domains/rag.json", path: "[1].conditions.all[0].operator", message: 'Unknown operator "notAnOperator": expected one of contains, doesNotContain, in, notIn, equal, notEqual' },
    ],
    [
      "an unknown fact",
      (dir: string) => editJson(dir, "domains/rag.json", (r) => (r[0].conditions.all[0].fact = "revenue")),
      { file: "domains/rag.json", path: "[0].conditions.all[0].fact", message: 'Unknown fact "revenue": expected one of features, offerings, capabilities, customers, revenueModels, industry — did you mean "revenueModels"?' },
    ],
    [
      "an unknown feature",
      (dir: string) => editJson(dir, "domains/mlops.json", (r) => (r[0].conditions.all[0].value = "mlopz")),
      { file: "domains/mlops.json", path: "[0].conditions.all[0].value", message: 'Unknown feature (not in lexicon.json) "mlopz" — did you mean "mlops"?' },
    ],
    [
      "an unknown feature for made content (taskSignal.outputs)",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.taskSignal.outputs["song-generation"] = ["song"])),
      { file: "scoring.json", path: "taskSignal.outputs.song-generation", message: 'Unknown feature "song-generation": not in lexicon.json' },
    ],
    [
      "an unknown feature for work done by hand (usedInternally.byHand)",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.usedInternally.byHand = ["manual-work", "hand-work"])),
      { file: "scoring.json", path: "usedInternally.byHand[1]", message: 'Unknown feature "hand-work": not in lexicon.json' },
    ],
    [
      "an unknown feature for what a first sentence says is sold (ranking.statedSales)",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.ranking.statedSales = ["sells-data"])),
      { file: "scoring.json", path: "ranking.statedSales[0]", message: 'Unknown feature "sells-data": not in lexicon.json' },
    ],
    [
      "an unknown rule for a stated business model (ranking.statedRules)",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.ranking.statedRules = ["ad-supported/free-paid-by-ads", "ad-supported/paid-by-ads"])),
      { file: "scoring.json", path: "ranking.statedRules[1]", message: 'Unknown rule "ad-supported/paid-by-ads": no rules file has a rule of that name' },
    ],
    [
      "an unknown feature for data coverage",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.dataCoverage.feature = "datasets")),
      { file: "scoring.json", path: "dataCoverage.feature", message: 'Unknown feature "datasets": not in lexicon.json' },
    ],
    [
      "an unknown feature for a percentage fee",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.percentFee.feature = "price-commission")),
      { file: "scoring.json", path: "percentFee.feature", message: 'Unknown feature "price-commission": not in lexicon.json' },
    ],
    [
      "an unknown feature for a unit price",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.unitPrice.feature = "price-per-item")),
      { file: "scoring.json", path: "unitPrice.feature", message: 'Unknown feature "price-per-item": not in lexicon.json' },
    ],
    [
      "an unknown feature for a sale object",
      (dir: string) => editJson(dir, "scoring.json", (s) => (s.saleObjects.objects["price-gadgets"] = ["gadgets"])),
      { file: "scoring.json", path: "saleObjects.objects.price-gadgets", message: 'Unknown feature "price-gadgets": not in lexicon.json' },
    ],
    [
      "an unknown domain in an event",
      (dir: string) => editJson(dir, "domains/rag.json", (r) => (r[0].event.params.domain = "crypto")),
      { file: "domains/rag.json", path: "[0].event.params.domain", message: 'Unknown value "crypto": expected one of generative-ai, machine-learning, deep-learning, rag, ai-agents, mlops, ai-marketplaces, ai-infrastructure, ai-saas, ad-supported, data-monetization' },
    ],
    [
      "an event with no target",
      (dir: string) => editJson(dir, "domains/rag.json", (r) => delete r[0].event.params.domain),
      { file: "domains/rag.json", path: "[0].event.params", message: "An event scores exactly one of domain, stage or revenueModel: none given" },
    ],
    [
      "a weight out of range",
      (dir: string) => editJson(dir, "stages.json", (r) => (r[0].event.params.weight = 50)),
      { file: "stages.json", path: "[0].event.params.weight", message: "Too big: expected number to be <=10" },
    ],
    [
      "a rule that can never fire",
      (dir: string) => editJson(dir, "domains/rag.json", (r) => r[0].conditions.all.push({ fact: "features", operator: "doesNotContain", value: "rag" })),
      { file: "domains/rag.json", path: "[0].conditions.all[1]", message: 'This rule can never fire: "features" must both contain and not contain "rag" (see [0].conditions.all[0])' },
    ],
    [
      "a text fact that must equal two values",
      (dir: string) =>
        editJson(dir, "domains/rag.json", (r) => r[0].conditions.all.push({ fact: "industry", operator: "equal", value: "legal" }, { fact: "industry", operator: "equal", value: "health" })),
      { file: "domains/rag.json", path: "[0].conditions.all[2]", message: 'This rule can never fire: "industry" must equal both "legal" and "health" (see [0].conditions.all[1])' },
    ],
    [
      "a duplicate rule name",
      (dir: string) => editJson(dir, "domains/rag.json", (r) => (r[1].name = r[0].name)),
      { file: "domains/rag.json", path: "[1].name", message: 'Duplicate rule name "rag/rag" (first in domains/rag.json)' },
    ],
    [
      "a phrase claimed by two features",
      (dir: string) => editJson(dir, "lexicon.json", (l) => l.features["enterprise-search"].phrases.push("Vector DBs")),
      { file: "lexicon.json", path: expect.stringMatching(/^features\.enterprise-search\.phrases\[\d+\]$/), message: 'Phrase "Vector DBs" is also claimed by feature "vector-db"' },
    ],
    [
      "a phrase that starts with a wildcard",
      (dir: string) => editJson(dir, "lexicon.json", (l) => l.features["vector-db"].phrases.push("* database")),
      { file: "lexicon.json", path: expect.stringMatching(/^features\.vector-db\.phrases\[\d+\]$/), message: 'Phrase "* database" starts with "*": a wildcard needs a word before it' },
    ],
    [
      "a phrase both ignored and claimed",
      (dir: string) => editJson(dir, "lexicon.json", (l) => l.features["machine-learning"].phrases.push("business models")),
      { file: "lexicon.json", path: expect.stringMatching(/^features\.machine-learning\.phrases\[\d+\]$/), message: 'Phrase "business models" is also claimed by the ignore list' },
    ],
    [
      "a software-context phrase no feature has",
      (dir: string) => editJson(dir, "scoring.json", (s) => s.softwareAiPhrases.context.push("mobile ap")),
      { file: "scoring.json", path: expect.stringMatching(/^softwareAiPhrases\.context\[\d+\]$/), message: 'Unknown phrase "mobile ap": no feature in lexicon.json has it' },
    ],
    [
      "a __proto__ key",
      (dir: string) => writeFileSync(join(dir, "extra.json"), '[{"__proto__": {"polluted": true}}]'),
      { file: "extra.json", path: "[0].__proto__", message: 'Forbidden key "__proto__"' },
    ],
    [
      "a file that is not JSON",
      (dir: string) => writeFileSync(join(dir, "domains/rag.json"), "[{"),
      { file: "domains/rag.json", path: "(root)", message: expect.stringMatching(/^Not valid JSON: /) },
    ],
  ])("names file and JSON path for %s", (_name, breakIt, expected) => {
    const dir = copyRules();
    breakIt(dir);
    expect(loadIssues(dir)).toContainEqual(expected);
  });

  it("reports every problem in one go", () => {
    const dir = copyRules();
    editJson(dir, "domains/rag.json", (r) => {
      r[0].conditions.all[0].operator = "notAnOperator";
      r[1].event.type = "alert";
    });
    editJson(dir, "scoring.json", (s) => (s.scale = -1));
    const issues = loadIssues(dir);
    expect(issues.map((i) => `${i.file}: ${i.path}`)).toEqual(
      expect.arrayContaining(["domains/rag.json: [0].conditions.all[0].operator", "domains/rag.json: [1].event.type", "scoring.json: scale"]),
    );
  });

  it("says when the directory does not exist", () => {
    expect(loadIssues("/nonexistent/rules")[0]!.message).toMatch(/^Cannot read rules directory: ENOENT/);
  });
});
