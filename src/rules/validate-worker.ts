// Validates one read of a rules directory off the main thread, so that a server's reload leaves its
// event loop free: it is sent the files once, answers with the rule set or its issues, and ends.
import { parentPort } from "node:worker_threads";
import { RuleSetError, type RuleIssue } from "../errors.ts";
import type { RulesFiles } from "./files.ts";
import { validateRuleSet, type RuleSet } from "./load.ts";

/** The worker's one answer. */
export type ValidateReply = { ruleSet: RuleSet } | { issues: RuleIssue[] };

parentPort!.once("message", (read: RulesFiles) => {
  let reply: ValidateReply;
  try {
    reply = { ruleSet: validateRuleSet(read) };
  } catch (err) {
    reply = { issues: err instanceof RuleSetError ? err.issues : [{ file: read.dir, path: "(root)", message: (err as Error).message }] };
  }
  parentPort!.postMessage(reply);
});
