import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WordInterner } from "../../src/extract/intern.ts";
import { tokenize } from "../../src/extract/keywords.ts";

const hashOf = (word: string) => [...word].reduce((h, ch) => WordInterner.step(h, ch.charCodeAt(0)), 0);
const intern = (t: WordInterner, text: string, start = 0, end = text.length) => t.word(text, start, end, hashOf(text.slice(start, end)));

describe("WordInterner", () => {
  it("gives one lower-cased string for a word however it is cased, and where it stands", () => {
    const t = new WordInterner();
    const first = intern(t, "GPU");
    expect(first).toBe("gpu");
    expect(intern(t, "rent gpu clusters", 5, 8)).toBe(first);
    expect(intern(t, "Gpu")).toBe(first);
    expect(intern(t, "gpus")).toBe("gpus");
  });

  it("keeps words apart whose hashes collide", () => {
    expect(hashOf("ac0")).toBe(hashOf("aan"));
    const t = new WordInterner();
    expect(intern(t, "ac0")).toBe("ac0");
    expect(intern(t, "AAN")).toBe("aan");
    expect(intern(t, "ac0")).toBe("ac0");
  });

  it("grows past its first table and still finds every word", () => {
    const t = new WordInterner();
    const words = Array.from({ length: 20_000 }, (_, i) => `Word${i.toString(36)}`);
    const strings = words.map((w) => intern(t, w));
    expect(strings.every((s, i) => s === words[i]!.toLowerCase())).toBe(true);
    expect(words.every((w, i) => intern(t, w.toUpperCase()) === strings[i])).toBe(true);
  });

  it("starts again past its limit, still right", () => {
    const t = new WordInterner(10);
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    for (const w of words) expect(intern(t, w)).toBe(w);
    for (const w of words) expect(intern(t, w.toUpperCase())).toBe(w);
  });
});

describe("tokenize with an interner", () => {
  it("gives the very tokens tokenize gives without one, on every fixture description and on non-ASCII text", () => {
    const texts = readdirSync("fixtures")
      .filter((f) => f.endsWith(".jsonl"))
      .flatMap((f) => readFileSync(`fixtures/${f}`, "utf8").split("\n").filter(Boolean))
      .map((line) => (JSON.parse(line) as { input: { description?: string } }).input.description ?? "");
    texts.push("Café AI — ﬁne-tuned LLMs, don’t use O'Reilly's data; ＧＰＵ rental 24/7 AI-powered", "A.I. a.i AI ai Ai");
    expect(texts.length).toBeGreaterThan(800);
    const t = new WordInterner(500); // small, so it also starts again midway
    for (const text of texts) expect(tokenize(text, t)).toEqual(tokenize(text));
  });

  it("a repeated word comes back lower-cased every time, in any case", () => {
    const t = new WordInterner();
    const { words } = tokenize("Agents and AGENTS and agents", t);
    expect(words).toEqual(["agents", "and", "agents", "and", "agents"]);
    expect(words[0]).toBe(words[2]);
    expect(intern(t, "Agents")).toBe(words[4]);
  });
});
