import { describe, expect, it } from "vitest";
import { compileLexicon, extractFeatures } from "../../src/extract/features.ts";
import { looseKey } from "../../src/extract/loose.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { Lexicon } from "../../src/schemas/rules.ts";

const lexicon = (loose: Record<string, unknown>, features: Record<string, unknown>) =>
  Lexicon.parse({
    functionWords: ["the", "and", "of", "for", "with"],
    negation: { cues: ["not", "no", "without"], suffixCues: ["free"], window: 5, breakers: ["but", "and"] },
    loose: { window: 3, barriers: ["to", "for", "with", "of", "in", "on", "by", "from", "it", "is"], reversible: ["tion", "ing", "er", "or"], ...loose },
    features,
  });

const toy = lexicon(
  { notLoose: ["search api"] },
  {
    "image-generation": { loose: true, phrases: ["image generation"] },
    speech: { loose: true, phrases: ["speech recognition"] },
    "ai-general": { ai: true, phrases: ["ai"] },
    vision: { ai: true, loose: true, phrases: ["object detection"] },
    forecast: { loose: true, phrases: ["demand forecasting"] },
    agent: { loose: true, phrases: ["agent testing", "ai agent"] },
    rag: { loose: true, phrases: ["search api"] },
    exactly: { loose: true, phrases: ["=fraud detection", "per *"] },
    media: { phrases: ["images", "music generator"] },
  },
);
const matcher = compileLexicon(toy);
const all = (text: string) => extractFeatures(text, matcher);
const found = (text: string) => all(text).filter((m) => !m.negated).map((m) => `${m.feature}:${m.term}`);

describe("loose phrase matching", () => {
  it.each([
    ["the other way round, a deed written as a verb", "It generates images.", ["image-generation:generates images", "media:images"]],
    ["the other way round with a word between", "Speech is what it recognises.", []],
    ["a verb before its object", "We quickly recognise spoken speech.", ["speech:recognise spoken speech"]],
    ["an adjective between", "Generating photorealistic images.", ["image-generation:Generating photorealistic images", "media:images"]],
    ["-ise and -ition share a loose key", "The app recognises speech.", ["speech:recognises speech"]],
    ["a noun after a verb", "It forecasts demand for stores.", ["forecast:forecasts demand"]],
    ["in the written order with words between", "An AI sales agent.", ["ai-general:AI", "agent:AI sales agent"]],
    ["as written, it is the ordinary phrase", "image generation", ["image-generation:image generation"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a clause break", "We store images, generated daily.", ["media:images"]],
    ["a barrier word", "An API to search the web.", []],
    ["a dash", "Speech — we recognise it", []],
    ["an ampersand", "Speech & we recognise it", []],
    ["more than `window` words between", "We generate the big old grey sharp images.", ["media:images"]],
    ["the other way round when the deed is written as in the phrase: a testing agent is no agent testing", "A testing agent.", []],
    ["the other way round when the second word is no deed", "An agent for AI.", ["ai-general:AI"]],
    ["a phrase in notLoose", "The search results API.", []],
    ["an exact phrase", "It detects fraud.", []],
    ["a feature that does not opt in", "Generate music with our genre generator.", []],
  ])("no loose match across or for %s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("counts an AI feature matched loosely only when an AI feature is found as written", () => {
    expect(found("The camera detects objects.")).toEqual([]);
    expect(found("The AI camera detects objects.")).toEqual(["ai-general:AI", "vision:detects objects"]);
  });

  it("quotes the company's words from the first of the two words to the second", () => {
    const text = "Our tool quickly generates realistic product images for shops.";
    const m = all(text).find((x) => x.feature === "image-generation")!;
    expect(m).toMatchObject({ term: "generates realistic product images", phrase: "image generation", loose: true });
    expect(found(text)).toContain("media:images");
    expect(text.slice(m.start, m.end)).toBe(m.term);
  });

  it("is denied by a negation reaching either word", () => {
    const negated = (text: string) => all(text).filter((m) => m.feature !== "media").map((m) => `${m.term}:${m.negated}`);
    expect(negated("We do not generate any images.")).toEqual(["generate any images:true"]);
    expect(negated("Speech we do not recognise.")).toEqual([]);
    expect(negated("No speech recognised.")).toEqual(["speech recognised:true"]);
  });

  it("keeps the words of a phrase found as written out of loose matches", () => {
    // "speech recognition" is found as written, so "recognition" is not also paired with "demand".
    expect(found("speech recognition demand")).toEqual(["speech:speech recognition"]);
  });

  it("is off with window 0, and for other languages' lexicons", () => {
    const off = compileLexicon(lexicon({ window: 0 }, { "image-generation": { loose: true, phrases: ["image generation"] } }));
    expect(extractFeatures("It generates images.", off)).toEqual([]);
  });

  it("takes each word's loose key from its stem", () => {
    expect([looseKey("recognis"), looseKey("recognit"), looseKey("recogn"), looseKey("classifi"), looseKey("edit")]).toEqual(["recogn", "recogn", "recogn", "classif", "edit"]);
  });

  it("looks back a bounded number of words: a long text of phrase words stays fast", () => {
    const text = "images generate ".repeat(20_000);
    const t0 = performance.now();
    all(text);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe("loose matching with the shipped lexicon", () => {
  const shipped = compileLexicon(loadRuleSet().lexicon);
  const terms = (text: string) => extractFeatures(text, shipped).filter((m) => m.loose && !m.negated).map((m) => `${m.feature}:${m.term}`);
  it.each([
    ["Our AI recognises speech in noisy calls.", ["speech:recognises speech"]],
    ["It recognises speech in noisy calls.", []],
    ["It forecasts demand for retailers.", ["prediction:forecasts demand"]],
    ["Our platform generates realistic product images.", ["image-generation:generates realistic product images"]],
    ["The AI system classifies images of crops.", ["computer-vision:classifies images"]],
    ["We do not generate realistic images.", []],
    ["Cloud AI services like storage and queues.", []],
  ])("%s", (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});
