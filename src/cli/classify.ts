import { createClassifier } from "../core/index.ts";
import { loadRuleSetCached } from "../rules/cache.ts";
import type { RuleSet } from "../rules/load.ts";
import { formatIssue, InputError } from "../errors.ts";
import type { ArgsOf } from "./command.ts";
import type { classifyCommand } from "./commands/classify.ts";
import { EXIT, UsageError } from "./errors.ts";
import { askQuestions, renderQuestions, withAnswers, type Terminal } from "./ask.ts";
import { readJsonArgument, readStdin, writeOut } from "./io.ts";
import { renderClassification } from "./render.ts";

/** The --lang value: a language the rule set reads, or undefined (detect each description's). */
export function parseLang(value: string | undefined, ruleSet: RuleSet): string | undefined {
  if (value === undefined) return undefined;
  const read = ["en", ...ruleSet.languages.keys()];
  if (!read.includes(value)) throw new UsageError(`Unknown --lang "${value}": expected one of ${read.join(", ")}`);
  return value;
}

/** Standard input and error when both are a terminal and stdin is not the description: where --ask asks. */
function processTerminal(text: string | undefined): Terminal | undefined {
  return process.stdin.isTTY && process.stderr.isTTY && text !== "-" ? { input: process.stdin, output: process.stderr } : undefined;
}

/**
 * `classify`. With --ask, the questions are asked on `terminal` (prompts there, answers read from it)
 * and the company is classified again with the answers chosen; with no terminal they are printed
 * after the result (with --json: `{"classification", "questions"}`).
 */
export async function runClassify({ values, positionals }: ArgsOf<typeof classifyCommand>, terminal = processTerminal(positionals[0])): Promise<number> {
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
    const show = (c: typeof result) => (values.json ? `${JSON.stringify(c, null, 2)}\n` : renderClassification(c, values.name));
    if (!values.ask) {
      await writeOut(show(result));
      return EXIT.ok;
    }
    const questions = await classifier.questions(input);
    if (terminal === undefined) {
      await writeOut(values.json ? `${JSON.stringify({ classification: result, questions }, null, 2)}\n` : show(result) + renderQuestions(questions, classifier.taxonomy));
      return EXIT.ok;
    }
    await writeOut(show(result));
    if (questions.length === 0) return EXIT.ok;
    const chosen = await askQuestions(questions, classifier.taxonomy, terminal);
    if (Object.keys(chosen).length === 0) return EXIT.ok;
    const again = withAnswers(input, chosen);
    terminal.output.write(`\nWith your answers ${JSON.stringify(again.answers)}:\n\n`);
    await writeOut(show(await classifier.classify(again)));
    return EXIT.ok;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`Invalid input:\n${err.issues.map((i) => `  ✖ ${formatIssue(i)}`).join("\n")}\n`);
    return EXIT.failures;
  }
}
