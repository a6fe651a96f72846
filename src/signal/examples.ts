import { join } from "node:path";
import { DEFAULT_FIXTURES_DIR, loadFixtures, type FixtureProblem, type LocatedFixture } from "../eval/fixtures.ts";
import type { SignalExample } from "./train.ts";

/** What rules/ai-signal.json is trained on: the fixtures, and the rows under fixtures/signal/ that only teach it. */
export const SIGNAL_TRAINING_DIRS = [DEFAULT_FIXTURES_DIR, join(DEFAULT_FIXTURES_DIR, "signal")];

/** Where a text names AI, as [start, end) offsets (the pipeline's aiWordSpans). */
export type AiSpans = (text: string) => readonly (readonly [number, number])[];

/** The text with the given spans blanked out (spaces, so no offset moves). */
export function blanked(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

/**
 * The training examples of labelled fixtures: each description, AI when the fixture expects a
 * domain, with the words that name AI blanked out (`spans`): the model only reads texts that name
 * none, so it learns what else says AI ("reads X-rays", "drafts replies"). Fixtures without a
 * description, and those that must abstain as an unsupported language, teach nothing and are left out.
 */
export function signalExamples(fixtures: LocatedFixture[], spans: AiSpans = () => []): SignalExample[] {
  const out: SignalExample[] = [];
  for (const { fixture } of fixtures) {
    const text = fixture.input.description;
    if (text === undefined || text.trim() === "" || fixture.expect.abstain === "unsupported-language") continue;
    out.push({ text: blanked(text, spans(text)), ai: fixture.expect.domains.length > 0 });
  }
  return out;
}

/** The examples of every fixture file directly in each directory, or the problems that stop training. */
export function trainingExamples(dirs: readonly string[], spans?: AiSpans): { ok: true; examples: SignalExample[] } | { ok: false; problems: FixtureProblem[] } {
  const fixtures: LocatedFixture[] = [];
  const problems: FixtureProblem[] = [];
  for (const dir of dirs) {
    const read = loadFixtures(dir);
    fixtures.push(...read.fixtures);
    problems.push(...read.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, examples: signalExamples(fixtures, spans) };
}
