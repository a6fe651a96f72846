import { createClassifier, type Classifier, type EngineKind } from "../core/index.ts";
import { RuleSetError, type RuleIssue } from "../errors.ts";
import { readRulesDir, type RulesFiles } from "../rules/files.ts";
import { DEFAULT_RULES_DIR, LEXICON_FILE, SCORING_FILE, TAXONOMY_FILE, validateRuleSet, type RuleSet } from "../rules/load.ts";
import { watchRulesDir, type RulesWatcher, type WatchOptions } from "../rules/watch.ts";

export type ReloadOutcome = { ok: true; version: string } | { ok: false; issues: RuleIssue[] };

/**
 * The rule set a server answers with. A request takes `current()` once and finishes on it, so a
 * reload never changes the rules under a request in flight; `reload()` swaps in a new set, all of it
 * at once, only when every file validates and no file of the set being served has gone; otherwise
 * the last good set keeps serving and `rejected()` gives the reasons until a reload succeeds.
 */
export interface RulesHolder {
  current(): Classifier | undefined;
  /** Reads the rules directory (or takes files already read) and swaps them in when they are valid. */
  reload(read?: RulesFiles | RuleSetError): ReloadOutcome;
  /** The problems of the last reload when it was rejected; undefined when it succeeded (or none was tried). */
  rejected?(): RuleIssue[] | undefined;
}

/** The files a rule set came from, as far as it tells: every file with a rule, and the data files. */
function filesOf(ruleSet: RuleSet): Set<string> {
  return new Set([TAXONOMY_FILE, LEXICON_FILE, SCORING_FILE, ...ruleSet.rules.map((r) => r.file)]);
}

/** Files of the set being served that a new read lacks: a reload never drops rules silently. */
function removedFiles(serving: Set<string>, read: RulesFiles): RuleIssue[] {
  const present = new Set([...read.files.map((f) => f.name), ...read.unread.map((i) => i.file)]);
  return [...serving]
    .filter((name) => !present.has(name))
    .map((name) => ({ file: name, path: "(root)", message: "File removed: the rule set being served has it, and a reload never drops a rules file (restart the server to remove one)" }));
}

/** Holds the rule set a server answers with; starts from `classifier` when given, else empty until the first `reload()`. */
export function createRulesHolder(options: { rulesDir?: string; engine?: EngineKind; classifier?: Classifier }): RulesHolder {
  const dir = options.rulesDir ?? DEFAULT_RULES_DIR;
  let current: Classifier | undefined = options.classifier;
  let rejected: RuleIssue[] | undefined;
  const reject = (issues: RuleIssue[]): ReloadOutcome => {
    rejected = issues;
    return { ok: false, issues };
  };
  const holder: RulesHolder = {
    current: () => current,
    rejected: () => rejected,
    reload(given) {
      try {
        if (given instanceof RuleSetError) return reject(given.issues);
        const read = given ?? readRulesDir(dir);
        const removed = current === undefined ? [] : removedFiles(filesOf(current.ruleSet), read);
        if (removed.length > 0) return reject(removed);
        const ruleSet = validateRuleSet(read);
        if (ruleSet.version !== current?.rulesVersion) current = createClassifier({ ruleSet, engine: options.engine });
        rejected = undefined;
        return { ok: true, version: ruleSet.version };
      } catch (err) {
        if (err instanceof RuleSetError) return reject(err.issues);
        return reject([{ file: dir, path: "(root)", message: (err as Error).message }]);
      }
    },
  };
  if (current === undefined) holder.reload();
  return holder;
}

/**
 * Reloads when the rules directory changes (see watchRulesDir: atomic saves, re-created directories
 * and swapped links are seen; a burst of writes is one reload of one consistent read).
 */
export function watchRules(dir: string, holder: RulesHolder, report: (outcome: ReloadOutcome) => void, options: WatchOptions = {}): RulesWatcher {
  return watchRulesDir(dir, (read) => report(holder.reload(read)), options);
}
