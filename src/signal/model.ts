import type { AiSignalFile, SellsAiFile } from "../schemas/signal.ts";
import { signalText, signalVocabulary, tokenNumber, type SignalVocabulary } from "./vocabulary.ts";

/** rules/ai-signal.json (or sells-ai.json), ready to read texts: its weights by token number. */
export interface AiSignalModel {
  threshold: number;
  /** The threshold for a text of two or more sentences. */
  multiSentenceThreshold: number;
  /** The AI signal's threshold for a text that names a kind of business (absent: such a text is not read). */
  businessThreshold?: number;
  /** The same for such a text of two or more sentences (absent: businessThreshold). */
  multiSentenceBusinessThreshold?: number;
  /** The AI signal's probability below which a text that names no AI does not name a `withoutAiSignal` domain either (absent: no floor). */
  withoutAiSignalFloor?: number;
  /** The sells-AI model's threshold for a text whose first sentence offers AI (absent: such a text is not read). */
  leadThreshold?: number;
  bias: number;
  /** The vocabulary the rule set's models share, and each of its tokens' weight in this model (0 where it has none). */
  vocabulary: SignalVocabulary;
  byNumber: Float64Array;
  /** Words that weigh in but are never quoted as evidence: the languages' function words ("that", "pour"), lower case. */
  unquoted: Set<string>;
}

export function compileAiSignal(file: AiSignalFile | SellsAiFile, functionWords: Iterable<string> = [], vocabulary: SignalVocabulary = signalVocabulary([Object.keys(file.weights)])): AiSignalModel {
  const byNumber = new Float64Array(vocabulary.size);
  for (const [key, w] of Object.entries(file.weights)) byNumber[tokenNumber(vocabulary, key)!] = w;
  return {
    threshold: file.threshold,
    multiSentenceThreshold: ("multiSentenceThreshold" in file ? file.multiSentenceThreshold : undefined) ?? file.threshold,
    ...("businessThreshold" in file && file.businessThreshold !== undefined ? { businessThreshold: file.businessThreshold } : {}),
    ...("multiSentenceBusinessThreshold" in file && file.multiSentenceBusinessThreshold !== undefined ? { multiSentenceBusinessThreshold: file.multiSentenceBusinessThreshold } : {}),
    ...("withoutAiSignalFloor" in file && file.withoutAiSignalFloor !== undefined ? { withoutAiSignalFloor: file.withoutAiSignalFloor } : {}),
    ...("leadThreshold" in file && file.leadThreshold !== undefined ? { leadThreshold: file.leadThreshold } : {}),
    bias: file.bias,
    vocabulary,
    byNumber,
    unquoted: new Set([...functionWords].map((w) => w.toLowerCase())),
  };
}

/** What the model reads of a text: how likely it describes an AI product, and its words that say so most. */
export interface AiSignalReading {
  probability: number;
  /** Up to three of the text's own words (of four letters or more) with the largest positive weights, strongest first. */
  words: string[];
  /** The same, with the largest negative weights: what says it is not. */
  against: string[];
}

/** Shorter words ("the", "de", "und") weigh in, but are not quoted as evidence. */
const MIN_QUOTED = 4;

/** The logistic function, its argument clamped so exp never overflows. */
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, x))));

/** The model's probability for a text: its words and word pairs, each counted once (readAiSignal without the words). */
export function aiSignalProbability(model: AiSignalModel, text: string): number {
  const cached = lastRead.get(model);
  if (cached?.text === text) return cached.probability;
  let sum = model.bias;
  const weights = model.byNumber;
  const { count, ids } = signalText(model.vocabulary, text);
  for (let i = 0; i < count; i++) sum += weights[ids[i]!]!;
  const probability = sigmoid(sum);
  lastRead.set(model, { text, probability });
  return probability;
}

/** Each model's last text and probability: a text is often asked about twice (the rules' second firing, then the domain prior's). */
const lastRead = new WeakMap<AiSignalModel, { text: string; probability: number }>();

/**
 * The probability that a text describes a product that is AI, by a logistic model over its words
 * and word pairs (each counted once), and the words behind it.
 */
export function readAiSignal(model: AiSignalModel, text: string): AiSignalReading {
  let sum = model.bias;
  const quoted: { word: string; weight: number }[] = [];
  const { count, ids, starts, ends, pairs } = signalText(model.vocabulary, text);
  for (let i = 0; i < count; i++) {
    const w = model.byNumber[ids[i]!]!;
    if (w === 0) continue;
    sum += w;
    if (pairs[i] === 1 || ends[i]! - starts[i]! < MIN_QUOTED) continue;
    const word = text.slice(starts[i], ends[i]);
    if (!model.unquoted.has(word.toLowerCase())) quoted.push({ word, weight: w });
  }
  const strongest = (sign: 1 | -1) => quoted.filter((q) => q.weight * sign > 0).sort((a, b) => (b.weight - a.weight) * sign).slice(0, 3).map((q) => q.word);
  return { probability: sigmoid(sum), words: strongest(1), against: strongest(-1) };
}
