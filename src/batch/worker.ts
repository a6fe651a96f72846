// A batch worker thread: loads the rule set once, then classifies the chunks it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { bindClassifier, type EngineKind } from "../bind.ts";
import { processChunk, type OutputMode } from "./process.ts";
import type { RawRow } from "./rows.ts";
import type { RuleSet } from "../rules/load.ts";

export interface WorkerInit {
  /** Loaded and validated once by the caller, and cloned here: a worker only compiles it. */
  ruleSet: RuleSet;
  engine: EngineKind;
}

export interface WorkerTask {
  id: number;
  rows: RawRow[];
  mode: OutputMode;
}

const init = workerData as WorkerInit;
const classifier = bindClassifier(init.ruleSet, init.engine);

parentPort!.on("message", (task: WorkerTask) => {
  processChunk(classifier, task.rows, task.mode).then(
    (output) => parentPort!.postMessage({ id: task.id, output }, [output.bytes.buffer as ArrayBuffer]),
    (err: unknown) => parentPort!.postMessage({ id: task.id, error: (err as Error).message }),
  );
});
