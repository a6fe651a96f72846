import { z } from "zod";

/** The article's 11 domains, in its order. */
export const DOMAIN_IDS = [
  "generative-ai", "machine-learning", "deep-learning", "rag", "ai-agents", "mlops",
  "ai-marketplaces", "ai-infrastructure", "ai-saas", "ad-supported", "data-monetization",
] as const;
/** The id of one of the article's 11 domains. */
export const DomainId = z.enum(DOMAIN_IDS);
export type DomainId = z.infer<typeof DomainId>;

export const STAGE_IDS = ["data", "model", "deployment", "monetization"] as const;
/** The id of a value-chain stage: data, model, deployment or monetization. */
export const StageId = z.enum(STAGE_IDS);
export type StageId = z.infer<typeof StageId>;

export const REVENUE_MODEL_IDS = [
  "subscription", "usage-based", "enterprise-licensing", "consulting", "hardware-sales",
  "per-agent-pricing", "custom-workflow-pricing", "transaction-fees", "advertising", "freemium",
  "pay-as-you-go", "data-licensing", "pay-per-query",
] as const;
/** The id of one of the article's 13 revenue models. */
export const RevenueModelId = z.enum(REVENUE_MODEL_IDS);
export type RevenueModelId = z.infer<typeof RevenueModelId>;

export const OFFERINGS = [
  "api", "saas", "platform", "agent", "marketplace", "consumer-app", "hardware", "compute",
  "dataset", "consulting", "open-source",
] as const;
/** What a company sells, as an answer (`answers.offerings`). */
export const Offering = z.enum(OFFERINGS);
export type Offering = z.infer<typeof Offering>;

export const CAPABILITIES = [
  "text-generation", "image-generation", "audio-generation", "video-generation", "code-generation",
  "prediction", "computer-vision", "speech", "nlp", "retrieval", "automation", "recommendation",
  "model-training", "model-deployment", "model-monitoring", "data-collection", "data-labeling",
] as const;
/** What a company's AI does, as an answer (`answers.capabilities`). */
export const Capability = z.enum(CAPABILITIES);
export type Capability = z.infer<typeof Capability>;

export const CUSTOMERS = ["consumers", "smb", "enterprise", "developers", "government"] as const;
/** Who a company sells to, as an answer (`answers.customers`). */
export const Customer = z.enum(CUSTOMERS);
export type Customer = z.infer<typeof Customer>;

/** An ISO 639-1 language code: "en", "es", "fr", "de", "pt", … */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'Expected an ISO 639-1 language code: two lower-case letters, like "es"');
export type LanguageCode = z.infer<typeof LanguageCode>;
