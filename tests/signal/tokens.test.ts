import { describe, expect, it } from "vitest";
import { forEachWordKey, signalTokens } from "../../src/signal/tokens.ts";
import { signalText, signalVocabulary, tokenNumber } from "../../src/signal/vocabulary.ts";

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

describe("forEachWordKey", () => {
  const WORD = /\p{L}[\p{L}\p{M}]*/gu;
  const byRegex = (text: string) => [...text.matchAll(WORD)].filter((m) => m[0].length >= 2).map((m) => [[...m[0].toLowerCase()].slice(0, 6).join(""), m.index, m.index + m[0].length]);
  const scanned = (text: string) => {
    const out: [string, number, number][] = [];
    forEachWordKey(text, (key, start, end) => out.push([key, start, end]));
    return out;
  };

  it.each([
    "Forecasting DEMAND for bakeries, 24/7 — it's AI-driven (GPT-4o).",
    "Überweisungen prüfen; visión artificial; ÇA MARCHE à l'école",
    "İstanbul ǅemal ŉ e\u0301cole \u0301accent",
    "emoji 🚀rocket 𝒜𝒷𝒸𝒹𝑒𝒻𝑔 text",
    "lone \uD800 high and \uDC00 low surrogates",
    "日本語のテキストです، العربية русский текст",
    "a b c de_fg x1y2 naïve",
  ])("reads the same words, keys and offsets as /\\p{L}[\\p{L}\\p{M}]*/u: %s", (text) => {
    expect(scanned(text)).toEqual(byRegex(text));
  });
});

describe("signalText", () => {
  it("finds each of the vocabulary's words and pairs once, in text order, where it first stands", () => {
    const vocabulary = signalVocabulary([["answer", "wiki_that", "that"]]);
    const found = signalText(vocabulary, "A wiki that answers: that wiki that answers");
    const keys = [...vocabulary.words.keys()];
    const name = (id: number) => keys[id] ?? "wiki_that";
    const first = <T extends ArrayLike<number>>(a: T) => Array.from(a).slice(0, found.count);
    expect(first(found.ids).map(name)).toEqual(["wiki", "that", "wiki_that", "answer"]);
    expect(first(found.starts)).toEqual([2, 7, 7, 12]);
    expect(first(found.pairs)).toEqual([0, 0, 1, 0]);
    expect(tokenNumber(vocabulary, "wiki_that")).toBe(found.ids[2]);
    expect(tokenNumber(vocabulary, "that_wiki")).toBeUndefined();
  });
});
