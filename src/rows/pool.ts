import { Worker } from "node:worker_threads";
import type { Chunk, ChunkOutput, OutputMode } from "./process.ts";
import type { WorkerInit, WorkerMessage } from "./worker.ts";

interface Slot {
  worker: Worker;
  pending: Set<number>;
}

interface Waiting {
  resolve: (output: ChunkOutput) => void;
  reject: (err: Error) => void;
}

/**
 * Where the worker's code is: dist/rows/worker.mjs for the CLI bundle (this code then runs from
 * dist/chunks/), dist/rows/worker.js beside the compiled library, or, when running the TypeScript
 * itself, a small bootstrap that registers tsx in the worker before loading worker.ts.
 */
export function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new URL("./worker-tsx.mjs", here);
  if (here.endsWith(".js")) return new URL("./worker.js", here);
  return new URL("../rows/worker.mjs", here);
}

/**
 * A fixed set of worker threads. They start booting at once, and are given the rule set later
 * (`load`), so a caller can start them before it loads and validates the rules and have both happen
 * at the same time. Tasks go to the least busy worker; callers keep order themselves by awaiting
 * results in the order they submitted them.
 */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failure: Error | undefined;
  private loaded = false;

  constructor(readonly size: number) {
    const url = workerUrl();
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(url), pending: new Set() };
      slot.worker.on("message", (m: { id: number; output?: ChunkOutput; error?: string }) => {
        slot.pending.delete(m.id);
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (m.error !== undefined) w?.reject(new Error(m.error));
        else w?.resolve(m.output!);
      });
      const fail = (err: Error) => {
        this.failure ??= err;
        for (const id of slot.pending) {
          this.waiting.get(id)?.reject(err);
          this.waiting.delete(id);
        }
        slot.pending.clear();
      };
      slot.worker.on("error", fail);
      slot.worker.on("exit", (code) => code !== 0 && fail(new Error(`A batch worker stopped with exit code ${code}`)));
      return slot;
    });
  }

  /** Gives every worker the rule set (once); each compiles it before its first task. */
  load(init: WorkerInit): void {
    if (this.loaded) throw new Error("The workers already have a rule set");
    this.loaded = true;
    const message: WorkerMessage = { init };
    for (const slot of this.slots) slot.worker.postMessage(message);
  }

  run(chunk: Chunk, mode: OutputMode): Promise<ChunkOutput> {
    if (!this.loaded) return Promise.reject(new Error("Give the workers a rule set (load) before any task"));
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    slot.pending.add(id);
    const message: WorkerMessage = { task: { id, chunk, mode } };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // A block's bytes have a buffer of their own: moved to the worker, not copied.
      slot.worker.postMessage(message, Array.isArray(chunk) ? [] : [chunk.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
