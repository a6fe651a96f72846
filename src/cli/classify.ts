import { parseArgs } from "node:util";
import { createClassifier, type EngineKind } from "../core/index.ts";
import { loadRuleSetCached } from "../rules/cache.ts";
import type { RuleSet } from "../rules/load.ts";
import { formatIssue, InputError } from "../errors.ts";
import { EXIT, UsageError } from "./errors.ts";
import { readJsonArgument, readStdin, writeOut } from "./io.ts";
import { renderClassification } from "./render.ts";

export const classifyUsage = `Usage: valuechain classify [TEXT|-] [--answers JSON|@file] [--name NAME] [--lang CODE] [--json] [--rules DIR] [--engine compiled|reference]

Classifies one company. TEXT is its description; "-" reads it from stdin.
--lang: the description's language (en, es, fr, de, pt); detected when not given.`;

export function parseEngine(value: string | undefined): EngineKind {
  if (value === undefined || value === "compiled" || value === "reference") return value ?? "compiled";
  throw new UsageError(`Unknown --engine "${value}": expected compiled or reference`);
}

/** The --lang value: a language the rule set reads, or undefined (detect each description's). */
export function parseLang(value: string | undefined, ruleSet: RuleSet): string | undefined {
  if (value === undefined) return undefined;
  const read = ["en", ...ruleSet.languages.keys()];
  if (!read.includes(value)) throw new UsageError(`Unknown --lang "${value}": expected one of ${read.join(", ")}`);
  return value;
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
      lang: { type: "string" },
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
  const ruleSet = loadRuleSetCached(values.rules);
  const language = parseLang(values.lang, ruleSet);
  if (language !== undefined) input.language = language;
  const classifier = createClassifier({ ruleSet, engine });
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
