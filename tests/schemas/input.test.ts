import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.ts";
import { parseCompanyInput } from "../../src/core/parse.ts";
import { CompanyInput } from "../../src/schemas/input.ts";

function issuesOf(input: unknown) {
  try {
    parseCompanyInput(input);
  } catch (err) {
    if (err instanceof InputError) return err.issues;
    throw err;
  }
  throw new Error("expected an InputError");
}

describe("parseCompanyInput", () => {
  it("accepts text, answers, or both", () => {
    expect(parseCompanyInput({ description: "GPU cloud." })).toEqual({ description: "GPU cloud." });
    expect(parseCompanyInput({ answers: { offerings: ["api"] } })).toEqual({ answers: { offerings: ["api"] } });
    expect(parseCompanyInput({ id: 7, description: "x" }).id).toBe("7");
  });

  it.each([
    ["empty object", {}, [{ path: "(root)", message: "Empty input: give a description, answers, or both" }]],
    ["blank text and empty answers", { description: "  ", answers: {} }, [{ path: "(root)", message: "Empty input: give a description, answers, or both" }]],
    ["not an object", "GPU cloud", [{ path: "(root)", message: "Expected an object, got text" }]],
    ["over-long description", { description: "a".repeat(20_001) }, [{ path: "description", message: "Too long: description has at most 20000 characters" }]],
    ["unknown field", { description: "x", website: "y" }, [{ path: "(root)", message: "Unknown field: website" }]],
  ])("rejects %s", (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it("lists every problem at once, each with its path", () => {
    expect(
      issuesOf({ description: 5, answers: { offerings: ["api", "crypto"], customers: "smb", industry: 3 } }),
    ).toEqual([
      { path: "description", message: "Expected text, got a number" },
      {
        path: "answers.offerings[1]",
        message: 'Unknown value "crypto": expected one of api, saas, platform, agent, marketplace, consumer-app, hardware, compute, dataset, consulting, open-source',
      },
      { path: "answers.customers", message: "Expected a list, got text" },
      { path: "answers.industry", message: "Expected text, got a number" },
    ]);
  });

  it("names the error in its message", () => {
    expect(() => parseCompanyInput({ answers: { revenueModels: ["barter"] } })).toThrow(
      'Invalid input: answers.revenueModels[0]: Unknown value "barter": expected one of subscription, usage-based',
    );
  });

  it("takes a plain description row without the schema only when the schema would give the same", () => {
    // Every combination of these values for id, name and description, plus extra keys: the fast
    // path and CompanyInput must agree on each (same result, or both reject).
    const texts = [undefined, "", "  ", "GPU cloud", "a".repeat(200), "a".repeat(201), "a".repeat(500), "a".repeat(501), "a".repeat(20_000), "a".repeat(20_001), 5, null, ["x"], {}];
    const rows: unknown[] = [];
    for (const id of texts) for (const name of texts) for (const description of texts) {
      const row: Record<string, unknown> = {};
      if (id !== undefined) row.id = id;
      if (name !== undefined) row.name = name;
      if (description !== undefined) row.description = description;
      rows.push(row, { ...row, website: "x" }, { ...row, answers: { offerings: ["api"] } });
    }
    rows.push(JSON.parse('{"__proto__": {"x": 1}, "description": "GPU cloud"}'), Object.assign(Object.create(null), { description: "GPU cloud" }), "GPU cloud", null, [{ description: "x" }]);
    let accepted = 0;
    for (const row of rows) {
      const schema = CompanyInput.safeParse(row);
      let parsed: unknown;
      try {
        parsed = parseCompanyInput(row);
        accepted++;
      } catch (err) {
        expect(err, JSON.stringify(row)).toBeInstanceOf(InputError);
        expect(schema.success, JSON.stringify(row)).toBe(false);
        continue;
      }
      expect(schema.success, JSON.stringify(row)).toBe(true);
      expect(parsed, JSON.stringify(row)).toEqual(schema.data);
    }
    expect(rows.length).toBe(14 ** 3 * 3 + 5);
    expect(accepted).toBeGreaterThan(500);
  });
});
