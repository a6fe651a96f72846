import { RuleSetError } from "../errors.ts";
import { classifyUsage, runClassify } from "./classify.ts";
import { runValidate, validateUsage } from "./validate.ts";
import { batchUsage, runBatchCommand } from "./batch.ts";
import { EXIT, UsageError } from "./errors.ts";
import { runServe, serveUsage } from "./serve.ts";
import { lintUsage, runLint } from "./lint.ts";
import { reportUsage, runReport } from "./report.ts";
import { diffUsage, runDiff } from "./diff.ts";

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; summary: string; usage: string }> = {
  classify: { run: runClassify, summary: "classify one company (text, stdin and/or --answers)", usage: classifyUsage },
  batch: { run: runBatchCommand, summary: "classify a CSV or JSONL file of companies, in order, on all cores", usage: batchUsage },
  lint: { run: runLint, summary: "check a rules directory: every problem with its file and JSON path", usage: lintUsage },
  report: { run: runReport, summary: "per-rule coverage, precision, overlaps, conflicts; suspected mislabels", usage: reportUsage },
  diff: { run: runDiff, summary: "what a rule change does to the fixtures: answers that move, every metric", usage: diffUsage },
  serve: { run: runServe, summary: "serve the HTTP API (classify, batch, taxonomy, OpenAPI)", usage: serveUsage },
  validate: { run: runValidate, summary: "run the labelled fixtures: failures, precision, recall, confusion", usage: validateUsage },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: valuechain <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun a command with --help for its options.\n`;
}

/** Runs one CLI command and returns its exit code; never calls process.exit itself. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`Unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${(err as Error).message}\nRun "valuechain ${name} --help" for usage.\n`);
      return EXIT.usage;
    }
    if (err instanceof RuleSetError) {
      process.stderr.write(`${err.message}\n`);
      return EXIT.failures;
    }
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("/src/cli/main.ts")) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`Internal error: ${(err as Error).message}\n`);
      process.exitCode = EXIT.failures;
    },
  );
}
