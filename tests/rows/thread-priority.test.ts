import { getPriority } from "node:os";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { lowerThreadPriority } from "../../src/rows/thread-priority.ts";

/** A worker thread's nice value as the thread itself reads it, after lowering it by `steps`. */
async function niceInWorker(steps: number): Promise<{ lowered: boolean; nice: number }> {
  const url = new URL("../../src/rows/thread-priority.ts", import.meta.url).href;
  const code = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url)}); }).then(({ lowerThreadPriority }) => {
    const { parentPort, workerData } = require("node:worker_threads");
    const lowered = lowerThreadPriority(workerData);
    parentPort.postMessage({ lowered, nice: require("node:os").getPriority(0) });
  });`;
  const worker = new Worker(code, { eval: true, workerData: steps });
  const result = await new Promise<{ lowered: boolean; nice: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  return result;
}

describe.runIf(process.platform === "linux")("lowerThreadPriority", () => {
  it("lowers only the calling thread: the worker runs nice steps below, the process's main thread is unchanged", async () => {
    const before = getPriority(0);
    const result = await niceInWorker(10);
    expect(result).toEqual({ lowered: true, nice: Math.min(19, before + 10) });
    expect(getPriority(0)).toBe(before);
  });

  it("changes nothing for 0 steps", async () => {
    expect(await niceInWorker(0)).toEqual({ lowered: false, nice: getPriority(0) });
    expect(lowerThreadPriority(0)).toBe(false);
  });
});
