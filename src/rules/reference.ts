import { Engine } from "json-rules-engine";
import { factsAsJson, type Facts } from "./facts.ts";
import type { LoadedRule } from "./load.ts";

/** json-rules-engine itself, the reference the compiled path is checked against. */
export interface ReferenceEngine {
  run(facts: Facts): Promise<LoadedRule[]>;
}

/**
 * One Engine keeps run state on itself, so overlapping run() calls can drop rules: runs are
 * queued so that only one is ever in flight. Fired rules are read from run()'s return value.
 */
export function createReferenceEngine(rules: LoadedRule[]): ReferenceEngine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const byName = new Map<string, LoadedRule>();
  for (const r of rules) {
    engine.addRule({ ...r.json, name: r.name } as never);
    byName.set(r.name, r);
  }
  const order = new Map(rules.map((r, i) => [r.name, i]));
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(facts) {
      const next = queue.then(async () => {
        const { results } = await engine.run(factsAsJson(facts));
        return results
          .map((r) => byName.get(String(r.name)))
          .filter((r): r is LoadedRule => r !== undefined)
          .sort((a, b) => order.get(a.name)! - order.get(b.name)!);
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
