import { z } from "zod";
import { DomainId } from "./ids.ts";

const TOKEN = /^\p{L}[\p{L}\p{M}]*(_\p{L}[\p{L}\p{M}]*)?$/u;

/** Token → weight, each key a token: a lower-case word cut to six letters, or two such words joined by "_" (src/signal/tokens.ts). */
const tokenWeights = (weight: z.ZodNumber) =>
  z.record(z.string(), weight).superRefine((weights, ctx) => {
    for (const key of Object.keys(weights)) {
      if (!TOKEN.test(key) || key !== key.toLowerCase()) ctx.addIssue({ code: "custom", path: [key], message: `Not a token: "${key}" (a token is a lower-case word, or two joined by "_")` });
    }
  });

/**
 * A learned model's file: a logistic model over a text's words and word pairs (src/signal/tokens.ts),
 * written by `npm run rules:train-signal` from the labelled fixtures. `threshold` is what each file
 * means by it (below).
 */
const modelFile = (threshold: z.ZodNumber) =>
  z.strictObject({
    threshold,
    bias: z.number(),
    weights: tokenWeights(z.number()),
  });

/**
 * rules/ai-signal.json (optional): whether a description's product is AI when no lexicon phrase
 * names AI. `threshold`: the probability at or above which a text with domain evidence but no AI
 * phrase counts as naming AI; `multiSentenceThreshold` (absent: `threshold`), the same for a text of
 * two or more sentences, which says more about itself; `businessThreshold` (absent: such a text is not
 * read), the same for a text that names a kind of business or says what it uses, whose business is then
 * read as a customer's; `multiSentenceBusinessThreshold` (absent: `businessThreshold`), the same for such a
 * text of two or more sentences, as a customer's account of a product is (read only when `businessThreshold` is given);
 * `withoutAiSignalFloor` (absent: no floor), the probability below which a text that names no AI is
 * no data vendor either: a domain of scoring.json's `withoutAiSignal` is then not named on its phrases
 * alone ("Offshore data entry from Cebu City…", "a stock photo library of 90,000 images").
 */
export const AiSignalFile = modelFile(z.number().min(0.5).max(1)).extend({
  multiSentenceThreshold: z.number().min(0.5).max(1).optional(),
  businessThreshold: z.number().min(0.5).max(1).optional(),
  multiSentenceBusinessThreshold: z.number().min(0.5).max(1).optional(),
  withoutAiSignalFloor: z.number().min(0).max(0.5).optional(),
});
export type AiSignalFile = z.infer<typeof AiSignalFile>;

/**
 * rules/sells-ai.json (optional): read on a text that names AI and that the rules classify, whether
 * the company sells AI or is a business that uses it. `threshold`: the probability below which the
 * company reads as a business that uses AI, and abstains.
 */
export const SellsAiFile = modelFile(z.number().min(0).max(0.5)).extend({
  /** The same for a text whose first sentence offers AI ("Insurance, rebuilt with AI."), which it reads only when given: a lower bar. */
  leadThreshold: z.number().min(0).max(0.5).optional(),
});
export type SellsAiFile = z.infer<typeof SellsAiFile>;

/**
 * rules/domain-prior.json (optional): which kind of AI product a text describes, by naive Bayes over its
 * words and word pairs, written by `npm run rules:train-signal`. It re-orders the `reach` best-ranked
 * domains when their scores are close: each ranks by its score plus `weight` times its probability.
 * With `name`, it also names the domain when the rules cannot: see below.
 */
export const DomainPriorFile = z.strictObject({
  weight: z.number().min(0).max(1),
  reach: z.number().int().min(2).max(11),
  /**
   * Domains the re-order lifts only over a domain of the same score, never over one the rules scored
   * higher: a catch-all domain (ai-saas) the prior learns from texts of every kind. Absent: none.
   */
  tieOnly: z.array(DomainId).optional(),
  /**
   * When the rules name no domain (no phrase names AI, or none says which kind) though the learned AI
   * signal gives at least `signal` (`multiSentenceSignal` for a text of two or more sentences; absent:
   * `signal`) that the text describes an AI product, the prior's most likely domain is named if its
   * probability is at least `probability`, or, when the AI signal gives at least `sure.signal`, if it is at
   * least `sure.probability`: a text surely about an AI product needs less to say which kind. Absent: never.
   */
  name: z
    .strictObject({
      signal: z.number().min(0.5).max(1),
      multiSentenceSignal: z.number().min(0.5).max(1).optional(),
      probability: z.number().min(0.5).max(1),
      sure: z.strictObject({ signal: z.number().min(0.5).max(1), probability: z.number().min(0).max(1) }).optional(),
    })
    .optional(),
  /**
   * When a domain is named but fewer than `upTo` domains have evidence, the prior's most likely other
   * domains (each of probability at least `minProbability`) are listed after them as candidates, with
   * a score below every domain the rules found. Absent: never.
   */
  candidates: z.strictObject({ upTo: z.number().int().min(1).max(11), minProbability: z.number().min(0).max(1) }).optional(),
  /**
   * When the rules name a domain but the prior is sure of another, that other domain leads instead
   * (whether to abstain is still the rules' call). Sure means: its probability is at least
   * `probability`; it is at least e^`margin` times likelier than the rules' domain; and that margin is
   * at least `perToken` for each of the text's tokens the prior weighs, so that a long page's many words
   * alone do not make it sure. It neither lifts a domain of `exempt` nor lifts another over one
   * (a domain named for how a company earns, when the prior has not learned to read it). Absent: never.
   */
  lead: z
    .strictObject({ probability: z.number().min(0.5).max(1), margin: z.number().min(0), perToken: z.number().min(0), exempt: z.array(DomainId).default([]) })
    .optional(),
  domains: z.partialRecord(
    DomainId,
    z.strictObject({
      /** log P(domain). */
      bias: z.number(),
      /** The log-likelihood of a token the domain's texts never hold. */
      unseen: z.number(),
      /** Token → how much more its log-likelihood is than an unseen token's. */
      weights: tokenWeights(z.number().min(0)),
    }),
  ),
});
export type DomainPriorFile = z.infer<typeof DomainPriorFile>;
