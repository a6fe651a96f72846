import { z } from "zod";

const TOKEN = /^\p{L}[\p{L}\p{M}]*(_\p{L}[\p{L}\p{M}]*)?$/u;

/**
 * rules/ai-signal.json: a logistic model over a text's words and word pairs (src/signal/tokens.ts)
 * that reads whether a description's product is AI when no lexicon phrase names AI. Written by
 * `npm run rules:train-signal` from the labelled fixtures; optional.
 */
export const AiSignalFile = z
  .strictObject({
    /** The probability at or above which a text with domain evidence but no AI phrase counts as naming AI. */
    threshold: z.number().min(0.5).max(1),
    bias: z.number(),
    /** Token → weight; a token is a lower-case word cut to six letters, or two such words joined by "_". */
    weights: z.record(z.string(), z.number()),
  })
  .superRefine((file, ctx) => {
    for (const key of Object.keys(file.weights)) {
      if (!TOKEN.test(key) || key !== key.toLowerCase()) ctx.addIssue({ code: "custom", path: ["weights", key], message: `Not a token: "${key}" (a token is a lower-case word, or two joined by "_")` });
    }
  });
export type AiSignalFile = z.infer<typeof AiSignalFile>;
