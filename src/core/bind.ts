import { analyse, classifyWithPipeline, createPipeline, finish, type Pipeline } from "./pipeline.ts";
import type { ReferenceEngine } from "../rules/reference.ts";
import type { RuleSet } from "../rules/load.ts";
import type { CompanyInput } from "../schemas/input.ts";
import type { Question } from "../schemas/questions.ts";
import type { Classification } from "../schemas/result.ts";
import type { Taxonomy } from "../schemas/rules.ts";

/** `compiled` evaluates the rules as closures; `reference` runs them through json-rules-engine. */
export type EngineKind = "compiled" | "reference";

/** A classifier bound to one validated rule set: classifies companies and says which taxonomy and rules version it answers with. */
export interface Classifier {
  readonly taxonomy: Taxonomy;
  readonly rulesVersion: string;
  readonly ruleSet: RuleSet;
  readonly engine: EngineKind;
  /** Validates and classifies one company; rejects with an InputError listing every problem. */
  classify(input: unknown): Promise<Classification>;
  /** The same on the compiled path, synchronously (for batch workers). */
  classifySync(input: unknown): Classification;
  /**
   * Up to three questions whose answers would most change the classification (see questionsFor), []
   * when it is clear; rejects with an InputError like classify.
   * @example
   * const questions = await c.questions({ description: "An AI startup." });
   * // [{ field: "capabilities", text: "What does your AI do?", choices: [...] }, ...]
   */
  questions(input: unknown): Promise<Question[]>;
}

/**
 * A classifier bound to an already loaded and validated rule set, validating input with `parse`
 * (parseCompanyInput, which throws an InputError; createClassifier passes it). It loads nothing itself, and json-rules-engine
 * only on the first call with the reference engine: a batch worker on the compiled path starts
 * without it, and, with its lazy parser, without zod. `language` (ISO 639-1) is that of every
 * description that does not state its own; without it each one's language is detected. `built` is a
 * pipeline already built from `ruleSet` (createClassifierYielding builds it in steps).
 */
export function bindClassifier(ruleSet: RuleSet, engine: EngineKind, parse: (input: unknown) => CompanyInput, language?: string, built?: Pipeline): Classifier {
  const pipeline: Pipeline = built ?? createPipeline(ruleSet, language);
  let reference: Promise<ReferenceEngine> | undefined;
  const classifySync = (input: unknown) => classifyWithPipeline(pipeline, parse(input));
  return {
    taxonomy: ruleSet.taxonomy,
    rulesVersion: ruleSet.version,
    ruleSet,
    engine,
    classifySync,
    async classify(input) {
      if (engine === "compiled") return classifySync(input);
      const analysis = analyse(pipeline, parse(input));
      reference ??= import("../rules/reference.ts").then((m) => m.createReferenceEngine(ruleSet.rules));
      return finish(pipeline, analysis, await (await reference).run(analysis.facts));
    },
    async questions(input) {
      const parsed = parse(input);
      // Loaded on first use, so a batch worker never loads it (nor zod with it). The probes run on the
      // compiled rules, which answer as the reference engine does (tests/rules/differential.test.ts).
      const { questionsFor } = await import("./questions.ts");
      return questionsFor(ruleSet, parsed, (i) => classifyWithPipeline(pipeline, i));
    },
  };
}
