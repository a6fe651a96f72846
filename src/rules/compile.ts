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

const LIST_FACTS = ["features", "offerings", "capabilities", "customers", "revenueModels"] as const;
const key = (fact: string, value: string) => `${fact}\u0000${value}`;

/**
 * Keys ("fact\0value") of which at least one must be present for the condition to hold, or null
 * when it can hold with none of them (a `not`, `doesNotContain`, or an industry test).
 */
export function triggers(c: Condition): string[] | null {
  if ("all" in c) {
    let best: string[] | null = null;
    for (const part of c.all) {
      const t = triggers(part);
      if (t !== null && (best === null || t.length < best.length)) best = t;
    }
    return best;
  }
  if ("any" in c) {
    const out: string[] = [];
    for (const part of c.any) {
      const t = triggers(part);
      if (t === null) return null;
      out.push(...t);
    }
    return out;
  }
  if ("not" in c || c.operator !== "contains") return null;
  return [key(c.fact, c.value as string)];
}

/** A rule set compiled to closures, indexed by the fact values that can make each rule fire. */
export interface CompiledRules {
  rules: LoadedRule[];
  tests: Predicate[];
  /** fact value key → indexes of the rules it can trigger */
  byTrigger: Map<string, number[]>;
  /** rules that may fire whatever is present; always evaluated */
  always: number[];
}

export function compileRules(rules: LoadedRule[]): CompiledRules {
  const byTrigger = new Map<string, number[]>();
  const always: number[] = [];
  rules.forEach((rule, i) => {
    const t = triggers(rule.json.conditions);
    if (t === null) return always.push(i);
    for (const k of new Set(t)) byTrigger.set(k, [...(byTrigger.get(k) ?? []), i]);
  });
  return { rules, tests: rules.map((r) => compileCondition(r.json.conditions)), byTrigger, always };
}

/**
 * The rules whose conditions hold, in rule-set order. Only rules that a present fact value can
 * trigger are evaluated: a description names ~15 of ~80 features, so most rules are skipped unseen.
 */
export function runCompiled(compiled: CompiledRules, facts: Facts): LoadedRule[] {
  const marked = new Uint8Array(compiled.rules.length);
  for (const i of compiled.always) marked[i] = 1;
  for (const fact of LIST_FACTS) {
    for (const value of facts[fact]) {
      const hit = compiled.byTrigger.get(key(fact, value));
      if (hit !== undefined) for (const i of hit) marked[i] = 1;
    }
  }
  const fired: LoadedRule[] = [];
  for (let i = 0; i < marked.length; i++) if (marked[i] === 1 && compiled.tests[i]!(facts)) fired.push(compiled.rules[i]!);
  return fired;
}
