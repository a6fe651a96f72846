import type { FixtureOutcome } from "./evaluate.ts";
import { round3 } from "./evaluate.ts";

/**
 * Expected calibration error of the primary domain's confidence: answers that name a domain are
 * put in `bins` equal-width confidence bins, and the gaps between each bin's mean confidence and its
 * accuracy are averaged, weighted by the bin's size. Null when no answer names a domain.
 */
export function calibrationError(outcomes: FixtureOutcome[], bins = 10): number | null {
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  let named = 0;
  for (const o of outcomes) {
    if (o.result.primaryDomain === null) continue;
    const b = Math.min(bins - 1, Math.floor(o.result.confidence * bins));
    count[b]!++;
    confidence[b]! += o.result.confidence;
    if (o.primaryOk) correct[b]!++;
    named++;
  }
  if (named === 0) return null;
  let error = 0;
  for (let b = 0; b < bins; b++) if (count[b]! > 0) error += Math.abs(confidence[b]! - correct[b]!) / named;
  return round3(error);
}
