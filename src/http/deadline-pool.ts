import { Worker } from "node:worker_threads";
import type { Classifier } from "../core/index.ts";
import { workerUrl, type Chunk, type ChunkOutput, type WorkerMessage } from "../rows/index.ts";

/** Why a job got no answer: its deadline passed, or too many jobs were already waiting. */
export class JobRefused extends Error {
  constructor(readonly reason: "deadline" | "queue-full") {
    super(reason === "deadline" ? "The deadline passed before the classification finished" : "Too many large requests are waiting");
    this.name = "JobRefused";
  }
}

interface Job {
  classifier: Classifier;
  chunk: Chunk;
  resolve(output: ChunkOutput): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  /** The rule set version the worker holds. */
  version?: string;
  job?: Job;
}

/**
 * Worker threads that classify rows off the event loop, one job per worker at a time, each job
 * with a deadline. A job still waiting at its deadline is dropped; one still running has its worker
 * terminated and replaced, so a pathological input costs at most its deadline. Workers start on
 * first use and are given the rule set of each job's classifier, so a reload reaches them too.
 */
export class DeadlinePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number,
    readonly queueLength: number,
  ) {}

  /** A chunk's JSON Lines and counts (serialised on the worker: the event loop only forwards the bytes). */
  run(classifier: Classifier, chunk: Chunk, deadlineMs: number): Promise<ChunkOutput> {
    if (this.closed) return Promise.reject(new Error("The worker pool is closed"));
    if (this.queue.length >= this.queueLength) return Promise.reject(new JobRefused("queue-full"));
    return new Promise((resolve, reject) => {
      const job: Job = { classifier, chunk, resolve, reject, timer: setTimeout(() => this.expire(job), deadlineMs) };
      this.queue.push(job);
      this.dispatch();
    });
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: new Worker(workerUrl()) };
    slot.worker.unref();
    slot.worker.on("message", (m: { output?: ChunkOutput; error?: string }) => {
      const job = slot.job;
      if (job === undefined) return;
      this.finish(slot, job);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.output!);
    });
    const fail = (err: Error) => {
      const job = slot.job;
      this.replace(slot);
      if (job) {
        clearTimeout(job.timer);
        job.reject(err);
      }
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (slot.job !== undefined) fail(new Error(`A classify worker stopped with exit code ${code}`));
    });
    return slot;
  }

  private finish(slot: Slot, job: Job): void {
    clearTimeout(job.timer);
    slot.job = undefined;
    this.dispatch();
  }

  /** Puts a fresh worker in place of one that was terminated or failed. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    slot.job = undefined;
    void slot.worker.terminate();
    if (index >= 0) this.slots.splice(index, 1);
    this.dispatch();
  }

  private expire(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    else if (job.slot?.job === job) this.replace(job.slot);
    job.reject(new JobRefused("deadline"));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.job === undefined);
      if (slot === undefined) {
        if (this.slots.length >= this.size) return;
        slot = this.startSlot();
        this.slots.push(slot);
      }
      const job = this.queue.shift()!;
      slot.job = job;
      job.slot = slot;
      if (slot.version !== job.classifier.rulesVersion) {
        const init: WorkerMessage = { init: { ruleSet: job.classifier.ruleSet, engine: job.classifier.engine } };
        slot.worker.postMessage(init);
        slot.version = job.classifier.rulesVersion;
      }
      const task: WorkerMessage = { task: { id: this.nextId++, chunk: job.chunk, mode: "jsonl" } };
      // A block of JSON Lines has a buffer of its own: moved to the worker, not copied.
      slot.worker.postMessage(task, Array.isArray(job.chunk) ? [] : [job.chunk.bytes.buffer as ArrayBuffer]);
    }
  }

  /** Terminates the workers; jobs still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const jobs = [...this.queue.splice(0), ...this.slots.flatMap((s) => (s.job ? [s.job] : []))];
    for (const job of jobs) {
      clearTimeout(job.timer);
      job.reject(new Error("The server is shutting down"));
    }
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
