import { readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Classifier } from "../../src/core/index.ts";
import { reliability, type Reliability } from "../../src/eval/calibration.ts";
import { judge, round3, type FixtureOutcome } from "../../src/eval/evaluate.ts";
import { loadFixtures } from "../../src/eval/fixtures.ts";
import { DOMAIN_IDS, type DomainId } from "../../src/schemas/ids.ts";

/** How a group of rows did: AI rows by top-1, top-3 and abstain; non-AI rows by abstain. */
export interface GroupFigures {
  aiRows: number;
  top1: number | null;
  top3: number | null;
  /** Share of AI rows given no primary domain. */
  aiAbstained: number | null;
  nonAiRows: number;
  /** Share of non-AI rows abstained on (right). */
  nonAiAbstained: number | null;
}

/** A part's figures: overall, calibration, recall per expected primary domain, and per file (source or language). */
export interface PartFigures extends GroupFigures {
  calibration: Reliability;
  recall: { domain: DomainId; rows: number; recall: number | null }[];
  files: ({ file: string } & GroupFigures)[];
}

const share = (n: number, d: number) => (d === 0 ? null : round3(n / d));

/** Top-1, top-3 and abstain shares of a list of outcomes. */
export function groupFigures(outcomes: FixtureOutcome[]): GroupFigures {
  const ai = outcomes.filter((o) => o.located.fixture.expect.domains.length > 0);
  const nonAi = outcomes.filter((o) => o.located.fixture.expect.domains.length === 0);
  return {
    aiRows: ai.length,
    top1: share(ai.filter((o) => o.primaryOk).length, ai.length),
    top3: share(ai.filter((o) => o.top3Ok).length, ai.length),
    aiAbstained: share(ai.filter((o) => o.result.primaryDomain === null).length, ai.length),
    nonAiRows: nonAi.length,
    nonAiAbstained: share(nonAi.filter((o) => o.result.primaryDomain === null).length, nonAi.length),
  };
}

/** The figures of outcomes grouped by the file they came from (named without `.jsonl`). */
export function partFigures(outcomes: FixtureOutcome[]): PartFigures {
  const files = [...new Set(outcomes.map((o) => o.located.file))].sort();
  const named = outcomes.filter((o) => o.result.primaryDomain !== null);
  const recall = DOMAIN_IDS.map((domain) => {
    const rows = outcomes.filter((o) => o.located.fixture.expect.domains[0] === domain);
    return { domain, rows: rows.length, recall: share(rows.filter((o) => o.primaryOk).length, rows.length) };
  }).filter((r) => r.rows > 0);
  return {
    ...groupFigures(outcomes),
    calibration: reliability(named.map((o) => ({ confidence: o.result.confidence, correct: o.primaryOk }))),
    recall,
    files: files.map((file) => ({ file: basename(file, ".jsonl"), ...groupFigures(outcomes.filter((o) => o.located.file === file)) })),
  };
}

/** Classifies every row of the `*.jsonl` files directly in `dir` and judges each; a bad row throws naming its file and line. */
export function measureDir(classifier: Classifier, dir: string): FixtureOutcome[] {
  const { fixtures, problems } = loadFixtures(dir);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
  return fixtures.map((f) => judge(f, classifier.classifySync(f.fixture.input)));
}

/** Whether `dir` is a directory holding rows. */
export const hasRows = (dir: string) => statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true && readdirSync(dir).some((f) => f.endsWith(".jsonl"));

/** The figures of one part of a corpus (`<corpus>/<part>`) and of its translated rows (`<corpus>/lang/<part>`). */
export function measurePart(classifier: Classifier, corpus: string, part: "dev" | "test"): { main: PartFigures; lang: PartFigures | null } {
  if (!hasRows(join(corpus, part))) throw new Error(`${join(corpus, part)}: no corpus rows here (build them: npm run corpus:build -- --mirror DIR --out ${corpus})`);
  const main = partFigures(measureDir(classifier, join(corpus, part)));
  const langDir = join(corpus, "lang", part);
  return { main, lang: hasRows(langDir) ? partFigures(measureDir(classifier, langDir)) : null };
}
