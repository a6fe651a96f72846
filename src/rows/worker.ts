// A batch worker thread: boots at once, is sent the rule set once, then classifies the chunks it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { bindClassifier, type Classifier, type EngineKind } from "../core/bind.ts";
import { warmUp } from "../core/warm-up.ts";
import { loadLanguageDetector } from "../language/eld.ts";
import type { RuleSet } from "../rules/load.ts";
import { lazyInputParser, type LazyInputParser } from "./lazy-parse.ts";
import { processChunk, type Chunk, type OutputMode } from "./process.ts";
import { lowerThreadPriority } from "./thread-priority.ts";

export interface WorkerInit {
  /** Loaded and validated once by the caller, and cloned here: a worker only compiles it. */
  ruleSet: RuleSet;
  engine: EngineKind;
  language?: string;
  /**
   * A server's worker, whose jobs have deadlines: it loads the language detector now rather than on
   * the first text that needs it, warms its classifier up (warmUp), and then says `{ ready: true }`,
   * so it is given no job before.
   */
  warm?: boolean;
}

export interface WorkerTask {
  id: number;
  chunk: Chunk;
  mode: OutputMode;
}

/** What a worker is started with (`new Worker(url, { workerData })`), once for its whole life. */
export interface WorkerData {
  /** Nice steps this thread runs below the process: a server's workers yield the cores to its event loop. */
  niceness?: number;
}

/** The first message carries the rule set; every later one a task. */
export type WorkerMessage = { init: WorkerInit } | { task: WorkerTask };

lowerThreadPriority((workerData as WorkerData | undefined)?.niceness ?? 0);

let classifier: Classifier | undefined;
let parse: LazyInputParser | undefined;

parentPort!.on("message", (message: WorkerMessage) => {
  if ("init" in message) {
    parse = lazyInputParser();
    classifier = bindClassifier(message.init.ruleSet, message.init.engine, parse, message.init.language);
    if (message.init.warm) {
      loadLanguageDetector();
      warmUp(classifier);
      parentPort!.postMessage({ ready: true });
    }
    return;
  }
  const { task } = message;
  processChunk(classifier!, task.chunk, task.mode, parse!.ready).then(
    (output) => parentPort!.postMessage({ id: task.id, output }, [output.bytes.buffer as ArrayBuffer]),
    (err: unknown) => parentPort!.postMessage({ id: task.id, error: (err as Error).message }),
  );
});
