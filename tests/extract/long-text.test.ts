import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/index.ts";
import { boilerplateRanges, cuePattern } from "../../src/extract/long-text.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

const policy = { headings: cuePattern(["careers", "awards", "press", "investors", "legal"], true), cues: cuePattern(["backed by", "privacy policy"], false), paragraphs: cuePattern(["cookies", "cookie settings", "cookie-einstellungen"], false) };
const quoted = (text: string) => boilerplateRanges(text, policy).map(([s, e, heading]) => [text.slice(s, e).trim(), heading]);

describe("boilerplate of a long page", () => {
  it.each([
    ["Careers. We are hiring ML engineers.\nWe sell GPUs.", [["Careers. We are hiring ML engineers.", true]]],
    ["Awards and recognition: Best AI startup 2025.\n", [["Awards and recognition: Best AI startup 2025.", true]]],
    ["We sell GPUs. We are backed by Sequoia. Read our privacy policy.", [["We are backed by Sequoia.", false], ["Read our privacy policy.", false]]],
    ["Our career coaching app helps students.", []],
    ["Careers in data science are what our course teaches, in twelve weeks of evening classes.", []],
    ["Careers at Acme: we are hiring.\nWe sell GPUs.", [["Careers at Acme: we are hiring.", true]]],
    ["Awards & press\nNamed the best AI startup.\n\nFeatures\nWe sell GPUs.", [["Awards & press", true], ["Named the best AI startup.", true]]],
    ["Investors\n\nSeed fund.\n\nAngels from two labs.\n—\nWe sell GPUs.", [["Investors", true], ["Seed fund.", true], ["Angels from two labs.", true]]],
    ["Backed by\nTwo venture funds.\nHow it works\nWe sell GPUs.", [["Backed by", true], ["Two venture funds.", true]]],
    ["Legal translation\nContracts translated by sworn translators.", []],
    ["Product · Pricing · Docs · Careers\nWe sell GPUs.", [["Product · Pricing · Docs · Careers", true]]],
    ["Solutions  Platform  Customers  [Book a demo]\nWe sell GPUs.", [["Solutions  Platform  Customers  [Book a demo]", true]]],
    ["We use cookies so the site works. Accept? [Yes] [Only essentials]\nWe sell GPUs.", [["We use cookies so the site works. Accept? [Yes] [Only essentials]", true]]],
    ["🍪 Wir verwenden Cookies. [Alle akzeptieren] [Cookie-Einstellungen]\nWir verkaufen GPUs.", [["🍪 Wir verwenden Cookies. [Alle akzeptieren] [Cookie-Einstellungen]", true]]],
    ["Our cookie-cutter templates get you started.", []],
  ])("%j", (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  const filler = "\n\nGet started in minutes with your whole team, on any device, with single sign-on and audit logs.".repeat(12);
  const classify = (description: string) => builtIn().classifySync({ description });

  it("a long page's boilerplate is no evidence: awards, investors and careers that name AI leave a bakery abstaining", () => {
    const page = `A family bakery in York baking sourdough every morning.${filler}\n\nAwards. Named the best deep learning startup.\n\nInvestors. Backed by AI funds.\n\nCareers. We're hiring machine learning engineers.`;
    const r = classify(page);
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
    expect(r.keywords.map((k) => k.term)).not.toContain("deep learning");
  });

  it("a feature named once far down a long page does not count; a price does", () => {
    const page = `Quill drafts blog posts and ad copy with generative AI.${filler}\n\nSome teams also use our vector search.\n\nPaid plans are $20 per user per month.`;
    const r = classify(page);
    expect(r.primaryDomain).toBe("generative-ai");
    expect(r.domains.map((d) => d.id)).not.toContain("rag");
    expect(r.revenueModels.filter((m) => m.source === "stated").map((m) => m.id)).toContain("subscription");
  });

  it("what only the body names weighs less than what the lead names", () => {
    const lead = "Ledgerly answers questions about your company's documents with citations, using retrieval-augmented generation over a vector database.";
    const body = "It can also generate images for slides, and generate images for reports.";
    const below = classify(`${lead}${filler}\n\n${body}\n\n${body}`);
    const above = classify(`${lead} ${body}${filler}\n\n${body}`);
    const genAi = (r: ReturnType<typeof classify>) => r.domains.find((d) => d.id === "generative-ai")?.score ?? 0;
    expect(below.primaryDomain).toBe("rag");
    expect(genAi(below)).toBeGreaterThan(0);
    expect(genAi(below)).toBeLessThan(genAi(above));
  });

  it("a kind of business far down a page is a customer's, not the company's: 'bakery' in a case study", () => {
    const page = `Crumb forecasts demand for grocers with machine learning, store by store.${filler}\n\nThe bakery team at one grocer cut waste by a third.\n\nOur bakery forecasts are the best we have shipped.`;
    expect(classify(page).primaryDomain).toBe("machine-learning");
  });

  it("a cookie banner atop a page is no evidence, even in the lead: its \"We use\" is no business using something", () => {
    // A home-services answering product whose page opens with a banner; AI is named once, far down.
    const page = readFileSync(new URL("../data/cookie-banner-page.txt", import.meta.url), "utf8");
    const r = classify(page);
    expect([r.primaryDomain, r.abstain?.reason]).toEqual(["ai-agents", undefined]);
    expect(r.keywords.some((k) => k.start < page.indexOf("\n"))).toBe(false);
    const dir = copyRules();
    editJson(dir, "lexicon.json", (l) => {
      l.boilerplate.paragraphs = [];
    });
    // Without the stricter learned reading of a text that says what it uses, the banner's "We use" decides.
    editJson(dir, "ai-signal.json", (s) => delete s.businessThreshold);
    const without = createClassifier({ rulesDir: dir }).classifySync({ description: page });
    expect([without.primaryDomain, without.abstain?.reason, without.keywords[0]?.term]).toEqual([null, "ai-used-internally", "We use"]);
  });

  it("a short text is read whole, cue words and all", () => {
    const r = classify("A vector database backed by Sequoia, for semantic search.");
    expect(r.primaryDomain).toBe("rag");
  });
});
