// No zod here: the compiled rules and the facts builder use these in batch workers, which load zod
// only when a row needs it.

/** Facts that hold a set of values (tested with contains / doesNotContain). */
export const LIST_FACTS = ["features", "offerings", "capabilities", "customers", "revenueModels"] as const;
export type ListFact = (typeof LIST_FACTS)[number];
/** Facts that hold one text value (tested with equal / notEqual / in / notIn). */
export const TEXT_FACTS = ["industry"] as const;
export type TextFact = (typeof TEXT_FACTS)[number];
/** Every fact a rule condition can test. */
export const FACTS = [...LIST_FACTS, ...TEXT_FACTS] as const;

/** Whether a fact holds a set of values rather than one text. */
export function isListFact(fact: string): fact is ListFact {
  return (LIST_FACTS as readonly string[]).includes(fact);
}
