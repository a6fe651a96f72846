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
  .superRefine(tokenKeys);
export type AiSignalFile = z.infer<typeof AiSignalFile>;

/**
 * rules/sells-ai.json: the same kind of model, read on a text that names AI and that the rules
 * classify: whether the company sells AI, or is a business that uses it. Written by
 * `npm run rules:train-signal` from the labelled fixtures that name AI; optional.
 */
export const SellsAiFile = z
  .strictObject({
    /** The probability below which the company reads as a business that uses AI, and abstains. */
    threshold: z.number().min(0).max(0.5),
    bias: z.number(),
    weights: z.record(z.string(), z.number()),
  })
  .superRefine(tokenKeys);
export type SellsAiFile = z.infer<typeof SellsAiFile>;

/** Names each weight key that is not a token. */
function tokenKeys(file: { weights: Record<string, number> }, ctx: z.RefinementCtx): void {
  for (const key of Object.keys(file.weights)) {
    if (!TOKEN.test(key) || key !== key.toLowerCase()) ctx.addIssue({ code: "custom", path: ["weights", key], message: `Not a token: "${key}" (a token is a lower-case word, or two joined by "_")` });
  }
}
