import type { DomainId } from "../schemas/ids.ts";
import type { Firings, Numbers } from "./firing.ts";

/** How the weights are fitted; the defaults suit a few hundred to a few thousand fixtures. */
export interface FitOptions {
  /**
   * Pull towards the written numbers (L2), in fixtures: moving a number by 1 costs as much likelihood
   * as this many fixtures each losing a factor e. The larger, the less the numbers move.
   */
  prior: number;
  iterations: number;
  learningRate: number;
  /** Weights are rounded to multiples of this, so the rules stay readable. */
  step: number;
}

export const FIT_DEFAULTS: FitOptions = { prior: 2, iterations: 400, learningRate: 0.1, step: 0.5 };

const MAX_WEIGHT = 10; // the rules schema's bound

/**
 * A differentiable stand-in for how the classifier picks its primary domain. A domain's raw weight is
 * the sum of its fired rules' weights; the primary is the highest among the domains it may name, or
 * abstain when none reaches the threshold (abstainBelow, or withoutAiSignalBelow for a text with no AI
 * signal, which may name only the withoutAiSignal domains). So the choice is an argmax over the
 * candidate domains and the threshold; the fit replaces it by a softmax over the same logits
 * (a conditional logit model) and maximises the likelihood of the labelled answers.
 */
interface Problem {
  /** Training fixtures kept (those numbers can win); case c's candidate domains are caseStart[c] .. caseStart[c + 1]. */
  cases: number;
  caseStart: Int32Array;
  abstainGood: Uint8Array;
  aiSignal: Uint8Array;
  /** Candidate domain d: whether the labels accept it, and its rules' parameters at ruleStart[d] .. ruleStart[d + 1] of params. */
  good: Uint8Array;
  ruleStart: Int32Array;
  params: Int32Array;
}

/** Parameter vector layout: one weight per domain rule, then abstainBelow, then withoutAiSignalBelow. */
interface Layout {
  domainRules: number[];
  abstainAt: number;
  withoutAiAt: number;
}

function layoutOf(firings: Firings): Layout {
  const domainRules = firings.pipeline.ruleSet.rules.flatMap((r, i) => ("domain" in r.json.event.params ? [i] : []));
  return { domainRules, abstainAt: domainRules.length, withoutAiAt: domainRules.length + 1 };
}

/** The training fixtures as flat arrays, so each of the many passes of the fit allocates nothing. */
function problemOf(firings: Firings, layout: Layout, train: readonly number[]): Problem {
  const { rules, scoring } = firings.pipeline.ruleSet;
  const param = new Map(layout.domainRules.map((r, p) => [r, p]));
  const withoutAi = new Set<string>(scoring.withoutAiSignal);
  const caseStart = [0], abstainGood: number[] = [], aiSignal: number[] = [], good: number[] = [], ruleStart = [0], params: number[] = [];
  for (const i of train) {
    const ai = firings.analyses[i]!.aiSignal;
    const byDomain = new Map<DomainId, number[]>();
    for (const k of firings.fired[i]!) {
      const p = rules[k]!.json.event.params;
      if (!("domain" in p) || (!ai && !withoutAi.has(p.domain))) continue;
      const list = byDomain.get(p.domain) ?? [];
      list.push(param.get(k)!);
      byDomain.set(p.domain, list);
    }
    const accepted: readonly string[] = firings.fixtures[i]!.fixture.expect.domains;
    // A fixture whose accepted domain no fired rule scores cannot be won by numbers alone.
    if (accepted.length > 0 && ![...byDomain.keys()].some((d) => accepted.includes(d))) continue;
    for (const [domain, list] of byDomain) {
      good.push(accepted.includes(domain) ? 1 : 0);
      params.push(...list);
      ruleStart.push(params.length);
    }
    caseStart.push(good.length);
    abstainGood.push(accepted.length === 0 ? 1 : 0);
    aiSignal.push(ai ? 1 : 0);
  }
  return {
    cases: abstainGood.length,
    caseStart: Int32Array.from(caseStart),
    abstainGood: Uint8Array.from(abstainGood),
    aiSignal: Uint8Array.from(aiSignal),
    good: Uint8Array.from(good),
    ruleStart: Int32Array.from(ruleStart),
    params: Int32Array.from(params),
  };
}

/** Mean negative log-likelihood of the labels plus the prior, and its gradient; `e` is scratch space. */
function lossAndGradient(problem: Problem, layout: Layout, theta: Float64Array, theta0: Float64Array, prior: number, grad: Float64Array, e: Float64Array): number {
  grad.fill(0);
  let loss = 0;
  const n = problem.cases;
  const { caseStart, good, ruleStart, params } = problem;
  for (let c = 0; c < n; c++) {
    const from = caseStart[c]!, to = caseStart[c + 1]!;
    const useWithoutAi = problem.aiSignal[c] === 0 && theta[layout.withoutAiAt]! > theta[layout.abstainAt]!;
    const thresholdAt = useWithoutAi ? layout.withoutAiAt : layout.abstainAt;
    const threshold = theta[thresholdAt]!;
    let max = threshold;
    for (let d = from; d < to; d++) {
      let s = 0;
      for (let r = ruleStart[d]!; r < ruleStart[d + 1]!; r++) s += theta[params[r]!]!;
      e[d] = s;
      if (s > max) max = s;
    }
    const t = Math.exp(threshold - max);
    const abstainGood = problem.abstainGood[c] === 1;
    let all = t;
    let right = abstainGood ? t : 0;
    for (let d = from; d < to; d++) {
      const x = Math.exp(e[d]! - max);
      e[d] = x;
      all += x;
      if (good[d] === 1) right += x;
    }
    loss += Math.log(all) - Math.log(right);
    // d loss / d logit = p - q: p the softmax over every outcome, q over the accepted ones.
    for (let d = from; d < to; d++) {
      const g = (e[d]! / all - (good[d] === 1 ? e[d]! / right : 0)) / n;
      for (let r = ruleStart[d]!; r < ruleStart[d + 1]!; r++) grad[params[r]!]! += g;
    }
    grad[thresholdAt]! += (t / all - (abstainGood ? t / right : 0)) / n;
  }
  loss /= Math.max(1, n);
  const pull = prior / Math.max(1, n);
  for (let p = 0; p < theta.length; p++) {
    const d = theta[p]! - theta0[p]!;
    loss += (pull / 2) * d * d;
    grad[p]! += pull * d;
  }
  return loss;
}

/** Where each parameter may go: a weight keeps its written sign (a weight written 0 stays at or above 0); the thresholds stay. */
function bounds(theta0: Float64Array, layout: Layout, step: number): [number, number][] {
  return [...theta0].map((w, p) => {
    // The abstain thresholds stay as written: the likelihood lowers them to gain a little on the many
    // fixtures already named right, at the cost of the few that must abstain.
    if (p >= layout.domainRules.length) return [w, w];
    if (w < 0) return [-MAX_WEIGHT, -step];
    return [w === 0 ? 0 : step, MAX_WEIGHT];
  });
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;

/**
 * Fits the domain rules' weights on the training fixtures (Adam, projected onto each number's
 * bounds), then rounds them to `step`. The abstain thresholds take part in the model, as written.
 * Stage and revenue-model rules keep their weights: their labels list only some of a company's
 * stages and models, so they cannot say a firing is wrong.
 */
export function fitNumbers(firings: Firings, start: Numbers, train: readonly number[], options: FitOptions = FIT_DEFAULTS): Numbers {
  const layout = layoutOf(firings);
  const problem = problemOf(firings, layout, train);
  const theta0 = Float64Array.from([...layout.domainRules.map((r) => start.weights[r]!), start.scoring.abstainBelow, start.scoring.withoutAiSignalBelow]);
  const limits = bounds(theta0, layout, options.step);
  const theta = Float64Array.from(theta0);
  const grad = new Float64Array(theta.length);
  const scratch = new Float64Array(problem.good.length);
  const m = new Float64Array(theta.length);
  const v = new Float64Array(theta.length);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= options.iterations; t++) {
    lossAndGradient(problem, layout, theta, theta0, options.prior, grad, scratch);
    for (let p = 0; p < theta.length; p++) {
      m[p] = b1 * m[p]! + (1 - b1) * grad[p]!;
      v[p] = b2 * v[p]! + (1 - b2) * grad[p]! * grad[p]!;
      const step = (options.learningRate * (m[p]! / (1 - b1 ** t))) / (Math.sqrt(v[p]! / (1 - b2 ** t)) + eps);
      const [lo, hi] = limits[p]!;
      theta[p] = Math.min(hi, Math.max(lo, theta[p]! - step));
    }
  }
  const weights = [...start.weights];
  layout.domainRules.forEach((r, p) => (weights[r] = roundTo(theta[p]!, options.step)));
  return {
    weights,
    scoring: { ...start.scoring, abstainBelow: roundTo(theta[layout.abstainAt]!, options.step), withoutAiSignalBelow: roundTo(theta[layout.withoutAiAt]!, options.step) },
  };
}

/** The loss at some numbers, for tests and diagnostics. */
export function fitLoss(firings: Firings, numbers: Numbers, train: readonly number[]): number {
  const layout = layoutOf(firings);
  const theta = Float64Array.from([...layout.domainRules.map((r) => numbers.weights[r]!), numbers.scoring.abstainBelow, numbers.scoring.withoutAiSignalBelow]);
  const problem = problemOf(firings, layout, train);
  return lossAndGradient(problem, layout, theta, theta, 0, new Float64Array(theta.length), new Float64Array(problem.good.length));
}
