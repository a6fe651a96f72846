import type { Pipeline } from "../core/index.ts";
import { extractFeatures } from "../extract/features.ts";
import { IGNORED, phraseGroups } from "../extract/phrases.ts";
import type { RuleSet } from "../rules/load.ts";
import { round3 } from "./evaluate.ts";
import { featureDomainRules } from "./feature-rules.ts";
import type { LocatedFixture } from "./fixtures.ts";

/** How one lexicon phrase behaves on the labelled fixtures. */
export interface PhraseStats {
  feature: string;
  phrase: string;
  /** Fixtures it is found in (not denied). */
  fires: number;
  /** Distinct labelled primary domains among them. */
  domains: number;
  /** Share of its fixtures labelled with a domain its feature's domain rules score; null when they score none or it never fires. */
  precision: number | null;
  /** Why it is generic, when it is. */
  generic?: string;
}

export interface PhraseReport {
  phrases: PhraseStats[];
  generic: PhraseStats[];
  /** Phrases found in no fixture, as `feature: phrase`: nothing checks them. */
  silent: string[];
}

/** When a phrase counts as generic; the defaults are the ones the report prints. */
export const GENERIC = { domains: 4, precision: 0.5, minFires: 10 };

export function phraseReport(ruleSet: RuleSet, pipeline: Pipeline, fixtures: LocatedFixture[]): PhraseReport {
  const scores = featureDomainRules(ruleSet);
  const seen = new Map<string, LocatedFixture[]>(); // "feature\0phrase" → fixtures
  for (const f of fixtures) {
    const here = new Set<string>();
    for (const m of extractFeatures(f.fixture.input.description ?? "", pipeline.matcher)) if (!m.negated) here.add(`${m.feature}\0${m.phrase}`);
    for (const key of here) seen.set(key, [...(seen.get(key) ?? []), f]);
  }
  const phrases: PhraseStats[] = [];
  for (const { feature, phrases: list } of phraseGroups(ruleSet.lexicon)) {
    if (feature === IGNORED) continue;
    const targets = scores.get(feature)?.domains;
    for (const { written } of list) {
      const hits = seen.get(`${feature}\0${written}`) ?? [];
      const labelled = new Set(hits.flatMap((f) => f.fixture.expect.domains.slice(0, 1)));
      const right = targets ? hits.filter((f) => f.fixture.expect.domains.some((d) => targets.has(d))).length : 0;
      const stats: PhraseStats = { feature, phrase: written, fires: hits.length, domains: labelled.size, precision: targets && hits.length > 0 ? round3(right / hits.length) : null };
      if (stats.domains >= GENERIC.domains) stats.generic = `found in fixtures of ${stats.domains} domains`;
      else if (stats.precision !== null && stats.precision < GENERIC.precision && stats.fires >= GENERIC.minFires) stats.generic = `precision ${stats.precision} over ${stats.fires} fixtures`;
      phrases.push(stats);
    }
  }
  return { phrases, generic: phrases.filter((p) => p.generic !== undefined), silent: phrases.filter((p) => p.fires === 0).map((p) => `${p.feature}: ${p.phrase}`) };
}
