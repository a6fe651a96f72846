import { readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { DeadlinePool, JobRefused } from "../../src/http/deadline-pool.ts";
import { builtIn } from "../helpers/classifier.ts";

const rows = [{ line: 1, id: "1", input: { description: "We rent H100 GPU clusters by the hour to AI labs." } }];
const pools: DeadlinePool[] = [];
const pool = (size: number) => {
  const p = new DeadlinePool(size, 8);
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe("the worker pool gives a job only to a ready worker (issue 17, item 1)", () => {
  it("a job whose deadline passes while its worker starts is refused from the queue, and the worker is kept for the next job", async () => {
    const p = pool(1);
    const classifier = builtIn();
    await expect(p.run(classifier, rows, 1)).rejects.toEqual(new JobRefused("deadline"));
    const output = await p.run(classifier, rows, 60_000);
    expect(new TextDecoder().decode(output.bytes)).toContain('"primaryDomain":"ai-infrastructure"');
    expect(p.workersStarted).toBe(1);
  });

  it("warm starts every worker at once, and a job sent before they are ready waits for one", async () => {
    const p = pool(2);
    const classifier = builtIn();
    p.warm(classifier);
    expect(p.workersStarted).toBe(2);
    const [a, b] = await Promise.all([p.run(classifier, rows, 60_000), p.run(classifier, rows, 60_000)]);
    expect(a.stats.classified + b.stats.classified).toBe(2);
    expect(p.workersStarted).toBe(2);
  });
});

/** The nice value of each of this process's threads (field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe.runIf(process.platform === "linux")("the pool's workers run below the event loop", () => {
  it("a pool made with 7 nice steps has a worker thread 7 steps below the main thread, which keeps its own", async () => {
    const base = getPriority(0);
    const p = new DeadlinePool(1, 8, 7);
    pools.push(p);
    expect(threadNiceValues()).not.toContain(base + 7);
    await p.run(builtIn(), rows, 60_000);
    expect(threadNiceValues()).toContain(base + 7);
    expect(getPriority(0)).toBe(base);
  });
});
