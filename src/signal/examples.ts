import { join } from "node:path";
import { aiWordSpans, createPipeline } from "../core/pipeline.ts";
import { aiSentences } from "../extract/ai-sentences.ts";
import { DEFAULT_FIXTURES_DIR, loadFixtures, type FixtureProblem, type LocatedFixture } from "../eval/fixtures.ts";
import { readRulesDir } from "../rules/files.ts";
import { DEFAULT_RULES_DIR, LEARNED_FILES, validateRuleSet, type RuleSet } from "../rules/load.ts";
import type { SignalExample } from "./train.ts";
import type { DomainExample } from "./domain-prior.ts";

/** A directory of fixture files to train on, and how many times each of its rows counts. */
export interface TrainingDir {
  dir: string;
  times: number;
}

/**
 * What the learned models are trained on: the checked fixtures, which count twice (the labels the
 * team vouches for, each a case the rules must get right), and the rows under fixtures/signal/ that
 * only teach the models.
 */
export const SIGNAL_TRAINING_DIRS: readonly TrainingDir[] = [
  { dir: DEFAULT_FIXTURES_DIR, times: 2 },
  { dir: join(DEFAULT_FIXTURES_DIR, "signal"), times: 1 },
];

/** Where a text names AI, as [start, end) offsets (the pipeline's aiWordSpans). */
export type AiSpans = (text: string) => readonly (readonly [number, number])[];

/**
 * A rules directory's rule set without its learned files: what training reads, so a stale, broken or
 * oversized model never stops its own retraining.
 */
function untrained(dir: string): RuleSet {
  const read = readRulesDir(dir);
  return validateRuleSet({ ...read, files: read.files.filter((f) => !LEARNED_FILES.has(f.name)), unread: read.unread.filter((i) => !LEARNED_FILES.has(i.file)) });
}

/** Where the lexicon of a rules directory reads AI in a text: the spans training blanks out. */
export function lexiconAiSpans(dir: string = DEFAULT_RULES_DIR): AiSpans {
  const pipeline = createPipeline(untrained(dir));
  return (text) => aiWordSpans(pipeline, text);
}

/** What the sells-AI model reads of a text that names AI at the given spans. */
export type SellsText = (text: string, spans: readonly (readonly [number, number])[]) => string;

/**
 * What the sells-AI model reads of a text, as the pipeline gives it: a long page (scoring.json's
 * `longText.minChars` or more) as its lead and its sentences that name AI (src/extract/ai-sentences.ts).
 */
export function lexiconSellsText(dir: string = DEFAULT_RULES_DIR): SellsText {
  const { longText } = untrained(dir).scoring;
  return (text, spans) => aiSentences(text, spans, longText);
}

/** The text with the given spans blanked out (spaces, so no offset moves). */
export function blanked(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

/**
 * What the two models learn from labelled fixtures: each description, AI when the fixture expects a
 * domain. Fixtures without a description, and those that must abstain as an unsupported language,
 * teach nothing and are left out.
 * - `signal` (rules/ai-signal.json) only ever reads texts that name no AI, so it learns from every
 *   text with the words that name AI blanked out (`spans`): what else says a product is AI
 *   ("reads X-rays", "drafts replies").
 * - `sells` (rules/sells-ai.json) only reads texts that name AI, so it learns from those as it reads
 *   them (`sellsText`: a long page's lead and its sentences that name AI): whether the company sells AI or uses it.
 * - `domains` (rules/domain-prior.json): each AI text, as written, with the first domain it accepts.
 */
export function signalExamples(fixtures: LocatedFixture[], spans: AiSpans = () => [], sellsText: SellsText = (text) => text): { signal: SignalExample[]; sells: SignalExample[]; domains: DomainExample[] } {
  const signal: SignalExample[] = [];
  const sells: SignalExample[] = [];
  const domains: DomainExample[] = [];
  for (const { fixture } of fixtures) {
    const text = fixture.input.description;
    if (text === undefined || text.trim() === "" || fixture.expect.abstain === "unsupported-language") continue;
    const ai = fixture.expect.domains.length > 0;
    const named = spans(text);
    signal.push({ text: blanked(text, named), ai });
    if (named.length > 0) sells.push({ text: sellsText(text, named), ai });
    if (ai) domains.push({ text, domain: fixture.expect.domains[0]! });
  }
  return { signal, sells, domains };
}

/** The examples of every fixture file directly in each directory, each row `times` times, or the problems that stop training. */
export function trainingExamples(dirs: readonly TrainingDir[], spans?: AiSpans, sellsText?: SellsText): ({ ok: true } & ReturnType<typeof signalExamples>) | { ok: false; problems: FixtureProblem[] } {
  const read = dirs.map(({ dir, times }) => ({ ...loadFixtures(dir), times }));
  const problems = read.flatMap((r) => r.problems);
  if (problems.length > 0) return { ok: false, problems };
  const all: ReturnType<typeof signalExamples> = { signal: [], sells: [], domains: [] };
  for (const { fixtures, times } of read) {
    // Each text is read once, however many times it counts.
    const examples = signalExamples(fixtures, spans, sellsText);
    for (let i = 0; i < times; i++) {
      all.signal.push(...examples.signal);
      all.sells.push(...examples.sells);
      all.domains.push(...examples.domains);
    }
  }
  return { ok: true, ...all };
}
