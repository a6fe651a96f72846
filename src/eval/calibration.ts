import { calibrate } from "../core/confidence.ts";
import type { FixtureOutcome } from "./evaluate.ts";

/** One confidence bucket of a reliability table. */
export interface ReliabilityBucket {
  from: number;
  to: number;
  count: number;
  meanConfidence: number | null;
  accuracy: number | null;
}

export interface Reliability {
  buckets: ReliabilityBucket[];
  /** Expected calibration error: the count-weighted mean gap between confidence and accuracy. */
  ece: number | null;
  /** Of the predictions with confidence ≥ 0.8, the share that is right. */
  accuracyAtLeast80: number | null;
}

/** A named primary domain: how confident, and whether it was right. */
export interface Prediction {
  confidence: number;
  correct: boolean;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** One bin's tally: how many predictions, their summed confidence, and how many were right. */
interface BinTally {
  count: number;
  confidence: number;
  correct: number;
}

/** Predictions tallied into `bins` bins, `binOf` choosing each one's bin (-1: none). */
function tallyBins(predictions: Iterable<Prediction>, bins: number, binOf: (confidence: number) => number): BinTally[] {
  const out: BinTally[] = Array.from({ length: bins }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const p of predictions) {
    const b = binOf(p.confidence);
    if (b < 0) continue;
    const t = out[b]!;
    t.count++;
    t.confidence += p.confidence;
    if (p.correct) t.correct++;
  }
  return out;
}

/**
 * Expected calibration error over tallied bins: the gaps between each bin's mean confidence and its
 * accuracy, averaged weighted by the bin's size. Null when no prediction was tallied. The one ECE
 * that `validate`'s reliability table and `tune`'s calibrationError both report.
 */
export function expectedCalibrationError(tallies: readonly BinTally[]): number | null {
  let total = 0;
  let error = 0;
  for (const t of tallies) {
    total += t.count;
    error += Math.abs(t.confidence - t.correct);
  }
  return total === 0 ? null : round3(error / total);
}

/** Buckets of width 0.2 (the last one closed), their accuracy and mean confidence, and the ECE. */
export function reliability(predictions: Prediction[], edges = [0, 0.2, 0.4, 0.6, 0.8, 1]): Reliability {
  const bins = edges.length - 1;
  const tallies = tallyBins(predictions, bins, (c) => {
    for (let b = 0; b < bins; b++) if (c >= edges[b]! && (c < edges[b + 1]! || (b === bins - 1 && c <= edges[b + 1]!))) return b;
    return -1;
  });
  const buckets: ReliabilityBucket[] = tallies.map((t, b) => ({
    from: edges[b]!,
    to: edges[b + 1]!,
    count: t.count,
    meanConfidence: t.count ? round3(t.confidence / t.count) : null,
    accuracy: t.count ? round3(t.correct / t.count) : null,
  }));
  const high = predictions.filter((p) => p.confidence >= 0.8);
  return {
    buckets,
    ece: predictions.length ? expectedCalibrationError(tallies) : null,
    accuracyAtLeast80: high.length ? round3(high.filter((p) => p.correct).length / high.length) : null,
  };
}

/**
 * Expected calibration error of the primary domain's confidence (what `tune` reports): answers that
 * name a domain are put in `bins` equal-width confidence bins (see expectedCalibrationError). Null
 * when no answer names a domain.
 */
export function calibrationError(outcomes: FixtureOutcome[], bins = 10): number | null {
  const named: Prediction[] = [];
  for (const o of outcomes) if (o.result.primaryDomain !== null) named.push({ confidence: o.result.confidence, correct: o.primaryOk });
  return expectedCalibrationError(tallyBins(named, bins, (c) => Math.min(bins - 1, Math.floor(c * bins))));
}

/**
 * A rising calibration curve for scoring.json, fitted to (raw confidence, right or wrong) pairs:
 * isotonic regression (pool adjacent violators), each pooled block then lowered to the lower bound
 * of its Wilson interval (z = 1.96), so that a confidence claims no more than the tuning data
 * supports. Each block is a flat step from its lowest to its highest raw value, of at least
 * `minBlock` predictions (a smaller one joins the neighbour whose accuracy is closest), and at most
 * `maxBlocks` blocks (neighbours with the closest values merge first). Starts at raw 0 and ends at raw 1.
 * A confidence of `sure.confidence` or more is a promise: it is given only from the lowest raw value
 * from which on the predictions are right at least `sure.rate` of the time (at least `minBlock` of
 * them), and the curve stays just under it below that value.
 */
export function fitCalibration(predictions: { raw: number; correct: boolean }[], maxBlocks = 10, minBlock = 20, sure = SURE): [number, number][] {
  const sorted = [...predictions].sort((a, b) => a.raw - b.raw);
  // Each block: first raw, last raw, right, total.
  const blocks: { lo: number; hi: number; right: number; n: number }[] = [];
  for (const p of sorted) {
    blocks.push({ lo: p.raw, hi: p.raw, right: p.correct ? 1 : 0, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.right / a.n < b.right / b.n && a.hi < b.lo) break; // equal raw values always pool
      blocks.splice(blocks.length - 2, 2, { lo: a.lo, hi: b.hi, right: a.right + b.right, n: a.n + b.n });
    }
  }
  const merge = (i: number) => {
    const [a, b] = [blocks[i]!, blocks[i + 1]!];
    blocks.splice(i, 2, { lo: a.lo, hi: b.hi, right: a.right + b.right, n: a.n + b.n });
  };
  // Two neighbours of a rising sequence merge into a value between theirs, so the blocks keep rising.
  const rate = (b: { right: number; n: number }) => b.right / b.n;
  for (let i = blocks.findIndex((b) => b.n < minBlock); i >= 0 && blocks.length > 1; i = blocks.findIndex((b) => b.n < minBlock)) {
    const before = i > 0 ? Math.abs(rate(blocks[i]!) - rate(blocks[i - 1]!)) : Infinity;
    const after = i + 1 < blocks.length ? Math.abs(rate(blocks[i]!) - rate(blocks[i + 1]!)) : Infinity;
    merge(before <= after ? i - 1 : i);
  }
  const value = (b: { right: number; n: number }) => wilsonLower(b.right, b.n);
  while (blocks.length > maxBlocks) {
    let best = 0;
    for (let i = 1; i + 1 < blocks.length; i++) if (value(blocks[i + 1]!) - value(blocks[i]!) < value(blocks[best + 1]!) - value(blocks[best]!)) best = i;
    merge(best);
  }
  const points: [number, number][] = [[0, 0]];
  let floor = 0;
  for (const b of blocks) {
    floor = Math.max(floor, round3(value(b))); // pooled blocks rise, but their lower bounds need not
    for (const x of [round3(b.lo), round3(b.hi)]) if (x > points[points.length - 1]![0] && x < 1) points.push([x, floor]);
  }
  points.push([1, floor]);
  return keepSurePromise(points, sureFrom(sorted, sure.rate, minBlock), sure.confidence);
}

/** How sure a confidence of 0.8 or more is: right at least 92% of the time on the data fitted. */
export const SURE = { confidence: 0.8, rate: 0.92 };

/** The lowest raw value (rounded up) from which the predictions, sorted by raw, are right at least `rate` of the time; 1 when none is. */
function sureFrom(sorted: readonly { raw: number; correct: boolean }[], rate: number, minBlock: number): number {
  let from = 1;
  let right = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    right += sorted[i]!.correct ? 1 : 0;
    const n = sorted.length - i;
    const tie = i > 0 && sorted[i - 1]!.raw === sorted[i]!.raw;
    if (!tie && n >= minBlock && right / n >= rate) from = sorted[i]!.raw;
  }
  return Math.min(1, Math.ceil(from * 1000) / 1000);
}

/** The curve held just under `confidence` below raw `from`, and as fitted from there on. */
function keepSurePromise(points: [number, number][], from: number, confidence: number): [number, number][] {
  const under = round3(confidence - 0.001);
  const capped = (x: number, y: number): [number, number] => [x, Math.min(y, under)];
  if (from >= 1) return points.map(([x, y]) => capped(x, y));
  if (from <= points[0]![0]) return points;
  const kept = points.filter(([x]) => x < from).map(([x, y]) => capped(x, y));
  const edge = round3(from - 0.001);
  if (kept[kept.length - 1]![0] < edge) kept.push(capped(edge, calibrate(points, edge)));
  return [...kept, [from, round3(calibrate(points, from))], ...points.filter(([x]) => x > from)];
}

/** Lower bound of the Wilson score interval (z = 1.96: 95% two-sided). */
function wilsonLower(right: number, n: number, z = 1.96): number {
  const p = right / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + (z * z) / n));
}

/**
 * Coefficients of a logistic model of being right, fitted to (inputs, right or wrong) rows by
 * gradient descent (Adam) on the mean log-loss plus a small L2 pull towards 0 on every coefficient
 * but the first (the bias, whose input is always 1). Rounded to two decimals, so scoring.json stays
 * readable. Starts from `start`.
 */
export function fitLogistic(rows: { inputs: number[]; correct: boolean }[], start: number[], options = { l2: 0.01, iterations: 3000, learningRate: 0.05 }): number[] {
  const w = Float64Array.from(start);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (const r of rows) {
      let z = 0;
      for (let i = 0; i < w.length; i++) z += w[i]! * r.inputs[i]!;
      const g = 1 / (1 + Math.exp(-z)) - (r.correct ? 1 : 0);
      for (let i = 0; i < w.length; i++) grad[i]! += (g * r.inputs[i]!) / rows.length;
    }
    for (let i = 1; i < w.length; i++) grad[i]! += 2 * options.l2 * w[i]!;
    for (let i = 0; i < w.length; i++) {
      m[i] = b1 * m[i]! + (1 - b1) * grad[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * grad[i]! * grad[i]!;
      w[i] = w[i]! - (options.learningRate * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + eps);
    }
  }
  return [...w].map((x) => Math.round(x * 100) / 100);
}
