import { z } from "zod";

const TOKEN = /^\p{L}[\p{L}\p{M}]*(_\p{L}[\p{L}\p{M}]*)?$/u;

/**
 * A learned model's file: a logistic model over a text's words and word pairs (src/signal/tokens.ts),
 * written by `npm run rules:train-signal` from the labelled fixtures. `threshold` is what each file
 * means by it (below).
 */
const modelFile = (threshold: z.ZodNumber) =>
  z
    .strictObject({
      threshold,
      bias: z.number(),
      /** Token → weight; a token is a lower-case word cut to six letters, or two such words joined by "_". */
      weights: z.record(z.string(), z.number()),
    })
    .superRefine((file, ctx) => {
      for (const key of Object.keys(file.weights)) {
        if (!TOKEN.test(key) || key !== key.toLowerCase()) ctx.addIssue({ code: "custom", path: ["weights", key], message: `Not a token: "${key}" (a token is a lower-case word, or two joined by "_")` });
      }
    });

/**
 * rules/ai-signal.json (optional): whether a description's product is AI when no lexicon phrase
 * names AI. `threshold`: the probability at or above which a text with domain evidence but no AI
 * phrase counts as naming AI.
 */
export const AiSignalFile = modelFile(z.number().min(0.5).max(1));
export type AiSignalFile = z.infer<typeof AiSignalFile>;

/**
 * rules/sells-ai.json (optional): read on a text that names AI and that the rules classify, whether
 * the company sells AI or is a business that uses it. `threshold`: the probability below which the
 * company reads as a business that uses AI, and abstains.
 */
export const SellsAiFile = modelFile(z.number().min(0).max(0.5));
export type SellsAiFile = z.infer<typeof SellsAiFile>;
