import { createClassifier, createClassifierYielding, type Classifier, type EngineKind } from "../core/index.ts";
import { RuleSetError, type RuleIssue } from "../errors.ts";
import { readRulesDir, type RulesFiles } from "../rules/files.ts";
import { DEFAULT_RULES_DIR, LEXICON_FILE, PRIOR_FILE, SCORING_FILE, SELLS_FILE, SIGNAL_FILE, TAXONOMY_FILE, validateRuleSet, type RuleSet } from "../rules/load.ts";
import { validateOffThread } from "../rules/validate-off-thread.ts";
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
  /**
   * As reload, but the files are validated on a worker thread (validateOffThread) and the classifier
   * is built one step per turn of the event loop (createClassifierYielding), so requests are answered
   * meanwhile; reloads run one after another, in the order they were asked for.
   */
  reloadOffThread?(read: RulesFiles | RuleSetError): Promise<ReloadOutcome>;
  /** The problems of the last reload when it was rejected; undefined when it succeeded (or none was tried). */
  rejected?(): RuleIssue[] | undefined;
}

/** The files a rule set came from, as far as it tells: every file with a rule, and the data files. */
function filesOf(ruleSet: RuleSet): Set<string> {
  return new Set([TAXONOMY_FILE, LEXICON_FILE, SCORING_FILE, ...(ruleSet.aiSignal === undefined ? [] : [SIGNAL_FILE]), ...(ruleSet.sellsAi === undefined ? [] : [SELLS_FILE]), ...(ruleSet.domainPrior === undefined ? [] : [PRIOR_FILE]), ...ruleSet.rules.map((r) => r.file)]);
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
  const failed = (err: unknown): ReloadOutcome => (err instanceof RuleSetError ? reject(err.issues) : reject([{ file: dir, path: "(root)", message: (err as Error).message }]));
  /** The issues that refuse a read before it is validated: a directory that cannot be read, a file gone. */
  const refused = (read: RulesFiles | RuleSetError): RuleIssue[] | undefined => {
    if (read instanceof RuleSetError) return read.issues;
    const removed = current === undefined ? [] : removedFiles(filesOf(current.ruleSet), read);
    return removed.length > 0 ? removed : undefined;
  };
  const swapIn = (ruleSet: RuleSet, classifier?: Classifier): ReloadOutcome => {
    if (ruleSet.version !== current?.rulesVersion) current = classifier ?? createClassifier({ ruleSet, engine: options.engine });
    rejected = undefined;
    return { ok: true, version: ruleSet.version };
  };
  let queue: Promise<unknown> = Promise.resolve();
  const holder: RulesHolder = {
    current: () => current,
    rejected: () => rejected,
    reload(given) {
      try {
        const read = given ?? readRulesDir(dir);
        const issues = refused(read);
        if (issues !== undefined) return reject(issues);
        return swapIn(validateRuleSet(read as RulesFiles));
      } catch (err) {
        return failed(err);
      }
    },
    reloadOffThread(read) {
      const next = queue.then(async () => {
        try {
          const issues = refused(read);
          if (issues !== undefined) return reject(issues);
          const ruleSet = await validateOffThread(read as RulesFiles);
          if (ruleSet.version === current?.rulesVersion) return swapIn(ruleSet);
          return swapIn(ruleSet, await createClassifierYielding({ ruleSet, engine: options.engine }));
        } catch (err) {
          return failed(err);
        }
      });
      queue = next;
      return next;
    },
  };
  if (current === undefined) holder.reload();
  return holder;
}

/**
 * Reloads when the rules directory changes (see watchRulesDir: atomic saves, re-created directories
 * and swapped links are seen; a burst of writes is one reload of one consistent read), validating
 * each read off the event loop.
 */
export function watchRules(dir: string, holder: RulesHolder, report: (outcome: ReloadOutcome) => void, options: WatchOptions = {}): RulesWatcher {
  return watchRulesDir(dir, (read) => (holder.reloadOffThread === undefined ? report(holder.reload(read)) : void holder.reloadOffThread(read).then(report)), options);
}
