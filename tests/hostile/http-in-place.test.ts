import { describe, expect, it } from "vitest";
import { JobRefused } from "../../src/http/deadline-pool.ts";
import { InPlaceQueue } from "../../src/http/in-place.ts";

/** Busy for `ms` of wall time, as a classification holds the event loop. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Three jobs, each of which queues an I/O-like callback (setImmediate) when it runs; the order everything ran in. */
async function interleaving(turnMs: number): Promise<string[]> {
  const queue = new InPlaceQueue(turnMs);
  const log: string[] = [];
  const jobs = [1, 2, 3].map((i) =>
    queue.run(() => {
      log.push(`job${i}`);
      setImmediate(() => log.push(`io${i}`));
      return i;
    }, 60_000),
  );
  expect(await Promise.all(jobs)).toEqual([1, 2, 3]);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return log;
}

describe("small requests run on the event loop in bounded turns (issue 17, item 1)", () => {
  it("runs jobs in arrival order, and lets the loop turn between turns: at least one job a turn", async () => {
    // A turn of 0 ms still runs one job, then lets callbacks queued meanwhile run.
    expect(await interleaving(0)).toEqual(["job1", "io1", "job2", "io2", "job3", "io3"]);
    // A long turn runs every job before anything else.
    expect(await interleaving(60_000)).toEqual(["job1", "job2", "job3", "io1", "io2", "io3"]);
  });

  it("ends a turn once it has run for turnMs", async () => {
    const queue = new InPlaceQueue(10);
    const log: string[] = [];
    const jobs = [1, 2, 3, 4].map((i) =>
      queue.run(() => {
        log.push(`job${i}`);
        setImmediate(() => log.push(`io${i}`));
        busy(6);
      }, 60_000),
    );
    await Promise.all(jobs);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // 6 ms jobs in 10 ms turns: a turn holds two jobs at most, so the first job's callback runs before the fourth job.
    expect(log.indexOf("io1")).toBeGreaterThan(log.indexOf("job1"));
    expect(log.indexOf("io1")).toBeLessThan(log.indexOf("job3"));
  });

  it("refuses a job still queued at its deadline without running it, and hands on a job's failure", async () => {
    const queue = new InPlaceQueue(0);
    let ranLate = false;
    const first = queue.run(() => busy(30), 60_000);
    const late = queue.run(() => (ranLate = true), 5);
    const failing = queue.run(() => {
      throw new Error("bad row");
    }, 60_000);
    await first;
    await expect(late).rejects.toEqual(new JobRefused("deadline"));
    await expect(failing).rejects.toThrow("bad row");
    expect(ranLate).toBe(false);
    expect(queue.length).toBe(0);
  });
});
