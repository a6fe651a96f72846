import { describe, expect, it } from "vitest";
import { fileFormatLists, withoutFileFormatAi } from "../../src/extract/file-formats.ts";
import { builtIn } from "../helpers/classifier.ts";

const classify = (description: string) => builtIn().classifySync({ description });

describe("'AI' in a list of file formats (src/extract/file-formats.ts)", () => {
  it.each([
    ["Delivered as SVG, AI and Figma files.", ["SVG, AI and Figma"]],
    ["a clean vector file — AI, EPS, SVG or PDF — ready to print", ["AI, EPS, SVG or PDF"]],
    ["Lieferung als AI/EPS und PDF", ["AI/EPS und PDF"]],
    ["Exports as PNG and JPEG.", ["PNG and JPEG"]],
    ["Our AI drafts the brief; you get a PDF.", []],
  ])("finds the lists in %j", (text, lists) => {
    expect(fileFormatLists(text).map(([start, end]) => text.slice(start, end))).toEqual(lists);
  });

  it("leaves out only an 'AI' inside such a list", () => {
    const text = "An AI studio: files as AI, EPS or SVG.";
    const matches = [
      { term: "AI", start: 3, end: 5 },
      { term: "AI", start: 23, end: 25 },
      { term: "SVG", start: 34, end: 37 },
    ];
    expect(withoutFileFormatAi(text, matches)).toEqual([matches[0], matches[2]]);
  });

  it("a design studio delivering AI files abstains; an AI logo maker delivering PNG and SVG files does not", () => {
    const studio = classify("Flat Vector Co. - custom vector illustrations and icon sets for SaaS websites. Delivered as SVG, AI and Figma files. Packages from $600.");
    expect(studio.primaryDomain).toBeNull();
    expect(studio.abstain?.reason).toBe("no-ai-signal");
    expect(studio.keywords.map((k) => k.term)).not.toContain("AI");
    expect(classify("An AI logo generator: type your brand name and get logos as PNG and SVG files.").primaryDomain).toBe("generative-ai");
  });
});
