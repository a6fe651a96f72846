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

/** Buckets of width 0.2 (the last one closed), their accuracy and mean confidence, and the ECE. */
export function reliability(predictions: Prediction[], edges = [0, 0.2, 0.4, 0.6, 0.8, 1]): Reliability {
  const buckets: ReliabilityBucket[] = [];
  let gap = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const from = edges[b]!;
    const to = edges[b + 1]!;
    const last = b + 2 === edges.length;
    const inside = predictions.filter((p) => p.confidence >= from && (p.confidence < to || (last && p.confidence <= to)));
    const mean = inside.length ? inside.reduce((s, p) => s + p.confidence, 0) / inside.length : null;
    const accuracy = inside.length ? inside.filter((p) => p.correct).length / inside.length : null;
    if (mean !== null && accuracy !== null) gap += inside.length * Math.abs(mean - accuracy);
    buckets.push({ from, to, count: inside.length, meanConfidence: mean === null ? null : round3(mean), accuracy: accuracy === null ? null : round3(accuracy) });
  }
  const high = predictions.filter((p) => p.confidence >= 0.8);
  return {
    buckets,
    ece: predictions.length ? round3(gap / predictions.length) : null,
    accuracyAtLeast80: high.length ? round3(high.filter((p) => p.correct).length / high.length) : null,
  };
}

/**
 * A rising calibration curve for scoring.json, fitted to (raw confidence, right or wrong) pairs:
 * isotonic regression (pool adjacent violators), each pooled block then lowered to the lower bound
 * of its Wilson 90% interval, so a block backed by few predictions does not claim much. Returns at
 * most `maxPoints` (raw, calibrated) points, starting at raw 0 and ending at raw 1.
 */
export function fitCalibration(predictions: { raw: number; correct: boolean }[], maxPoints = 12): [number, number][] {
  const sorted = [...predictions].sort((a, b) => a.raw - b.raw);
  // Each block: [first raw, last raw, right, total].
  const blocks: [number, number, number, number][] = [];
  for (const p of sorted) {
    blocks.push([p.raw, p.raw, p.correct ? 1 : 0, 1]);
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a[2] / a[3] < b[2] / b[3]) break;
      blocks.splice(blocks.length - 2, 2, [a[0], b[1], a[2] + b[2], a[3] + b[3]]);
    }
  }
  let points: [number, number][] = blocks.map(([lo, hi, right, n]) => [round3((lo + hi) / 2), round3(wilsonLower(right, n))]);
  for (let i = 1; i < points.length; i++) points[i]![1] = Math.max(points[i]![1], points[i - 1]![1]);
  while (points.length > maxPoints - 2) {
    // Merge the two neighbours whose calibrated values differ least.
    let best = 0;
    for (let i = 1; i + 1 < points.length; i++) if (points[i + 1]![1] - points[i]![1] < points[best + 1]![1] - points[best]![1]) best = i;
    points.splice(best, 2, [round3((points[best]![0] + points[best + 1]![0]) / 2), points[best + 1]![1]]);
  }
  points = points.filter((p) => p[0] > 0 && p[0] < 1);
  const first = points[0]?.[1] ?? 0;
  const last = points[points.length - 1]?.[1] ?? 1;
  const out: [number, number][] = [[0, 0], ...points, [1, last]];
  out[0] = [0, Math.min(first, 0)];
  // Raw values must rise strictly.
  return out.filter((p, i) => i === 0 || p[0] > out[i - 1]![0]);
}

/** Lower bound of the Wilson score interval (z = 1.645, 90% two-sided). */
function wilsonLower(right: number, n: number, z = 1.645): number {
  const p = right / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + (z * z) / n));
}
