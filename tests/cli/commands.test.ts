import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.ts";
import type { OptionDef } from "../../src/cli/command.ts";
import { renderCommandHelp } from "../../src/cli/help.ts";
import { runCli } from "../helpers/cli.ts";

const VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

const LINT_HELP = `Usage: valuechain lint [options]

Check a rules directory: every problem at once, each with its file and JSON path.

Schema errors, duplicate keys, unknown facts, operators, features and ids (with the nearest known
one), duplicate rule names, rules that can never fire, lexicon phrases claimed by two features,
__proto__/constructor keys. These are the loader's own checks: a rule set that fails lint is never
used by classify, batch or serve. Warnings (features no rule reads, ids no rule scores, phrases that
match everyday words, phrases written across a comma or another clause break, which never match) are
listed too but do not fail.

Options:
  --rules DIR          rules directory: taxonomy.json, lexicon.json, scoring.json and the rules
                       files (default: the shipped rules/)
  --format table|json  table for people, json for scripts (default: table)
  -h, --help           show this help

Examples:
  valuechain lint
      check the shipped rules
  valuechain lint --rules my-rules --format json
      check a copy you edited, as JSON for a script

Exit codes: 0 the rule set is valid (warnings allowed); 1 it has errors; 2 usage error.
`;

describe("help and version", () => {
  it.each([[["help", "lint"]], [["lint", "--help"]], [["lint", "-h", "--no-such-option"]]])("%j prints the command's whole help and exits 0", async (args) => {
    const r = await runCli(args);
    expect(r).toEqual({ code: 0, stdout: LINT_HELP, stderr: "" });
  });

  it("lists every command, with --version, at the top level", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(`valuechain ${VERSION}: classify companies into the AI value chain (domains, stages, revenue models)`);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c.name} +${c.description.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
    expect(r.stdout).toContain("\n  -V, --version  print the version\n");
  });

  it.each([["--version"], ["-V"]])("%s prints the package's version", async (flag) => {
    expect(await runCli([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))("help for %s shows each option, its default and values, and two examples", (_, c) => {
    const help = renderCommandHelp(c).replace(/\s+/g, " "); // as read, whatever the wrapping
    expect(help).toMatch(new RegExp(`^Usage: valuechain ${c.name} `));
    for (const [name, o] of Object.entries(c.options as Record<string, OptionDef>)) {
      expect(help).toContain(` --${name}`);
      if (o.type === "string" && o.values) expect(help).toContain(`--${name} ${o.values.join("|")}`);
      if (o.type === "string" && (o.default ?? o.defaultText)) expect(help).toContain(`(default: ${o.default ?? o.defaultText})`);
    }
    for (const e of c.examples) expect(help).toContain(` valuechain ${e.command} `);
  });

  it("help of batch through the real CLI", async () => {
    const r = await runCli(["batch", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}--concurrency N +worker threads, 0 to 64 \(0: classify on the main thread\) \(default:\n +the number of cores\)\n/m);
  });
});

describe("usage errors: exit 2, one message on stderr naming the culprit, nothing on stdout", () => {
  it.each([
    [[], undefined],
    [["clasify", "x"], 'Unknown command "clasify" — did you mean "classify"?\nRun "valuechain --help" for usage.\n'],
    [["help", "lnt"], 'Unknown command "lnt" — did you mean "lint"?\nRun "valuechain --help" for usage.\n'],
    [["frobnicate"], 'Unknown command "frobnicate"\nRun "valuechain --help" for usage.\n'],
    [["--verbose"], 'Unknown option --verbose: give a command first\nRun "valuechain --help" for usage.\n'],
    [["classify", "x", "--jsn"], 'Unknown option --jsn for classify — did you mean --json?\nRun "valuechain classify --help" for usage.\n'],
    [["validate", "--fixture", "fixtures"], 'Unknown option --fixture for validate — did you mean --fixtures?\nRun "valuechain validate --help" for usage.\n'],
    [["lint", "--bogus"], 'Unknown option --bogus for lint\nRun "valuechain lint --help" for usage.\n'],
    [["classify", "x", "--engine", "refrence"], 'Unknown --engine "refrence": expected compiled or reference — did you mean "reference"?\nRun "valuechain classify --help" for usage.\n'],
    [["taxonomy", "--format=jsn"], 'Unknown --format "jsn": expected table or json — did you mean "json"?\nRun "valuechain taxonomy --help" for usage.\n'],
    [["lint", "--rules"], '--rules needs a value: DIR\nRun "valuechain lint --help" for usage.\n'],
    [["classify", "--json=yes", "x"], '--json is a flag and takes no value (got "yes")\nRun "valuechain classify --help" for usage.\n'],
    [["lint", "extra"], 'Unexpected argument "extra": lint takes no arguments\nRun "valuechain lint --help" for usage.\n'],
    [["lint", "--rules", "/no/such/rules"], 'Cannot read --rules /no/such/rules: no such directory\nRun "valuechain lint --help" for usage.\n'],
    [["validate", "--fixtures", "/no/such/fixtures"], 'Cannot read --fixtures /no/such/fixtures: no such file or directory\nRun "valuechain validate --help" for usage.\n'],
    [["classify", "x", "--rules", "package.json"], 'Cannot read --rules package.json: not a directory\nRun "valuechain classify --help" for usage.\n'],
    [["diff"], 'Missing --against DIR: the rules to compare with (the old ones)\nRun "valuechain diff --help" for usage.\n'],
  ])("%j", async (args, stderr) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    if (stderr === undefined) expect(r.stderr).toMatch(/^valuechain .*\n\nUsage: valuechain <command> \[options\]\n/);
    else expect(r.stderr).toBe(stderr);
  });
});

describe("valuechain taxonomy", () => {
  it("lists the domains, stages and revenue models as tables", async () => {
    const r = await runCli(["taxonomy"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Domains \(11\):\ndomain {13}name {34}value-chain focus {16}revenue models\ngenerative-ai {6}Generative AI {25}model, deployment, monetization {2}usage-based, subscription, enterprise-licensing\n/);
    expect(r.stdout).toContain("\n\nValue-chain stages (4):\nstage         name          summary\ndata          Data          The foundation of AI: collecting, curating and managing datasets.\n");
    expect(r.stdout).toMatch(/\n\nRevenue models \(13\):\nrevenue model +name +description\nsubscription +Subscription +Recurring fees/);
  });

  it("prints taxonomy.json with the rules version as JSON, as GET /v1/taxonomy does", async () => {
    const r = await runCli(["taxonomy", "--format", "json"]);
    expect(r.code).toBe(0);
    const { rulesVersion, ...taxonomy } = JSON.parse(r.stdout);
    expect(taxonomy).toEqual(JSON.parse(readFileSync("rules/taxonomy.json", "utf8")));
    expect(rulesVersion).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe("valuechain classify, as a person reads it", () => {
  it("shows --name above the summary", async () => {
    const r = await runCli(["classify", "--name", "Acme GPU", "We rent H100 clusters by the hour to AI labs."]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Company: Acme GPU\nPrimary domain: AI Infrastructure \(IaaS\) \[ai-infrastructure\]  confidence /);
  });

  it.each([
    ['{"offering":["api"]}', 'Invalid input:\n  ✖ answers: Unknown field "offering" — did you mean "offerings"?\n'],
    ['{"offerings":["sass"]}', 'Invalid input:\n  ✖ answers.offerings[0]: Unknown value "sass": expected one of api, saas, platform, agent, marketplace, consumer-app, hardware, compute, dataset, consulting, open-source — did you mean "saas"?\n'],
  ])("--answers %s names the nearest field or value, and nothing else", async (answers, stderr) => {
    expect(await runCli(["classify", "--answers", answers])).toEqual({ code: 1, stdout: "", stderr });
  });
});
