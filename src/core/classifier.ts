import { bindClassifier, type Classifier, type EngineKind } from "./bind.ts";
import { parseCompanyInput } from "./parse.ts";
import { createPipelineSteps } from "./pipeline.ts";
import { runStepsYielding } from "../steps.ts";
import { loadRuleSet, type RuleSet } from "../rules/load.ts";
import type { Classification } from "../schemas/result.ts";

export type { Classifier, EngineKind } from "./bind.ts";

/** Which rules a classifier is bound to and which engine runs them. */
export interface ClassifierOptions {
  /** A rules directory; defaults to the rules shipped with valuechain. */
  rulesDir?: string;
  /** An already loaded rule set (wins over rulesDir). */
  ruleSet?: RuleSet;
  engine?: EngineKind;
  /** The language (ISO 639-1) of every description that does not state its own; detected when absent. */
  language?: string;
}

/**
 * Loads and validates a rule set once and returns a classifier bound to it.
 * @example
 * const c = createClassifier();
 * const result = await c.classify({ description: "We rent H100 clusters by the hour." });
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  return bindClassifier(options.ruleSet ?? loadRuleSet(options.rulesDir), options.engine ?? "compiled", parseCompanyInput, options.language);
}

/**
 * createClassifier for a server's reload: the rule set is built one step per turn of the event loop
 * (createPipelineSteps), so requests are answered between the steps.
 */
export async function createClassifierYielding(options: { ruleSet: RuleSet; engine?: EngineKind }): Promise<Classifier> {
  const pipeline = await runStepsYielding(createPipelineSteps(options.ruleSet));
  return bindClassifier(options.ruleSet, options.engine ?? "compiled", parseCompanyInput, undefined, pipeline);
}

let defaultClassifier: Classifier | undefined; // built on first use: importing costs nothing

/** Classifies one company with the built-in rules. */
export function classify(input: unknown): Promise<Classification> {
  defaultClassifier ??= createClassifier();
  return defaultClassifier.classify(input);
}
