import { describe, expect, it } from "vitest";
import { byEnd, firstFrom, someStartingIn } from "../../src/core/keyword-spans.ts";

const k = (term: string, start: number, feature = "f") => ({ term, feature, start, end: start + term.length });
const keywords = [k("we use", 0, "use"), k("ai", 3, "ai"), k("bakery", 10), k("ai", 20, "ai"), k("law firm", 20)];

describe("keyword spans", () => {
  it("finds the first keyword starting at or after an offset", () => {
    expect([0, 1, 3, 4, 10, 11, 20, 21, 99].map((pos) => firstFrom(keywords, pos))).toEqual([0, 1, 1, 2, 2, 3, 3, 5, 5]);
    expect(firstFrom([], 5)).toBe(0);
  });

  it("tests only the keywords starting in a range, the end excluded", () => {
    const seen: string[] = [];
    const found = someStartingIn(keywords, 3, 20, (o) => (seen.push(o.term), false));
    expect(found).toBe(false);
    expect(seen).toEqual(["ai", "bakery"]);
    expect(someStartingIn(keywords, 0, 21, (o) => o.term === "law firm")).toBe(true);
    expect(someStartingIn(keywords, 21, 99, () => true)).toBe(false);
  });

  it("groups keywords by the offset they end at", () => {
    const ends = byEnd(keywords);
    expect(ends.get(6)?.map((o) => o.term)).toEqual(["we use"]);
    expect(ends.get(28)?.map((o) => o.term)).toEqual(["law firm"]);
    expect(ends.get(22)?.map((o) => o.term)).toEqual(["ai"]);
    expect(ends.has(7)).toBe(false);
  });
});
