import { describe, expect, it } from "vitest";
import { compileLexicon, extractFeatures } from "../../src/extract/features.ts";
import { loadRuleSet } from "../../src/rules/load.ts";

const matcher = compileLexicon(loadRuleSet().lexicon);
const found = (text: string) => extractFeatures(text, matcher).filter((m) => !m.negated).map((m) => `${m.feature}:${m.term}`);
const denied = (text: string) => extractFeatures(text, matcher).filter((m) => m.negated).map((m) => `${m.feature}:${m.term}`);

describe("extractFeatures", () => {
  it.each([
    ["hyphenated and spaced phrases agree", "Text-to-image and text to image", ["image-generation:Text-to-image", "image-generation:text to image"]],
    ["case and plurals", "LLMs, llm and Large Language Models", ["llm:LLMs", "llm:llm", "llm:Large Language Models"]],
    ["acronyms", "GPUs behind an API, priced on CPM", ["ai-chips:GPUs", "api:API", "price-advertising:CPM"]],
    ["the longest phrase wins", "a GPU cloud", ["gpu-compute:GPU cloud"]],
    ["one typing error is forgiven", "machin lerning for fraud detecton", ["machine-learning:machin lerning", "fraud-detection:fraud detecton"]],
    ["a real word listed in notTypos is not corrected", "data scientists compete; GPU compoute", ["machine-learning:data scientists", "gpu-compute:GPU compoute"]],
    ["a word that stems like a phrase word is not that phrase", "shipping labels and conversions", []],
    ["speech data sold for training is training data", "Rights-cleared speech recordings and transcripts", ["training-data-sales:Rights-cleared", "training-data-sales:speech recordings", "training-data-sales:recordings and transcripts"]],
    ["a user who writes SQL is no code generation; a product that writes it is", "write SQL or use the query builder; it writes SQL daily", ["writing:write", "code-generation:writes SQL"]],
    ["a phrase never spans a clause break", "Our cameras capture data, license fees are billed annually.", ["price-enterprise:license fees", "price-subscription:billed annually"]],
    ["a wildcard stands for any one word, which stays evidence of its own", "$9 per GPU, billed per meeting booked", ["price-per-unit:per GPU", "ai-chips:GPU", "price-per-unit:per meeting", "personal-assistant:meeting booked"]],
    ["a wildcard inside a phrase, and the words it spans stay evidence", "We sell pricing data to brands.", ["data-selling:sell pricing data", "dataset:pricing data"]],
    ["an ignored phrase hides its words", "Our business model: ML models priced per seat", ["machine-learning:ML models", "price-subscription:per seat"]],
    ["a fixed phrase wins over a wildcard of the same length", "as per the plan, $5 per month", ["price-subscription:per month"]],
    ["digits and abbreviations stay joined", "$2 per 1,000 tokens; A.I. built in", ["price-usage:per 1,000 tokens", "ai-general:A.I"]],
    ["pricing sentences", "$20 per seat, or $0.002 per 1,000 tokens", ["price-subscription:per seat", "price-usage:per 1,000 tokens"]],
    ["a phrase's matches do not overlap each other (\"b b\" is the phrase b&b)", "b b b b b", ["non-ai-business:b b", "non-ai-business:b b"]],
    ["different phrases of one feature may overlap", "an AI writing assistant", ["text-generation:AI writing", "text-generation:writing assistant"]],
    ["boilerplate about investors names no industry, and 'leading' is not read as 'lending'", "Backed by leading investors; we lead in lending", ["industry-vertical:lending"]],
    ["a stemmed phrase finds the singular: 'banner ads' in 'a banner ad'", "with a banner ad or two", ["advertising:banner ad"]],
    ["'ads' does not stem like 'adding'", "It grows by adding agents; ads from grocery brands keep it free, brands pay for the ads", ["agent-word:agents", "advertising:ads from", "free-access:free", "advertising:pay for the ads"]],
    ["'general' and 'generic' do not stem like 'generate'", "general video-call apps, generic images; it generates video", ["content-platform:video", "content-platform:apps", "media:images", "video-generation:generates video"]],
    ["'personalized' does not stem like 'person', and 'ad-free' is not free", "A four-person shop; personalised shopping, ad-free listening", ["recommendation:personalised shopping", "content-platform:listening"]],
    ["a steelworks' capacity is no compute, a cloud's is", "3.5 MTPA of crude steel capacity; cloud capacity", ["compute:cloud capacity"]],
    ["hardware sold to data centres, and a shop's free returns and what it stocks", "Inference hardware sold to data centres. Free returns; we stock 40 brands.", ["inference:Inference", "price-hardware:hardware sold", "price-hardware:sold to data centres", "non-ai-business:Free returns", "non-ai-business:we stock"]],
    ["a boat's deck and producing are no evidence, and 'per trade' is a unit, not a trading fee", "Cameras on deck log the catch, producing a record; progress per trade", ["price-per-unit:per trade"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["we do not run ads", "price-advertising:run ads"],
    ["no banner ads, ever", "advertising:banner ads"],
    ["we never sell data to anyone", "data-selling:sell data"],
    ["without a sales team", "industry-vertical:sales team"],
    ["an app without in-app ads", "advertising:in-app ads"],
    ["we charge per seat instead of per token", "price-usage:per token"],
  ])("negation: %s", (text, expected) => {
    expect(denied(text)).toContain(expected);
    expect(found(text)).not.toContain(expected);
  });

  it("a negation stops at a clause break or a breaker word", () => {
    expect(found("No setup fees. We sell ads")).toContain("price-advertising:sell ads");
    expect(found("we don't sell hardware but we run ads")).toContain("price-advertising:run ads");
  });

  it("a hyphenated cue only reaches its own compound", () => {
    expect(found("cut no-shows with predictive models")).toContain("prediction:predictive models");
  });

  it("keeps character offsets into the original text", () => {
    const text = "Our  VECTOR   Database rocks";
    const [m] = extractFeatures(text, matcher);
    expect(m).toMatchObject({ feature: "vector-db", start: 5, end: 22 });
    expect(text.slice(m!.start, m!.end)).toBe("VECTOR   Database");
  });

  it("finds nothing in an empty or punctuation-only text", () => {
    expect(extractFeatures("", matcher)).toEqual([]);
    expect(extractFeatures("?!…", matcher)).toEqual([]);
  });
});
