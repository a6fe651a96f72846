import { z } from "zod";
import { DomainId, RevenueModelId, StageId } from "./ids.ts";
import { CompanyInput } from "./input.ts";
import { AbstainReason } from "./result.ts";

/** One labelled company: what the rules should say about it. */
export const Fixture = z.strictObject({
  id: z.string().min(1),
  input: CompanyInput,
  expect: z.strictObject({
    /** Accepted primary domains, the best first; empty = the classifier must abstain. */
    domains: z.array(DomainId),
    /** Stages that must be among the result's stages. */
    stages: z.array(StageId).default([]),
    /** Revenue models the text states, which must come back as `stated`. */
    revenueModels: z.array(RevenueModelId).default([]),
    /** When domains is empty: the reason the classifier must give for abstaining. */
    abstain: AbstainReason.optional(),
  }),
});
export type Fixture = z.infer<typeof Fixture>;
