import type { AiSignalFile, SellsAiFile } from "../schemas/signal.ts";
import { createRandom, shuffled } from "../eval/random.ts";
import { sigmoid } from "./model.ts";
import { signalTokens } from "./tokens.ts";

/** One labelled text: whether what it describes is an AI product. */
export interface SignalExample {
  text: string;
  ai: boolean;
}

export interface TrainOptions {
  /** Passes over the examples. */
  epochs: number;
  /** Step size of stochastic gradient ascent. */
  rate: number;
  /** Shrinks every weight by this share after each pass (L2 regularisation). */
  decay: number;
  /** Weights smaller than this (in absolute value) are left out of the file. */
  minWeight: number;
  /** Seed of the order the examples are visited in: the same examples give the same file. */
  seed: number;
  threshold: number;
  /** The AI signal's threshold for a text of two or more sentences (not written when absent). */
  multiSentenceThreshold?: number;
  /** The AI signal's threshold for a text that names a kind of business (not written when absent). */
  businessThreshold?: number;
  /** The same for such a text of two or more sentences (not written when absent). */
  multiSentenceBusinessThreshold?: number;
  /** The AI signal's floor for naming a `withoutAiSignal` domain without an AI phrase (not written when absent). */
  withoutAiSignalFloor?: number;
  /** The sells-AI model's threshold for a text whose first sentence offers AI (not written when absent). */
  leadThreshold?: number;
  /** From this pass on, the weights kept are the mean of each pass's (averaged SGD): the fit no longer hangs on the last few examples visited. */
  averageFrom?: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 20, averageFrom: 5, rate: 0.05, decay: 0.001, minWeight: 0.1, seed: 1, threshold: 0.9, multiSentenceThreshold: 0.8, businessThreshold: 0.99, multiSentenceBusinessThreshold: 0.9, withoutAiSignalFloor: 0.05 };

/** The sells-AI model's: the same fit; below `threshold` a company reads as using AI. */
export const DEFAULT_SELLS_OPTIONS: TrainOptions = { epochs: 20, averageFrom: 5, rate: 0.05, decay: 0.001, minWeight: 0.1, seed: 1, threshold: 0.3, leadThreshold: 0.05 };

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Fits the logistic model of rules/ai-signal.json: AI and non-AI examples weigh equally in total,
 * whatever their numbers. Deterministic for the same examples and options.
 */
export function trainAiSignal(examples: SignalExample[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): AiSignalFile {
  const { threshold, multiSentenceThreshold, businessThreshold, multiSentenceBusinessThreshold, withoutAiSignalFloor } = options;
  return {
    threshold,
    ...(multiSentenceThreshold === undefined ? {} : { multiSentenceThreshold }),
    ...(businessThreshold === undefined ? {} : { businessThreshold }),
    ...(multiSentenceBusinessThreshold === undefined ? {} : { multiSentenceBusinessThreshold }),
    ...(withoutAiSignalFloor === undefined ? {} : { withoutAiSignalFloor }),
    ...fit(examples, options),
  };
}

/** Fits rules/sells-ai.json's model on texts that name AI: AI when the company sells it. */
export function trainSellsAi(examples: SignalExample[], options = DEFAULT_SELLS_OPTIONS): SellsAiFile {
  const { threshold, leadThreshold } = options;
  return { threshold, ...(leadThreshold === undefined ? {} : { leadThreshold }), ...fit(examples, options) };
}

/** Class-balanced logistic regression by stochastic gradient ascent, its weights averaged over the passes from `averageFrom` on: the bias and the weights kept. */
function fit(examples: SignalExample[], options: TrainOptions): { bias: number; weights: Record<string, number> } {
  const data = examples.map((e) => ({ keys: [...new Set(signalTokens(e.text).map((t) => t.key))], y: e.ai ? 1 : 0 }));
  const positives = data.filter((d) => d.y === 1).length;
  if (positives === 0 || positives === data.length) throw new Error("Training the AI signal needs examples of both AI and non-AI descriptions");
  const classWeight = [data.length / (2 * (data.length - positives)), data.length / (2 * positives)];
  const weights = new Map<string, number>();
  let bias = 0;
  const random = createRandom(options.seed);
  const sums = new Map<string, number>();
  let biasSum = 0;
  let passes = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { keys, y } of shuffled(data, random)) {
      let sum = bias;
      for (const key of keys) sum += weights.get(key) ?? 0;
      const step = options.rate * classWeight[y]! * (y - sigmoid(sum));
      bias += step;
      for (const key of keys) weights.set(key, (weights.get(key) ?? 0) + step);
    }
    for (const [key, w] of weights) weights.set(key, w * (1 - options.decay));
    if (options.averageFrom !== undefined && epoch >= options.averageFrom) {
      passes++;
      biasSum += bias;
      for (const [key, w] of weights) sums.set(key, (sums.get(key) ?? 0) + w);
    }
  }
  if (passes > 0) {
    bias = biasSum / passes;
    for (const key of weights.keys()) weights.set(key, (sums.get(key) ?? 0) / passes);
  }
  const kept = [...weights].filter(([, w]) => Math.abs(w) >= options.minWeight).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { bias: round(bias), weights: Object.fromEntries(kept.map(([k, w]) => [k, round(w)])) };
}
