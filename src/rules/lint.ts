import { PHRASE_BREAK } from "../extract/features.ts";
import { createPipeline } from "../core/pipeline.ts";
import { commonWordClashes } from "../language/common-words.ts";
import { RuleSetError, type RuleIssue } from "../errors.ts";
import { DOMAIN_IDS, REVENUE_MODEL_IDS, STAGE_IDS } from "../schemas/ids.ts";
import { factConditions } from "./conditions.ts";
import { targetOf } from "./target.ts";
import { DEFAULT_RULES_DIR, LEXICON_FILE, loadRuleSet, TAXONOMY_FILE, type RuleSet } from "./load.ts";

/** What `lint` found: errors stop a rule set from loading; warnings are worth a look but do not. */
export interface LintReport {
  rulesDir: string;
  rulesVersion: string | null;
  rules: number;
  errors: RuleIssue[];
  warnings: RuleIssue[];
}

/** Things that load but are probably mistakes: lexicon features no rule reads, ids no rule scores, phrases that match everyday words, phrases that can never match. */
export function lintWarnings(ruleSet: RuleSet): RuleIssue[] {
  const warnings: RuleIssue[] = [];
  const used = new Set<string>();
  for (const r of ruleSet.rules) {
    for (const f of factConditions(r.json.conditions)) if (f.fact === "features" && typeof f.value === "string") used.add(f.value);
  }
  // scoring.json reads these to tell a business that uses AI from one that sells it.
  for (const f of [...ruleSet.scoring.usedInternally.business, ...ruleSet.scoring.usedInternally.product, ...(ruleSet.scoring.usedInternally.leadProduct ?? []), ...(ruleSet.scoring.usedInternally.leadUse ?? []), ...ruleSet.scoring.usedInternally.aiModifiers, ...ruleSet.scoring.usedInternally.byHand, ...ruleSet.scoring.nameFeatures]) used.add(f);
  for (const [feature, entry] of Object.entries(ruleSet.lexicon.features)) {
    // An AI feature still counts: it is the AI signal that lets a domain be named.
    if (!used.has(feature) && !entry.ai) {
      warnings.push({ file: LEXICON_FILE, path: `features.${feature}`, message: `Feature "${feature}" is read by no rule nor by scoring.json, so its phrases change nothing` });
    }
  }
  const scored = { domain: new Set<string>(), stage: new Set<string>(), revenueModel: new Set<string>() };
  for (const r of ruleSet.rules) {
    const t = targetOf(r.json.event.params);
    scored[t.kind].add(t.id);
  }
  const missing = (kind: keyof typeof scored, ids: readonly string[], section: string) => {
    for (const id of ids) {
      if (!scored[kind].has(id)) warnings.push({ file: TAXONOMY_FILE, path: `${section}`, message: `No rule scores the ${kind === "revenueModel" ? "revenue model" : kind} "${id}"` });
    }
  };
  missing("domain", DOMAIN_IDS, "domains");
  missing("stage", STAGE_IDS, "stages");
  missing("revenueModel", REVENUE_MODEL_IDS, "revenueModels");
  warnings.push(...commonWordClashes(ruleSet));
  warnings.push(...idleNotLoose(ruleSet));
  warnings.push(...brokenPhrases(ruleSet));
  return warnings;
}

/** Phrases (and ignored phrases) written across a clause break: a phrase never runs across one, so they never match. */
function brokenPhrases({ lexicon, languages }: RuleSet): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const check = (file: string, path: string, phrase: string) => {
    if (PHRASE_BREAK.test(phrase)) issues.push({ file, path, message: `"${phrase}" never matches: a phrase never runs across a comma, a full stop or another clause break` });
  };
  lexicon.ignore.forEach((p, i) => check(LEXICON_FILE, `ignore[${i}]`, p));
  for (const [feature, entry] of Object.entries(lexicon.features)) entry.phrases.forEach((p, i) => check(LEXICON_FILE, `features.${feature}.phrases[${i}]`, p));
  for (const [code, { lexicon: own }] of languages) {
    const file = `lexicon/${code}.json`;
    (own.ignore ?? []).forEach((p, i) => check(file, `ignore[${i}]`, p));
    for (const [feature, phrases] of Object.entries(own.features)) phrases.forEach((p, i) => check(file, `features.${feature}[${i}]`, p));
  }
  return issues;
}

/** `loose.notLoose` entries that change nothing: not a phrase of a feature that matches loosely. */
function idleNotLoose({ lexicon }: RuleSet): RuleIssue[] {
  const loosePhrases = new Set<string>();
  for (const entry of Object.values(lexicon.features)) if (entry.loose) for (const p of entry.phrases) loosePhrases.add(p);
  return lexicon.loose.notLoose.flatMap((phrase, i) =>
    loosePhrases.has(phrase) ? [] : [{ file: LEXICON_FILE, path: `loose.notLoose[${i}]`, message: `"${phrase}" is no phrase of a feature marked "loose": true, so listing it changes nothing` }],
  );
}

/**
 * Runs every check of the loader (the same code: a set that fails lint is never used by classify or
 * serve), builds what a classifier builds from the set (the lexicon's matcher and typo index, the
 * compiled rules), and, when all that succeeds, gives the warnings.
 */
export function lintRules(dir: string = DEFAULT_RULES_DIR): LintReport {
  try {
    const ruleSet = loadRuleSet(dir);
    createPipeline(ruleSet);
    return { rulesDir: dir, rulesVersion: ruleSet.version, rules: ruleSet.rules.length, errors: [], warnings: lintWarnings(ruleSet) };
  } catch (err) {
    if (!(err instanceof RuleSetError)) throw err;
    return { rulesDir: dir, rulesVersion: null, rules: 0, errors: err.issues, warnings: [] };
  }
}
