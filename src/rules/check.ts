import type { RuleIssue } from "../errors.ts";
import { formatPath } from "../errors.ts";
import { EXACT_PREFIX, IGNORED, WILDCARD, type PhraseGroup } from "../extract/phrases.ts";
import { CAPABILITIES, CUSTOMERS, OFFERINGS, REVENUE_MODEL_IDS } from "../schemas/ids.ts";
import { findTooDeep } from "../schemas/depth.ts";
import { FACTS, isListFact, type ListFact } from "../schemas/facts.ts";
import { OPERATORS, type Lexicon } from "../schemas/rules.ts";
import { walkConditions, type ConditionNode, type Path } from "./conditions.ts";
import { MAX_CONDITION_DEPTH, MAX_LEXICON_PHRASES, MAX_PHRASE_WORD_LENGTH, MAX_PHRASE_WORDS, MAX_RULES_JSON_DEPTH } from "./limits.ts";

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

/**
 * Where a condition tree first nests past `max` levels of all/any/not (undefined when it does not),
 * relative to the tree's root, found on the one condition walk (which keeps its own stack).
 */
export function conditionTooDeep(root: unknown, max: number): Path | undefined {
  const levels = new Map<ConditionNode, number>();
  let found: Path | undefined;
  walkConditions(root, {
    enter(n) {
      if (found !== undefined) return false;
      const level = (n.parent === undefined ? 0 : levels.get(n.parent)!) + ("all" in n.node || "any" in n.node || "not" in n.node ? 1 : 0);
      if (level > max) {
        found = n.path;
        return false;
      }
      levels.set(n, level);
    },
  });
  return found;
}

/**
 * A rules file nested past the limits, checked without recursion before anything walks it: each
 * rule's conditions (levels of all/any/not), then each rule, or the whole document, as JSON.
 */
export function depthIssues(file: string, value: unknown): RuleIssue[] {
  const tooDeep = (path: Path, message: string): RuleIssue => ({ file, path: formatPath(path), message });
  const jsonMessage = `Nested too deeply: a rules file has at most ${MAX_RULES_JSON_DEPTH} levels of objects and lists`;
  if (!Array.isArray(value)) {
    const deep = findTooDeep(value, MAX_RULES_JSON_DEPTH);
    return deep === undefined ? [] : [tooDeep(deep, jsonMessage)];
  }
  const issues: RuleIssue[] = [];
  value.forEach((rule: unknown, index) => {
    const conditions = conditionTooDeep((rule as { conditions?: unknown } | null)?.conditions, MAX_CONDITION_DEPTH);
    const json = conditions === undefined ? findTooDeep(rule, MAX_RULES_JSON_DEPTH - 1) : undefined;
    if (conditions !== undefined) issues.push(tooDeep([index, "conditions", ...conditions], `Conditions nested too deeply: a rule has at most ${MAX_CONDITION_DEPTH} levels of all/any/not`));
    else if (json !== undefined) issues.push(tooDeep([index, ...json], jsonMessage));
  });
  return issues;
}

/** More phrases than a lexicon may hold (counted before any phrase is read). */
export function tooManyPhrases(file: string, lexicon: Lexicon): RuleIssue[] {
  let count = lexicon.ignore.length;
  for (const entry of Object.values(lexicon.features)) count += entry.phrases.length;
  if (count <= MAX_LEXICON_PHRASES) return [];
  return [{ file, path: "(root)", message: `Too many phrases: ${count.toLocaleString("en-US")} in features and ignore, a lexicon has at most ${MAX_LEXICON_PHRASES.toLocaleString("en-US")}` }];
}

/** Phrases with more words, or longer words, than the matcher takes. */
export function phraseBounds(file: string, groups: PhraseGroup[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const { phrases, path } of groups) {
    phrases.forEach(({ written, words }, i) => {
      const at = formatPath([...path, i]);
      const long = words.find((w) => w.length > MAX_PHRASE_WORD_LENGTH);
      if (words.length > MAX_PHRASE_WORDS) issues.push({ file, path: at, message: `Too many words: "${written}" has ${words.length}, a phrase has at most ${MAX_PHRASE_WORDS}` });
      if (long !== undefined) issues.push({ file, path: at, message: `Word too long: "${long}" has ${long.length} characters, a phrase word has at most ${MAX_PHRASE_WORD_LENGTH}` });
    });
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
