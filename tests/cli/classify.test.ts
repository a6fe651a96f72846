import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Classification } from "../../src/schemas/result.ts";
import { runCli } from "../helpers/cli.ts";

describe("valuechain classify", () => {
  it("prints a readable summary", async () => {
    const r = await runCli(["classify", "We rent H100 clusters by the hour to AI labs."]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Primary domain: AI Infrastructure (IaaS) [ai-infrastructure]  confidence 0.81");
    expect(r.stdout).toMatch(/stated\s+pay-as-you-go\s+Meters use of compute or storage {2}← "by the hour"/);
    expect(r.stdout).toMatch(/suggested subscription/);
    expect(r.stdout).toContain('"H100" (gpu-compute)');
  });

  it("reads the description from stdin and prints the Classification as JSON", async () => {
    const r = await runCli(["classify", "--json", "-"], { stdin: "Vector database for LLM apps, usage-based pricing." });
    expect(r.code).toBe(0);
    const result = Classification.parse(JSON.parse(r.stdout));
    expect(result.primaryDomain).toBe("rag");
    expect(result.revenueModels[0]).toMatchObject({ id: "usage-based", source: "stated" });
  });

  it("combines text with --answers, inline or from a file", async () => {
    const answers = '{"offerings":["saas"],"capabilities":["prediction"],"industry":"healthcare"}';
    const inline = await runCli(["classify", "--json", "Helps hospitals cut no-shows.", "--answers", answers]);
    const dir = mkdtempSync(join(tmpdir(), "vc-"));
    writeFileSync(join(dir, "a.json"), answers);
    const fromFile = await runCli(["classify", "--json", "Helps hospitals cut no-shows.", "--answers", `@${join(dir, "a.json")}`]);
    expect(JSON.parse(inline.stdout).primaryDomain).toBe("ai-saas");
    expect(JSON.parse(fromFile.stdout)).toEqual(JSON.parse(inline.stdout));
  });

  it("abstains for a company with no AI business", async () => {
    const r = await runCli(["classify", "A family bakery selling sourdough bread."]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Primary domain: none — abstain (no-ai-signal): No sign of an AI business: nothing in the text names AI, machine learning or an AI capability");
  });

  it("says when a business only uses AI", async () => {
    const r = await runCli(["classify", "We are a law firm; our lawyers draft letters with generative AI."]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Primary domain: none — abstain (ai-used-internally): The text describes a business that uses AI ("law firm", "our lawyers"), not one whose product is AI');
  });

  it.each([
    [["classify", "--answers", '{"offerings":["crypto"],"industry":3}'], 'Invalid input:\n  ✖ answers.offerings[0]: Unknown value "crypto": expected one of api, saas, platform, agent, marketplace, consumer-app, hardware, compute, dataset, consulting, open-source\n  ✖ answers.industry: Expected text, got a number\n'],
    [["classify", "-"], "Invalid input:\n  ✖ (root): Empty input: give a description, answers, or both\n"],
    [["classify", "x".repeat(20_001)], "Invalid input:\n  ✖ description: Too long: description has at most 20000 characters\n"],
    [["classify", "GPU cloud", "--answers", "{oops"], expect.stringMatching(/^Invalid input:\n {2}✖ answers: Not valid JSON: /)],
  ])("exit 1 for invalid input %#, problems on stderr, nothing on stdout", async (args, stderr) => {
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toEqual(stderr);
  });

  it.each([
    [["classify"], "Missing TEXT: give a description, '-' to read stdin, or --answers"],
    [["classify", "a", "b"], 'Unexpected argument "b": classify takes only TEXT (quote text that has spaces)'],
    [["classify", "x", "--engine", "fast"], 'Unknown --engine "fast": expected compiled or reference'],
    [["classify", "x", "--answers", "@/nonexistent.json"], "Cannot read --answers file /nonexistent.json: ENOENT"],
    [["frobnicate"], 'Unknown command "frobnicate"'],
  ])("exit 2 for a usage error: %j", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
  });

  it("--engine reference gives the same answer as the compiled default", async () => {
    const text = "AI agents that resolve support tickets; per agent pricing.";
    const [a, b] = await Promise.all([runCli(["classify", "--json", text]), runCli(["classify", "--json", "--engine", "reference", text])]);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  });
});
