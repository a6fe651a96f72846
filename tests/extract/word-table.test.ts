import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenize, tokenizeWith } from "../../src/extract/keywords.ts";
import { WordTable } from "../../src/extract/word-table.ts";

/** A table that counts how often it had to work a word out. */
function countingTable(limit?: number) {
  const made: string[] = [];
  const table = new WordTable((word) => (made.push(word), { word, length: word.length }), limit);
  const get = (text: string, start = 0, end = text.length) => table.get(text, start, end, WordTable.hash(text.slice(start, end)));
  return { table, made, get };
}

describe("WordTable", () => {
  it("works a word out once, lower-cased, however it is cased and wherever it stands", () => {
    const { made, get } = countingTable();
    const first = get("GPU");
    expect(first).toEqual({ word: "gpu", length: 3 });
    expect(get("rent gpu clusters", 5, 8)).toBe(first);
    expect(get("Gpu")).toBe(first);
    expect(get("gpus").word).toBe("gpus");
    expect(made).toEqual(["gpu", "gpus"]);
  });

  it("keeps words apart whose hashes collide", () => {
    expect(WordTable.hash("ac0")).toBe(WordTable.hash("aan"));
    const { made, get } = countingTable();
    expect(get("ac0").word).toBe("ac0");
    expect(get("AAN").word).toBe("aan");
    expect(get("ac0").word).toBe("ac0");
    expect(made).toEqual(["ac0", "aan"]);
  });

  it("grows past its first table and still finds every word", () => {
    const { made, get } = countingTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `Word${i.toString(36)}`);
    const infos = words.map((w) => get(w));
    expect(infos.every((info, i) => info.word === words[i]!.toLowerCase())).toBe(true);
    expect(words.every((w, i) => get(w.toUpperCase()) === infos[i])).toBe(true);
    expect(made).toHaveLength(20_000);
  });

  it("starts again past its limit, still right", () => {
    const { made, get } = countingTable(10);
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    for (const w of words) expect(get(w).word).toBe(w);
    for (const w of words) expect(get(w.toUpperCase()).word).toBe(w);
    expect(made.length).toBeGreaterThan(50); // forgotten words are worked out again
  });
});

describe("tokenizeWith", () => {
  it("gives the very tokens tokenize gives, on every fixture description and on non-ASCII text, with each word's info", () => {
    const texts = readdirSync("fixtures")
      .filter((f) => f.endsWith(".jsonl"))
      .flatMap((f) => readFileSync(`fixtures/${f}`, "utf8").split("\n").filter(Boolean))
      .map((line) => (JSON.parse(line) as { input: { description?: string } }).input.description ?? "");
    texts.push("Café AI — ﬁne-tuned LLMs, don’t use O'Reilly's data; ＧＰＵ rental 24/7 AI-powered", "A.I. a.i AI ai Ai");
    expect(texts.length).toBeGreaterThan(800);
    const { table } = countingTable(500); // small, so it also starts again midway
    for (const text of texts) {
      const { words, starts, ends, infos } = tokenizeWith(text, table);
      const plain = tokenize(text);
      expect({ words, starts, ends }).toEqual({ words: plain.words, starts: plain.starts, ends: plain.ends });
      expect(infos.map((i) => i.word)).toEqual(plain.words);
    }
  });

  it("looks a repeated word up once, in any case, ASCII or not", () => {
    const { table, made } = countingTable();
    const { words } = tokenizeWith("Agents and AGENTS and agents; Café CAFÉ café", table);
    expect(words).toEqual(["agents", "and", "agents", "and", "agents", "café", "café", "café"]);
    expect(made).toEqual(["agents", "and", "café"]);
  });
});
