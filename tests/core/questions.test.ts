import { describe, expect, it } from "vitest";
import { createClassifier, InputError, Question } from "../../src/index.ts";
import { classifyWithPipeline, createPipeline } from "../../src/core/pipeline.ts";
import { candidateAnswers, MAX_QUESTION_PROBES, questionsFor } from "../../src/core/questions.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

/** A question as one line: `field "text": value→domain@confidence, ...`. */
const line = (q: Question) => `${q.field} ${JSON.stringify(q.text)}: ${q.choices.map((c) => `${c.value}→${c.primaryDomain}@${c.confidence}`).join(", ")}`;
const ask = async (description: string) => (await builtIn().questions({ description })).map(line);

describe("classifier.questions", () => {
  it("asks what a thin description leaves open, each answer measured", async () => {
    expect(await ask("An AI startup.")).toEqual([
      'offerings "What do you sell?": saas→ai-saas@0.47, compute→ai-infrastructure@0.512, agent→ai-agents@0.502, marketplace→ai-marketplaces@0.498, dataset→data-monetization@0.475, hardware→deep-learning@0.47',
      'capabilities "What does your AI do?": text-generation→generative-ai@0.495, automation→ai-agents@0.47, recommendation→ai-marketplaces@0.47, data-labeling→data-monetization@0.47, computer-vision→deep-learning@0.47, prediction→machine-learning@0.47',
      'revenueModels "How do you charge?": advertising→ad-supported@0.47, data-licensing→data-monetization@0.47, pay-per-query→data-monetization@0.47',
    ]);
  });

  it("asks first what decides between two tied leaders", async () => {
    const description = "We turn your wiki into an AI agent grounded in your documents.";
    const result = builtIn().classifySync({ description });
    expect(result.domains.slice(0, 2).map((d) => [d.id, d.score])).toEqual([["rag", 0.632], ["ai-agents", 0.632]]);
    expect(await ask(description)).toEqual([
      'capabilities "What does your AI do?": automation→ai-agents@0.47, retrieval→rag@0.73',
    ]);
  });

  it("gives each choice the classification it leads to", async () => {
    const description = "An AI startup.";
    const [question] = await builtIn().questions({ description });
    for (const choice of question!.choices) {
      const again = builtIn().classifySync({ description, answers: { [question!.field]: [choice.value] } });
      expect([choice.primaryDomain, choice.confidence]).toEqual([again.primaryDomain, again.confidence]);
    }
  });

  it.each([
    ["a clear result", "Chat with your PDFs: we index your documents and answer questions with an LLM."],
    ["no AI signal", "A family bakery selling sourdough bread with a weekly subscription box."],
    ["AI used internally", "Rosie's is a bakery in Cork; we use AI to forecast how many loaves to bake."],
  ])("asks nothing for %s", async (_what, description) => {
    expect(await ask(description)).toEqual([]);
  });

  it("never offers an answer the input already gives", async () => {
    const questions = await builtIn().questions({ description: "An AI startup.", answers: { offerings: ["agent"] } });
    expect(questions.flatMap((q) => q.choices.map((c) => `${q.field}:${c.value}`))).not.toContain("offerings:agent");
  });

  it("rejects bad input as classify does", async () => {
    await expect(builtIn().questions({ description: "x", answers: { offerings: ["spaceship"] } })).rejects.toThrow(InputError);
  });

  it("reads when to ask and what to say from scoring.json (questions)", async () => {
    const dir = copyRules();
    editJson(dir, "scoring.json", (scoring) => {
      scoring.questions.closeWithin = 0.5;
      scoring.questions.offerings.text = "What is your product?";
    });
    const description = "A marketplace for AI agents and datasets.";
    expect(builtIn().classifySync({ description }).domains.slice(0, 2).map((d) => [d.id, d.score])).toEqual([["ai-marketplaces", 0.777], ["data-monetization", 0.528]]);
    expect(await ask(description)).toEqual([]);
    const questions = await createClassifier({ rulesDir: dir }).questions({ description });
    expect(questions.map((q) => q.text)).toContain("What is your product?");
  });

  it("classifies once, then once per candidate answer, never more than MAX_QUESTION_PROBES", () => {
    const { ruleSet } = builtIn();
    const pipeline = createPipeline(ruleSet);
    const candidates = [...candidateAnswers(ruleSet).values()].flat().length;
    let calls = 0;
    const counting = (input: Parameters<typeof classifyWithPipeline>[1]) => (calls++, classifyWithPipeline(pipeline, input));
    questionsFor(ruleSet, { description: "An AI startup." }, counting);
    expect(calls).toBe(1 + Math.min(candidates, MAX_QUESTION_PROBES));
    expect(candidates).toBeGreaterThan(20);
  });
});
