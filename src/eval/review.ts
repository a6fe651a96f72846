import type { Classifier } from "../core/index.ts";
import { DOMAIN_IDS } from "../schemas/ids.ts";
import type { Classification } from "../schemas/result.ts";
import type { FixtureReview, Labels, ReviewedFixture } from "../schemas/review.ts";
import { confusionCell, evaluate, metrics, type FixtureOutcome } from "./evaluate.ts";
import type { LocatedFixture } from "./fixtures.ts";
import { ruleReport } from "./report.ts";

/** What `reviewFixtures` works out; the server adds the files as read and whether editing is on. */
export type FixturesFigures = Pick<FixtureReview, "rulesVersion" | "metrics" | "confusion" | "failing" | "suspects">;

/** The classifier's answer written as fixture labels, so that accepting it is sending it back. */
export function labelsOf(result: Classification): Labels {
  return {
    domains: result.primaryDomain === null ? [] : [result.primaryDomain],
    stages: result.stages.map((s) => s.id),
    revenueModels: result.revenueModels.filter((r) => r.source === "stated").map((r) => r.id),
    ...(result.abstain && { abstain: result.abstain.reason }),
  };
}

function reviewed(o: FixtureOutcome): ReviewedFixture {
  const { fixture, file, line } = o.located;
  const r = o.result;
  return {
    id: fixture.id,
    file,
    line,
    text: fixture.input.description ?? "",
    ...(fixture.input.answers && { answers: fixture.input.answers }),
    expected: fixture.expect,
    got: labelsOf(r),
    confidence: r.confidence,
    ...(r.abstain && { abstain: r.abstain }),
    primaryOk: o.primaryOk,
    missingStages: o.missingStages,
    missingRevenueModels: o.missingRevenue,
    domains: r.domains.slice(0, 3).map((d) => ({ id: d.id, score: d.score, reasons: d.reasons })),
    keywords: r.keywords,
  };
}

/** The confusion matrix with, in each cell, the fixtures that fell in it. */
function confusionCells(outcomes: FixtureOutcome[]): FixtureReview["confusion"] {
  const cells = new Map<string, FixtureReview["confusion"]["cells"][number]>();
  for (const o of outcomes) {
    const { expected, got } = confusionCell(o);
    const key = `${expected}\n${got}`;
    let cell = cells.get(key);
    if (cell === undefined) cells.set(key, (cell = { expected, got, fixtures: [] }));
    cell.fixtures.push({ id: o.located.fixture.id, file: o.located.file });
  }
  const used = new Set([...cells.values()].flatMap((c) => [c.expected, c.got]));
  const labels = [...DOMAIN_IDS, "abstain"].filter((id) => used.has(id));
  const order = (id: string) => labels.indexOf(id);
  return { labels, cells: [...cells.values()].sort((a, b) => order(a.expected) - order(b.expected) || order(a.got) - order(b.got)) };
}

/**
 * validate's figures and report's suspected mislabels for a set of fixtures, in one answer: per-domain
 * precision/recall/F1, the confusion matrix listing each cell's fixtures, every failing fixture with
 * its labels, the classifier's answer and its evidence, and the suspects with the classifier's answer.
 */
export async function reviewFixtures(classifier: Classifier, fixtures: LocatedFixture[]): Promise<FixturesFigures> {
  const outcomes = await evaluate(classifier, fixtures);
  const { calibration: _, confusion: __, ...figures } = metrics(outcomes);
  const byId = new Map(outcomes.map((o) => [o.located.fixture.id, o]));
  const suspects = ruleReport(classifier.ruleSet, fixtures).suspects.flatMap((s) => {
    const o = byId.get(s.id);
    if (o === undefined) return [];
    const { at: _at, ...rest } = s;
    return [{ ...rest, file: o.located.file, line: o.located.line, expected: o.located.fixture.expect, got: labelsOf(o.result) }];
  });
  return {
    rulesVersion: classifier.rulesVersion,
    metrics: figures,
    confusion: confusionCells(outcomes),
    failing: outcomes.filter((o) => !o.passed).map(reviewed),
    suspects,
  };
}
