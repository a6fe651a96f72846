import { describe, expect, it } from "vitest";
import { aiSentences } from "../../src/extract/ai-sentences.ts";

const POLICY = { minChars: 200, leadChars: 40 };
const spansOf = (text: string, word: string) => [...text.matchAll(new RegExp(word, "g"))].map((m) => [m.index, m.index + word.length] as const);

describe("aiSentences", () => {
  it("reads a text shorter than minChars whole", () => {
    const text = "Bakery in Cork. We use AI to plan the ovens. Open daily.";
    expect(aiSentences(text, spansOf(text, "AI"), POLICY)).toBe(text);
  });

  it("reads a long page as its lead, then each sentence that names AI, once, one per line", () => {
    const text = [
      "Vigil is software for funeral homes. It handles the paperwork for you.",
      "Founded in 1998 in Nashville, we are a family company.",
      "Our AI drafts the obituary from your notes, and the AI checks every form.",
      "Careers: we are hiring in sales and support across the country this year.",
      "Pricing: $149 per location per month, billed yearly, no setup fee at all.",
      "Need help?\nThe AI assistant answers families at night",
    ].join(" ");
    expect(text.length).toBeGreaterThanOrEqual(POLICY.minChars);
    expect(aiSentences(text, spansOf(text, "AI"), POLICY)).toBe(
      "Vigil is software for funeral homes. It handles the paperwork for you.\n" +
        "Our AI drafts the obituary from your notes, and the AI checks every form.\n" +
        "The AI assistant answers families at night",
    );
  });

  it("does not repeat an AI word already in the lead", () => {
    const text = `An AI scribe for vets, in every exam room. ${"Plain words about the clinic and its staff. ".repeat(5)}`;
    expect(aiSentences(text, spansOf(text, "AI"), POLICY)).toBe("An AI scribe for vets, in every exam room.");
  });
});
