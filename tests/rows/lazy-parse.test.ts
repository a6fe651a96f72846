import { describe, expect, it } from "vitest";
import { lazyInputParser } from "../../src/rows/lazy-parse.ts";
import { InputError } from "../../src/errors.ts";
import { parseCompanyInput } from "../../src/core/parse.ts";

describe("lazyInputParser", () => {
  it("takes a plain row at once, with nothing to wait for", () => {
    const parse = lazyInputParser();
    const row = { id: "a", name: "Acme", description: "We rent GPUs." };
    expect(parse.ready!(row)).toBeUndefined();
    expect(parse(row)).toEqual(row);
  });

  it("asks to wait for the schema before any other input, and says so if not awaited", () => {
    const parse = lazyInputParser();
    const input = { description: "x", answers: { offerings: ["api"] } };
    expect(() => parse(input)).toThrow("Await ready(input) before parsing this input: CompanyInput's schema is not loaded yet");
    const loading = parse.ready!(input);
    expect(loading).toBeInstanceOf(Promise);
    expect(parse.ready!({ id: 7, description: "x" })).toBe(loading); // loads once
  });

  it("once loaded, parses and rejects exactly as parseCompanyInput does", async () => {
    const parse = lazyInputParser();
    const inputs: unknown[] = [{ description: "x", answers: { offerings: ["api"] } }, { id: 7, description: "GPU cloud" }, {}, { answers: { revenueModels: ["barter"] } }, "text", null];
    await parse.ready!(inputs[0]);
    for (const input of inputs) {
      expect(parse.ready!(input)).toBeUndefined();
      let expected: unknown;
      try {
        expected = parseCompanyInput(input);
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        expect(() => parse(input)).toThrow((err as InputError).message);
        continue;
      }
      expect(parse(input)).toEqual(expected);
    }
  });
});
