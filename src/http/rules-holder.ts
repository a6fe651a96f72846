import { watch, type FSWatcher } from "node:fs";
import { createClassifier, type Classifier, type EngineKind } from "../core/index.ts";
import { RuleSetError, type RuleIssue } from "../errors.ts";
import { loadRuleSet } from "../rules/load.ts";

/**
 * The rule set a server answers with. A request takes `current()` once and finishes on it, so a
 * reload never changes the rules under a request in flight; `reload()` swaps in a new set only
 * when every file validates, otherwise the last good set keeps serving.
 */
export interface RulesHolder {
  current(): Classifier | undefined;
  reload(): { ok: true; version: string } | { ok: false; issues: RuleIssue[] };
}

export function createRulesHolder(options: { rulesDir?: string; engine?: EngineKind; classifier?: Classifier }): RulesHolder {
  let current: Classifier | undefined = options.classifier;
  const holder: RulesHolder = {
    current: () => current,
    reload() {
      try {
        const ruleSet = loadRuleSet(options.rulesDir);
        current = createClassifier({ ruleSet, engine: options.engine });
        return { ok: true, version: ruleSet.version };
      } catch (err) {
        if (err instanceof RuleSetError) return { ok: false, issues: err.issues };
        return { ok: false, issues: [{ file: options.rulesDir ?? "rules", path: "(root)", message: (err as Error).message }] };
      }
    },
  };
  if (current === undefined) holder.reload();
  return holder;
}

/** Reloads on any change under the rules directory, debounced so an editor's save is one reload. */
export function watchRules(dir: string, holder: RulesHolder, report: (outcome: ReturnType<RulesHolder["reload"]>) => void, delayMs = 150): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => report(holder.reload()), delayMs);
  });
  watcher.on("close", () => clearTimeout(timer));
  return watcher;
}
