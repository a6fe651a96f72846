import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ListEntry } from "../../scripts/corpus/entry.ts";
import { compilePatterns, labelEntry, loadMapping, type CorpusMapping, type SourceMapping } from "../../scripts/corpus/mapping.ts";

const source = (kind: "ai" | "non-ai", sections: SourceMapping["sections"]): SourceMapping =>
  ({ repo: "o/r", short: "r", licence: "MIT", kind, format: "list", file: "README.md", sections });
const mapping: CorpusMapping = { aiPattern: "\\b(AI|machine learning)\\b", spamPattern: "\\btogel\\b", sources: [] };
const patterns = compilePatterns(mapping);
const entry = (section: string[], description: string): ListEntry => ({ section, name: "X", url: "https://x", description });

describe("labelEntry", () => {
  const ai = source("ai", { "Image / Services": ["generative-ai"], "Learning resources": null });
  const plain = source("non-ai", { "Index / Weather": "abstain" });
  it.each([
    ["a mapped section gives its domains", ai, entry(["Image", "Services"], "Make pictures."), { domains: ["generative-ai"] }],
    ["a section mapped to null is skipped", ai, entry(["Learning resources"], "A course."), { skip: "skipped" }],
    ["a section the file does not list is unmapped", ai, entry(["Image", "Other"], "Whatever."), { skip: "unmapped" }],
    ["spam is dropped from any source", ai, entry(["Image", "Services"], "Link togel online"), { skip: "spam" }],
    ["a non-AI section gives an abstaining row", plain, entry(["Index", "Weather"], "Weather in your terminal"), { domains: [] }],
    ["a non-AI entry that mentions AI is dropped", plain, entry(["Index", "Weather"], "AI weather forecasts"), { skip: "mentions-ai" }],
  ])("%s", (_name, s, e, label) => {
    expect(labelEntry(s, e, patterns)).toEqual(label);
  });
});

describe("loadMapping", () => {
  it("reads the shipped mapping: every source has a short name of its own", () => {
    const shipped = loadMapping();
    expect(new Set(shipped.sources.map((s) => s.short)).size).toBe(shipped.sources.length);
  });

  it("names the path of every problem in a bad mapping", () => {
    const file = join(mkdtempSync(join(tmpdir(), "corpus-mapping-")), "mapping.json");
    writeFileSync(file, JSON.stringify({ aiPattern: "x", spamPattern: "y", sources: [{ ...source("ai", {}), sections: { Text: ["gen-ai"] } }] }));
    expect(() => loadMapping(file)).toThrow(/sources\.0\.sections\.Text: /);
  });
});
