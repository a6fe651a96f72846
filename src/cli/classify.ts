import { createClassifier } from "../core/index.ts";
import { loadRuleSetCached } from "../rules/cache.ts";
import type { RuleSet } from "../rules/load.ts";
import { formatIssue, InputError } from "../errors.ts";
import type { ArgsOf } from "./command.ts";
import type { classifyCommand } from "./commands/classify.ts";
import { EXIT, UsageError } from "./errors.ts";
import { readJsonArgument, readStdin, writeOut } from "./io.ts";
import { renderClassification } from "./render.ts";

/** The --lang value: a language the rule set reads, or undefined (detect each description's). */
export function parseLang(value: string | undefined, ruleSet: RuleSet): string | undefined {
  if (value === undefined) return undefined;
  const read = ["en", ...ruleSet.languages.keys()];
  if (!read.includes(value)) throw new UsageError(`Unknown --lang "${value}": expected one of ${read.join(", ")}`);
  return value;
}

export async function runClassify({ values, positionals }: ArgsOf<typeof classifyCommand>): Promise<number> {
  const [text] = positionals;
  if (text === undefined && values.answers === undefined) throw new UsageError("Missing TEXT: give a description, '-' to read stdin, or --answers");

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
  const classifier = createClassifier({ ruleSet, engine: values.engine });
  try {
    const result = await classifier.classify(input);
    await writeOut(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderClassification(result, values.name));
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`Invalid input:\n${err.issues.map((i) => `  ✖ ${formatIssue(i)}`).join("\n")}\n`);
    return EXIT.failures;
  }
}
