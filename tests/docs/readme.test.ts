import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const README = readFileSync("README.md", "utf8");
const PREFIX = "npm run --silent cli -- ";

/** The README's CLI commands, in order, as argument lists (double-quoted arguments kept whole). */
function readmeCommands(): string[][] {
  const commands: string[][] = [];
  for (const block of README.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split("\n")) {
      if (!line.startsWith(PREFIX)) continue;
      const args = [...line.slice(PREFIX.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      commands.push(args);
    }
  }
  return commands;
}

describe("README.md", () => {
  it("stays a front door of at most 200 lines", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(200);
  });

  it("links only documents that exist", () => {
    const links = [...README.matchAll(/\]\(((?:docs|fixtures)\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !existsSync(l))).toEqual([]);
  });

  it("names the two set-up commands and the test command", () => {
    expect(README).toContain("npm install ");
    expect(README).toContain("npm run --silent eval ");
    expect(README).toContain("npm test ");
  });

  it("runs every tour command as written, each exiting 0 with output", async () => {
    const commands = readmeCommands();
    expect(commands.map((c) => c[0])).toEqual(["classify", "classify", "classify", "batch", "taxonomy", "lint", "validate", "report", "suggest", "tune", "diff"]);
    const scratch = mkdtempSync(join(tmpdir(), "valuechain-readme-"));
    for (const command of commands) {
      const args = command.map((a) => a.replace(/^\/tmp\/valuechain-/, `${scratch}/`));
      const run = await runCli(args);
      expect({ command: command.join(" "), code: run.code, stderr: run.code === 0 ? "" : run.stderr }).toEqual({ command: command.join(" "), code: 0, stderr: "" });
      if (!args.includes("--output")) expect(run.stdout.length).toBeGreaterThan(0);
    }
    expect(readFileSync(join(scratch, "out.csv"), "utf8").split("\n").length).toBeGreaterThan(100);
  }, 600_000);

  it("the bakery abstains because AI is only used internally", async () => {
    const run = await runCli(["classify", "--json", "A family bakery in Leeds. We use an AI tool to plan our ovens."]);
    const result = JSON.parse(run.stdout) as { primaryDomain: string | null; abstain?: { reason: string } };
    expect(result.primaryDomain).toBeNull();
    expect(result.abstain?.reason).toBe("ai-used-internally");
  });
});
