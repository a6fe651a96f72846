import { describe, expect, it } from "vitest";
import { parseConcurrency, prestartWorkers, takePrestartedWorkers } from "../../src/cli/batch-workers.ts";

describe("prestartWorkers", () => {
  it("starts the workers batch will ask for, which batch then takes once", async () => {
    const release = prestartWorkers("3");
    expect(release).toBeTypeOf("function");
    expect(takePrestartedWorkers(2)).toBeUndefined(); // not the number asked for
    const pool = takePrestartedWorkers(3);
    expect(pool?.size).toBe(3);
    expect(takePrestartedWorkers(3)).toBeUndefined();
    await release!(); // taken: closing them is the taker's job
    await pool!.close();
  });

  it("closes workers nobody took", async () => {
    const release = prestartWorkers("1");
    await release!();
    expect(takePrestartedWorkers(1)).toBeUndefined();
  });

  it.each(["0", "x", "65"])("starts nothing for --concurrency %s (batch reports a bad value)", (value) => {
    expect(prestartWorkers(value)).toBeUndefined();
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
