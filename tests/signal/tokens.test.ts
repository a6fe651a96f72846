import { describe, expect, it } from "vitest";
import { signalTokens } from "../../src/signal/tokens.ts";

describe("signalTokens", () => {
  it("reads words of two letters or more, cut to six letters, lower case, then each adjacent pair, with the offsets of the (second) word", () => {
    expect(signalTokens("Reads X-rays; flags Überweisungen")).toEqual([
      { key: "reads", start: 0, end: 5, pair: false },
      { key: "rays", start: 8, end: 12, pair: false },
      { key: "flags", start: 14, end: 19, pair: false },
      { key: "überwe", start: 20, end: 33, pair: false },
      { key: "reads_rays", start: 8, end: 12, pair: true },
      { key: "rays_flags", start: 14, end: 19, pair: true },
      { key: "flags_überwe", start: 20, end: 33, pair: true },
    ]);
  });

  it("cuts a run of letters without spaces like any word, so it never becomes one giant token", () => {
    expect(signalTokens("日本語のテキストです").map((t) => t.key)).toEqual(["日本語のテキ"]);
  });

  it("reads nothing in a text without letters", () => {
    expect(signalTokens("42 — 7% / $9")).toEqual([]);
  });
});
