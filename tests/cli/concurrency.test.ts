import { describe, expect, it } from "vitest";
import { parseConcurrency } from "../../src/cli/concurrency.ts";

describe("parseConcurrency", () => {
  it("takes a whole number from 0 to 64", () => {
    expect(parseConcurrency(undefined)).toBeUndefined();
    expect(parseConcurrency("0")).toBe(0);
    expect(parseConcurrency("64")).toBe(64);
    expect(() => parseConcurrency("2.5")).toThrow('--concurrency takes a whole number from 0 to 64 (got "2.5")');
    expect(() => parseConcurrency("65")).toThrow('--concurrency takes a whole number from 0 to 64 (got "65")');
  });
});
