import { describe, expect, it } from "vitest";
import { warmUp, warmUpTexts } from "../../src/core/warm-up.ts";
import { MAX_WORD_LENGTH } from "../../src/extract/bounds.ts";
import { MAX_DESCRIPTION_LENGTH } from "../../src/schemas/limits.ts";
import { builtIn } from "../helpers/classifier.ts";

describe("warmUp: texts of every shape before the first request", () => {
  const classifier = builtIn();
  const results = warmUpTexts().map((description) => ({ description, result: classifier.classifySync({ description }) }));

  it("reads every language the built-in rules read, each text within the input limit", () => {
    expect(new Set(results.map((r) => r.result.language))).toEqual(new Set(["en", "es", "fr", "de", "pt"]));
    expect(Math.max(...results.map((r) => r.description.length))).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
  });

  it("runs the long-page reading, the uses-AI reading and several domains", () => {
    expect(results.some((r) => r.description.length >= classifier.ruleSet.scoring.longText.minChars && r.result.primaryDomain !== null)).toBe(true);
    expect(results.some((r) => r.result.abstain?.reason === "ai-used-internally")).toBe(true);
    expect(new Set(results.map((r) => r.result.primaryDomain).filter((d) => d !== null)).size).toBeGreaterThanOrEqual(8);
  });

  it("meets long runs of words no lexicon knows, up to the longest word still read, and abstains on them", () => {
    const unknown = results.filter((r) => r.description.length >= 5_000 && new Set(r.description.split(" ")).size > 100);
    expect(unknown).toHaveLength(4);
    for (const { description, result } of unknown) {
      expect(result.abstain?.reason).toBe("no-ai-signal");
      expect(Math.max(...description.split(" ").map((w) => w.length))).toBe(MAX_WORD_LENGTH);
    }
  });

  it("classifies them all without error", () => {
    expect(() => warmUp(classifier, 1)).not.toThrow();
  });
});
