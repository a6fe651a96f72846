import { describe, expect, it } from "vitest";
import { findTooDeep } from "../../src/schemas/depth.ts";
import { conditionTooDeep } from "../../src/rules/check.ts";

const nested = (levels: number, leaf: unknown = "x"): unknown => {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

describe("findTooDeep", () => {
  it.each([
    ["a scalar", "x", 0, undefined],
    ["an empty list at the limit", [], 1, undefined],
    ["an empty list past it", [], 0, []],
    ["an object with a list, within", { a: [[1]] }, 3, undefined],
    ["an object with a list, past", { a: [[1]] }, 2, ["a", 0]],
    ["the first too-deep branch, leftmost", { a: [1], b: { c: [[1]] } }, 3, ["b", "c", 0]],
  ])("%s", (_name, value, max, path) => {
    expect(findTooDeep(value, max)).toEqual(path);
  });

  it("checks 100,000 levels without recursing, and names where the limit is passed", () => {
    expect(findTooDeep(nested(100_000), 8)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(findTooDeep({ answers: { offerings: nested(100_000) } }, 8)).toEqual(["answers", "offerings", 0, 0, 0, 0, 0, 0]);
  });

  it("conditionTooDeep counts levels of all/any/not in a condition tree", () => {
    const leaf = { fact: "features", operator: "contains", value: "gpu" };
    expect(conditionTooDeep({ all: [leaf, { not: { any: [leaf] } }] }, 3)).toBeUndefined();
    expect(conditionTooDeep({ all: [leaf, { not: { any: [leaf] } }] }, 2)).toEqual(["all", 1, "not"]);
    expect(conditionTooDeep(leaf, 0)).toBeUndefined();
    let deep: unknown = leaf;
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    expect(conditionTooDeep(deep, 2)).toEqual(["not", "not"]);
  });
});
