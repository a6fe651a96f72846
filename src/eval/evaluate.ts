import type { Classifier } from "../core/index.ts";
import { DOMAIN_IDS, type DomainId, type RevenueModelId, type StageId } from "../schemas/ids.ts";
import type { Classification } from "../schemas/result.ts";
import { reliability, type Reliability } from "./calibration.ts";
import type { LocatedFixture } from "./fixtures.ts";

/** One fixture's outcome. */
export interface FixtureOutcome {
  located: LocatedFixture;
  result: Classification;
  primaryOk: boolean;
  top3Ok: boolean;
  missingStages: StageId[];
  missingRevenue: RevenueModelId[];
  passed: boolean;
}

export interface DomainMetrics {
  id: DomainId;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
}

export interface Metrics {
  fixtures: number;
  passed: number;
  top1: number;
  top3: number;
  abstainAccuracy: number | null;
  statedRevenueRecall: number | null;
  stageRecall: number | null;
  domains: DomainMetrics[];
  /** expected primary (or "abstain") → got primary (or "abstain") → count */
  confusion: Record<string, Record<string, number>>;
  /** Confidence against accuracy, over the fixtures where a primary domain was named. */
  calibration: Reliability;
}

export function judge(located: LocatedFixture, result: Classification): FixtureOutcome {
  const expect = located.fixture.expect;
  const primaryOk =
    expect.domains.length === 0
      ? result.primaryDomain === null && (expect.abstain === undefined || result.abstain?.reason === expect.abstain)
      : result.primaryDomain !== null && expect.domains.includes(result.primaryDomain);
  const top3 = result.primaryDomain === null ? [] : result.domains.slice(0, 3).map((d) => d.id);
  const top3Ok = expect.domains.length === 0 ? primaryOk : top3.some((d) => expect.domains.includes(d));
  const stages = new Set(result.stages.map((s) => s.id));
  const stated = new Set(result.revenueModels.filter((m) => m.source === "stated").map((m) => m.id));
  const missingStages = expect.stages.filter((s) => !stages.has(s));
  const missingRevenue = expect.revenueModels.filter((m) => !stated.has(m));
  return { located, result, primaryOk, top3Ok, missingStages, missingRevenue, passed: primaryOk && missingStages.length === 0 && missingRevenue.length === 0 };
}

export async function evaluate(classifier: Classifier, fixtures: LocatedFixture[]): Promise<FixtureOutcome[]> {
  const out: FixtureOutcome[] = [];
  for (const f of fixtures) out.push(judge(f, await classifier.classify(f.fixture.input)));
  return out;
}

/** One language's share of a run: how many fixtures were read in it, passed, and right at top 1 and top 3. */
export interface LanguageMetrics {
  language: string;
  fixtures: number;
  passed: number;
  top1: number;
  top3: number;
}

/** The outcomes grouped by the language each description was read in (English first, then by code). */
export function languageMetrics(outcomes: FixtureOutcome[]): LanguageMetrics[] {
  const groups = new Map<string, FixtureOutcome[]>();
  for (const o of outcomes) {
    const list = groups.get(o.result.language);
    if (list === undefined) groups.set(o.result.language, [o]);
    else list.push(o);
  }
  const codes = [...groups.keys()].sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
  return codes.map((language) => {
    const list = groups.get(language)!;
    const share = (ok: (o: FixtureOutcome) => boolean) => round3(list.filter(ok).length / list.length);
    return { language, fixtures: list.length, passed: list.filter((o) => o.passed).length, top1: share((o) => o.primaryOk), top3: share((o) => o.top3Ok) };
  });
}

/** Three decimals: every metric the eval commands print. */
export const round3 = (x: number) => Math.round(x * 1000) / 1000;

const ratio = (n: number, d: number) => (d === 0 ? null : round3(n / d));

/**
 * Where a fixture counts in the confusion matrix: its expected primary domain (or "abstain") and the one
 * it got. A correct answer that is not the first accepted domain counts under the domain it named.
 */
export function confusionCell(o: FixtureOutcome): { expected: string; got: string } {
  const got = o.result.primaryDomain ?? "abstain";
  return { expected: o.primaryOk ? got : (o.located.fixture.expect.domains[0] ?? "abstain"), got };
}

export function metrics(outcomes: FixtureOutcome[]): Metrics {
  const confusion: Metrics["confusion"] = {};
  let abstainTotal = 0, abstainOk = 0, revTotal = 0, revOk = 0, stageTotal = 0, stageOk = 0;
  for (const o of outcomes) {
    const e = o.located.fixture.expect;
    const cell = confusionCell(o);
    const row = (confusion[cell.expected] ??= {});
    row[cell.got] = (row[cell.got] ?? 0) + 1;
    if (e.domains.length === 0) {
      abstainTotal++;
      if (o.primaryOk) abstainOk++;
    }
    revTotal += e.revenueModels.length;
    revOk += e.revenueModels.length - o.missingRevenue.length;
    stageTotal += e.stages.length;
    stageOk += e.stages.length - o.missingStages.length;
  }
  const domains = DOMAIN_IDS.map((id) => {
    const tp = confusion[id]?.[id] ?? 0;
    const predicted = Object.values(confusion).reduce((n, row) => n + (row[id] ?? 0), 0);
    const support = Object.values(confusion[id] ?? {}).reduce((n, v) => n + v, 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    const f1 = precision === null || recall === null || precision + recall === 0 ? null : round3((2 * precision * recall) / (precision + recall));
    return { id, precision, recall, f1, support };
  });
  return {
    fixtures: outcomes.length,
    passed: outcomes.filter((o) => o.passed).length,
    top1: ratio(outcomes.filter((o) => o.primaryOk).length, outcomes.length) ?? 0,
    top3: ratio(outcomes.filter((o) => o.top3Ok).length, outcomes.length) ?? 0,
    abstainAccuracy: ratio(abstainOk, abstainTotal),
    statedRevenueRecall: ratio(revOk, revTotal),
    stageRecall: ratio(stageOk, stageTotal),
    domains,
    confusion,
    calibration: reliability(outcomes.filter((o) => o.result.primaryDomain !== null).map((o) => ({ confidence: o.result.confidence, correct: o.primaryOk }))),
  };
}
