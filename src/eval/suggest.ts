import { createPipeline } from "../core/index.ts";
import { phraseGroups, WILDCARD } from "../extract/phrases.ts";
import type { RuleSet } from "../rules/load.ts";
import { DOMAIN_IDS, type DomainId } from "../schemas/ids.ts";
import type { RuleJson } from "../schemas/rules.ts";
import { round3 } from "./evaluate.ts";
import { featureDomainRules } from "./feature-rules.ts";
import { extractFirings, numbersOf, rescore } from "./firing.ts";
import type { LocatedFixture } from "./fixtures.ts";
import { ngramsOf } from "./ngrams.ts";

/** One proposed lexicon phrase for a domain. */
export interface Suggestion {
  domain: DomainId;
  /** As written in the fixtures, lower-cased: what to paste. */
  phrase: string;
  /** Fightin' Words z-score of the phrase for this domain against the others. */
  z: number;
  /** Fixtures it occurs in. */
  support: number;
  /** Share of those labelled with the domain: its precision if it voted for the domain alone. */
  precision: number;
  /** Fixtures of the domain it occurs in that the rules miss today. */
  misses: number;
  /** Up to three fixture ids, missed ones first. */
  examples: string[];
  /** The lexicon feature to join (one the domain's rules read and whose phrases share a word), or a new one. */
  feature: string;
  newFeature: boolean;
  /** What to paste into lexicon.json, and where. */
  lexicon: { pasteInto: string; snippet: string };
  /** For a new feature: a rule to paste into domains/<domain>.json (weight 2, for tune to fit). */
  rule: RuleJson | null;
  /** For an existing feature: the domain rules that already score it. */
  scoredBy: string[];
}

export interface SuggestOptions {
  domains: readonly DomainId[];
  top: number;
  /** Fixtures a phrase must occur in. */
  minSupport: number;
  /** Dirichlet prior strength (Monroe, Colaresi & Quinn's α0) as a share of the corpus's weighted fixture count. */
  priorShare: number;
  /** A fixture the rules miss counts this many times. */
  missWeight: number;
  /** Fixtures of the domain the rules miss that a phrase must occur in: one that fixes none adds nothing. */
  minMisses: number;
  /** Phrases right less often than this on the fixtures are left out: they would mislead as often as help. */
  minPrecision: number;
}

export const SUGGEST_DEFAULTS: Omit<SuggestOptions, "domains"> = { top: 5, minSupport: 3, priorShare: 0.5, missWeight: 2, minMisses: 1, minPrecision: 0.6 };

/** The stem keys of every lexicon phrase, so a phrase already in the lexicon is never proposed again. */
function lexiconKeys(ruleSet: RuleSet): Set<string> {
  const keys = new Set<string>();
  for (const { phrases } of phraseGroups(ruleSet.lexicon)) {
    for (const p of phrases) if (!p.words.includes(WILDCARD)) keys.add(p.words.map((w) => (p.exact ? w : (ruleSet.stems.get(w) ?? w))).join(" "));
  }
  return keys;
}

const slug = (phrase: string) => phrase.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/**
 * Fightin' Words (Monroe, Colaresi & Quinn 2008): for each n-gram, the log-odds of occurring in a
 * fixture of the domain against a fixture of any other, each smoothed by an informative Dirichlet
 * prior (the n-gram's share of the whole corpus, worth half the corpus), divided by its
 * standard error. Counts are of fixtures, not occurrences: a long description weighs no more.
 */
export function suggestPhrases(ruleSet: RuleSet, fixtures: LocatedFixture[], options: SuggestOptions): Suggestion[] {
  const pipeline = createPipeline(ruleSet);
  const firings = extractFirings(ruleSet, fixtures);
  const all = fixtures.map((_, i) => i);
  const missed = rescore(firings, numbersOf(ruleSet), all).map((o) => !o.primaryOk);
  const known = lexiconKeys(ruleSet);
  const grams = fixtures.map((f) => ngramsOf(f.fixture.input.description ?? "", pipeline.matcher));
  const weightOf = (i: number) => (missed[i] ? options.missWeight : 1);
  let total = 0;
  const count = new Map<string, number>();
  for (let i = 0; i < fixtures.length; i++) {
    total += weightOf(i);
    for (const key of grams[i]!.keys()) if (!known.has(key)) count.set(key, (count.get(key) ?? 0) + weightOf(i));
  }
  const features = featureDomainRules(ruleSet);
  const usedFeatures = new Set(Object.keys(ruleSet.lexicon.features));
  const context: Context = { ruleSet, ids: fixtures.map((f) => f.fixture.id), missed, aiSignal: firings.analyses.map((a) => a.aiSignal), usedFeatures };
  const out: Suggestion[] = [];
  for (const domain of options.domains) {
    const inDomain = (i: number) => (fixtures[i]!.fixture.expect.domains as string[]).includes(domain);
    let nd = 0;
    const yd = new Map<string, number>();
    for (let i = 0; i < fixtures.length; i++) {
      if (!inDomain(i)) continue;
      nd += weightOf(i);
      for (const key of grams[i]!.keys()) if (count.has(key)) yd.set(key, (yd.get(key) ?? 0) + weightOf(i));
    }
    const no = total - nd;
    if (nd === 0 || no === 0) continue;
    const a0 = options.priorShare * total;
    const scored = [...yd].map(([key, y1]) => {
      const y2 = count.get(key)! - y1;
      const a = (a0 * count.get(key)!) / total;
      const delta = Math.log((y1 + a) / (nd + a0 - y1 - a)) - Math.log((y2 + a) / (no + a0 - y2 - a));
      return { key, z: delta / Math.sqrt(1 / (y1 + a) + 1 / (y2 + a)) };
    });
    // At equal z the longer n-gram first: found in the same fixtures, it is the more specific phrase.
    const words = (key: string) => key.split(" ").length;
    scored.sort((p, q) => q.z - p.z || words(q.key) - words(p.key) || (p.key < q.key ? -1 : 1));
    const domainFeatures = [...features].filter(([, e]) => e.domains.has(domain));
    const picked: { key: string; where: number[] }[] = [];
    for (const { key, z } of scored) {
      if (picked.length === options.top || z <= 0) break;
      const where = all.filter((i) => grams[i]!.has(key));
      if (where.length < options.minSupport || where.filter(inDomain).length < options.minPrecision * where.length) continue;
      if (where.filter((i) => missed[i] && inDomain(i)).length < options.minMisses) continue;
      // A phrase always found with one already picked, and inside it or around it, says nothing new.
      if (picked.some((p) => (p.key.includes(key) || key.includes(p.key)) && p.where.length === where.length && p.where.every((i, k) => where[k] === i))) continue;
      picked.push({ key, where });
      const ordered = [...where.filter((i) => missed[i] && inDomain(i)), ...where.filter((i) => !(missed[i] && inDomain(i)))];
      const phrase = grams[ordered[0]!]!.get(key)!;
      out.push(suggestion(context, { domain, phrase, key, z: round3(z), where, ordered, inDomain, domainFeatures }));
    }
  }
  return out;
}

/** What every suggestion of a run shares. */
interface Context {
  ruleSet: RuleSet;
  ids: string[];
  missed: boolean[];
  aiSignal: boolean[];
  usedFeatures: Set<string>;
}

interface Candidate {
  domain: DomainId;
  phrase: string;
  key: string;
  z: number;
  /** Fixtures it occurs in, and the same with the domain's missed fixtures first. */
  where: number[];
  ordered: number[];
  inDomain: (i: number) => boolean;
  domainFeatures: [string, { rules: string[]; domains: Set<DomainId> }][];
}

function suggestion({ ruleSet, ids, missed, aiSignal, usedFeatures }: Context, { domain, phrase, key, z, where, ordered, inDomain, domainFeatures }: Candidate): Suggestion {
  const stems = new Set(key.split(" "));
  // The feature to join shares a word with the phrase and is read by rules of this domain; of several,
  // the one sharing most words, then the one scoring fewest other domains.
  let best: { feature: string; shared: number; spread: number; rules: string[] } | undefined;
  for (const [feature, entry] of domainFeatures) {
    const phrases = ruleSet.lexicon.features[feature]?.phrases ?? [];
    const words = new Set(phrases.flatMap((p) => p.replace(/^=/, "").split(/\s+/)).map((w) => ruleSet.stems.get(w) ?? w));
    const shared = [...stems].filter((s) => words.has(s)).length;
    const spread = entry.domains.size;
    if (shared > 0 && (best === undefined || shared > best.shared || (shared === best.shared && spread < best.spread))) best = { feature, shared, spread, rules: entry.rules };
  }
  const examples = ordered.slice(0, 3).map((i) => ids[i]!);
  const base = { domain, phrase, z, support: where.length, precision: round3(where.filter(inDomain).length / where.length), misses: where.filter((i) => missed[i] && inDomain(i)).length, examples };
  if (best !== undefined) {
    return { ...base, feature: best.feature, newFeature: false, lexicon: { pasteInto: `features.${best.feature}.phrases`, snippet: JSON.stringify(phrase) }, rule: null, scoredBy: best.rules };
  }
  let feature = slug(phrase);
  for (let n = 2; usedFeatures.has(feature); n++) feature = `${slug(phrase)}-${n}`;
  // Where a fixture it would win shows no other sign of AI, the phrase must be one, or the abstain gate hides it.
  const ai = where.some((i) => inDomain(i) && missed[i] && !aiSignal[i]);
  const entry = { description: `Mentions ${phrase}`, ...(ai ? { ai: true } : {}), phrases: [phrase] };
  const rule: RuleJson = {
    name: `${domain}/${feature}`,
    conditions: { all: [{ fact: "features", operator: "contains", value: feature }] },
    event: { type: "score", params: { domain, weight: 2, reason: `Mentions ${phrase}` } },
  };
  return { ...base, feature, newFeature: true, lexicon: { pasteInto: "features", snippet: `${JSON.stringify(feature)}: ${JSON.stringify(entry)}` }, rule, scoredBy: [] };
}
