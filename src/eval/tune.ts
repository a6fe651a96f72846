import type { RuleSet } from "../rules/load.ts";
import type { DomainId } from "../schemas/ids.ts";
import { calibrationError } from "./calibration.ts";
import { metrics, round3, type FixtureOutcome } from "./evaluate.ts";
import { extractFirings, numbersOf, rescore, type Firings, type Numbers } from "./firing.ts";
import { FIT_DEFAULTS, fitNumbers, type FitOptions } from "./fit.ts";
import type { LocatedFixture } from "./fixtures.ts";
import { createRandom, shuffled } from "./random.ts";

/** The measures tune reports, before and after. */
export interface TuneScores {
  top1: number;
  top3: number;
  abstainAccuracy: number | null;
  /** Expected calibration error of the primary domain's confidence (10 bins). */
  calibrationError: number | null;
  f1: Record<DomainId, number | null>;
}

export interface NumberChange {
  /** A rule name, or `scoring.json: <field>`. */
  name: string;
  file: string;
  from: number;
  to: number;
}

export interface TuneResult {
  fixtures: number;
  folds: number;
  seed: number;
  /** The written numbers on every fixture (nothing is fitted, so this is also their cross-validated score). */
  before: TuneScores;
  /** Each fold's fitted numbers scored on the fold they were not fitted on. */
  after: TuneScores;
  /** Mean top-1 of each fold's numbers on its own training fixtures. */
  trainTop1: number;
  /** trainTop1 − after.top1: a large gap means the numbers fit noise. */
  gap: number;
  overfits: boolean;
  /** Labelled fixtures on which no rule for an accepted domain fires: no numbers can win them (see report and suggest). */
  outOfReach: number;
  /** The numbers fitted on all fixtures: what tune writes. */
  numbers: Numbers;
  changes: NumberChange[];
}

/** A train/CV gap above this is reported as overfitting. */
export const OVERFIT_GAP = 0.05;

export interface TuneOptions {
  folds: number;
  seed: number;
  fit?: FitOptions;
}

/** The fixture's stratum: its first accepted domain, or abstain. */
const stratum = (f: LocatedFixture) => f.fixture.expect.domains[0] ?? "abstain";

/** k folds stratified by label: each label's fixtures, shuffled by the seed, dealt round the folds in turn. */
export function makeFolds(fixtures: LocatedFixture[], k: number, seed: number): number[][] {
  const random = createRandom(seed);
  const byLabel = new Map<string, number[]>();
  fixtures.forEach((f, i) => {
    const list = byLabel.get(stratum(f)) ?? [];
    list.push(i);
    byLabel.set(stratum(f), list);
  });
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const i of shuffled(byLabel.get(label)!, random)) folds[next++ % k]!.push(i);
  }
  return folds.map((f) => f.sort((a, b) => a - b));
}

export function scoresOf(outcomes: FixtureOutcome[]): TuneScores {
  const m = metrics(outcomes);
  return {
    top1: m.top1,
    top3: m.top3,
    abstainAccuracy: m.abstainAccuracy,
    calibrationError: calibrationError(outcomes),
    f1: Object.fromEntries(m.domains.map((d) => [d.id, d.f1])) as TuneScores["f1"],
  };
}

function changesBetween(ruleSet: RuleSet, a: Numbers, b: Numbers): NumberChange[] {
  const changes: NumberChange[] = [];
  ruleSet.rules.forEach((r, i) => {
    if (a.weights[i] !== b.weights[i]) changes.push({ name: r.name, file: r.file, from: a.weights[i]!, to: b.weights[i]! });
  });
  for (const key of ["abstainBelow", "withoutAiSignalBelow"] as const) {
    if (a.scoring[key] !== b.scoring[key]) changes.push({ name: `scoring.json: ${key}`, file: "scoring.json", from: a.scoring[key], to: b.scoring[key] });
  }
  return changes;
}

/** Whether the fixture wants a domain that no fired rule scores, or that may not be named without an AI signal it lacks. */
function outOfReach(firings: Firings, i: number): boolean {
  const accepted: readonly string[] = firings.fixtures[i]!.fixture.expect.domains;
  if (accepted.length === 0) return false;
  const { rules, scoring } = firings.pipeline.ruleSet;
  const ai = firings.analyses[i]!.aiSignal;
  return !firings.fired[i]!.some((k) => {
    const p = rules[k]!.json.event.params;
    return "domain" in p && accepted.includes(p.domain) && (ai || (scoring.withoutAiSignal as readonly string[]).includes(p.domain));
  });
}

/**
 * The fit, kept only where it wins training fixtures: the smooth likelihood the fit maximises gains
 * from moves that change no answer, and may trade answers for confidence. So each fitted weight is
 * taken, one rule at a time in rule-set order, only when the fixtures that rule fires on then win
 * more answers (scored exactly, by the classifier's own scoring); every other weight stays as written.
 */
function fitGuarded(firings: Firings, start: Numbers, train: readonly number[], fit: FitOptions): Numbers {
  const fitted = fitNumbers(firings, start, train, fit);
  const inTrain = new Set(train);
  const firesOn = new Map<number, number[]>();
  for (const i of train) for (const k of firings.fired[i]!) firesOn.set(k, [...(firesOn.get(k) ?? []), i]);
  const ok = new Map(rescore(firings, start, train).map((o, k) => [train[k]!, o.primaryOk]));
  const weights = [...start.weights];
  for (let k = 0; k < weights.length; k++) {
    if (fitted.weights[k] === weights[k]) continue;
    const where = (firesOn.get(k) ?? []).filter((i) => inTrain.has(i));
    const candidate = { weights: weights.map((w, r) => (r === k ? fitted.weights[k]! : w)), scoring: start.scoring };
    const now = rescore(firings, candidate, where);
    const gain = now.filter((o) => o.primaryOk).length - where.filter((i) => ok.get(i)).length;
    if (gain <= 0) continue;
    weights[k] = fitted.weights[k]!;
    now.forEach((o, n) => ok.set(where[n]!, o.primaryOk));
  }
  return { weights, scoring: start.scoring };
}

/** Cross-validates the fit on the labelled fixtures, then fits on them all. Deterministic for a seed. */
export function tune(ruleSet: RuleSet, fixtures: LocatedFixture[], options: TuneOptions): TuneResult {
  const firings: Firings = extractFirings(ruleSet, fixtures);
  const start = numbersOf(ruleSet);
  const all = fixtures.map((_, i) => i);
  const fit = options.fit ?? FIT_DEFAULTS;
  const folds = makeFolds(fixtures, options.folds, options.seed);
  const cv: FixtureOutcome[] = new Array(fixtures.length);
  let trainTop1 = 0;
  for (const test of folds) {
    const held = new Set(test);
    const train = all.filter((i) => !held.has(i));
    const numbers = fitGuarded(firings, start, train, fit);
    rescore(firings, numbers, test).forEach((o, k) => (cv[test[k]!] = o));
    trainTop1 += metrics(rescore(firings, numbers, train)).top1 / folds.length;
  }
  const numbers = fitGuarded(firings, start, all, fit);
  const after = scoresOf(cv);
  const gap = round3(trainTop1 - after.top1);
  return {
    fixtures: fixtures.length,
    folds: options.folds,
    seed: options.seed,
    before: scoresOf(rescore(firings, start, all)),
    after,
    trainTop1: round3(trainTop1),
    gap,
    overfits: gap > OVERFIT_GAP,
    outOfReach: fixtures.filter((_, i) => outOfReach(firings, i)).length,
    numbers,
    changes: changesBetween(ruleSet, start, numbers),
  };
}
