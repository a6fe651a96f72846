import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Rule as JsonRulesEngineRule } from "json-rules-engine";
import { z } from "zod";
import { parseStrictJson } from "../json.ts";
import { formatPath, RuleSetError, zodIssues, type RuleIssue } from "../errors.ts";
import { Lexicon, RuleJson, SCORE_TARGETS, Scoring, Taxonomy } from "../schemas/rules.ts";
import { lexiconStems, phraseGroups } from "../extract/phrases.ts";
import { checkCondition, contradictions, depthIssues, forbiddenKeys, phraseBounds, phraseClashes, tooManyPhrases } from "./check.ts";
import { readRulesDir, rulesVersion, type RulesFiles } from "./files.ts";
import { languageOfFile, negationClashes, validateLanguages, type LanguageEntry } from "./languages.ts";
import { AiSignalFile, DomainPriorFile, SellsAiFile } from "../schemas/signal.ts";
import { compileDomainPrior, domainPriorKeys, type DomainPriorModel } from "../signal/domain-prior.ts";
import { compileAiSignal, type AiSignalModel } from "../signal/model.ts";
import { signalVocabulary } from "../signal/vocabulary.ts";
import { settingFeatures } from "./setting-features.ts";

// json-rules-engine checks each rule's shape as it loads; required on first use, so a run that takes
// a validated rule set from the cache (rules/cache.ts) never loads it.
const require = createRequire(import.meta.url);
let RuleClass: typeof JsonRulesEngineRule | undefined;

/** The rules directory shipped with the package. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));

export const TAXONOMY_FILE = "taxonomy.json";
export const LEXICON_FILE = "lexicon.json";
export const SCORING_FILE = "scoring.json";
/** Optional: the learned AI signal (src/signal), written by `npm run rules:train-signal`. */
export const SIGNAL_FILE = "ai-signal.json";
/** Optional: the learned sells-AI reading (src/signal), written by the same command. */
export const SELLS_FILE = "sells-ai.json";
/** Optional: the learned domain prior (src/signal/domain-prior.ts), written by the same command. */
export const PRIOR_FILE = "domain-prior.json";
/** The files `npm run rules:train-signal` writes. */
export const LEARNED_FILES: ReadonlySet<string> = new Set([SIGNAL_FILE, SELLS_FILE, PRIOR_FILE]);
const DATA_FILES = new Set([TAXONOMY_FILE, LEXICON_FILE, SCORING_FILE]);

/** One rule with where it came from, for messages and reports. */
export interface LoadedRule {
  name: string;
  file: string;
  index: number;
  json: RuleJson;
}

/** A validated, read-only rule set: what every classification runs on. */
export interface RuleSet {
  dir: string;
  /** Content hash of every file in the set. */
  version: string;
  taxonomy: Taxonomy;
  lexicon: Lexicon;
  scoring: Scoring;
  rules: LoadedRule[];
  /** The Porter stem of each word of the lexicon's phrases, computed once here (see lexiconStems). */
  stems: Map<string, string>;
  /** Every other language read, by ISO 639-1 code (rules/lexicon/<code>.json). */
  languages: Map<string, LanguageEntry>;
  /** The learned AI signal of ai-signal.json, when the directory has one. */
  aiSignal?: AiSignalModel;
  /** The learned sells-AI reading of sells-ai.json, when the directory has one. */
  sellsAi?: AiSignalModel;
  /** The learned domain prior of domain-prior.json, when the directory has one. */
  domainPrior?: DomainPriorModel;
}

/** A score event's params explained against the one target they name (domain, stage or revenueModel). */
function paramsIssues(file: string, index: number, params: unknown): RuleIssue[] {
  const at = [index, "event", "params"];
  const target = (Object.keys(SCORE_TARGETS) as (keyof typeof SCORE_TARGETS)[]).find((k) => params !== null && typeof params === "object" && k in params);
  if (target === undefined) {
    return [{ file, path: formatPath(at), message: "An event scores exactly one of domain, stage or revenueModel: none given" }];
  }
  const result = SCORE_TARGETS[target].safeParse(params);
  return result.success ? [] : zodIssues(result.error, params, at).map((i) => ({ file, ...i }));
}

/**
 * Reads, validates and hashes a rules directory. Every problem in every file is collected;
 * if there is any, a RuleSetError lists them all and nothing is returned.
 */
export function loadRuleSet(dir: string = DEFAULT_RULES_DIR): RuleSet {
  return validateRuleSet(readRulesDir(dir));
}

/** Validates rules files already read (see readRulesDir): the checks of loadRuleSet. */
export function validateRuleSet(read: RulesFiles): RuleSet {
  const { dir } = read;
  const issues: RuleIssue[] = [...read.unread];
  const files = [...read.files.map((f) => f.name), ...read.unread.map((i) => i.file)];
  const parsed = new Map<string, unknown>();
  for (const { name: file, text } of read.files) {
    const json = parseStrictJson(text);
    if (!json.ok) {
      issues.push({ file, path: "(root)", message: json.message });
      continue;
    }
    // Before anything walks the document: the schemas, forbiddenKeys and json-rules-engine recurse.
    const deep = depthIssues(file, json.value);
    if (deep.length > 0) {
      for (const issue of deep) issues.push(issue);
      continue;
    }
    issues.push(...json.duplicates.map((d) => ({ file, path: d.path, message: `${d.message} (lines ${d.lines[0]} and ${d.lines[1]})` })));
    issues.push(...forbiddenKeys(file, json.value));
    parsed.set(file, json.value);
  }
  for (const required of DATA_FILES) {
    if (!files.includes(required)) issues.push({ file: required, path: "(root)", message: `Missing file: every rules directory needs ${required}` });
  }
  const validate = <T extends z.ZodType>(file: string, schema: T): z.infer<T> | undefined => {
    if (!parsed.has(file)) return undefined;
    const result = schema.safeParse(parsed.get(file));
    if (result.success) return result.data;
    for (const i of result.error.issues) issues.push({ file, path: formatPath(i.path), message: i.message });
    return undefined;
  };
  const taxonomy = validate(TAXONOMY_FILE, Taxonomy);
  const lexicon = validate(LEXICON_FILE, Lexicon);
  const scoring = validate(SCORING_FILE, Scoring);
  const signal = validate(SIGNAL_FILE, AiSignalFile);
  const sells = validate(SELLS_FILE, SellsAiFile);
  const prior = validate(PRIOR_FILE, DomainPriorFile);
  const tooMany = lexicon ? tooManyPhrases(LEXICON_FILE, lexicon) : [];
  issues.push(...tooMany);
  const groups = lexicon && tooMany.length === 0 ? phraseGroups(lexicon) : [];
  const stems = lexiconStems(groups);
  issues.push(...phraseBounds(LEXICON_FILE, groups));
  issues.push(...phraseClashes(LEXICON_FILE, groups, stems));
  if (lexicon && scoring) issues.push(...unknownScoringFeatures(scoring, lexicon));
  if (lexicon) issues.push(...negationClashes(LEXICON_FILE, lexicon.negation, Object.fromEntries(Object.entries(lexicon.features).map(([id, f]) => [id, f.phrases]))));
  const languages = validateLanguages(parsed, lexicon, issues);

  const rules: LoadedRule[] = [];
  const names = new Map<string, string>();
  for (const file of files) {
    if (DATA_FILES.has(file) || LEARNED_FILES.has(file) || languageOfFile(file) !== undefined || !parsed.has(file)) continue;
    const raw = parsed.get(file);
    if (!Array.isArray(raw)) {
      issues.push({ file, path: "(root)", message: "A rules file holds a JSON array of rules" });
      continue;
    }
    raw.forEach((candidate: unknown, index) => {
      const conditionIssues = checkCondition(file, (candidate as { conditions?: unknown })?.conditions, [index, "conditions"], lexicon);
      issues.push(...conditionIssues);
      const result = RuleJson.safeParse(candidate);
      if (!result.success) {
        // Condition problems were named above, more precisely than zod's union error can.
        for (const i of result.error.issues) {
          if (conditionIssues.length > 0 && i.path[0] === "conditions") continue;
          if (i.code === "invalid_union" && i.path.join(".") === "event.params") {
            issues.push(...paramsIssues(file, index, (candidate as { event: { params: unknown } }).event.params));
            continue;
          }
          issues.push(...zodIssues(new z.ZodError([i]), candidate, [index]).map((x) => ({ file, ...x })));
        }
        return;
      }
      const json = result.data;
      issues.push(...contradictions(file, json.conditions, [index, "conditions"]));
      const seen = names.get(json.name);
      if (seen !== undefined) issues.push({ file, path: formatPath([index, "name"]), message: `Duplicate rule name "${json.name}" (first in ${seen})` });
      names.set(json.name, file);
      try {
        RuleClass ??= (require("json-rules-engine") as typeof import("json-rules-engine")).Rule;
        new RuleClass(json as never); // json-rules-engine's own validation of the rule shape
      } catch (err) {
        issues.push({ file, path: formatPath([index]), message: `json-rules-engine rejects the rule: ${(err as Error).message}` });
      }
      rules.push({ name: json.name, file, index, json });
    });
  }
  if (rules.length === 0 && issues.length === 0) issues.push({ file: dir, path: "(root)", message: "No rules: add at least one rules file" });
  const namedRules = entries([
    [["priorOverGeneric", "rules"], scoring?.priorOverGeneric?.rules ?? []],
    [["ranking", "statedRules"], scoring?.ranking.statedRules ?? []],
  ]);
  for (const { path, name: rule } of namedRules) {
    if (!names.has(rule)) issues.push({ file: SCORING_FILE, path: formatPath(path), message: `Unknown rule "${rule}": no rules file has a rule of that name` });
  }
  if (issues.length > 0 || !taxonomy || !lexicon || !scoring) throw new RuleSetError(issues);
  const ruleSet: RuleSet = { dir, version: rulesVersion(read), taxonomy, lexicon, scoring, rules, stems, languages };
  const functionWords = [...lexicon.functionWords, ...[...languages.values()].flatMap((l) => l.lexicon.functionWords)];
  const vocabulary = signalVocabulary([Object.keys(signal?.weights ?? {}), Object.keys(sells?.weights ?? {}), prior === undefined ? [] : domainPriorKeys(prior)]);
  if (signal !== undefined) ruleSet.aiSignal = compileAiSignal(signal, functionWords, vocabulary);
  if (sells !== undefined) ruleSet.sellsAi = compileAiSignal(sells, functionWords, vocabulary);
  if (prior !== undefined) ruleSet.domainPrior = compileDomainPrior(prior, functionWords, vocabulary);
  return ruleSet;
}

/** A list of names a setting holds, with the setting's JSON path. */
type NamedList = [PropertyKey[], readonly string[]];

/** Each name of the lists, with its JSON path. */
function entries(lists: NamedList[]): { path: PropertyKey[]; name: string }[] {
  return lists.flatMap(([path, list]) => list.map((name, i) => ({ path: [...path, i], name })));
}

/** Feature ids scoring.json names that the lexicon does not define. */
function unknownScoringFeatures(scoring: Scoring, lexicon: Lexicon): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const named = entries([
    ...(["business", "product", "leadProduct", "leadUse", "aiModifiers", "peopleWork", "byHand"] as const).map(
      (key): NamedList => [["usedInternally", key], scoring.usedInternally[key] ?? []],
    ),
    [["ranking", "statedSales"], scoring.ranking.statedSales],
    [["nameFeatures"], scoring.nameFeatures],
    [["aiTopicFeatures"], scoring.aiTopicFeatures],
  ]).map(({ path, name }) => ({ path, feature: name }));
  const coverage = scoring.dataCoverage?.feature;
  if (coverage !== undefined) named.push({ path: ["dataCoverage", "feature"], feature: coverage });
  named.push(...settingFeatures(scoring));
  named.push(...Object.keys(scoring.taskSignal?.outputs ?? {}).map((feature) => ({ path: ["taskSignal", "outputs", feature], feature })));
  for (const { path, feature } of named) {
    if (!(feature in lexicon.features)) issues.push({ file: SCORING_FILE, path: formatPath(path), message: `Unknown feature "${feature}": not in ${LEXICON_FILE}` });
  }
  const aiPhrases = new Set(Object.values(lexicon.features).flatMap((f) => (f.ai ? f.phrases : [])));
  scoring.weakAiPhrases.forEach((phrase, i) => {
    if (!aiPhrases.has(phrase)) issues.push({ file: SCORING_FILE, path: formatPath(["weakAiPhrases", i]), message: `Unknown phrase "${phrase}": no feature marked "ai": true in ${LEXICON_FILE} has it` });
  });
  scoring.softwareAiPhrases.phrases.forEach((phrase, i) => {
    if (!aiPhrases.has(phrase)) issues.push({ file: SCORING_FILE, path: formatPath(["softwareAiPhrases", "phrases", i]), message: `Unknown phrase "${phrase}": no feature marked "ai": true in ${LEXICON_FILE} has it` });
  });
  const phrases = new Set(Object.values(lexicon.features).flatMap((f) => f.phrases));
  scoring.softwareAiPhrases.context.forEach((phrase, i) => {
    if (!phrases.has(phrase)) issues.push({ file: SCORING_FILE, path: formatPath(["softwareAiPhrases", "context", i]), message: `Unknown phrase "${phrase}": no feature in ${LEXICON_FILE} has it` });
  });
  return issues;
}
