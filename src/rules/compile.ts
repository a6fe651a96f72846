import type { Condition, FactName } from "../schemas/rules.ts";
import type { Facts } from "./facts.ts";
import type { LoadedRule } from "./load.ts";

type Predicate = (facts: Facts) => boolean;

/**
 * Compiles a json-rules-engine condition into a closure with the same meaning as the engine's
 * default operators (contains, doesNotContain, in, notIn, equal, notEqual; all/any/not).
 * The engine evaluates conditions through promises and an almanac (~2 ms a run); a closure
 * over Sets answers in microseconds. tests/rules/differential.test.ts keeps the two in step.
 */
export function compileCondition(c: Condition): Predicate {
  if ("all" in c) {
    const parts = c.all.map(compileCondition);
    return (f) => parts.every((p) => p(f));
  }
  if ("any" in c) {
    const parts = c.any.map(compileCondition);
    return (f) => parts.some((p) => p(f));
  }
  if ("not" in c) {
    const inner = compileCondition(c.not);
    return (f) => !inner(f);
  }
  const fact: FactName = c.fact;
  const value = c.value;
  switch (c.operator) {
    case "contains":
      return (f) => (f[fact] as Set<string>).has(value as string);
    case "doesNotContain":
      return (f) => !(f[fact] as Set<string>).has(value as string);
    case "equal":
      return (f) => f[fact] === value;
    case "notEqual":
      return (f) => f[fact] !== value;
    case "in": {
      const set = new Set(value as string[]);
      return (f) => set.has(f[fact] as string);
    }
    case "notIn": {
      const set = new Set(value as string[]);
      return (f) => !set.has(f[fact] as string);
    }
  }
}

export interface CompiledRule {
  rule: LoadedRule;
  test: Predicate;
}

export function compileRules(rules: LoadedRule[]): CompiledRule[] {
  return rules.map((rule) => ({ rule, test: compileCondition(rule.json.conditions) }));
}

/** Names of the rules whose conditions hold, in rule-set order. */
export function runCompiled(rules: CompiledRule[], facts: Facts): LoadedRule[] {
  const fired: LoadedRule[] = [];
  for (const r of rules) if (r.test(facts)) fired.push(r.rule);
  return fired;
}
