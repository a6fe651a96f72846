import type { DomainId, RevenueModelId, StageId } from "../schemas/ids.ts";
import type { ScoreParams } from "../schemas/rules.ts";

/** What a rule's event scores: a domain, a stage or a revenue model, for (weight > 0) or against (weight < 0). */
export type RuleTarget =
  | { kind: "domain"; id: DomainId; weight: number }
  | { kind: "stage"; id: StageId; weight: number }
  | { kind: "revenueModel"; id: RevenueModelId; weight: number };

/** The one reading of a score event's params as a target. */
export function targetOf(params: ScoreParams): RuleTarget {
  if ("domain" in params) return { kind: "domain", id: params.domain, weight: params.weight };
  if ("stage" in params) return { kind: "stage", id: params.stage, weight: params.weight };
  return { kind: "revenueModel", id: params.revenueModel, weight: params.weight };
}
