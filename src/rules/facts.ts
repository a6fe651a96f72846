import type { Answers } from "../schemas/input.ts";
import type { FactName } from "../schemas/rules.ts";

/** What the rules see of one company: found features and structured answers. */
export interface Facts {
  features: Set<string>;
  offerings: Set<string>;
  capabilities: Set<string>;
  customers: Set<string>;
  revenueModels: Set<string>;
  /** Lower-cased, trimmed; "" when not given. */
  industry: string;
}

export function buildFacts(features: Iterable<string>, answers: Answers | undefined): Facts {
  return {
    features: new Set(features),
    offerings: new Set(answers?.offerings),
    capabilities: new Set(answers?.capabilities),
    customers: new Set(answers?.customers),
    revenueModels: new Set(answers?.revenueModels),
    industry: (answers?.industry ?? "").trim().toLowerCase(),
  };
}

/** The same facts as plain JSON values, as json-rules-engine's almanac takes them. */
export function factsAsJson(facts: Facts): Record<FactName, string[] | string> {
  return {
    features: [...facts.features],
    offerings: [...facts.offerings],
    capabilities: [...facts.capabilities],
    customers: [...facts.customers],
    revenueModels: [...facts.revenueModels],
    industry: facts.industry,
  };
}
