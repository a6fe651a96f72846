import { describe, expect, it } from "vitest";
import { defineCommand } from "../../src/cli/command.ts";
import { parseCommandArgs, wantsHelp } from "../../src/cli/parse.ts";

const command = defineCommand({
  name: "demo",
  description: "a command to parse against",
  args: [{ name: "FILE", description: "a file" }],
  options: {
    fixtures: { type: "string", multiple: true, description: "repeatable" },
    format: { type: "string", values: ["table", "json"], default: "table", description: "enum" },
    seed: { type: "string", description: "a number" },
    json: { type: "boolean", description: "a flag" },
  },
  examples: [
    { command: "demo", description: "one" },
    { command: "demo x", description: "two" },
  ],
  exitCodes: "0",
  run: async () => 0,
});

describe("parseCommandArgs", () => {
  it.each([
    [[], { fixtures: [], format: "table", seed: undefined, json: false }, []],
    [["f.txt", "--fixtures", "a", "--fixtures=b", "--json"], { fixtures: ["a", "b"], format: "table", seed: undefined, json: true }, ["f.txt"]],
    [["--seed", "-3", "--format=json", "-"], { fixtures: [], format: "json", seed: "-3", json: false }, ["-"]],
    [["--", "--json"], { fixtures: [], format: "table", seed: undefined, json: false }, ["--json"]],
  ])("%j", (argv, values, positionals) => {
    expect(parseCommandArgs(command, argv)).toEqual({ values, positionals });
  });

  it.each([
    [["--seed", "--json"], "--seed needs a value: VALUE"],
    [["--fixture", "a"], "Unknown option --fixture for demo — did you mean --fixtures?"],
    [["-x"], "Unknown option -x for demo"],
    [["--format", "yaml"], 'Unknown --format "yaml": expected table or json'],
    [["a", "b"], 'Unexpected argument "b": demo takes only FILE (quote text that has spaces)'],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parseCommandArgs(command, argv)).toThrow(expect.objectContaining({ code: "usage", message }));
  });

  it.each([
    [["--help"], true],
    [["x", "-h"], true],
    [["--", "--help"], false],
    [["x"], false],
  ])("wantsHelp(%j) is %s", (argv, wanted) => {
    expect(wantsHelp(argv)).toBe(wanted);
  });
});
