import type { DomainId } from "../schemas/ids.ts";
import type { DomainPriorFile } from "../schemas/signal.ts";
import { signalTokens } from "./tokens.ts";
import { signalText, signalVocabulary, tokenNumber, type SignalVocabulary } from "./vocabulary.ts";

/*
 * The learned domain prior (rules/domain-prior.json): a naive-Bayes reading of which kind of AI
 * product a text describes, over its words and word pairs (tokens.ts), learned from the labelled
 * fixtures. Among the domains the rules already rank near the top, it breaks close calls (see rerank
 * in src/core/score.ts); with its file's `name`, it names a domain when the rules name none though the
 * learned AI signal reads an AI product (see withGuess in src/core/pipeline.ts).
 */

/** rules/domain-prior.json, ready to read texts. */
export interface DomainPriorModel {
  /** How much a probability of 1 weighs against a domain's score (0–1) when close calls are re-ranked. */
  weight: number;
  /** How many of the best-ranked domains may change places. */
  reach: number;
  /** Domains the re-order lifts only over a domain of the same score (see DomainPriorFile). */
  tieOnly: DomainId[];
  /** When the prior names a domain the rules cannot (see DomainPriorFile). */
  name?: DomainPriorFile["name"];
  /** When the prior lists candidates after the domains the rules found (see DomainPriorFile). */
  candidates?: { upTo: number; minProbability: number };
  /** When the prior's sure reading leads over the rules' (see DomainPriorFile). */
  lead?: DomainPriorFile["lead"];
  domains: { id: DomainId; bias: number; unseen: number }[];
  /** The vocabulary the rule set's models share. */
  vocabulary: SignalVocabulary;
  /**
   * Each token's non-zero weights for the domains (by index in `domains`), by token number: token t's
   * are at entries starts[t] to starts[t + 1]; weighs[t] is 1 when the prior weighs token t at all.
   */
  sparse: { starts: Int32Array; domains: Uint8Array; weights: Float64Array; weighs: Uint8Array };
  /** Words that weigh in but are never quoted: the languages' function words ("that", "pour"), lower case. */
  unquoted: Set<string>;
}

export function compileDomainPrior(file: DomainPriorFile, functionWords: Iterable<string> = [], vocabulary: SignalVocabulary = signalVocabulary([domainPriorKeys(file)])): DomainPriorModel {
  const entries = Object.entries(file.domains);
  const rows = new Map<number, Float64Array>();
  entries.forEach(([, d], i) => {
    for (const [key, w] of Object.entries(d.weights)) {
      const id = tokenNumber(vocabulary, key)!;
      let row = rows.get(id);
      if (row === undefined) rows.set(id, (row = new Float64Array(entries.length)));
      row[i] = w;
    }
  });
  const domains = entries.map(([id, d]) => ({ id: id as DomainId, bias: d.bias, unseen: d.unseen }));
  return { weight: file.weight, reach: file.reach, tieOnly: file.tieOnly ?? [], ...(file.name === undefined ? {} : { name: file.name }), ...(file.candidates === undefined ? {} : { candidates: file.candidates }), ...(file.lead === undefined ? {} : { lead: file.lead }), domains, vocabulary, sparse: sparseRows(rows, vocabulary.size, entries.length), unquoted: new Set([...functionWords].map((w) => w.toLowerCase())) };
}

function sparseRows(rows: Map<number, Float64Array>, size: number, n: number): DomainPriorModel["sparse"] {
  const starts = new Int32Array(size + 1);
  const weighs = new Uint8Array(size);
  const domains: number[] = [];
  const weights: number[] = [];
  for (let t = 0; t < size; t++) {
    const row = rows.get(t);
    if (row !== undefined) weighs[t] = 1;
    for (let i = 0; row !== undefined && i < n; i++) {
      if (row[i] === 0) continue;
      domains.push(i);
      weights.push(row[i]!);
    }
    starts[t + 1] = domains.length;
  }
  return { starts, domains: Uint8Array.from(domains), weights: Float64Array.from(weights), weighs };
}

/** Every token the prior weighs, for some domain. */
export function domainPriorKeys(file: DomainPriorFile): string[] {
  return Object.values(file.domains).flatMap((d) => Object.keys(d.weights));
}

/** What the prior reads of a text: each domain's probability (they sum to 1), and the text's words (of four letters or more) that weigh most for one. */
export interface DomainPriorReading {
  probability: (id: DomainId) => number;
  words: (id: DomainId) => string[];
  /** The most likely domain. */
  best: () => DomainId;
  /** ln(P(a) / P(b)): how many times (as a natural log) the prior finds domain a likelier than b. */
  logRatio: (a: DomainId, b: DomainId) => number;
  /** How many of the text's tokens the prior weighs. */
  tokens: number;
}

/** Each model's last text and reading: a text may be read for a close call and again for the candidates. */
const lastRead = new WeakMap<DomainPriorModel, { text: string; reading: DomainPriorReading }>();

/** Reads a text: one lookup per distinct token; the words behind a domain are found and sorted only when asked for. */
export function readDomainPrior(model: DomainPriorModel, text: string): DomainPriorReading {
  const cached = lastRead.get(model);
  if (cached?.text === text) return cached.reading;
  const reading = read(model, text);
  lastRead.set(model, { text, reading });
  return reading;
}

function read(model: DomainPriorModel, text: string): DomainPriorReading {
  const n = model.domains.length;
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) sums[i] = model.domains[i]!.bias;
  let found = 0;
  const { starts, domains, weights, weighs } = model.sparse;
  const tokens = signalText(model.vocabulary, text);
  for (let i = 0; i < tokens.count; i++) {
    const id = tokens.ids[i]!;
    if (weighs[id] === 0) continue;
    found++;
    for (let e = starts[id]!; e < starts[id + 1]!; e++) sums[domains[e]!]! += weights[e]!;
  }
  let top = -Infinity;
  for (let i = 0; i < n; i++) top = Math.max(top, (sums[i]! += found * model.domains[i]!.unseen));
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.exp(sums[i]! - top);
  const index = (id: DomainId) => model.domains.findIndex((d) => d.id === id);
  let quoted: { word: string; row: Float64Array }[] | undefined;
  return {
    probability: (id) => {
      const i = index(id);
      return i < 0 ? 0 : Math.exp(sums[i]! - top) / total;
    },
    words: (id) => {
      const i = index(id);
      return i < 0 ? [] : (quoted ??= quotedWords(model, text)).filter((q) => q.row[i]! > 0).sort((a, b) => b.row[i]! - a.row[i]!).slice(0, 3).map((q) => q.word);
    },
    best: () => model.domains[sums.indexOf(top)]!.id,
    logRatio: (a, b) => {
      const i = index(a);
      const j = index(b);
      return i < 0 || j < 0 ? 0 : sums[i]! - sums[j]!;
    },
    tokens: found,
  };
}

/** The text's words (of four letters or more, not function words) the prior weighs, each at its first occurrence, with their weights. */
function quotedWords(model: DomainPriorModel, text: string): { word: string; row: Float64Array }[] {
  const quoted: { word: string; row: Float64Array }[] = [];
  const { count, ids, starts, ends, pairs } = signalText(model.vocabulary, text);
  for (let i = 0; i < count; i++) {
    if (pairs[i] === 1 || ends[i]! - starts[i]! < 4 || model.sparse.weighs[ids[i]!] === 0) continue;
    const row = new Float64Array(model.domains.length);
    for (let e = model.sparse.starts[ids[i]!]!; e < model.sparse.starts[ids[i]! + 1]!; e++) row[model.sparse.domains[e]!] = model.sparse.weights[e]!;
    const word = text.slice(starts[i], ends[i]);
    if (!model.unquoted.has(word.toLowerCase())) quoted.push({ word, row });
  }
  return quoted;
}

/** One labelled text: the domain it is best read as. */
export interface DomainExample {
  text: string;
  domain: DomainId;
}

export interface DomainPriorOptions {
  /** Additive smoothing of each token's count. */
  alpha: number;
  /** Tokens a domain's texts hold fewer times than this are left out of its weights. */
  minCount: number;
  weight: number;
  reach: number;
  tieOnly?: DomainId[];
  name?: DomainPriorFile["name"];
  candidates?: { upTo: number; minProbability: number };
  lead?: DomainPriorFile["lead"];
}

export const DEFAULT_PRIOR_OPTIONS: DomainPriorOptions = { alpha: 0.5, minCount: 2, weight: 0.15, reach: 3, tieOnly: ["ai-saas"], name: { signal: 0.9, multiSentenceSignal: 0.8, probability: 0.8, sure: { signal: 0.97, probability: 0.4 } }, candidates: { upTo: 3, minProbability: 0.02 }, lead: { probability: 0.9, margin: 13, perToken: 0.25, exempt: [] } };

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Fits rules/domain-prior.json: per domain, log P(domain) and, for each token its texts hold at least
 * `minCount` times, how much more likely the token is in that domain's texts than an unseen one
 * (`unseen` being the log-likelihood of a token the domain never holds). Deterministic.
 */
export function trainDomainPrior(examples: DomainExample[], domainIds: readonly DomainId[], options: DomainPriorOptions = DEFAULT_PRIOR_OPTIONS): DomainPriorFile {
  const counts = new Map<DomainId, Map<string, number>>(domainIds.map((d) => [d, new Map()]));
  const texts = new Map<DomainId, number>(domainIds.map((d) => [d, 0]));
  const vocabulary = new Set<string>();
  for (const e of examples) {
    const c = counts.get(e.domain);
    if (c === undefined) continue;
    texts.set(e.domain, texts.get(e.domain)! + 1);
    for (const key of new Set(signalTokens(e.text).map((t) => t.key))) {
      c.set(key, (c.get(key) ?? 0) + 1);
      vocabulary.add(key);
    }
  }
  const kept = new Set<string>();
  for (const c of counts.values()) for (const [key, n] of c) if (n >= options.minCount) kept.add(key);
  const domains: DomainPriorFile["domains"] = {};
  for (const id of domainIds) {
    const c = counts.get(id)!;
    let tokens = 0;
    for (const n of c.values()) tokens += n;
    const denominator = tokens + options.alpha * vocabulary.size;
    const unseen = Math.log(options.alpha / denominator);
    const weights = [...c].filter(([key, n]) => n >= options.minCount && kept.has(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    domains[id] = {
      bias: round(Math.log((texts.get(id)! + 1) / (examples.length + domainIds.length))),
      unseen: round(unseen),
      weights: Object.fromEntries(weights.map(([key, n]) => [key, round(Math.log((n + options.alpha) / denominator) - unseen)])),
    };
  }
  return { weight: options.weight, reach: options.reach, ...(options.tieOnly === undefined ? {} : { tieOnly: options.tieOnly }), ...(options.name === undefined ? {} : { name: options.name }), ...(options.candidates === undefined ? {} : { candidates: options.candidates }), ...(options.lead === undefined ? {} : { lead: options.lead }), domains };
}
