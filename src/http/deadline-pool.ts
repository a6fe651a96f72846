import { Worker } from "node:worker_threads";
import type { Classifier } from "../core/index.ts";
import { workerUrl, type Chunk, type ChunkOutput, type WorkerData, type WorkerMessage } from "../rows/index.ts";

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
  /** The rule set version the worker holds (or is being given). */
  version?: string;
  /** Whether the worker has compiled that rule set: a job goes only to a ready worker. */
  ready: boolean;
  job?: Job;
}

/**
 * Worker threads that classify rows off the event loop, one job per worker at a time, each job
 * with a deadline. A job still waiting at its deadline is dropped; one still running has its worker
 * terminated and replaced, so a pathological input costs at most its deadline. Workers are given
 * the rule set of each job's classifier, so a reload reaches them too. A job goes only to a worker
 * that is ready (rules compiled, language detector loaded): it waits in the queue meanwhile, so a
 * job never pays a worker's start against its own deadline, and a worker is never terminated for a
 * job it had not begun (which on a busy machine would start the next worker late again, and so on).
 * Workers start on first use, or ahead of it with `warm` (a server does, at start); one terminated
 * at a deadline is then replaced at once.
 */
export class DeadlinePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private started = 0;
  private anyReady = false;
  /** Set by warm: the classifier whose rules a fresh worker is given at once (the last job's). */
  private warmWith: Classifier | undefined;

  constructor(
    readonly size: number,
    readonly queueLength: number,
    /** Nice steps the workers run below the process (WorkerData.niceness). */
    readonly niceness = 0,
  ) {}

  /** How many workers were started so far (each replacement counts). */
  get workersStarted(): number {
    return this.started;
  }

  /** Whether workers were started (warm) and none has been ready yet: large requests would wait for one. */
  get warmingUp(): boolean {
    return this.slots.length > 0 && !this.anyReady;
  }

  /** Starts every worker now and gives it the classifier's rules; workers replaced later start the same way. */
  warm(classifier: Classifier): void {
    this.warmWith = classifier;
    while (!this.closed && this.slots.length < this.size) this.slots.push(this.startSlot());
  }

  /** A chunk's JSON Lines and counts (serialised on the worker: the event loop only forwards the bytes). */
  run(classifier: Classifier, chunk: Chunk, deadlineMs: number): Promise<ChunkOutput> {
    if (this.closed) return Promise.reject(new Error("The worker pool is closed"));
    if (this.queue.length >= this.queueLength) return Promise.reject(new JobRefused("queue-full"));
    if (this.warmWith !== undefined) this.warmWith = classifier;
    return new Promise((resolve, reject) => {
      const job: Job = { classifier, chunk, resolve, reject, timer: setTimeout(() => this.expire(job), deadlineMs) };
      this.queue.push(job);
      this.dispatch();
    });
  }

  private startSlot(classifier = this.warmWith): Slot {
    const slot: Slot = { worker: new Worker(workerUrl(), { workerData: { niceness: this.niceness } satisfies WorkerData }), ready: false };
    this.started++;
    slot.worker.unref();
    slot.worker.on("message", (m: { output?: ChunkOutput; error?: string; ready?: true }) => {
      if (m.ready) {
        slot.ready = true;
        this.anyReady = true;
        this.dispatch();
        return;
      }
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
    if (classifier !== undefined) this.init(slot, classifier);
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
    if (this.warmWith !== undefined && !this.closed && this.slots.length < this.size) this.slots.push(this.startSlot());
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
      const next = this.queue[0]!;
      const version = next.classifier.rulesVersion;
      const slot = this.slots.find((s) => s.job === undefined && s.ready && s.version === version);
      if (slot === undefined) {
        // As many workers made ready for this rule set as jobs wait: an idle one on another rule set, else a new one.
        if (this.slots.filter((s) => !s.ready && s.version === version).length >= this.queue.length) return;
        const other = this.slots.find((s) => s.job === undefined && s.ready);
        if (other !== undefined) this.init(other, next.classifier);
        else if (this.slots.length < this.size) this.slots.push(this.startSlot(next.classifier));
        else return;
        continue;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      job.slot = slot;
      const task: WorkerMessage = { task: { id: this.nextId++, chunk: job.chunk, mode: "jsonl" } };
      // A block of JSON Lines has a buffer of its own: moved to the worker, not copied.
      slot.worker.postMessage(task, Array.isArray(job.chunk) ? [] : [job.chunk.bytes.buffer as ArrayBuffer]);
    }
  }

  private init(slot: Slot, classifier: Classifier): void {
    const init: WorkerMessage = { init: { ruleSet: classifier.ruleSet, engine: classifier.engine, warm: true } };
    slot.worker.postMessage(init);
    slot.version = classifier.rulesVersion;
    slot.ready = false;
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
