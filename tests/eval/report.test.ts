import { describe, expect, it } from "vitest";
import type { LocatedFixture } from "../../src/eval/fixtures.ts";
import { ruleReport } from "../../src/eval/report.ts";
import { Fixture } from "../../src/schemas/fixture.ts";
import { builtIn } from "../helpers/classifier.ts";

const ruleSet = builtIn().ruleSet;
let line = 0;
const fixture = (id: string, description: string, domains: string[]): LocatedFixture => ({
  fixture: Fixture.parse({ id, input: { description }, expect: { domains } }),
  file: "t.jsonl",
  line: ++line,
});

const fixtures = [
  fixture("v1", "Vector database for LLM apps.", ["rag"]),
  fixture("v2", "A vector DB for LLM apps, fully managed.", ["rag"]),
  fixture("v3", "Open-source vector database for LLM apps.", ["rag"]),
  fixture("v4", "Serverless vector database for LLM apps.", ["rag"]),
  fixture("mislabelled", "Vector database for LLM apps, in the cloud.", ["mlops"]),
  fixture("bakery", "We bake sourdough bread.", []),
  fixture("uncovered", "We sell sourdough bread.", ["generative-ai"]),
];
const report = ruleReport(ruleSet, fixtures);
const stats = (rule: string) => report.rules.find((r) => r.rule === rule)!;

describe("ruleReport", () => {
  it("covers every rule of the set", () => {
    expect(report.rules.map((r) => r.rule)).toEqual(ruleSet.rules.map((r) => r.name));
    expect(report.fixtures).toBe(7);
  });

  it("counts coverage, correct and incorrect firings and precision against the labels", () => {
    expect(stats("rag/vector-db")).toEqual({
      rule: "rag/vector-db",
      file: "domains/rag.json",
      target: { kind: "domain", id: "rag", weight: 6 },
      fires: 5,
      coverage: 0.714,
      correct: 4,
      incorrect: 1,
      precision: 0.8,
      overlaps: 0.714,
      conflicts: 0.714, // "LLM apps" fires mlops/llm-framework on all five, "Serverless" ai-infrastructure/compute on v4

    });
    expect(stats("mlops/mlops")).toMatchObject({ fires: 0, coverage: 0, precision: null });
  });

  it("builds the domain-pair matrix from rules firing together", () => {
    expect(report.domainPairs.rag.mlops).toBe(5);
    expect(report.domainPairs.rag["ai-infrastructure"]).toBe(1);
    expect(report.domainPairs["ai-infrastructure"].rag).toBe(1);
    expect(report.domainPairs.rag["generative-ai"]).toBe(report.domainPairs["generative-ai"].rag);
  });

  it("lists labelled fixtures no domain rule covers", () => {
    expect(report.uncovered).toEqual([{ id: "uncovered", at: "t.jsonl:7", labelled: ["generative-ai"] }]);
  });

  it("flags a label the classifier and rules precise elsewhere contradict", () => {
    expect(report.suspects).toEqual([
      {
        id: "mislabelled",
        at: "t.jsonl:5",
        labelled: ["mlops"],
        classifierSays: "rag",
        rulesSay: "rag",
        rules: [
          { rule: "rag/vector-db", precisionElsewhere: 1, firesElsewhere: 4 },
          { rule: "rag/framework", precisionElsewhere: 1, firesElsewhere: 4 },
        ],
      },
    ]);
  });

  it("lists rules no fixture exercises", () => {
    expect(report.unexercised).toContain("mlops/mlops");
    expect(report.unexercised).not.toContain("rag/vector-db");
  });
});
