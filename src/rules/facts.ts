import type { Answers } from "../schemas/input.ts";
import { LIST_FACTS, type ListFact, type TextFact } from "../schemas/facts.ts";
import type { FactName } from "../schemas/rules.ts";

/**
 * What the rules see of one company: found features and structured answers. A list fact (see
 * LIST_FACTS) is a set of values; industry is lower-cased and trimmed, "" when not given.
 */
export type Facts = Record<ListFact, Set<string>> & Record<TextFact, string>;

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
  const json = { industry: facts.industry } as Record<FactName, string[] | string>;
  for (const fact of LIST_FACTS) json[fact] = [...facts[fact]];
  return json;
}
