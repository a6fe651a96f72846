import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_RULES_DIR } from "../../src/rules/load.ts";

const rule = (name: string, feature: string, domain: string, weight: number) => ({
  name,
  conditions: { all: [{ fact: "features", operator: "contains", value: feature }] },
  event: { type: "score", params: { domain, weight, reason: `Mentions ${feature}` } },
});

/**
 * A small rule set whose right answer is known: "gpu cloud" is strong evidence of AI infrastructure,
 * but its rule is written with weight 0.5, below the 3 of "llm", so every "GPU cloud for LLM" company
 * comes out as generative AI. "platform" is a planted generic phrase; "meeting notes" is a phrase
 * only AI SaaS companies use, and no rule knows it.
 */
export function syntheticRules(): string {
  const dir = mkdtempSync(join(tmpdir(), "vc-synthetic-rules-"));
  mkdirSync(join(dir, "domains"));
  copyFileSync(join(DEFAULT_RULES_DIR, "taxonomy.json"), join(dir, "taxonomy.json"));
  writeFileSync(join(dir, "scoring.json"), JSON.stringify({ scale: 4, abstainBelow: 2, withoutAiSignal: ["ai-infrastructure"], withoutAiSignalBelow: 5, suggestWithin: 0.6, focusWeight: 2, minStageScore: 0.15, usedInternally: { business: ["internal"], product: [] }, longText: { minChars: 1200, leadChars: 500 }, questions: JSON.parse(readFileSync(join(DEFAULT_RULES_DIR, "scoring.json"), "utf8")).questions, calibration: [[0, 0], [1, 1]] }, null, 2));
  const lexicon = {
    negation: { cues: ["not"], window: 3 },
    features: {
      llm: { ai: true, phrases: ["llm", "language model"] },
      gpu: { phrases: ["gpu cloud", "gpu clusters"] },
      vector: { ai: true, phrases: ["vector database"] },
      saas: { phrases: ["software", "app"] },
      platform: { phrases: ["platform"] },
      ai: { ai: true, phrases: ["ai"] },
      // What scoring.json's usedInternally needs; no fixture says it.
      internal: { phrases: ["back office"] },
    },
  };
  writeFileSync(join(dir, "lexicon.json"), JSON.stringify(lexicon, null, 2));
  const rules = [
    rule("generative-ai/llm", "llm", "generative-ai", 3),
    rule("ai-infrastructure/gpu", "gpu", "ai-infrastructure", 0.5),
    rule("rag/vector", "vector", "rag", 6),
    rule("ai-saas/software", "saas", "ai-saas", 2.5),
    rule("mlops/platform", "platform", "mlops", 1),
  ];
  writeFileSync(join(dir, "domains", "synthetic.json"), `${JSON.stringify(rules, null, 2)}\n`);
  return dir;
}

const SUBJECTS = ["Our team", "The company", "We", "This startup", "Our product", "The firm", "Our service", "This team"];

/** Labelled fixtures for syntheticRules, written as one JSONL file in a new directory. */
export function syntheticFixtures(): string {
  const rows: { id: string; input: { description: string }; expect: { domains: string[] } }[] = [];
  const add = (id: string, description: string, domains: string[]) => rows.push({ id, input: { description }, expect: { domains } });
  SUBJECTS.forEach((s, i) => {
    add(`gpu-${i}`, `${s} rents a GPU cloud for LLM training, on a self-serve platform.`, ["ai-infrastructure"]);
    add(`gpu-plain-${i}`, `${s} runs GPU clusters for LLM teams.`, ["ai-infrastructure"]);
    add(`writer-${i}`, `${s} builds an LLM writing app.`, ["generative-ai"]);
    add(`chat-${i}`, `${s} offers a language model chat platform.`, ["generative-ai"]);
    add(`rag-${i}`, `${s} sells a vector database for LLM search, as a platform.`, ["rag"]);
    add(`notes-${i}`, `${s} makes an AI app that writes meeting notes for sales teams.`, ["ai-saas"]);
    add(`notes-b-${i}`, `${s} turns calls into meeting notes with AI, on any platform.`, ["ai-saas"]);
    add(`ops-${i}`, `${s} monitors models in production on a platform for AI teams.`, ["mlops"]);
    add(`bakery-${i}`, `${s} bakes bread for local teams.`, []);
  });
  const dir = mkdtempSync(join(tmpdir(), "vc-synthetic-fixtures-"));
  writeFileSync(join(dir, "synthetic.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return dir;
}
