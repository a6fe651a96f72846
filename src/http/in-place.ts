import { JobRefused } from "./deadline-pool.ts";

interface Job {
  run(): unknown;
  resolve(value: unknown): void;
  reject(err: Error): void;
  /** performance.now() past which the job is refused instead of run. */
  deadline: number;
}

/**
 * The small requests classified on the event loop, run in turns of at most `turnMs`: a job is
 * queued when its request has been read, and the queue is worked through from setImmediate, a turn
 * at a time, so that between two turns the loop reads sockets again. Under a steady stream of small
 * requests, `/healthz` (and every other request's parsing) waits for one turn, not for every request
 * that arrived with it. Jobs run in arrival order; one still waiting at its deadline is refused
 * (JobRefused "deadline", answered 503 like a late worker job) and never run.
 */
export class InPlaceQueue {
  private readonly jobs: Job[] = [];
  private head = 0;
  private scheduled = false;

  constructor(readonly turnMs: number) {}

  /** `run`'s value (or failure), once the queue reaches it within `deadlineMs`. */
  run<T>(run: () => T | Promise<T>, deadlineMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ run, resolve: resolve as (value: unknown) => void, reject, deadline: performance.now() + deadlineMs });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.turn);
      }
    });
  }

  /** Jobs waiting. */
  get length(): number {
    return this.jobs.length - this.head;
  }

  private readonly turn = (): void => {
    const start = performance.now();
    let now = start;
    // At least one job a turn, however slow the last one was.
    do {
      const job = this.jobs[this.head]!;
      this.jobs[this.head++] = undefined as unknown as Job;
      if (now > job.deadline) job.reject(new JobRefused("deadline"));
      else {
        try {
          job.resolve(job.run());
        } catch (err) {
          job.reject(err as Error);
        }
      }
      now = performance.now();
    } while (this.head < this.jobs.length && now - start < this.turnMs);
    if (this.head === this.jobs.length) {
      this.jobs.length = 0;
      this.head = 0;
      this.scheduled = false;
    } else {
      if (this.head > 1024) {
        this.jobs.splice(0, this.head);
        this.head = 0;
      }
      setImmediate(this.turn);
    }
  };
}
