import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.ts";
import { renderCliMarkdown, runExamples } from "../../src/cli/docs.ts";

describe("docs/cli.md", () => {
  it("is what the command definitions generate today (run npm run docs after changing a command)", () => {
    expect(readFileSync("docs/cli.md", "utf8")).toBe(renderCliMarkdown(COMMANDS, runExamples(COMMANDS)));
  });

  it("documents every option of every command with its default", () => {
    const doc = renderCliMarkdown(COMMANDS, new Map([["taxonomy", "Domains (11):"]]));
    expect(doc).toContain("| `--engine compiled\\|reference` | `compiled` | compiled: the rules compiled to plain functions;");
    expect(doc).toContain("| `--concurrency N` | the number of cores | worker threads, 0 to 64 (0: classify on the main thread). |");
    expect(doc).toContain("| `--against DIR` | required | the rules to compare with (the old ones). |");
    for (const c of COMMANDS) expect(doc).toContain(`\n## ${c.name}\n`);
    expect(doc).toContain("The ids and names, as tables:\n\n```sh\nvaluechain taxonomy\n```\n\n```text\nDomains (11):\n```\n");
  });
});
