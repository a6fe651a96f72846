import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.ts";
import { parseCompanyInput } from "../../src/parse.ts";

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
});
