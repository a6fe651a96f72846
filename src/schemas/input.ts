import { z } from "zod";
import { Capability, Customer, LanguageCode, Offering, RevenueModelId } from "./ids.ts";
import { MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH } from "./limits.ts";

export { MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH };
export const MAX_LIST = 20;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST, `Too many values: at most ${MAX_LIST}`);

/** Structured answers about a company (what it offers, to whom, how it charges), usable instead of or beside a description. */
export const Answers = z.strictObject({
  offerings: list(Offering).optional(),
  capabilities: list(Capability).optional(),
  customers: list(Customer).optional(),
  revenueModels: list(RevenueModelId).optional(),
  industry: z.string().max(200, "Too long: industry has at most 200 characters").optional(),
});
export type Answers = z.infer<typeof Answers>;

/** One company to classify: a description, answers, or both (at least one must say something). */
export const CompanyInput = z
  .strictObject({
    id: z.union([z.string().max(MAX_ID_LENGTH), z.number().transform(String)]).optional(),
    name: z.string().max(MAX_NAME_LENGTH, `Too long: name has at most ${MAX_NAME_LENGTH} characters`).optional(),
    description: z
      .string()
      .max(MAX_DESCRIPTION_LENGTH, `Too long: description has at most ${MAX_DESCRIPTION_LENGTH} characters`)
      .optional(),
    answers: Answers.optional(),
    /** The language of the description (ISO 639-1), when known: it overrides detection. */
    language: LanguageCode.optional(),
  })
  .superRefine((input, ctx) => {
    const hasText = (input.description ?? "").trim().length > 0;
    const a = input.answers;
    const hasAnswers =
      a !== undefined &&
      Boolean(a.offerings?.length || a.capabilities?.length || a.customers?.length || a.revenueModels?.length || a.industry?.trim());
    if (!hasText && !hasAnswers) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "Empty input: give a description, answers, or both",
      });
    }
  });
export type CompanyInput = z.infer<typeof CompanyInput>;
