import { describe, expect, it } from "vitest";
import { factConditions, foldCondition, subjectConditions, walkConditions } from "../../src/rules/conditions.ts";
import type { Condition } from "../../src/schemas/rules.ts";

const tree: Condition = {
  all: [
    { fact: "features", operator: "contains", value: "rag" },
    { any: [{ fact: "offerings", operator: "contains", value: "api" }, { not: { fact: "industry", operator: "equal", value: "legal" } }] },
  ],
};

describe("walkConditions", () => {
  it("enters and leaves every node depth first, with its path and how many nots it sits under", () => {
    const events: string[] = [];
    walkConditions(tree, {
      enter: ({ path, negations }) => void events.push(`enter ${path.join(".")} ${negations}`),
      leave: ({ path }) => void events.push(`leave ${path.join(".")}`),
    }, [3, "conditions"]);
    expect(events).toEqual([
      "enter 3.conditions 0",
      "enter 3.conditions.all.0 0",
      "leave 3.conditions.all.0",
      "enter 3.conditions.all.1 0",
      "enter 3.conditions.all.1.any.0 0",
      "leave 3.conditions.all.1.any.0",
      "enter 3.conditions.all.1.any.1 0",
      "enter 3.conditions.all.1.any.1.not 1",
      "leave 3.conditions.all.1.any.1.not",
      "leave 3.conditions.all.1.any.1",
      "leave 3.conditions.all.1",
      "leave 3.conditions",
    ]);
  });

  it("skips a node's children when enter returns false, and passes over what is not an object", () => {
    const entered: string[] = [];
    walkConditions({ all: [null, 3, { any: [{ fact: "x" }] }, { fact: "y" }] }, { enter: ({ path }) => (entered.push(path.join(".")), !path.includes("any") && path.length < 2) });
    expect(entered).toEqual(["", "all.2", "all.3"]);
  });

  it("walks a tree 100,000 levels deep without overflowing the stack", () => {
    let deep: unknown = { fact: "features", operator: "contains", value: "rag" };
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    let leaves = 0;
    walkConditions(deep, { leave: ({ node }) => void (node.fact !== undefined && leaves++) });
    expect(leaves).toBe(1);
  });
});

describe("foldCondition and factConditions", () => {
  it("folds bottom up", () => {
    const text = foldCondition<string>(tree, {
      fact: (c) => `${c.fact} ${c.operator} ${String(c.value)}`,
      all: (parts) => `(${parts.join(" and ")})`,
      any: (parts) => `(${parts.join(" or ")})`,
      not: (inner) => `not ${inner}`,
    });
    expect(text).toBe("(features contains rag and (offerings contains api or not industry equal legal))");
  });

  it("lists fact tests in order, with or without those under a not", () => {
    expect(factConditions(tree).map((c) => c.value)).toEqual(["rag", "api", "legal"]);
    expect(factConditions(tree, { outsideNot: true }).map((c) => c.value)).toEqual(["rag", "api"]);
  });
});

describe("subjectConditions", () => {
  const has = (value: string) => ({ fact: "features" as const, operator: "contains" as const, value });
  it.each([
    ["a qualifying any beside the subject is left out", { all: [has("writing"), { any: [has("ai-general"), has("agent")] }] }, ["writing"]],
    ["a top-level any is all subject", { any: [has("agent"), has("copilot")] }, ["agent", "copilot"]],
    ["what must be absent is no subject", { all: [has("agent"), { not: has("robotics") }] }, ["agent"]],
    ["a tree of qualifiers only gives them all", { all: [{ any: [has("a")] }, { any: [has("b")] }] }, ["a", "b"]],
  ] as [string, Condition, string[]][])("%s", (_name, condition, values) => {
    expect(subjectConditions(condition).map((c) => c.value)).toEqual(values);
  });
});
