import { join } from "node:path";
import { DEFAULT_FIXTURES_DIR, loadFixtures, type FixtureProblem, type LocatedFixture } from "../eval/fixtures.ts";
import type { SignalExample } from "./train.ts";

/** What rules/ai-signal.json is trained on: the fixtures, and the rows under fixtures/signal/ that only teach it. */
export const SIGNAL_TRAINING_DIRS = [DEFAULT_FIXTURES_DIR, join(DEFAULT_FIXTURES_DIR, "signal")];

/**
 * The training examples of labelled fixtures: each description, AI when the fixture expects a
 * domain. Fixtures without a description, and those that must abstain as an unsupported language,
 * teach nothing about AI and are left out.
 */
export function signalExamples(fixtures: LocatedFixture[]): SignalExample[] {
  const out: SignalExample[] = [];
  for (const { fixture } of fixtures) {
    const text = fixture.input.description;
    if (text === undefined || text.trim() === "" || fixture.expect.abstain === "unsupported-language") continue;
    out.push({ text, ai: fixture.expect.domains.length > 0 });
  }
  return out;
}

/** The examples of every fixture file directly in each directory, or the problems that stop training. */
export function trainingExamples(dirs: readonly string[]): { ok: true; examples: SignalExample[] } | { ok: false; problems: FixtureProblem[] } {
  const fixtures: LocatedFixture[] = [];
  const problems: FixtureProblem[] = [];
  for (const dir of dirs) {
    const read = loadFixtures(dir);
    fixtures.push(...read.fixtures);
    problems.push(...read.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, examples: signalExamples(fixtures) };
}
