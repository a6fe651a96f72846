import { describe, expect, it } from "vitest";
import { MAX_WORD_LENGTH } from "../../src/extract/bounds.ts";
import { createStemmer, stemWord, tokenize, tokenizeWith } from "../../src/extract/keywords.ts";
import { createTypoCorrector } from "../../src/extract/typos.ts";
import { WordTable } from "../../src/extract/word-table.ts";
import { MAX_DESCRIPTION_LENGTH } from "../../src/schemas/limits.ts";
import { builtIn } from "../helpers/classifier.ts";

const long = "b".repeat(MAX_WORD_LENGTH + 1);

describe("words past MAX_WORD_LENGTH", () => {
  it("are their own stem, and never reach the typo corrector", () => {
    const asked: string[] = [];
    const stem = createStemmer((word) => (asked.push(word), undefined));
    expect(stem(long)).toBe(long);
    expect(stemWord(long)).toBe(long);
    expect(stem("learning")).toBe("learn");
    expect(asked).toEqual(["learning"]);
  });

  it("are not in the typo index, and are not corrected", () => {
    const word = `machine${"x".repeat(MAX_WORD_LENGTH)}`;
    const correct = createTypoCorrector(["learning", word]);
    expect(correct("lerning")).toBe("learning");
    expect(correct(`${word}y`)).toBeUndefined();
    expect(correct(word.slice(1))).toBeUndefined();
  });

  it("stay one token, lower-cased and not NFKC-normalised; shorter words are normalised", () => {
    const fdfa = "\uFDFA".repeat(MAX_WORD_LENGTH + 1);
    expect(tokenize(`GPU ${fdfa} ${long.toUpperCase()} \uFDFA`)).toEqual({
      words: ["gpu", fdfa, long, "صلى الله عليه وسلم"],
      starts: [0, 4, 46, 88],
      ends: [3, 45, 87, 89],
      infos: [],
    });
  });

  it("are worked out afresh and never kept by the word table", () => {
    const made: string[] = [];
    const table = new WordTable((word) => (made.push(word), { word }));
    tokenizeWith(`${long} ${long} gpu gpu`, table);
    expect(made).toEqual([long, long, "gpu"]);
  });
});

describe("the word table under hash collisions", () => {
  // "c0" and "an" hash alike (31·'c' + '0' = 31·'a' + 'n'), so every word of these pairs shares one hash.
  const colliding = Array.from({ length: 1024 }, (_, i) => Array.from({ length: 10 }, (_, b) => ((i >> b) & 1 ? "c0" : "an")).join(""));

  it("still finds every word, and keeps only a bounded run of them", () => {
    expect(new Set(colliding.map(WordTable.hash)).size).toBe(1);
    const made: string[] = [];
    const table = new WordTable((word) => (made.push(word), { word }));
    const get = (w: string) => table.get(w, 0, w.length, WordTable.hash(w));
    for (const w of colliding) expect(get(w).word).toBe(w.toLowerCase());
    const first = made.length;
    for (const w of colliding) expect(get(w).word).toBe(w.toLowerCase());
    expect(first).toBe(1024);
    // Past the probe cap a word is worked out again rather than walked to: most of them here.
    expect(made.length - first).toBeGreaterThan(900);
  });
});

describe("classifying hostile descriptions", () => {
  it.each([
    ["60 KB of U+FDFA", "\uFDFA".repeat(MAX_DESCRIPTION_LENGTH)],
    ["20,000 b's", "b".repeat(MAX_DESCRIPTION_LENGTH)],
    ["CJK without spaces", "人工智能".repeat(MAX_DESCRIPTION_LENGTH / 4)],
  ])("%s: no domain, no keywords", async (_name, description) => {
    const result = await builtIn().classify({ description });
    expect([result.primaryDomain, result.domains, result.keywords]).toEqual([null, [], []]);
  });

  it("finds the phrases around a giant word, with their offsets", async () => {
    const description = `We build AI agents. ${"b".repeat(15_000)} Priced per seat per month.`;
    const result = await builtIn().classify({ description });
    expect(result.primaryDomain).toBe("ai-agents");
    expect(result.keywords.map((k) => [k.term, k.start])).toEqual([
      ["We build", 0],
      ["AI agents", 9],
      ["per seat", 15_028],
      ["per month", 15_037],
    ]);
  });
});
