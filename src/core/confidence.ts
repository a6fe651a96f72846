import type { Scoring } from "../schemas/rules.ts";

/** What the confidence of a named primary domain is read from (see scoring.json's `confidence`). */
export interface ConfidenceSignals {
  /** The primary's lead in ranking weight over the best other domain (0 when it has none). */
  margin: number;
  /** How many distinct words (or answers) its rules quote. */
  evidence: number;
  /** The text has two or more sentences and none of its evidence is in the first. */
  afterLead: boolean;
  /**
   * How far the learned domain prior leans to the primary: 2p - 1 for its probability p, from -1
   * (sure of another domain) to 1 (sure of this one); 0 when no text was read.
   */
  prior: number;
  /** How many words the description has (0 without one, or when the rule set has no learned domain prior: see ScoreContext.text). */
  words: number;
}

export type ConfidenceModel = Scoring["confidence"];

/** The signals as the model's inputs, capped; the order of `CONFIDENCE_TERMS`. */
export function confidenceInputs(model: ConfidenceModel, s: ConfidenceSignals): number[] {
  return [1, Math.min(s.margin, model.marginCap), Math.min(s.evidence, model.evidenceCap), s.afterLead ? 1 : 0, s.prior, Math.log1p(Math.min(s.words, model.wordsCap))];
}

/** The model's coefficients, in the order of confidenceInputs. */
export const CONFIDENCE_TERMS = ["bias", "margin", "evidence", "afterLead", "prior", "words"] as const;

/** The raw confidence: a logistic function of the signals, before calibration. */
export function rawConfidence(model: ConfidenceModel, s: ConfidenceSignals): number {
  const x = confidenceInputs(model, s);
  let z = 0;
  CONFIDENCE_TERMS.forEach((term, i) => (z += model[term] * x[i]!));
  return 1 / (1 + Math.exp(-z));
}

/** Reads a rising curve of (raw, calibrated) points by linear interpolation; flat beyond its ends. */
export function calibrate(points: [number, number][], raw: number): number {
  const first = points[0]!;
  if (raw <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (raw <= x1) {
      const [x0, y0] = points[i - 1]!;
      return y0 + ((y1 - y0) * (raw - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1]![1];
}
