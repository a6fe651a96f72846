import { z } from "zod";
import { DomainId, RevenueModelId, StageId } from "./ids.ts";

export const Reason = z.object({
  rule: z.string(),
  message: z.string(),
  evidence: z.array(z.string()),
});
export type Reason = z.infer<typeof Reason>;

const scored = <T extends z.ZodType>(id: T) =>
  z.object({ id, name: z.string(), score: z.number().min(0).max(1), reasons: z.array(Reason) });

export const DomainResult = scored(DomainId);
export type DomainResult = z.infer<typeof DomainResult>;
export const StageResult = scored(StageId);
export type StageResult = z.infer<typeof StageResult>;

export const RevenueModelResult = z.object({
  id: RevenueModelId,
  name: z.string(),
  source: z.enum(["stated", "suggested"]),
  reasons: z.array(Reason),
});
export type RevenueModelResult = z.infer<typeof RevenueModelResult>;

export const Keyword = z.object({
  term: z.string(),
  feature: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Keyword = z.infer<typeof Keyword>;

export const AbstainReason = z.enum(["no-ai-signal", "ai-used-internally", "too-little-evidence", "unsupported-language"]);
export type AbstainReason = z.infer<typeof AbstainReason>;

/** Why no primary domain was named: present exactly when primaryDomain is null. */
export const Abstain = z.object({ reason: AbstainReason, message: z.string() });
export type Abstain = z.infer<typeof Abstain>;

export const Classification = z.object({
  primaryDomain: DomainId.nullable(),
  confidence: z.number().min(0).max(1),
  domains: z.array(DomainResult),
  stages: z.array(StageResult),
  revenueModels: z.array(RevenueModelResult),
  keywords: z.array(Keyword),
  abstain: Abstain.optional(),
  rulesVersion: z.string(),
});
export type Classification = z.infer<typeof Classification>;
