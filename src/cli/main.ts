import { RuleSetError } from "../errors.ts";
import { prestartWorkers } from "./batch-workers.ts";
import { EXIT, UsageError } from "./errors.ts";

interface Command {
  run: (argv: string[]) => Promise<number>;
  usage: string;
}

/** Each command's module loads only when it runs, so `classify` never pays for Express. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command>; prestart?: (argv: string[]) => (() => Promise<void>) | undefined }> = {
  classify: {
    summary: "classify one company (text, stdin and/or --answers)",
    load: async () => import("./classify.ts").then((m) => ({ run: m.runClassify, usage: m.classifyUsage })),
  },
  batch: {
    summary: "classify a CSV or JSONL file of companies, in order, on all cores",
    load: async () => import("./batch.ts").then((m) => ({ run: m.runBatchCommand, usage: m.batchUsage })),
    // Its worker threads start booting before its module loads; it takes them over.
    prestart: prestartWorkers,
  },
  validate: {
    summary: "run the labelled fixtures: failures, precision, recall, confusion",
    load: async () => import("./validate.ts").then((m) => ({ run: m.runValidate, usage: m.validateUsage })),
  },
  lint: {
    summary: "check a rules directory: every problem with its file and JSON path",
    load: async () => import("./lint.ts").then((m) => ({ run: m.runLint, usage: m.lintUsage })),
  },
  report: {
    summary: "per-rule coverage, precision, overlaps, conflicts; suspected mislabels",
    load: async () => import("./report.ts").then((m) => ({ run: m.runReport, usage: m.reportUsage })),
  },
  diff: {
    summary: "what a rule change does to the fixtures: answers that move, every metric",
    load: async () => import("./diff.ts").then((m) => ({ run: m.runDiff, usage: m.diffUsage })),
  },
  tune: {
    summary: "fit rule weights to the fixtures by cross-validation; writes a tuned copy",
    load: async () => import("./tune.ts").then((m) => ({ run: m.runTune, usage: m.tuneUsage })),
  },
  suggest: {
    summary: "propose lexicon phrases from the fixtures the rules miss (Fightin' Words)",
    load: async () => import("./suggest.ts").then((m) => ({ run: m.runSuggest, usage: m.suggestUsage })),
  },
  serve: {
    summary: "serve the HTTP API (classify, batch, taxonomy, OpenAPI)",
    load: async () => import("./serve.ts").then((m) => ({ run: m.runServe, usage: m.serveUsage })),
  },
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
  const entry = COMMANDS[name];
  if (entry === undefined) {
    process.stderr.write(`Unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  const release = entry.prestart?.(rest);
  try {
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(`${command.usage}\n`);
      return EXIT.ok;
    }
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
  } finally {
    await release?.(); // workers started ahead that the command never took
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
