import type { RuleIssue } from "../errors.ts";
import { formatPath } from "../errors.ts";
import { EXACT_PREFIX, IGNORED, WILDCARD, type PhraseGroup } from "../extract/features.ts";
import { CAPABILITIES, CUSTOMERS, OFFERINGS, REVENUE_MODEL_IDS } from "../schemas/ids.ts";
import { FACTS, isListFact, type ListFact } from "../schemas/facts.ts";
import { OPERATORS, type Lexicon } from "../schemas/rules.ts";
import { walkConditions, type ConditionNode, type Path } from "./conditions.ts";

/** The values each list fact may test for ("lexicon": the lexicon's features). */
const LIST_FACT_VALUES: Record<ListFact, readonly string[] | "lexicon"> = {
  features: "lexicon",
  offerings: OFFERINGS,
  capabilities: CAPABILITIES,
  customers: CUSTOMERS,
  revenueModels: REVENUE_MODEL_IDS,
};
const LIST_OPERATORS = new Set(["contains", "doesNotContain"]);
const SCALAR_OPERATORS: Record<string, "string" | "array"> = { equal: "string", notEqual: "string", in: "array", notIn: "array" };
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Keys that could pollute prototypes if a rules file were merged into an object. */
export function forbiddenKeys(file: string, value: unknown, path: Path = []): RuleIssue[] {
  if (value === null || typeof value !== "object") return [];
  const out: RuleIssue[] = [];
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const at = Array.isArray(value) ? [...path, Number(key)] : [...path, key];
    if (FORBIDDEN_KEYS.has(key)) out.push({ file, path: formatPath(at), message: `Forbidden key "${key}"` });
    out.push(...forbiddenKeys(file, child, at));
  }
  return out;
}

/**
 * Checks one condition tree against what facts, operators and ids exist; json-rules-engine
 * itself would only notice an unknown operator when a rule runs. Without a lexicon (it failed to
 * load) feature ids go unchecked.
 */
export function checkCondition(file: string, root: unknown, path: Path, lexicon: Lexicon | undefined): RuleIssue[] {
  const issues: RuleIssue[] = [];
  walkConditions(root, { leave: (n) => issues.push(...checkFactTest(file, n, lexicon)) }, path);
  return issues;
}

function checkFactTest(file: string, n: ConditionNode, lexicon: Lexicon | undefined): RuleIssue[] {
  const c = n.node;
  if (c.fact === undefined) return [];
  const issues: RuleIssue[] = [];
  const at = (k: string) => formatPath([...n.path, k]);
  const fact = String(c.fact);
  const operator = String(c.operator);
  if (!(FACTS as readonly string[]).includes(fact)) {
    issues.push({ file, path: at("fact"), message: `Unknown fact "${fact}": expected one of ${FACTS.join(", ")}` });
    return issues;
  }
  if (!(OPERATORS as readonly string[]).includes(operator)) {
    issues.push({ file, path: at("operator"), message: `Unknown operator "${operator}": expected one of ${OPERATORS.join(", ")}` });
    return issues;
  }
  if (isListFact(fact)) {
    const known = LIST_FACT_VALUES[fact];
    if (!LIST_OPERATORS.has(operator)) {
      issues.push({ file, path: at("operator"), message: `Operator "${operator}" does not apply to the list fact "${fact}": use contains or doesNotContain` });
    } else if (typeof c.value !== "string") {
      issues.push({ file, path: at("value"), message: `Operator "${operator}" takes one string value` });
    } else if (known === "lexicon" ? lexicon !== undefined && !Object.hasOwn(lexicon.features, c.value) : !known.includes(c.value)) {
      const what = known === "lexicon" ? "feature (not in lexicon.json)" : `${fact} value`;
      issues.push({ file, path: at("value"), message: `Unknown ${what} "${c.value}"` });
    }
    return issues;
  }
  const shape = SCALAR_OPERATORS[operator];
  if (shape === undefined) {
    issues.push({ file, path: at("operator"), message: `Operator "${operator}" does not apply to the text fact "${fact}": use equal, notEqual, in or notIn` });
  } else if (shape === "array" ? !Array.isArray(c.value) : typeof c.value !== "string") {
    issues.push({ file, path: at("value"), message: `Operator "${operator}" takes ${shape === "array" ? "a list of strings" : "one string"}` });
  }
  return issues;
}

/** Phrases that two features (or a feature and the ignore list) both claim, compared as the matcher sees them: stemmed words. */
export function phraseClashes(file: string, groups: PhraseGroup[], stems: ReadonlyMap<string, string>): RuleIssue[] {
  const owner = new Map<string, string>();
  const issues: RuleIssue[] = [];
  const claimant = (feature: string) => (feature === IGNORED ? "the ignore list" : `feature "${feature}"`);
  for (const { feature, phrases, path } of groups) {
    phrases.forEach(({ written: phrase, exact, words }, i) => {
      const key = exact ? EXACT_PREFIX + words.join(" ") : words.map((w) => (w === WILDCARD ? w : stems.get(w)!)).join(" ");
      const at = formatPath([...path, i]);
      const other = owner.get(key);
      if (words.every((w) => w === WILDCARD)) issues.push({ file, path: at, message: `Phrase "${phrase}" has no words` });
      else if (words[0] === WILDCARD) issues.push({ file, path: at, message: `Phrase "${phrase}" starts with "*": a wildcard needs a word before it` });
      else if (other !== undefined && other !== feature) issues.push({ file, path: at, message: `Phrase "${phrase}" is also claimed by ${claimant(other)}` });
      else owner.set(key, feature);
    });
  }
  return issues;
}

/**
 * Conditions that can never all hold: in one `all` block, a list fact required both to contain and
 * not to contain a value, or a text fact required to equal two different values. Such a rule never fires.
 */
export function contradictions(file: string, root: unknown, path: Path): RuleIssue[] {
  const issues: RuleIssue[] = [];
  /** Per `all` block: which of its fact tests came first for each fact and value. */
  const blocks = new Map<Record<string, unknown>, { contains: Map<string, number>; lacks: Map<string, number>; equals: Map<string, { value: string; i: number }> }>();
  walkConditions(
    root,
    {
      leave(n) {
        const { node: leaf, parent, key } = n;
        if (key !== "all" || parent === undefined || typeof leaf.fact !== "string" || typeof leaf.value !== "string") return;
        let block = blocks.get(parent.node);
        if (block === undefined) blocks.set(parent.node, (block = { contains: new Map(), lacks: new Map(), equals: new Map() }));
        const i = n.index!;
        const k = `${leaf.fact}\0${leaf.value}`;
        const clash = (first: number, why: string) =>
          issues.push({ file, path: formatPath(n.path), message: `This rule can never fire: ${why} (see ${formatPath([...parent.path, "all", first])})` });
        if (leaf.operator === "contains") {
          block.contains.set(k, i);
          const other = block.lacks.get(k);
          if (other !== undefined) clash(other, `"${leaf.fact}" must both contain and not contain "${leaf.value}"`);
        } else if (leaf.operator === "doesNotContain") {
          block.lacks.set(k, i);
          const other = block.contains.get(k);
          if (other !== undefined) clash(other, `"${leaf.fact}" must both contain and not contain "${leaf.value}"`);
        } else if (leaf.operator === "equal") {
          const other = block.equals.get(leaf.fact);
          if (other !== undefined && other.value !== leaf.value) clash(other.i, `"${leaf.fact}" must equal both "${other.value}" and "${leaf.value}"`);
          else block.equals.set(leaf.fact, { value: leaf.value, i });
        }
      },
    },
    path,
  );
  return issues;
}
