import { describe, expect, it } from "vitest";
import { parseConcurrency, prestartWorkers, takePrestartedWorkers } from "../../src/cli/batch-workers.ts";

describe("prestartWorkers", () => {
  it("starts the workers batch will ask for, which batch then takes once", async () => {
    const release = prestartWorkers(["companies.jsonl", "--concurrency", "3"]);
    expect(release).toBeTypeOf("function");
    expect(takePrestartedWorkers(2)).toBeUndefined(); // not the number asked for
    const pool = takePrestartedWorkers(3);
    expect(pool?.size).toBe(3);
    expect(takePrestartedWorkers(3)).toBeUndefined();
    await release!(); // taken: closing them is the taker's job
    await pool!.close();
  });

  it("reads --concurrency=N too, and closes workers nobody took", async () => {
    const release = prestartWorkers(["companies.jsonl", "--concurrency=1"]);
    await release!();
    expect(takePrestartedWorkers(1)).toBeUndefined();
  });

  it("starts nothing for --help, --concurrency 0 or a bad --concurrency (batch reports it)", () => {
    for (const argv of [["f.jsonl", "--help"], ["-h"], ["f.jsonl", "--concurrency", "0"], ["f.jsonl", "--concurrency", "x"], ["f.jsonl", "--concurrency=65"]]) {
      expect(prestartWorkers(argv)).toBeUndefined();
    }
  });
});

describe("parseConcurrency", () => {
  it("takes a whole number from 0 to 64", () => {
    expect(parseConcurrency(undefined)).toBeUndefined();
    expect(parseConcurrency("0")).toBe(0);
    expect(parseConcurrency("64")).toBe(64);
    expect(() => parseConcurrency("2.5")).toThrow('--concurrency takes a whole number from 0 to 64 (got "2.5")');
    expect(() => parseConcurrency("65")).toThrow('--concurrency takes a whole number from 0 to 64 (got "65")');
  });
});
