import { analyse, classifyWithPipeline, createPipeline, finish, type Pipeline } from "./classify.ts";
import { parseCompanyInput } from "./parse.ts";
import { createReferenceEngine, type ReferenceEngine } from "./rules/reference.ts";
import { loadRuleSet, type RuleSet } from "./rules/load.ts";
import type { Classification } from "./schemas/result.ts";
import type { Taxonomy } from "./schemas/rules.ts";

/** `compiled` evaluates the rules as closures; `reference` runs them through json-rules-engine. */
export type EngineKind = "compiled" | "reference";

export interface ClassifierOptions {
  /** A rules directory; defaults to the rules shipped with valuechain. */
  rulesDir?: string;
  /** An already loaded rule set (wins over rulesDir). */
  ruleSet?: RuleSet;
  engine?: EngineKind;
}

export interface Classifier {
  readonly taxonomy: Taxonomy;
  readonly rulesVersion: string;
  readonly ruleSet: RuleSet;
  readonly engine: EngineKind;
  /** Validates and classifies one company; rejects with an InputError listing every problem. */
  classify(input: unknown): Promise<Classification>;
  /** The same on the compiled path, synchronously (for batch workers). */
  classifySync(input: unknown): Classification;
}

/**
 * Loads and validates a rule set once and returns a classifier bound to it.
 * @example
 * const c = createClassifier();
 * const result = await c.classify({ description: "We rent H100 clusters by the hour." });
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const ruleSet = options.ruleSet ?? loadRuleSet(options.rulesDir);
  const engine = options.engine ?? "compiled";
  const pipeline: Pipeline = createPipeline(ruleSet);
  let reference: ReferenceEngine | undefined;
  const classifySync = (input: unknown) => classifyWithPipeline(pipeline, parseCompanyInput(input));
  return {
    taxonomy: ruleSet.taxonomy,
    rulesVersion: ruleSet.version,
    ruleSet,
    engine,
    classifySync,
    async classify(input) {
      if (engine === "compiled") return classifySync(input);
      const analysis = analyse(pipeline, parseCompanyInput(input));
      reference ??= createReferenceEngine(ruleSet.rules);
      return finish(pipeline, analysis, await reference.run(analysis.facts));
    },
  };
}

let defaultClassifier: Classifier | undefined; // built on first use: importing costs nothing

/** Classifies one company with the built-in rules. */
export function classify(input: unknown): Promise<Classification> {
  defaultClassifier ??= createClassifier();
  return defaultClassifier.classify(input);
}
