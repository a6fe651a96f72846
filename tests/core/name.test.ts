import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier, type Classifier } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules } from "../helpers/rules-copy.ts";

const classify = (input: { name?: string; description: string }) => builtIn().classifySync(input);

let phrasesOnly: Classifier | undefined;
/** The shipped rules without the learned AI signal (rules/ai-signal.json): what the phrases alone say. */
function byPhrases(input: { name?: string; description: string }) {
  if (phrasesOnly === undefined) {
    const dir = copyRules();
    rmSync(join(dir, "ai-signal.json"));
    phrasesOnly = createClassifier({ rulesDir: dir });
  }
  return phrasesOnly.classifySync(input);
}

describe("a company's name as evidence of AI", () => {
  it.each([
    ["Cover Letter AI", "The ultimate tool for crafting the perfect cover letter.", "generative-ai"],
    ["Tally.ai", "Support ticket replies, drafted so agents answer faster.", "ai-agents"],
    ["NimbusAI", "Turns a one-line idea into a finished logo in your brand colours.", "generative-ai"],
  ])("%s: the name's AI word lets the description be read", (name, description, domain) => {
    expect(byPhrases({ description }).abstain?.reason).toBe("no-ai-signal");
    expect(byPhrases({ name, description }).primaryDomain).toBe(domain);
    const r = classify({ name, description });
    expect(r.primaryDomain).toBe(domain);
    expect(r.domains[0]!.reasons.flatMap((reason) => reason.evidence.map((e) => e.toLowerCase()))).toContain("ai");
  });

  it("a name's words are no keywords: keywords point into the description", () => {
    const description = "The ultimate tool for crafting the perfect cover letter.";
    const r = classify({ name: "Cover Letter AI", description });
    for (const k of r.keywords) expect(description.slice(k.start, k.end)).toBe(k.term);
  });

  it("a name's other words are no evidence: 'Bakery' in a name does not make an AI company abstain, nor 'Models' an ML one", () => {
    expect(classify({ name: "Rosie's Bakery", description: "An AI writing assistant for marketing teams." }).primaryDomain).toBe("generative-ai");
    expect(classify({ name: "Runway Models", description: "A fashion agency in London and Paris." }).abstain?.reason).toBe("no-ai-signal");
  });
});
