import { spawnSync } from "node:child_process";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runClassify } from "../../src/cli/classify.ts";
import { classifyCommand } from "../../src/cli/commands/classify.ts";
import { parseCommandArgs } from "../../src/cli/parse.ts";
import { runCli } from "../helpers/cli.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

/** Runs `classify` in this process with a terminal made of streams: `typed` is what the user types. */
async function askOnTerminal(args: string[], typed: string): Promise<{ code: number; stdout: string; prompts: string }> {
  let stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation(((chunk: string, cb?: () => void) => {
    stdout += chunk;
    cb?.();
    return true;
  }) as typeof process.stdout.write);
  const input = new PassThrough();
  const output = new PassThrough();
  let prompts = "";
  output.on("data", (d) => (prompts += d));
  input.end(typed);
  const code = await runClassify(parseCommandArgs(classifyCommand, args), { input, output });
  return { code, stdout, prompts };
}

afterEach(() => vi.restoreAllMocks());

describe("classify --ask", () => {
  it("on a terminal asks each question with numbered choices and classifies again with the answers", async () => {
    const r = await askOnTerminal(["--ask", "An AI startup."], "3\n\n1\n");
    expect(r.code).toBe(0);
    expect(r.prompts).toContain("What do you sell?\n  1) Software as a service → AI-Powered SaaS (0.47)\n  2) Compute (GPUs, cloud) → AI Infrastructure (IaaS) (0.51)\n  3) AI agents → AI Agents (0.50)\n");
    expect(r.prompts).toContain("How do you charge?\n  1) Advertising → Ad-Supported AI Platforms (0.47)\n  2) Data licensing → Data Monetization (0.47)\n  3) Pay-per-query → Data Monetization (0.47)\nChoose 1–3 (Enter skips): ");
    expect(r.prompts).toContain('With your answers {"offerings":["agent"],"revenueModels":["advertising"]}:');
    const [first, second] = r.stdout.split(/(?=Primary domain:)/);
    expect(first).toContain("Primary domain: none — abstain (too-little-evidence)");
    expect(second).toContain("Primary domain: AI Agents [ai-agents]  confidence 0.47");
  });

  it("asks again after a reply that is no choice, and classifies once when every question is skipped", async () => {
    const r = await askOnTerminal(["--ask", "An AI startup."], "9\n\n\n\n");
    expect(r.prompts).toContain("Not a choice: 9\nChoose 1–6 (Enter skips): ");
    expect(r.prompts).not.toContain("With your answers");
    expect(r.stdout.match(/Primary domain:/g)).toHaveLength(1);
  });

  it("asks nothing when the result is clear", async () => {
    const r = await askOnTerminal(["--ask", "We rent H100 GPU clusters by the hour."], "1\n");
    expect(r.prompts).toBe("");
    expect(r.stdout).toContain("Primary domain: AI Infrastructure (IaaS) [ai-infrastructure]");
  });

  it("not on a terminal prints the questions after the result, with the values --answers takes", async () => {
    const r = await runCli(["classify", "--ask", "An AI startup."]);
    expect(r.code).toBe(0);
    expect(r.stdout.slice(r.stdout.indexOf("\nQuestions"))).toBe(
      [
        "",
        "Questions (answer them with --answers to sharpen the result):",
        "  What do you sell? (offerings)",
        "    saas         Software as a service → AI-Powered SaaS (0.47)",
        "    compute      Compute (GPUs, cloud) → AI Infrastructure (IaaS) (0.51)",
        "    agent        AI agents → AI Agents (0.50)",
        "    marketplace  A marketplace → AI-Powered Marketplaces (0.50)",
        "    dataset      Datasets → Data Monetization (0.47)",
        "    hardware     Hardware → Deep Learning (DL) (0.47)",
        "  What does your AI do? (capabilities)",
        "    text-generation  Generates text → Generative AI (0.49)",
        "    automation       Automates tasks → AI Agents (0.47)",
        "    recommendation   Recommends → AI-Powered Marketplaces (0.47)",
        "    data-labeling    Labels data → Data Monetization (0.47)",
        "    computer-vision  Sees (computer vision) → Deep Learning (DL) (0.47)",
        "    prediction       Predicts (forecasts, scores, detects) → Machine Learning (ML) (0.47)",
        "  How do you charge? (revenueModels)",
        "    advertising     Advertising → Ad-Supported AI Platforms (0.47)",
        "    data-licensing  Data licensing → Data Monetization (0.47)",
        "    pay-per-query   Pay-per-query → Data Monetization (0.47)",
        "",
      ].join("\n"),
    );
  });

  it("with --json not on a terminal prints the classification and the questions as one object", async () => {
    const r = await runCli(["classify", "--ask", "--json", "An AI startup."]);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["classification", "questions"]);
    expect(out.classification.abstain.reason).toBe("too-little-evidence");
    expect(out.questions.map((q: { field: string }) => q.field)).toEqual(["offerings", "capabilities", "revenueModels"]);
  });

  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("in a real pseudo-terminal (script) reads the answers typed", () => {
    const run = spawnSync("script", ["-qc", `"${process.execPath}" "${TSX}" src/cli/main.ts classify --ask "An AI startup."`, "/dev/null"], {
      cwd: ROOT,
      input: "3\n\n1\n",
      env: { ...process.env, NO_COLOR: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    const out = run.stdout.replace(/\r\n/g, "\n");
    expect(out).toContain("Choose 1–6 (Enter skips): ");
    expect(out).toContain('With your answers {"offerings":["agent"],"revenueModels":["advertising"]}:');
    expect(out).toContain("Primary domain: AI Agents [ai-agents]  confidence 0.47");
  }, 60_000);
});
