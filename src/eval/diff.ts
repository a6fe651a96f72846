import { isDeepStrictEqual } from "node:util";
import type { Classifier } from "../core/index.ts";
import type { RuleSet } from "../rules/load.ts";
import { evaluate, metrics, round3, type FixtureOutcome, type Metrics } from "./evaluate.ts";
import type { LocatedFixture } from "./fixtures.ts";

export interface Change<T> {
  from: T;
  to: T;
}

/** How one fixture's answer moved between two rule sets; only the parts that moved are present. */
export interface FixtureChange {
  id: string;
  at: string;
  primary?: Change<string | null>;
  stages?: Change<string[]>;
  statedRevenueModels?: Change<string[]>;
  passed: Change<boolean>;
}

export interface MetricChange {
  metric: string;
  before: number | null;
  after: number | null;
  change: number | null;
}

export interface RuleChanges {
  added: string[];
  removed: string[];
  /** Rules whose JSON differs, with the fields that changed (`event.params.weight: 5 → 1`). */
  changed: { rule: string; fields: string[] }[];
  /** Changes to the lexicon, taxonomy or scoring (`lexicon.json: features.llm.phrases[24]: (none) → "chatgpt"`). */
  data: string[];
}

export interface RulesDiff {
  before: string;
  after: string;
  fixtures: number;
  rules: RuleChanges;
  changes: FixtureChange[];
  metrics: MetricChange[];
  /** Fixtures that passed before and fail now. */
  regressions: number;
  /** Fixtures that failed before and pass now. */
  fixed: number;
}

const stated = (o: FixtureOutcome) => o.result.revenueModels.filter((m) => m.source === "stated").map((m) => m.id).sort();
const stagesOf = (o: FixtureOutcome) => o.result.stages.map((s) => s.id).sort();

/** Leaf differences between two JSON values, as `path: old → new`. */
function fieldChanges(a: unknown, b: unknown, path = ""): string[] {
  if (isDeepStrictEqual(a, b)) return [];
  const isObj = (x: unknown) => x !== null && typeof x === "object";
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    return [...keys].flatMap((k) => {
      const at = Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
      return fieldChanges((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at);
    });
  }
  return [`${path}: ${JSON.stringify(a) ?? "(none)"} → ${JSON.stringify(b) ?? "(none)"}`];
}

export function ruleChanges(before: RuleSet, after: RuleSet): RuleChanges {
  const old = new Map(before.rules.map((r) => [r.name, r.json]));
  const now = new Map(after.rules.map((r) => [r.name, r.json]));
  const data = (["taxonomy", "lexicon", "scoring"] as const).flatMap((k) => fieldChanges(before[k], after[k]).map((change) => `${k}.json: ${change}`));
  return {
    added: [...now.keys()].filter((n) => !old.has(n)),
    removed: [...old.keys()].filter((n) => !now.has(n)),
    changed: [...now].filter(([n, json]) => old.has(n) && !isDeepStrictEqual(old.get(n), json)).map(([n, json]) => ({ rule: n, fields: fieldChanges(old.get(n), json) })),
    data,
  };
}

function metricRows(m: Metrics): [string, number | null][] {
  return [
    ["passed", m.passed],
    ["top-1", m.top1],
    ["top-3", m.top3],
    ["abstain accuracy", m.abstainAccuracy],
    ["stated-revenue recall", m.statedRevenueRecall],
    ["stage recall", m.stageRecall],
    ...m.domains.flatMap((d): [string, number | null][] => [
      [`${d.id} precision`, d.precision],
      [`${d.id} recall`, d.recall],
      [`${d.id} f1`, d.f1],
    ]),
  ];
}

/** Runs the fixtures on both rule sets and says what a rule change does: answers that move, and every metric. */
export async function diffRules(before: Classifier, after: Classifier, fixtures: LocatedFixture[]): Promise<RulesDiff> {
  const a = await evaluate(before, fixtures);
  const b = await evaluate(after, fixtures);
  const changes: FixtureChange[] = [];
  a.forEach((old, i) => {
    const now = b[i]!;
    const change: FixtureChange = { id: old.located.fixture.id, at: `${old.located.file}:${old.located.line}`, passed: { from: old.passed, to: now.passed } };
    if (old.result.primaryDomain !== now.result.primaryDomain) change.primary = { from: old.result.primaryDomain, to: now.result.primaryDomain };
    if (!isDeepStrictEqual(stagesOf(old), stagesOf(now))) change.stages = { from: stagesOf(old), to: stagesOf(now) };
    if (!isDeepStrictEqual(stated(old), stated(now))) change.statedRevenueModels = { from: stated(old), to: stated(now) };
    if (change.primary || change.stages || change.statedRevenueModels || old.passed !== now.passed) changes.push(change);
  });
  const before_ = metricRows(metrics(a));
  const after_ = new Map(metricRows(metrics(b)));
  return {
    before: before.rulesVersion,
    after: after.rulesVersion,
    fixtures: fixtures.length,
    rules: ruleChanges(before.ruleSet, after.ruleSet),
    changes,
    metrics: before_.map(([metric, x]) => {
      const y = after_.get(metric) ?? null;
      return { metric, before: x, after: y, change: x === null || y === null ? null : round3(y - x) };
    }),
    regressions: changes.filter((c) => c.passed.from && !c.passed.to).length,
    fixed: changes.filter((c) => !c.passed.from && c.passed.to).length,
  };
}
