import { parseArgs } from "node:util";
import { createClassifier, type EngineKind } from "../core/index.ts";
import { loadRuleSetCached } from "../rules/cache.ts";
import { formatIssue, InputError } from "../errors.ts";
import { EXIT, UsageError } from "./errors.ts";
import { readJsonArgument, readStdin, writeOut } from "./io.ts";
import { renderClassification } from "./render.ts";

export const classifyUsage = `Usage: valuechain classify [TEXT|-] [--answers JSON|@file] [--name NAME] [--json] [--rules DIR] [--engine compiled|reference]

Classifies one company. TEXT is its description; "-" reads it from stdin.`;

export function parseEngine(value: string | undefined): EngineKind {
  if (value === undefined || value === "compiled" || value === "reference") return value ?? "compiled";
  throw new UsageError(`Unknown --engine "${value}": expected compiled or reference`);
}

export async function runClassify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      answers: { type: "string" },
      name: { type: "string" },
      json: { type: "boolean", default: false },
      rules: { type: "string" },
      engine: { type: "string" },
    },
  });
  if (positionals.length > 1) throw new UsageError(`Too many arguments: quote the description as one argument (got ${positionals.length})`);
  const [text] = positionals;
  if (text === undefined && values.answers === undefined) throw new UsageError("Missing TEXT: give a description, '-' to read stdin, or --answers");
  const engine = parseEngine(values.engine);

  const input: Record<string, unknown> = {};
  if (values.name !== undefined) input.name = values.name;
  if (text !== undefined) input.description = text === "-" ? await readStdin() : text;
  if (values.answers !== undefined) {
    const answers = readJsonArgument("--answers", values.answers);
    if (!answers.ok) {
      process.stderr.write(`Invalid input:\n  ✖ answers: ${answers.message}\n`);
      return EXIT.failures;
    }
    input.answers = answers.value;
  }
  const classifier = createClassifier({ ruleSet: loadRuleSetCached(values.rules), engine });
  try {
    const result = await classifier.classify(input);
    await writeOut(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderClassification(result));
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`Invalid input:\n${err.issues.map((i) => `  ✖ ${formatIssue(i)}`).join("\n")}\n`);
    return EXIT.failures;
  }
}
