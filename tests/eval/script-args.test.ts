import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

/** Runs an npm script's file as `npm run` does: with tsx, from the repository root. */
const run = (script: string, args: string[]) => spawnSync(process.execPath, [TSX, script, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

describe("the npm scripts' options (scripts/args.ts)", () => {
  // node:util's message; with positionals allowed it says how to pass one that starts with "-".
  const POSITIONAL = ". To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--rule\"";
  it.each([
    ["scripts/corpus/figures.ts", "--help", "", "Usage: npm run corpus:figures -- --corpus DIR [--part dev|test] [--rules DIR] [--json | --write]"],
    ["scripts/corpus/sample.ts", "--seeds", "", "Usage: npm run corpus:sample -- --corpus DIR [--n N] [--seed S] [--part dev|test] [--ai-only]"],
    ["scripts/corpus/build.ts", "--mirrors", "", "Usage: npm run corpus:build -- --mirror DIR --out DIR [--mapping FILE]"],
    ["scripts/calibrate.ts", "--rule", POSITIONAL, "Usage: npm run rules:calibrate -- [--rules RULES_DIR] CURVE_DIR [DIR...]"],
  ])("%s refuses the unknown option %s with one message, the usage line and exit 2", (script, option, more, usage) => {
    const r = run(script, [option]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`Unknown option '${option}'${more}\n${usage}\n`);
  });

  it("refuses an option given without its value", () => {
    const r = run("scripts/corpus/figures.ts", ["--corpus"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("Option '--corpus <value>' argument missing\nUsage: npm run corpus:figures -- --corpus DIR [--part dev|test] [--rules DIR] [--json | --write]\n");
  });
});
