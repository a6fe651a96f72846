import { createPipeline, traceRules } from "../core/index.ts";
import type { LoadedRule, RuleSet } from "../rules/load.ts";
import { targetOf, type RuleTarget } from "../rules/target.ts";
import { DOMAIN_IDS, type DomainId } from "../schemas/ids.ts";
import { round3 } from "./evaluate.ts";
import type { LocatedFixture } from "./fixtures.ts";
import { phraseReport, type PhraseReport } from "./phrases.ts";

/** Snorkel's labelling-function measures for one rule, over the labelled fixtures. */
export interface RuleStats {
  rule: string;
  file: string;
  target: RuleTarget;
  /** Fixtures it fires on. */
  fires: number;
  /** Share of fixtures it fires on. */
  coverage: number;
  /** Firings the labels agree with (for a negative weight: the label is not its id). */
  correct: number;
  /** Firings the labels contradict. */
  incorrect: number;
  /** correct / (correct + incorrect); null when no firing is labelled. */
  precision: number | null;
  /** Share of fixtures where it fires together with another rule of the same kind. */
  overlaps: number;
  /** Share of fixtures where another rule of the same kind votes for a different id (domains only: stages and revenue models are multi-label). */
  conflicts: number;
}

export interface Suspect {
  id: string;
  at: string;
  /** The labelled accepted domains ([] = must abstain). */
  labelled: string[];
  /** The classifier's primary domain (null = abstained). */
  classifierSays: string | null;
  /** The domain the precise rules point to instead. */
  rulesSay: DomainId;
  rules: { rule: string; precisionElsewhere: number; firesElsewhere: number }[];
}

export interface RuleReport {
  rulesVersion: string;
  fixtures: number;
  rules: RuleStats[];
  /** pairs[a][b]: fixtures on which rules for domain a and rules for domain b both fire (a ≠ b). */
  domainPairs: Record<DomainId, Record<DomainId, number>>;
  /** Labelled AI fixtures on which no rule for any domain fires. */
  uncovered: { id: string; at: string; labelled: string[] }[];
  /** Fixtures whose label is contradicted by rules that are precise on the other fixtures. */
  suspects: Suspect[];
  /** Rules that fire on no fixture: nothing checks them. */
  unexercised: string[];
  /** Each lexicon phrase on the fixtures: generic ones and ones that never fire. */
  phrases: PhraseReport;
}

/** Settings of the suspected-mislabel search; the defaults suit a few hundred fixtures. */
export interface SuspectOptions {
  /** A rule counts as precise at this leave-one-out precision… */
  minPrecision: number;
  /** …over at least this many other fixtures. */
  minFires: number;
}


/** The labels of one kind, or null when the fixture does not label that kind (stages, revenue models). */
function labelsOf(f: LocatedFixture, kind: RuleTarget["kind"]): string[] | null {
  const e = f.fixture.expect;
  if (kind === "domain") return e.domains;
  const list = kind === "stage" ? e.stages : e.revenueModels;
  return list.length > 0 ? list : null;
}

/** Whether the labels agree with one firing: true, false, or null when the fixture says nothing. */
function agrees(target: RuleTarget, labels: string[] | null): boolean | null {
  if (labels === null) return null;
  const has = labels.includes(target.id);
  return target.weight >= 0 ? has : !has;
}


/**
 * Per-rule coverage, correct and incorrect firings, precision, overlaps and conflicts (Snorkel's LF
 * analysis), the pairwise domain conflict matrix, uncovered fixtures and suspected mislabels.
 */
export function ruleReport(ruleSet: RuleSet, fixtures: LocatedFixture[], options: SuspectOptions = { minPrecision: 0.9, minFires: 3 }): RuleReport {
  // Which rules fire on each fixture, on the compiled path (the reference engine fires the same, as tested).
  const pipeline = createPipeline(ruleSet);
  const traces = fixtures.map((f) => traceRules(pipeline, f.fixture.input));
  const fired = traces.map((t) => t.fired);
  const targets = new Map(ruleSet.rules.map((r) => [r.name, targetOf(r.json.event.params)]));
  const n = fixtures.length;
  const stats = new Map<string, RuleStats>(
    ruleSet.rules.map((r) => [r.name, { rule: r.name, file: r.file, target: targets.get(r.name)!, fires: 0, coverage: 0, correct: 0, incorrect: 0, precision: null, overlaps: 0, conflicts: 0 }]),
  );
  const domainPairs = Object.fromEntries(DOMAIN_IDS.map((a) => [a, Object.fromEntries(DOMAIN_IDS.filter((b) => b !== a).map((b) => [b, 0]))])) as RuleReport["domainPairs"];
  const uncovered: RuleReport["uncovered"] = [];
  const at = (f: LocatedFixture) => `${f.file}:${f.line}`;

  fixtures.forEach((f, i) => {
    const rules = fired[i]!;
    const positiveDomains = new Set<string>();
    for (const r of rules) {
      const t = targets.get(r.name)!;
      if (t.kind === "domain" && t.weight > 0) positiveDomains.add(t.id);
    }
    for (const r of rules) {
      const s = stats.get(r.name)!;
      const t = s.target;
      s.fires++;
      const verdict = agrees(t, labelsOf(f, t.kind));
      if (verdict === true) s.correct++;
      if (verdict === false) s.incorrect++;
      if (rules.some((o) => o !== r && targets.get(o.name)!.kind === t.kind)) s.overlaps++;
      if (t.kind === "domain" && t.weight > 0 && [...positiveDomains].some((d) => d !== t.id)) s.conflicts++;
    }
    for (const a of positiveDomains) {
      for (const b of positiveDomains) if (a !== b) domainPairs[a as DomainId][b as DomainId]++;
    }
    if (f.fixture.expect.domains.length > 0 && positiveDomains.size === 0) uncovered.push({ id: f.fixture.id, at: at(f), labelled: f.fixture.expect.domains });
  });
  for (const s of stats.values()) {
    s.coverage = n === 0 ? 0 : round3(s.fires / n);
    s.precision = s.correct + s.incorrect === 0 ? null : round3(s.correct / (s.correct + s.incorrect));
    s.overlaps = n === 0 ? 0 : round3(s.overlaps / n);
    s.conflicts = n === 0 ? 0 : round3(s.conflicts / n);
  }
  const primaries = traces.map((t) => t.classification.primaryDomain);
  const suspects = findSuspects(fixtures, fired, stats, primaries, options);
  return {
    rulesVersion: ruleSet.version,
    fixtures: n,
    rules: [...stats.values()],
    domainPairs,
    uncovered,
    suspects,
    unexercised: [...stats.values()].filter((s) => s.fires === 0).map((s) => s.rule),
    phrases: phraseReport(ruleSet, pipeline, fixtures),
  };
}

/**
 * A fixture is suspect when the classifier disagrees with its label, rules that are precise on the
 * *other* fixtures (leave-one-out, so a rule cannot vouch for itself) point to a domain the label
 * does not accept, and no equally precise rule backs an accepted one: then the label is as likely
 * wrong as the rules.
 */
function findSuspects(fixtures: LocatedFixture[], fired: LoadedRule[][], stats: Map<string, RuleStats>, primaries: (DomainId | null)[], options: SuspectOptions): Suspect[] {
  const suspects: Suspect[] = [];
  fixtures.forEach((f, i) => {
    const labels: readonly string[] = f.fixture.expect.domains;
    const primary = primaries[i] ?? null;
    if (labels.length === 0 ? primary === null : primary !== null && labels.includes(primary)) return;
    const support = new Map<DomainId, Suspect["rules"]>();
    let backsLabel = false;
    for (const r of fired[i]!) {
      const s = stats.get(r.name)!;
      if (s.target.kind !== "domain" || s.target.weight <= 0) continue;
      const own = agrees(s.target, [...labels]) ? 1 : 0;
      const firesElsewhere = s.correct + s.incorrect - 1;
      if (firesElsewhere < options.minFires) continue;
      const precisionElsewhere = round3((s.correct - own) / firesElsewhere);
      if (precisionElsewhere < options.minPrecision) continue;
      if (labels.includes(s.target.id)) backsLabel = true;
      else {
        const list = support.get(s.target.id as DomainId) ?? [];
        list.push({ rule: r.name, precisionElsewhere, firesElsewhere });
        support.set(s.target.id as DomainId, list);
      }
    }
    if (backsLabel || support.size === 0) return;
    const [rulesSay, rules] = [...support].sort((a, b) => b[1].length - a[1].length)[0]!;
    suspects.push({ id: f.fixture.id, at: `${f.file}:${f.line}`, labelled: [...labels], classifierSays: primary, rulesSay, rules });
  });
  return suspects;
}
