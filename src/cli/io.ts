import { readFileSync } from "node:fs";
import { UsageError } from "./errors.ts";

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** `--answers '{"offerings":["api"]}'` or `--answers @answers.json`. */
export function readJsonArgument(name: string, value: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text = value;
  if (value.startsWith("@")) {
    try {
      text = readFileSync(value.slice(1), "utf8");
    } catch (err) {
      throw new UsageError(`Cannot read ${name} file ${value.slice(1)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, message: `Not valid JSON: ${(err as Error).message}` };
  }
}

/** Writes to stdout and waits until it is flushed, so a following exit loses nothing. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}
