import { stringify as library } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "../../src/web/lib/csv-stringify.ts";

describe("the batch page's CSV writer", () => {
  it("writes what csv-stringify writes, for records of strings and numbers", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", " ", ",", '"', "\n", "\r", "\t", ";", "=", "'", "😀") });
    const value = fc.oneof(text, fc.double({ noNaN: true }), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { maxLength: 5 }), (records) => {
        expect(stringify(records)).toBe(library(records));
      }),
      { numRuns: 2000, seed: 16 },
    );
  });
});
