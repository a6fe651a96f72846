import { Worker } from "node:worker_threads";
import { RuleSetError } from "../errors.ts";
import type { RulesFiles } from "./files.ts";
import type { RuleSet } from "./load.ts";
import type { ValidateReply } from "./validate-worker.ts";

/**
 * Where the validation worker's code is: dist/rules/validate-worker.mjs for the CLI bundle (this code
 * then runs from dist/chunks/), dist/rules/validate-worker.js beside the compiled library, or, when
 * running the TypeScript itself, a bootstrap that registers tsx in the worker first.
 */
function validateWorkerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new URL("./validate-worker-tsx.mjs", here);
  if (here.endsWith(".js")) return new URL("./validate-worker.js", here);
  return new URL("../rules/validate-worker.mjs", here);
}

/**
 * validateRuleSet on a worker thread of its own: the same rule set, or the same RuleSetError, but the
 * caller's event loop stays free while the files are parsed and checked.
 */
export function validateOffThread(read: RulesFiles): Promise<RuleSet> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(validateWorkerUrl());
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once("message", (reply: ValidateReply) => settle(() => ("ruleSet" in reply ? resolve(reply.ruleSet) : reject(new RuleSetError(reply.issues)))));
    worker.once("error", (err) => settle(() => reject(new RuleSetError([{ file: read.dir, path: "(root)", message: `Cannot validate the rules: ${err.message}` }]))));
    worker.once("exit", (code) => settle(() => reject(new RuleSetError([{ file: read.dir, path: "(root)", message: `The validation worker stopped (exit code ${code})` }]))));
    worker.postMessage(read);
  });
}
