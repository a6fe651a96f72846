// classify --ask: the classifier's questions, asked on a terminal or printed after the result.
import { createInterface } from "node:readline/promises";
import type { Answers } from "../schemas/input.ts";
import type { Question } from "../schemas/questions.ts";
import type { Taxonomy } from "../schemas/rules.ts";

/** Where the questions are asked: a terminal's input and the stream the prompts go to. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** "AI-Powered SaaS (0.71)", or "still no domain" for a choice that leaves the company abstaining. */
function outcome(choice: Question["choices"][number], taxonomy: Taxonomy): string {
  if (choice.primaryDomain === null) return "still no domain";
  const name = taxonomy.domains.find((d) => d.id === choice.primaryDomain)?.name ?? choice.primaryDomain;
  return `${name} (${choice.confidence.toFixed(2)})`;
}

/** The questions as text, for output that is not a terminal: each choice with the value to give in --answers. */
export function renderQuestions(questions: Question[], taxonomy: Taxonomy): string {
  if (questions.length === 0) return "\nNo questions: the answers would not change this result.\n";
  const lines = ["", "Questions (answer them with --answers to sharpen the result):"];
  for (const q of questions) {
    lines.push(`  ${q.text} (${q.field})`);
    const width = Math.max(...q.choices.map((c) => c.value.length));
    for (const c of q.choices) lines.push(`    ${c.value.padEnd(width)}  ${c.label} → ${outcome(c, taxonomy)}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Asks each question on the terminal with numbered choices; Enter skips it, anything else that is
 * not a choice's number is asked again. Returns the answers chosen (empty when every one was skipped).
 */
export async function askQuestions(questions: Question[], taxonomy: Taxonomy, terminal: Terminal): Promise<Answers> {
  const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const answers: Answers = {};
  try {
    for (const q of questions) {
      terminal.output.write(`\n${q.text}\n${q.choices.map((c, i) => `  ${i + 1}) ${c.label} → ${outcome(c, taxonomy)}`).join("\n")}\n`);
      for (;;) {
        terminal.output.write(`Choose 1–${q.choices.length} (Enter skips): `);
        const next = await lines.next();
        const reply = next.done ? "" : String(next.value).trim();
        if (next.done) terminal.output.write("\n");
        if (reply === "") break;
        const choice = /^\d+$/.test(reply) ? q.choices[Number(reply) - 1] : undefined;
        if (choice === undefined) {
          terminal.output.write(`Not a choice: ${reply}\n`);
          continue;
        }
        answers[q.field] = [choice.value] as never;
        break;
      }
    }
  } finally {
    rl.close();
  }
  return answers;
}

/** The input with the chosen answers added to its own. */
export function withAnswers(input: Record<string, unknown>, chosen: Answers): Record<string, unknown> {
  const answers = { ...((input.answers as Record<string, unknown> | undefined) ?? {}) };
  for (const [field, values] of Object.entries(chosen)) answers[field] = [...((answers[field] as string[] | undefined) ?? []), ...(values as string[])];
  return { ...input, answers };
}
