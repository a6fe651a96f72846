import { analyse, createPipeline, createScoreTables, finish, type Analysis, type Pipeline } from "../core/index.ts";
import { runCompiled } from "../rules/compile.ts";
import type { RuleSet } from "../rules/load.ts";
import type { Scoring } from "../schemas/rules.ts";
import { judge, type FixtureOutcome } from "./evaluate.ts";
import type { LocatedFixture } from "./fixtures.ts";

/**
 * Each fixture read and run through the rules once: what it says (its analysis) and which rules
 * fire on it, by index into the rule set. Numbers (weights, thresholds) change what the fired rules
 * add up to, never which rules fire, so a tuner re-scores these instead of re-classifying.
 */
export interface Firings {
  pipeline: Pipeline;
  fixtures: LocatedFixture[];
  analyses: Analysis[];
  fired: number[][];
}

export function extractFirings(ruleSet: RuleSet, fixtures: LocatedFixture[]): Firings {
  const pipeline = createPipeline(ruleSet);
  const indexOf = new Map(ruleSet.rules.map((r, i) => [r, i]));
  const analyses = fixtures.map((f) => analyse(pipeline, f.fixture.input));
  const fired = analyses.map((a) => runCompiled(pipeline.compiled, a.facts).map((r) => indexOf.get(r)!));
  return { pipeline, fixtures, analyses, fired };
}

/** The numbers a tuner may change: one weight per rule (in rule-set order) and the scoring settings. */
export interface Numbers {
  weights: number[];
  scoring: Scoring;
}

export function numbersOf(ruleSet: RuleSet): Numbers {
  return { weights: ruleSet.rules.map((r) => r.json.event.params.weight), scoring: ruleSet.scoring };
}

/** The rule set with other numbers; conditions, names and texts stay as they are. */
export function withNumbers(ruleSet: RuleSet, numbers: Numbers): RuleSet {
  const rules = ruleSet.rules.map((r, i) => {
    const weight = numbers.weights[i]!;
    if (weight === r.json.event.params.weight) return r;
    return { ...r, json: { ...r.json, event: { ...r.json.event, params: { ...r.json.event.params, weight } } } };
  });
  return { ...ruleSet, rules, scoring: numbers.scoring };
}

/** The outcome of each fixture at `which` (indexes into firings.fixtures) under other numbers, scored by the classifier's own scoring. */
export function rescore(firings: Firings, numbers: Numbers, which: readonly number[]): FixtureOutcome[] {
  const ruleSet = withNumbers(firings.pipeline.ruleSet, numbers);
  const pipeline: Pipeline = { ...firings.pipeline, ruleSet, tables: createScoreTables(ruleSet) };
  return which.map((i) => judge(firings.fixtures[i]!, finish(pipeline, firings.analyses[i]!, firings.fired[i]!.map((k) => ruleSet.rules[k]!))));
}
