import { isListFact, LIST_FACTS, type ListFact } from "../schemas/facts.ts";
import type { Condition, FactCondition, FactName } from "../schemas/rules.ts";
import { foldCondition } from "./conditions.ts";
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
  return foldCondition<Predicate>(c, {
    // Plain loops: every()/some() with an arrow would allocate a closure on each test.
    all: (parts) => (f) => {
      for (const p of parts) if (!p(f)) return false;
      return true;
    },
    any: (parts) => (f) => {
      for (const p of parts) if (p(f)) return true;
      return false;
    },
    not: (inner) => (f) => !inner(f),
    fact: factTest,
  });
}

function factTest(c: FactCondition): Predicate {
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

/** A fact value whose presence may make a rule fire. */
interface Trigger {
  fact: ListFact;
  value: string;
}

/**
 * Fact values of which at least one must be present for the condition to hold, or null when it
 * can hold with none of them (a `not`, `doesNotContain`, or an industry test).
 */
export function triggers(c: Condition): Trigger[] | null {
  return foldCondition<Trigger[] | null>(c, {
    all(parts) {
      let best: Trigger[] | null = null;
      for (const t of parts) if (t !== null && (best === null || t.length < best.length)) best = t;
      return best;
    },
    any(parts) {
      const out: Trigger[] = [];
      for (const t of parts) {
        if (t === null) return null;
        out.push(...t);
      }
      return out;
    },
    not: () => null,
    fact: (f) => (f.operator === "contains" && isListFact(f.fact) ? [{ fact: f.fact, value: f.value as string }] : null),
  });
}

/** A rule set compiled to closures, indexed by the fact values that can make each rule fire. */
export interface CompiledRules {
  rules: LoadedRule[];
  tests: Predicate[];
  /** fact → value → indexes of the rules that value can trigger */
  byTrigger: Record<ListFact, Map<string, number[]>>;
  /** rules that may fire whatever is present; always evaluated */
  always: number[];
  /** One flag per rule, reused by every run (runs are synchronous). */
  marked: Uint8Array;
}

export function compileRules(rules: LoadedRule[]): CompiledRules {
  const byTrigger = Object.fromEntries(LIST_FACTS.map((fact) => [fact, new Map<string, number[]>()])) as CompiledRules["byTrigger"];
  const always: number[] = [];
  rules.forEach((rule, i) => {
    const t = triggers(rule.json.conditions);
    if (t === null) return always.push(i);
    for (const { fact, value } of t) {
      const list = byTrigger[fact].get(value) ?? [];
      if (!list.includes(i)) list.push(i);
      byTrigger[fact].set(value, list);
    }
  });
  return { rules, tests: rules.map((r) => compileCondition(r.json.conditions)), byTrigger, always, marked: new Uint8Array(rules.length) };
}

/**
 * The rules whose conditions hold, in rule-set order. Only rules that a present fact value can
 * trigger are evaluated: a description names ~15 of ~80 features, so most rules are skipped unseen.
 */
export function runCompiled(compiled: CompiledRules, facts: Facts): LoadedRule[] {
  const marked = compiled.marked.fill(0);
  for (const i of compiled.always) marked[i] = 1;
  for (const fact of LIST_FACTS) {
    const index = compiled.byTrigger[fact];
    for (const value of facts[fact]) {
      const hit = index.get(value);
      if (hit !== undefined) for (const i of hit) marked[i] = 1;
    }
  }
  const fired: LoadedRule[] = [];
  for (let i = 0; i < marked.length; i++) if (marked[i] === 1 && compiled.tests[i]!(facts)) fired.push(compiled.rules[i]!);
  return fired;
}
