import { z } from "zod";
import { DomainId, RevenueModelId, StageId } from "./ids.ts";

/** Why a label was given: the rule that fired, its message for people, and the words it matched. */
export const Reason = z.object({
  rule: z.string(),
  message: z.string(),
  evidence: z.array(z.string()),
});
export type Reason = z.infer<typeof Reason>;

const scored = <T extends z.ZodType>(id: T) =>
  z.object({ id, name: z.string(), score: z.number().min(0).max(1), reasons: z.array(Reason) });

/** A domain the company fits, scored 0–1, with the reasons. */
export const DomainResult = scored(DomainId);
export type DomainResult = z.infer<typeof DomainResult>;
/** A value-chain stage the company works in, scored 0–1, with the reasons. */
export const StageResult = scored(StageId);
export type StageResult = z.infer<typeof StageResult>;

/** A revenue model: `stated` when the input says so, `suggested` when the company's domains usually earn that way. */
export const RevenueModelResult = z.object({
  id: RevenueModelId,
  name: z.string(),
  source: z.enum(["stated", "suggested"]),
  reasons: z.array(Reason),
});
export type RevenueModelResult = z.infer<typeof RevenueModelResult>;

/** A phrase found in the description, the lexicon feature it is evidence of, and where it is (character offsets). */
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

/** What valuechain says about one company: the primary domain (null when it abstains, with why), all scored domains, stages and revenue models, the keywords found, the language read, and the rules version that answered. */
export const Classification = z.object({
  primaryDomain: DomainId.nullable(),
  confidence: z.number().min(0).max(1),
  domains: z.array(DomainResult),
  stages: z.array(StageResult),
  revenueModels: z.array(RevenueModelResult),
  keywords: z.array(Keyword),
  /** ISO 639-1 code of the language the description was read in (or detected in, when not supported). */
  language: z.string(),
  abstain: Abstain.optional(),
  rulesVersion: z.string(),
});
export type Classification = z.infer<typeof Classification>;
