import { trainDomainPrior } from "../../src/signal/domain-prior.ts";
import { DOMAIN_IDS } from "../../src/schemas/ids.ts";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyRules } from "../helpers/rules-copy.ts";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES_DIR } from "../../src/rules/load.ts";
import { MAX_RULES_FILE_BYTES } from "../../src/rules/limits.ts";
import { blanked, lexiconAiSpans, lexiconSellsText, SIGNAL_TRAINING_DIRS, trainingExamples } from "../../src/signal/examples.ts";
import { compileAiSignal, readAiSignal } from "../../src/signal/model.ts";
import { trainAiSignal, trainSellsAi } from "../../src/signal/train.ts";

const toy = [
  { text: "An AI model that reads chest X-rays", ai: true },
  { text: "A model that drafts contracts for lawyers", ai: true },
  { text: "A bakery in Leeds selling sourdough", ai: false },
  { text: "A plumber in Cork fixing boilers", ai: false },
];

describe("trainAiSignal", () => {
  it("gives the same file for the same examples, and reads its own AI examples as AI and the others not", () => {
    const a = trainAiSignal(toy);
    expect(trainAiSignal(toy)).toEqual(a);
    const model = compileAiSignal(a);
    expect(readAiSignal(model, "An AI model that reads chest X-rays").probability).toBeGreaterThan(0.5);
    expect(readAiSignal(model, "A bakery in Leeds selling sourdough").probability).toBeLessThan(0.5);
  });

  it("needs both kinds of example", () => {
    expect(() => trainAiSignal(toy.filter((e) => e.ai))).toThrow("Training the AI signal needs examples of both AI and non-AI descriptions");
  });

  it("quotes the text's own words with the largest positive weights, strongest first", () => {
    const model = compileAiSignal({ threshold: 0.9, bias: 0, weights: { reads: 2, rays: 1, chest: -1, reads_chest: 5 } });
    const reading = readAiSignal(model, "Reads chest X-Rays");
    expect(reading.words).toEqual(["Reads", "Rays"]);
    expect(reading.probability).toBeCloseTo(1 / (1 + Math.exp(-7)), 10);
  });

  it("blanks out the words the lexicon reads as AI, and reads the lexicon even when the learned files are broken or too large", () => {
    const dir = copyRules();
    writeFileSync(join(dir, "ai-signal.json"), "{ not json");
    writeFileSync(join(dir, "sells-ai.json"), "{}");
    // A domain prior past the rules-file size limit, as a model trained on more rows may be.
    writeFileSync(join(dir, "domain-prior.json"), `{"weights": "${"x".repeat(MAX_RULES_FILE_BYTES)}"}`);
    const text = "An AI model that reads chest X-rays with machine learning, for radiologists.";
    const spans = lexiconAiSpans(dir)(text);
    expect(blanked(text, spans)).toBe("An          that reads chest        with                 , for radiologists.");
  });

  it("counts each row of a directory `times` times", () => {
    const dir = mkdtempSync(join(tmpdir(), "train-"));
    writeFileSync(
      join(dir, "rows.jsonl"),
      [
        { id: "xray", input: { description: "Reads chest X-rays for radiologists." }, expect: { domains: ["deep-learning"] } },
        { id: "bakery", input: { description: "A bakery in Leeds selling sourdough." }, expect: { domains: [], abstain: "no-ai-signal" } },
      ].map((r) => JSON.stringify(r)).join("\n") + "\n",
    );
    const once = trainingExamples([{ dir, times: 1 }]);
    const twice = trainingExamples([{ dir, times: 2 }]);
    if (!once.ok || !twice.ok) throw new Error("fixtures did not load");
    expect(once.domains).toEqual([{ text: "Reads chest X-rays for radiologists.", domain: "deep-learning" }]);
    expect(twice.domains).toEqual([...once.domains, ...once.domains]);
    expect(twice.signal).toEqual([...once.signal, ...once.signal]);
    expect(SIGNAL_TRAINING_DIRS.map((d) => d.times)).toEqual([2, 1]);
  });

  it("the shipped rules/ai-signal.json, rules/sells-ai.json and rules/domain-prior.json are what `npm run rules:train-signal` writes from the fixtures", () => {
    const read = trainingExamples(SIGNAL_TRAINING_DIRS, lexiconAiSpans(), lexiconSellsText());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const shipped = (file: string) => JSON.parse(readFileSync(`${DEFAULT_RULES_DIR}/${file}`, "utf8"));
    expect(shipped("ai-signal.json")).toEqual(trainAiSignal(read.signal));
    expect(shipped("sells-ai.json")).toEqual(trainSellsAi(read.sells));
    expect(shipped("domain-prior.json")).toEqual(trainDomainPrior(read.domains, DOMAIN_IDS));
  }, 180_000);
});
