var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/explain.ts
function evidenceKeys(c2, out = []) {
  if ("all" in c2) c2.all.forEach((x) => evidenceKeys(x, out));
  else if ("any" in c2) c2.any.forEach((x) => evidenceKeys(x, out));
  else if ("not" in c2) return out;
  else if (c2.operator === "contains" || c2.operator === "equal" || c2.operator === "in" || c2.fact === "industry") out.push({ fact: c2.fact, value: String(c2.value) });
  return out;
}
function quoteEvidence(keys, evidence) {
  const out = /* @__PURE__ */ new Set();
  for (const { fact, value } of keys) {
    if (out.size >= MAX_EVIDENCE) break;
    if (fact === "features") {
      for (const term of evidence.terms.get(value) ?? []) out.add(term);
    } else if (fact === "industry") {
      if (evidence.facts.industry) out.add(`industry: ${evidence.facts.industry}`);
    } else if (evidence.facts[fact].has(value)) {
      out.add(`${fact}: ${value}`);
    }
  }
  return [...out].slice(0, MAX_EVIDENCE);
}
function ruleReason(rule, keys, evidence) {
  return { rule: rule.name, message: rule.json.event.params.reason, evidence: quoteEvidence(keys, evidence) };
}
var MAX_EVIDENCE;
var init_explain = __esm({
  "src/explain.ts"() {
    "use strict";
    MAX_EVIDENCE = 4;
  }
});

// src/extract/keywords.ts
import { createRequire } from "node:module";
function isWordChar(code, text, i) {
  if (code < 128) return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57;
  return UNICODE_WORD_CHAR.test(text[i]);
}
function tokenize(text) {
  const tokens = [];
  const n2 = text.length;
  let i = 0;
  while (i < n2) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n2) {
      const code = text.charCodeAt(i);
      if (isWordChar(code, text, i)) {
        if (code >= 128) ascii = false;
        i++;
      } else if ((code === 39 || code === 8217) && i + 1 < n2 && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        if (code !== 39) ascii = false;
        i++;
      } else break;
    }
    const word = text.slice(start, i);
    tokens.push({ text: ascii ? word.toLowerCase() : word.normalize("NFKC").toLowerCase().replace(/’/g, "'"), start, end: i });
  }
  return tokens;
}
function stemWord(word) {
  const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
  return PorterStemmer.stem(bare);
}
function createStemmer(correct) {
  const cache = /* @__PURE__ */ new Map();
  return (word) => {
    let stem = cache.get(word);
    if (stem === void 0) {
      const fixed = correct?.(word);
      stem = stemWord(fixed ?? word);
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      cache.set(word, stem);
    }
    return stem;
  };
}
var require2, PorterStemmer, UNICODE_WORD_CHAR, STEM_CACHE_LIMIT;
var init_keywords = __esm({
  "src/extract/keywords.ts"() {
    "use strict";
    require2 = createRequire(import.meta.url);
    PorterStemmer = require2("natural/lib/natural/stemmers/porter_stemmer.js");
    UNICODE_WORD_CHAR = /[\p{L}\p{N}]/u;
    STEM_CACHE_LIMIT = 2e5;
  }
});

// src/extract/negation.ts
function compileNegation(negation, split) {
  const cues = /* @__PURE__ */ new Map();
  for (const words of negation.cues.map(split).sort((a, b) => b.length - a.length)) {
    const first = words[0];
    if (first === void 0) continue;
    cues.set(first, [...cues.get(first) ?? [], words]);
  }
  return {
    cues,
    suffixCues: new Set(negation.suffixCues),
    breakers: new Set(negation.breakers),
    window: negation.window
  };
}
function negatedTokens(text, tokens, negation) {
  const flags = new Uint8Array(tokens.length);
  let remaining = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const prev = tokens[i - 1];
    if (remaining > 0 && prev !== void 0 && CLAUSE_BREAK.test(text.slice(prev.end, token.start))) remaining = 0;
    if (remaining > 0 && negation.breakers.has(token.text)) remaining = 0;
    const cueLength = cueAt(tokens, i, negation.cues);
    if (cueLength > 0) {
      i += cueLength - 1;
      const next = tokens[i + 1];
      remaining = next !== void 0 && text.slice(tokens[i].end, next.start) === "-" ? 1 : negation.window;
      continue;
    }
    if (remaining > 0) {
      flags[i] = 1;
      remaining--;
    }
  }
  return flags;
}
function cueAt(tokens, i, byFirst) {
  const cues = byFirst.get(tokens[i].text);
  if (cues === void 0) return 0;
  for (const cue of cues) {
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) ok = tokens[i + k]?.text === cue[k];
    if (ok) return cue.length;
  }
  return 0;
}
function deniedAfter(text, tokens, lastIndex, negation) {
  const next = tokens[lastIndex + 1];
  const last = tokens[lastIndex];
  if (next === void 0 || last === void 0 || !negation.suffixCues.has(next.text)) return false;
  return /^[\s-]{0,2}$/.test(text.slice(last.end, next.start));
}
var CLAUSE_BREAK;
var init_negation = __esm({
  "src/extract/negation.ts"() {
    "use strict";
    CLAUSE_BREAK = /[.;:!?,()\n\u2013\u2014]/;
  }
});

// src/extract/typos.ts
function deletions(word) {
  const out = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
function createTypoCorrector(vocabulary) {
  const known = /* @__PURE__ */ new Set();
  const byDeletion = /* @__PURE__ */ new Map();
  const put = (key2, word) => {
    const had = byDeletion.get(key2);
    if (had === void 0) byDeletion.set(key2, word);
    else if (had !== word) byDeletion.set(key2, null);
  };
  for (const word of vocabulary) {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
    known.add(word);
  }
  for (const word of known) {
    put(word, word);
    for (const d of deletions(word)) put(d, word);
  }
  return (word) => {
    if (word.length < MIN_LENGTH || known.has(word) || !/^[a-z]+$/.test(word)) return void 0;
    const direct = byDeletion.get(word);
    if (direct) return direct;
    let found;
    for (const d of deletions(word)) {
      const hit = known.has(d) ? d : byDeletion.get(d);
      if (hit === null) return void 0;
      if (hit !== void 0) {
        if (found !== void 0 && found !== hit) return void 0;
        found = hit;
      }
    }
    return found;
  };
}
var MIN_LENGTH;
var init_typos = __esm({
  "src/extract/typos.ts"() {
    "use strict";
    MIN_LENGTH = 6;
  }
});

// src/extract/features.ts
function phraseWords(phrase) {
  return tokenize(phrase).map((t) => t.text);
}
function compileLexicon(lexicon) {
  const vocabulary = /* @__PURE__ */ new Set();
  for (const f of Object.values(lexicon.features)) for (const p2 of f.phrases) for (const w of phraseWords(p2)) vocabulary.add(w);
  const stem = createStemmer(createTypoCorrector(vocabulary));
  const byFirstStem = /* @__PURE__ */ new Map();
  const byFirstWord = /* @__PURE__ */ new Map();
  for (const [feature, entry] of Object.entries(lexicon.features)) {
    for (const phrase of entry.phrases) {
      const exact = phrase.startsWith(EXACT_PREFIX);
      const words = phraseWords(exact ? phrase.slice(EXACT_PREFIX.length) : phrase);
      const stems = exact ? words : words.map(stem);
      const index = exact ? byFirstWord : byFirstStem;
      const first = stems[0];
      if (first === void 0) continue;
      const list2 = index.get(first) ?? [];
      list2.push({ stems, exact, feature });
      index.set(first, list2);
    }
  }
  for (const index of [byFirstStem, byFirstWord]) for (const list2 of index.values()) list2.sort((a, b) => b.stems.length - a.stems.length);
  const aiFeatures = new Set(Object.entries(lexicon.features).filter(([, f]) => f.ai).map(([id]) => id));
  return { byFirstStem, byFirstWord, negation: compileNegation(lexicon.negation, phraseWords), stem, aiFeatures };
}
function extractFeatures(text, matcher) {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const words = tokens.map((t) => t.text);
  const stems = words.map(matcher.stem);
  const negated = negatedTokens(text, tokens, matcher.negation);
  const matches = [];
  let coveredUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const byStem = longestAt(matcher.byFirstStem.get(stems[i]), stems, i);
    const byWord = longestAt(matcher.byFirstWord.get(tokens[i].text), words, i);
    const phrase = byWord && (!byStem || byWord.stems.length >= byStem.stems.length) ? byWord : byStem;
    if (phrase === void 0) continue;
    const last = i + phrase.stems.length - 1;
    if (last <= coveredUntil) continue;
    const start = tokens[i].start;
    const end = tokens[last].end;
    matches.push({
      feature: phrase.feature,
      term: text.slice(start, end),
      start,
      end,
      negated: negated[i] === 1 || deniedAfter(text, tokens, last, matcher.negation)
    });
    coveredUntil = last;
  }
  return matches;
}
function longestAt(candidates, words, i) {
  if (candidates === void 0) return void 0;
  for (const phrase of candidates) {
    if (i + phrase.stems.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < phrase.stems.length && ok; k++) ok = words[i + k] === phrase.stems[k];
    if (ok) return phrase;
  }
  return void 0;
}
var EXACT_PREFIX;
var init_features = __esm({
  "src/extract/features.ts"() {
    "use strict";
    init_keywords();
    init_negation();
    init_typos();
    EXACT_PREFIX = "=";
  }
});

// src/rules/compile.ts
var compile_exports = {};
__export(compile_exports, {
  compileCondition: () => compileCondition,
  compileRules: () => compileRules,
  runCompiled: () => runCompiled,
  triggers: () => triggers
});
function compileCondition(c2) {
  if ("all" in c2) {
    const parts = c2.all.map(compileCondition);
    return (f) => parts.every((p2) => p2(f));
  }
  if ("any" in c2) {
    const parts = c2.any.map(compileCondition);
    return (f) => parts.some((p2) => p2(f));
  }
  if ("not" in c2) {
    const inner = compileCondition(c2.not);
    return (f) => !inner(f);
  }
  const fact = c2.fact;
  const value = c2.value;
  switch (c2.operator) {
    case "contains":
      return (f) => f[fact].has(value);
    case "doesNotContain":
      return (f) => !f[fact].has(value);
    case "equal":
      return (f) => f[fact] === value;
    case "notEqual":
      return (f) => f[fact] !== value;
    case "in": {
      const set = new Set(value);
      return (f) => set.has(f[fact]);
    }
    case "notIn": {
      const set = new Set(value);
      return (f) => !set.has(f[fact]);
    }
  }
}
function triggers(c2) {
  if ("all" in c2) {
    let best = null;
    for (const part of c2.all) {
      const t = triggers(part);
      if (t !== null && (best === null || t.length < best.length)) best = t;
    }
    return best;
  }
  if ("any" in c2) {
    const out = [];
    for (const part of c2.any) {
      const t = triggers(part);
      if (t === null) return null;
      out.push(...t);
    }
    return out;
  }
  if ("not" in c2 || c2.operator !== "contains") return null;
  return [key(c2.fact, c2.value)];
}
function compileRules(rules) {
  const byTrigger = /* @__PURE__ */ new Map();
  const always = [];
  rules.forEach((rule, i) => {
    const t = triggers(rule.json.conditions);
    if (t === null) return always.push(i);
    for (const k of new Set(t)) byTrigger.set(k, [...byTrigger.get(k) ?? [], i]);
  });
  return { rules, tests: rules.map((r) => compileCondition(r.json.conditions)), byTrigger, always };
}
function runCompiled(compiled, facts) {
  const marked = new Uint8Array(compiled.rules.length);
  for (const i of compiled.always) marked[i] = 1;
  for (const fact of LIST_FACTS) {
    for (const value of facts[fact]) {
      const hit = compiled.byTrigger.get(key(fact, value));
      if (hit !== void 0) for (const i of hit) marked[i] = 1;
    }
  }
  const fired = [];
  for (let i = 0; i < marked.length; i++) if (marked[i] === 1 && compiled.tests[i](facts)) fired.push(compiled.rules[i]);
  return fired;
}
var LIST_FACTS, key;
var init_compile = __esm({
  "src/rules/compile.ts"() {
    "use strict";
    LIST_FACTS = ["features", "offerings", "capabilities", "customers", "revenueModels"];
    key = (fact, value) => `${fact}\0${value}`;
  }
});

// src/rules/facts.ts
function buildFacts(features, answers) {
  return {
    features: new Set(features),
    offerings: new Set(answers?.offerings),
    capabilities: new Set(answers?.capabilities),
    customers: new Set(answers?.customers),
    revenueModels: new Set(answers?.revenueModels),
    industry: (answers?.industry ?? "").trim().toLowerCase()
  };
}
function factsAsJson(facts) {
  return {
    features: [...facts.features],
    offerings: [...facts.offerings],
    capabilities: [...facts.capabilities],
    customers: [...facts.customers],
    revenueModels: [...facts.revenueModels],
    industry: facts.industry
  };
}
var init_facts = __esm({
  "src/rules/facts.ts"() {
    "use strict";
  }
});

// src/score.ts
function createScoreTables(ruleSet) {
  const { taxonomy } = ruleSet;
  const stageNames = new Map(taxonomy.stages.map((s) => [s.id, s.name]));
  return {
    ruleSet,
    domains: new Map(
      taxonomy.domains.map((d, order) => [d.id, { ...d, order, focusText: d.valueChainFocus.map((s) => stageNames.get(s)).join(" \u2192 ") }])
    ),
    stageNames,
    stageOrder: new Map(taxonomy.stages.map((s, i) => [s.id, i])),
    modelNames: new Map(taxonomy.revenueModels.map((m) => [m.id, m.name]))
  };
}
function score(tables, fired, ctx) {
  const { scoring } = tables.ruleSet;
  const toScore = (raw) => round(1 - Math.exp(-raw / scoring.scale));
  const domains = new Tally();
  const stages = new Tally();
  const revenue = new Tally();
  for (const rule of fired) {
    const p2 = rule.json.event.params;
    const reason2 = ruleReason(rule, ctx.keysOf(rule), ctx.evidence);
    if ("domain" in p2) domains.add(p2.domain, p2.weight, reason2);
    else if ("stage" in p2) stages.add(p2.stage, p2.weight, reason2);
    else revenue.add(p2.revenueModel, p2.weight, reason2);
  }
  const entry = (id) => tables.domains.get(id);
  const ranked = [...domains.raw].filter(([, raw]) => raw > 0).sort((a, b) => b[1] - a[1] || entry(a[0]).order - entry(b[0]).order);
  const eligible = ([id, raw]) => raw >= scoring.abstainBelow && (ctx.aiSignal || scoring.withoutAiSignal.includes(id) && raw >= scoring.withoutAiSignalBelow);
  const top = ranked.find(eligible);
  const second = ranked.find((d) => d !== top);
  const confidence = top ? round(toScore(top[1]) * (0.5 + 0.5 * Math.max(0, top[1] - (second?.[1] ?? 0)) / top[1])) : 0;
  const leaders = top ? ranked.filter((d) => d === top || eligible(d) && d[1] >= top[1] * scoring.suggestWithin) : [];
  const domainResults = ranked.map(([id, raw]) => ({ id, name: entry(id).name, score: toScore(raw), reasons: domains.reasons(id) }));
  for (const [id, raw] of leaders) {
    const d = entry(id);
    const quoted = domainResults.find((r) => r.id === id).reasons.flatMap((r) => r.evidence).slice(0, 3);
    for (const stage of d.valueChainFocus) {
      stages.add(stage, scoring.focusWeight * toScore(raw), { rule: `focus/${id}`, message: `${d.name} works across ${d.focusText}`, evidence: quoted });
    }
  }
  const stageResults = [...stages.raw].map(([id, raw]) => ({ id, raw, score: toScore(raw) })).filter((s) => s.raw > 0 && s.score >= scoring.minStageScore).sort((a, b) => b.score - a.score || tables.stageOrder.get(a.id) - tables.stageOrder.get(b.id)).map(({ id, score: score2 }) => ({ id, name: tables.stageNames.get(id), score: score2, reasons: stages.reasons(id) }));
  const stated = [...revenue.raw].filter(([, raw]) => raw > 0).sort((a, b) => b[1] - a[1]);
  const revenueModels = stated.map(([id]) => ({
    id,
    name: tables.modelNames.get(id),
    source: "stated",
    reasons: revenue.reasons(id)
  }));
  const listed = new Set(stated.map(([id]) => id));
  for (const [id] of leaders) {
    const d = entry(id);
    for (const model of d.revenueModels) {
      if (listed.has(model) || ctx.deniedRevenueModels.has(model)) continue;
      listed.add(model);
      revenueModels.push({
        id: model,
        name: tables.modelNames.get(model),
        source: "suggested",
        reasons: [{ rule: `taxonomy/${id}`, message: `Typical for ${d.name}: ${d.revenueModelsText}`, evidence: [] }]
      });
    }
  }
  return { primaryDomain: top ? top[0] : null, confidence, domains: domainResults, stages: stageResults, revenueModels };
}
var Tally, round;
var init_score = __esm({
  "src/score.ts"() {
    "use strict";
    init_explain();
    Tally = class {
      raw = /* @__PURE__ */ new Map();
      weighted = /* @__PURE__ */ new Map();
      add(id, weight2, reason2) {
        this.raw.set(id, (this.raw.get(id) ?? 0) + weight2);
        if (weight2 <= 0) return;
        const list2 = this.weighted.get(id);
        if (list2 === void 0) this.weighted.set(id, [[weight2, reason2]]);
        else list2.push([weight2, reason2]);
      }
      /** The reasons for one id, the strongest first. */
      reasons(id) {
        const list2 = this.weighted.get(id);
        if (list2 === void 0) return [];
        return list2.length === 1 ? [list2[0][1]] : [...list2].sort((a, b) => b[0] - a[0]).map(([, r]) => r);
      }
    };
    round = (x) => Math.round(x * 1e3) / 1e3;
  }
});

// src/classify.ts
var classify_exports = {};
__export(classify_exports, {
  analyse: () => analyse,
  classifyWithPipeline: () => classifyWithPipeline,
  createPipeline: () => createPipeline,
  finish: () => finish
});
function createPipeline(ruleSet) {
  const keys = new Map(ruleSet.rules.map((r) => [r.name, evidenceKeys(r.json.conditions)]));
  const revenueFeatures = /* @__PURE__ */ new Map();
  for (const r of ruleSet.rules) {
    const p2 = r.json.event.params;
    if (!("revenueModel" in p2)) continue;
    const set = revenueFeatures.get(p2.revenueModel) ?? /* @__PURE__ */ new Set();
    for (const k of keys.get(r.name)) if (k.fact === "features") set.add(k.value);
    revenueFeatures.set(p2.revenueModel, set);
  }
  return {
    ruleSet,
    matcher: compileLexicon(ruleSet.lexicon),
    compiled: compileRules(ruleSet.rules),
    keys,
    tables: createScoreTables(ruleSet),
    revenueFeatures
  };
}
function analyse(pipeline, input) {
  const text = input.description ?? "";
  const matches = extractFeatures(text, pipeline.matcher);
  const terms = /* @__PURE__ */ new Map();
  const negated = /* @__PURE__ */ new Set();
  const keywords = [];
  for (const m of matches) {
    if (m.negated) {
      negated.add(m.feature);
      continue;
    }
    keywords.push({ term: m.term, feature: m.feature, start: m.start, end: m.end });
    const list2 = terms.get(m.feature);
    if (list2 === void 0) terms.set(m.feature, [m.term]);
    else if (!list2.includes(m.term)) list2.push(m.term);
  }
  const facts = buildFacts(terms.keys(), input.answers);
  let aiSignal = facts.capabilities.size > 0;
  for (const f of facts.features) if (pipeline.matcher.aiFeatures.has(f)) aiSignal = true;
  const deniedRevenueModels = /* @__PURE__ */ new Set();
  for (const [model, features] of pipeline.revenueFeatures) {
    if (facts.revenueModels.has(model)) continue;
    let denied = false;
    for (const f of features) {
      if (facts.features.has(f)) {
        denied = false;
        break;
      }
      if (negated.has(f)) denied = true;
    }
    if (denied) deniedRevenueModels.add(model);
  }
  return { facts, evidence: { facts, terms }, keywords, aiSignal, deniedRevenueModels };
}
function finish(pipeline, analysis, fired) {
  const result = score(pipeline.tables, fired, {
    evidence: analysis.evidence,
    aiSignal: analysis.aiSignal,
    deniedRevenueModels: analysis.deniedRevenueModels,
    keysOf: (rule) => pipeline.keys.get(rule.name) ?? []
  });
  return {
    primaryDomain: result.primaryDomain,
    confidence: result.confidence,
    domains: result.domains,
    stages: result.stages,
    revenueModels: result.revenueModels,
    keywords: analysis.keywords,
    rulesVersion: pipeline.ruleSet.version
  };
}
function classifyWithPipeline(pipeline, input) {
  const analysis = analyse(pipeline, input);
  return finish(pipeline, analysis, runCompiled(pipeline.compiled, analysis.facts));
}
var init_classify = __esm({
  "src/classify.ts"() {
    "use strict";
    init_explain();
    init_features();
    init_compile();
    init_facts();
    init_score();
  }
});

// src/errors.ts
import { z } from "zod";
function formatPath(path) {
  let out = "";
  for (const key2 of path) {
    if (typeof key2 === "number") out += `[${key2}]`;
    else out += out === "" ? String(key2) : `.${String(key2)}`;
  }
  return out === "" ? "(root)" : out;
}
function valueAt(root, path) {
  let v = root;
  for (const key2 of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[key2];
  }
  return v;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return TYPE_NAMES[typeof value] ?? typeof value;
}
function zodIssues(error, input, prefix = []) {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    if (issue.code === "invalid_value") {
      const got = valueAt(input, issue.path);
      return { path, message: `Unknown value ${JSON.stringify(got)}: expected one of ${issue.values.map(String).join(", ")}` };
    }
    if (issue.code === "invalid_type") {
      const got = valueAt(input, issue.path);
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return { path, message: got === void 0 ? `Required: expected ${expected}` : `Expected ${expected}, got ${typeName(got)}` };
    }
    if (issue.code === "unrecognized_keys") {
      return { path, message: `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}` };
    }
    return { path, message: issue.message };
  });
}
function formatIssue(issue) {
  return `${issue.path}: ${issue.message}`;
}
function formatRuleIssue(issue) {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}
var Issue, TYPE_NAMES, InputError, RuleSetError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    Issue = z.object({ path: z.string(), message: z.string() });
    TYPE_NAMES = { array: "a list", string: "text", number: "a number", object: "an object", boolean: "true or false" };
    InputError = class extends Error {
      constructor(issues) {
        super(`Invalid input: ${issues.map(formatIssue).join("; ")}`);
        this.issues = issues;
        this.name = "InputError";
      }
      issues;
      code = "invalid_input";
    };
    RuleSetError = class extends Error {
      constructor(issues) {
        super(`Invalid rule set (${issues.length} problem${issues.length === 1 ? "" : "s"}):
${issues.map(formatRuleIssue).join("\n")}`);
        this.issues = issues;
        this.name = "RuleSetError";
      }
      issues;
      code = "invalid_rules";
    };
  }
});

// src/schemas/ids.ts
import { z as z2 } from "zod";
var DOMAIN_IDS, DomainId, STAGE_IDS, StageId, REVENUE_MODEL_IDS, RevenueModelId, OFFERINGS, Offering, CAPABILITIES, Capability, CUSTOMERS, Customer;
var init_ids = __esm({
  "src/schemas/ids.ts"() {
    "use strict";
    DOMAIN_IDS = [
      "generative-ai",
      "machine-learning",
      "deep-learning",
      "rag",
      "ai-agents",
      "mlops",
      "ai-marketplaces",
      "ai-infrastructure",
      "ai-saas",
      "ad-supported",
      "data-monetization"
    ];
    DomainId = z2.enum(DOMAIN_IDS);
    STAGE_IDS = ["data", "model", "deployment", "monetization"];
    StageId = z2.enum(STAGE_IDS);
    REVENUE_MODEL_IDS = [
      "subscription",
      "usage-based",
      "enterprise-licensing",
      "consulting",
      "hardware-sales",
      "per-agent-pricing",
      "custom-workflow-pricing",
      "transaction-fees",
      "advertising",
      "freemium",
      "pay-as-you-go",
      "data-licensing",
      "pay-per-query"
    ];
    RevenueModelId = z2.enum(REVENUE_MODEL_IDS);
    OFFERINGS = [
      "api",
      "saas",
      "platform",
      "agent",
      "marketplace",
      "consumer-app",
      "hardware",
      "compute",
      "dataset",
      "consulting",
      "open-source"
    ];
    Offering = z2.enum(OFFERINGS);
    CAPABILITIES = [
      "text-generation",
      "image-generation",
      "audio-generation",
      "video-generation",
      "code-generation",
      "prediction",
      "computer-vision",
      "speech",
      "nlp",
      "retrieval",
      "automation",
      "recommendation",
      "model-training",
      "model-deployment",
      "model-monitoring",
      "data-collection",
      "data-labeling"
    ];
    Capability = z2.enum(CAPABILITIES);
    CUSTOMERS = ["consumers", "smb", "enterprise", "developers", "government"];
    Customer = z2.enum(CUSTOMERS);
  }
});

// src/schemas/input.ts
import { z as z3 } from "zod";
var MAX_DESCRIPTION_LENGTH, MAX_LIST, list, Answers, CompanyInput;
var init_input = __esm({
  "src/schemas/input.ts"() {
    "use strict";
    init_ids();
    MAX_DESCRIPTION_LENGTH = 2e4;
    MAX_LIST = 20;
    list = (item) => z3.array(item).max(MAX_LIST, `Too many values: at most ${MAX_LIST}`);
    Answers = z3.strictObject({
      offerings: list(Offering).optional(),
      capabilities: list(Capability).optional(),
      customers: list(Customer).optional(),
      revenueModels: list(RevenueModelId).optional(),
      industry: z3.string().max(200, "Too long: industry has at most 200 characters").optional()
    });
    CompanyInput = z3.strictObject({
      id: z3.union([z3.string().max(200), z3.number().transform(String)]).optional(),
      name: z3.string().max(500, "Too long: name has at most 500 characters").optional(),
      description: z3.string().max(MAX_DESCRIPTION_LENGTH, `Too long: description has at most ${MAX_DESCRIPTION_LENGTH} characters`).optional(),
      answers: Answers.optional()
    }).superRefine((input, ctx) => {
      const hasText = (input.description ?? "").trim().length > 0;
      const a = input.answers;
      const hasAnswers = a !== void 0 && Boolean(a.offerings?.length || a.capabilities?.length || a.customers?.length || a.revenueModels?.length || a.industry?.trim());
      if (!hasText && !hasAnswers) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: "Empty input: give a description, answers, or both"
        });
      }
    });
  }
});

// src/parse.ts
function parseCompanyInput(input) {
  const result = CompanyInput.safeParse(input);
  if (!result.success) throw new InputError(zodIssues(result.error, input));
  return result.data;
}
var init_parse = __esm({
  "src/parse.ts"() {
    "use strict";
    init_errors();
    init_input();
  }
});

// src/rules/reference.ts
import { Engine } from "json-rules-engine";
function createReferenceEngine(rules) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const byName = /* @__PURE__ */ new Map();
  for (const r of rules) {
    engine.addRule({ ...r.json, name: r.name });
    byName.set(r.name, r);
  }
  const order = new Map(rules.map((r, i) => [r.name, i]));
  let queue = Promise.resolve();
  return {
    run(facts) {
      const next = queue.then(async () => {
        const { results } = await engine.run(factsAsJson(facts));
        return results.map((r) => byName.get(String(r.name))).filter((r) => r !== void 0).sort((a, b) => order.get(a.name) - order.get(b.name));
      });
      queue = next.catch(() => void 0);
      return next;
    }
  };
}
var init_reference = __esm({
  "src/rules/reference.ts"() {
    "use strict";
    init_facts();
  }
});

// src/schemas/rules.ts
import { z as z4 } from "zod";
var DomainEntry, StageEntry, RevenueModelEntry, Taxonomy, FeatureId, LexiconFeature, Negation, Lexicon, Scoring, FACTS, FactName, OPERATORS, OperatorName, FactCondition, Condition, weight, reason, SCORE_TARGETS, ScoreParams, ScoreEvent, RuleName, RuleJson, RuleFile;
var init_rules = __esm({
  "src/schemas/rules.ts"() {
    "use strict";
    init_ids();
    DomainEntry = z4.strictObject({
      id: DomainId,
      name: z4.string().min(1),
      revenueStreams: z4.string().min(1),
      keyExamples: z4.array(z4.string()).min(1),
      revenueModelsText: z4.string().min(1),
      revenueModels: z4.array(RevenueModelId).min(1),
      valueChainFocus: z4.array(StageId).min(1)
    });
    StageEntry = z4.strictObject({
      id: StageId,
      name: z4.string().min(1),
      summary: z4.string().min(1),
      keyActivities: z4.array(z4.string()).min(1),
      roles: z4.array(z4.string()).min(1),
      revenueStreams: z4.array(z4.string()).min(1)
    });
    RevenueModelEntry = z4.strictObject({
      id: RevenueModelId,
      name: z4.string().min(1),
      description: z4.string().min(1)
    });
    Taxonomy = z4.strictObject({
      source: z4.string(),
      domains: z4.array(DomainEntry).length(11),
      stages: z4.array(StageEntry).length(4),
      revenueModels: z4.array(RevenueModelEntry).length(13)
    });
    FeatureId = z4.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Feature ids are lower-case words joined by '-'");
    LexiconFeature = z4.strictObject({
      description: z4.string().optional(),
      /** True when finding this feature is, on its own, a sign of an AI business (used by the abstain gate). */
      ai: z4.boolean().default(false),
      phrases: z4.array(z4.string().min(1)).min(1)
    });
    Negation = z4.strictObject({
      /** Words that deny what follows ("not", "without", "never"). */
      cues: z4.array(z4.string().min(1)).min(1),
      /** Words after a phrase that deny it ("ad-free"). */
      suffixCues: z4.array(z4.string().min(1)).default([]),
      /** How many words after a cue it still reaches. */
      window: z4.number().int().min(1).max(12),
      /** Words that end a negation's reach early ("but", "instead"). */
      breakers: z4.array(z4.string().min(1)).default([])
    });
    Lexicon = z4.strictObject({
      negation: Negation,
      features: z4.record(FeatureId, LexiconFeature)
    });
    Scoring = z4.strictObject({
      /** score = 1 - exp(-raw / scale): raw weight `scale` gives 0.63. */
      scale: z4.number().positive(),
      /** No primary domain when the leading domain's raw weight is below this. */
      abstainBelow: z4.number().min(0),
      /** Domains that may be named without an AI signal (a feature with ai: true, or a capability answer)... */
      withoutAiSignal: z4.array(DomainId),
      /** ...provided their raw weight reaches this. */
      withoutAiSignalBelow: z4.number().min(0),
      /** Domains within this share of the leader's raw weight contribute suggested revenue models. */
      suggestWithin: z4.number().min(0).max(1),
      /** How much of a domain's score flows to each stage of its value-chain focus. */
      focusWeight: z4.number().min(0),
      /** Stages below this score are left out. */
      minStageScore: z4.number().min(0).max(1)
    });
    FACTS = ["features", "offerings", "capabilities", "customers", "revenueModels", "industry"];
    FactName = z4.enum(FACTS);
    OPERATORS = ["contains", "doesNotContain", "in", "notIn", "equal", "notEqual"];
    OperatorName = z4.enum(OPERATORS);
    FactCondition = z4.strictObject({
      fact: z4.string(),
      operator: z4.string(),
      value: z4.union([z4.string(), z4.array(z4.string()).min(1)])
    });
    Condition = z4.lazy(
      () => z4.union([
        z4.strictObject({ all: z4.array(Condition).min(1) }),
        z4.strictObject({ any: z4.array(Condition).min(1) }),
        z4.strictObject({ not: Condition }),
        FactCondition
      ])
    );
    weight = z4.number().min(-10).max(10);
    reason = z4.string().min(1);
    SCORE_TARGETS = {
      domain: z4.strictObject({ domain: DomainId, weight, reason }),
      stage: z4.strictObject({ stage: StageId, weight, reason }),
      revenueModel: z4.strictObject({ revenueModel: RevenueModelId, weight, reason })
    };
    ScoreParams = z4.union([SCORE_TARGETS.domain, SCORE_TARGETS.stage, SCORE_TARGETS.revenueModel]);
    ScoreEvent = z4.strictObject({ type: z4.literal("score"), params: ScoreParams });
    RuleName = z4.string().regex(/^[a-z0-9]+([-/.][a-z0-9]+)*$/, "Rule names are lower-case words joined by '-', '/' or '.'");
    RuleJson = z4.strictObject({
      name: RuleName,
      priority: z4.number().int().min(1).optional(),
      conditions: z4.union([
        z4.strictObject({ all: z4.array(Condition).min(1) }),
        z4.strictObject({ any: z4.array(Condition).min(1) }),
        z4.strictObject({ not: Condition })
      ]),
      event: ScoreEvent
    });
    RuleFile = z4.array(RuleJson);
  }
});

// src/rules/check.ts
function forbiddenKeys(file, value, path = []) {
  if (value === null || typeof value !== "object") return [];
  const out = [];
  for (const key2 of Object.keys(value)) {
    const child = value[key2];
    const at = Array.isArray(value) ? [...path, Number(key2)] : [...path, key2];
    if (FORBIDDEN_KEYS.has(key2)) out.push({ file, path: formatPath(at), message: `Forbidden key "${key2}"` });
    out.push(...forbiddenKeys(file, child, at));
  }
  return out;
}
function checkCondition(file, node, path, lexicon) {
  if (node === null || typeof node !== "object") return [];
  const c2 = node;
  const issues = [];
  for (const key2 of ["all", "any"]) {
    if (Array.isArray(c2[key2])) c2[key2].forEach((child, i) => issues.push(...checkCondition(file, child, [...path, key2, i], lexicon)));
  }
  if (c2.not !== void 0) issues.push(...checkCondition(file, c2.not, [...path, "not"], lexicon));
  if (c2.fact === void 0) return issues;
  const at = (k) => formatPath([...path, k]);
  const fact = String(c2.fact);
  const operator = String(c2.operator);
  if (!FACTS.includes(fact)) {
    issues.push({ file, path: at("fact"), message: `Unknown fact "${fact}": expected one of ${FACTS.join(", ")}` });
    return issues;
  }
  if (!OPERATORS.includes(operator)) {
    issues.push({ file, path: at("operator"), message: `Unknown operator "${operator}": expected one of ${OPERATORS.join(", ")}` });
    return issues;
  }
  const known = LIST_FACTS2[fact];
  if (known !== void 0) {
    if (!LIST_OPERATORS.has(operator)) {
      issues.push({ file, path: at("operator"), message: `Operator "${operator}" does not apply to the list fact "${fact}": use contains or doesNotContain` });
    } else if (typeof c2.value !== "string") {
      issues.push({ file, path: at("value"), message: `Operator "${operator}" takes one string value` });
    } else if (known === "lexicon" ? !Object.hasOwn(lexicon.features, c2.value) : !known.includes(c2.value)) {
      const what = known === "lexicon" ? "feature (not in lexicon.json)" : `${fact} value`;
      issues.push({ file, path: at("value"), message: `Unknown ${what} "${c2.value}"` });
    }
    return issues;
  }
  const shape = SCALAR_OPERATORS[operator];
  if (shape === void 0) {
    issues.push({ file, path: at("operator"), message: `Operator "${operator}" does not apply to the text fact "${fact}": use equal, notEqual, in or notIn` });
  } else if (shape === "array" ? !Array.isArray(c2.value) : typeof c2.value !== "string") {
    issues.push({ file, path: at("value"), message: `Operator "${operator}" takes ${shape === "array" ? "a list of strings" : "one string"}` });
  }
  return issues;
}
function phraseClashes(file, lexicon) {
  const owner = /* @__PURE__ */ new Map();
  const issues = [];
  for (const [feature, entry] of Object.entries(lexicon.features)) {
    entry.phrases.forEach((phrase, i) => {
      const exact = phrase.startsWith(EXACT_PREFIX);
      const words = phraseWords(exact ? phrase.slice(EXACT_PREFIX.length) : phrase);
      const key2 = exact ? EXACT_PREFIX + words.join(" ") : words.map(stemWord).join(" ");
      const other = owner.get(key2);
      if (key2 === "") issues.push({ file, path: formatPath(["features", feature, "phrases", i]), message: `Phrase "${phrase}" has no words` });
      else if (other !== void 0 && other !== feature)
        issues.push({ file, path: formatPath(["features", feature, "phrases", i]), message: `Phrase "${phrase}" is also claimed by feature "${other}"` });
      else owner.set(key2, feature);
    });
  }
  return issues;
}
function contradictions(file, node, path) {
  if (node === null || typeof node !== "object") return [];
  const c2 = node;
  const issues = [];
  if (Array.isArray(c2.any)) c2.any.forEach((child, i) => issues.push(...contradictions(file, child, [...path, "any", i])));
  if (c2.not !== void 0) issues.push(...contradictions(file, c2.not, [...path, "not"]));
  if (!Array.isArray(c2.all)) return issues;
  const contains = /* @__PURE__ */ new Map();
  const lacks = /* @__PURE__ */ new Map();
  const equals = /* @__PURE__ */ new Map();
  c2.all.forEach((child, i) => {
    issues.push(...contradictions(file, child, [...path, "all", i]));
    const leaf = child;
    if (leaf === null || typeof leaf !== "object" || typeof leaf.fact !== "string" || typeof leaf.value !== "string") return;
    const key2 = `${leaf.fact}\0${leaf.value}`;
    const at = formatPath([...path, "all", i]);
    const clash = (first, why) => issues.push({ file, path: at, message: `This rule can never fire: ${why} (see ${formatPath([...path, "all", first])})` });
    if (leaf.operator === "contains") {
      contains.set(key2, i);
      const other = lacks.get(key2);
      if (other !== void 0) clash(other, `"${leaf.fact}" must both contain and not contain "${leaf.value}"`);
    } else if (leaf.operator === "doesNotContain") {
      lacks.set(key2, i);
      const other = contains.get(key2);
      if (other !== void 0) clash(other, `"${leaf.fact}" must both contain and not contain "${leaf.value}"`);
    } else if (leaf.operator === "equal") {
      const other = equals.get(leaf.fact);
      if (other !== void 0 && other.value !== leaf.value) clash(other.i, `"${leaf.fact}" must equal both "${other.value}" and "${leaf.value}"`);
      else equals.set(leaf.fact, { value: leaf.value, i });
    }
  });
  return issues;
}
var LIST_FACTS2, LIST_OPERATORS, SCALAR_OPERATORS, FORBIDDEN_KEYS;
var init_check = __esm({
  "src/rules/check.ts"() {
    "use strict";
    init_errors();
    init_features();
    init_keywords();
    init_ids();
    init_rules();
    LIST_FACTS2 = {
      features: "lexicon",
      offerings: OFFERINGS,
      capabilities: CAPABILITIES,
      customers: CUSTOMERS,
      revenueModels: REVENUE_MODEL_IDS
    };
    LIST_OPERATORS = /* @__PURE__ */ new Set(["contains", "doesNotContain"]);
    SCALAR_OPERATORS = { equal: "string", notEqual: "string", in: "array", notIn: "array" };
    FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
  }
});

// src/rules/load.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Rule } from "json-rules-engine";
import { z as z5 } from "zod";
function paramsIssues(file, index, params) {
  const at = [index, "event", "params"];
  const target = Object.keys(SCORE_TARGETS).find((k) => params !== null && typeof params === "object" && k in params);
  if (target === void 0) {
    return [{ file, path: formatPath(at), message: "An event scores exactly one of domain, stage or revenueModel: none given" }];
  }
  const result = SCORE_TARGETS[target].safeParse(params);
  return result.success ? [] : zodIssues(result.error, params, at).map((i) => ({ file, ...i }));
}
function listJsonFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/")).sort();
}
function loadRuleSet(dir = DEFAULT_RULES_DIR) {
  const issues = [];
  const hash = createHash("sha256");
  let files;
  try {
    files = listJsonFiles(dir);
  } catch (err) {
    throw new RuleSetError([{ file: dir, path: "(root)", message: `Cannot read rules directory: ${err.message}` }]);
  }
  const parsed = /* @__PURE__ */ new Map();
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    hash.update(file).update("\0").update(text).update("\0");
    try {
      const value = JSON.parse(text);
      issues.push(...forbiddenKeys(file, value));
      parsed.set(file, value);
    } catch (err) {
      issues.push({ file, path: "(root)", message: `Not valid JSON: ${err.message}` });
    }
  }
  for (const required of DATA_FILES) {
    if (!files.includes(required)) issues.push({ file: required, path: "(root)", message: `Missing file: every rules directory needs ${required}` });
  }
  const validate = (file, schema) => {
    if (!parsed.has(file)) return void 0;
    const result = schema.safeParse(parsed.get(file));
    if (result.success) return result.data;
    for (const i of result.error.issues) issues.push({ file, path: formatPath(i.path), message: i.message });
    return void 0;
  };
  const taxonomy = validate(TAXONOMY_FILE, Taxonomy);
  const lexicon = validate(LEXICON_FILE, Lexicon);
  const scoring = validate(SCORING_FILE, Scoring);
  if (lexicon) issues.push(...phraseClashes(LEXICON_FILE, lexicon));
  const rules = [];
  const names = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (DATA_FILES.has(file) || !parsed.has(file)) continue;
    const raw = parsed.get(file);
    if (!Array.isArray(raw)) {
      issues.push({ file, path: "(root)", message: "A rules file holds a JSON array of rules" });
      continue;
    }
    raw.forEach((candidate, index) => {
      const conditionIssues = lexicon ? checkCondition(file, candidate?.conditions, [index, "conditions"], lexicon) : [];
      issues.push(...conditionIssues);
      const result = RuleJson.safeParse(candidate);
      if (!result.success) {
        for (const i of result.error.issues) {
          if (conditionIssues.length > 0 && i.path[0] === "conditions") continue;
          if (i.code === "invalid_union" && i.path.join(".") === "event.params") {
            issues.push(...paramsIssues(file, index, candidate.event.params));
            continue;
          }
          issues.push(...zodIssues(new z5.ZodError([i]), candidate, [index]).map((x) => ({ file, ...x })));
        }
        return;
      }
      const json = result.data;
      issues.push(...contradictions(file, json.conditions, [index, "conditions"]));
      const seen = names.get(json.name);
      if (seen !== void 0) issues.push({ file, path: formatPath([index, "name"]), message: `Duplicate rule name "${json.name}" (first in ${seen})` });
      names.set(json.name, file);
      try {
        new Rule(json);
      } catch (err) {
        issues.push({ file, path: formatPath([index]), message: `json-rules-engine rejects the rule: ${err.message}` });
      }
      rules.push({ name: json.name, file, index, json });
    });
  }
  if (rules.length === 0 && issues.length === 0) issues.push({ file: dir, path: "(root)", message: "No rules: add at least one rules file" });
  if (issues.length > 0 || !taxonomy || !lexicon || !scoring) throw new RuleSetError(issues);
  return { dir, version: hash.digest("hex").slice(0, 12), taxonomy, lexicon, scoring, rules };
}
var DEFAULT_RULES_DIR, TAXONOMY_FILE, LEXICON_FILE, SCORING_FILE, DATA_FILES;
var init_load = __esm({
  "src/rules/load.ts"() {
    "use strict";
    init_errors();
    init_rules();
    init_check();
    DEFAULT_RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));
    TAXONOMY_FILE = "taxonomy.json";
    LEXICON_FILE = "lexicon.json";
    SCORING_FILE = "scoring.json";
    DATA_FILES = /* @__PURE__ */ new Set([TAXONOMY_FILE, LEXICON_FILE, SCORING_FILE]);
  }
});

// src/classifier.ts
var classifier_exports = {};
__export(classifier_exports, {
  classify: () => classify,
  createClassifier: () => createClassifier
});
function createClassifier(options = {}) {
  const ruleSet = options.ruleSet ?? loadRuleSet(options.rulesDir);
  const engine = options.engine ?? "compiled";
  const pipeline = createPipeline(ruleSet);
  let reference;
  const classifySync = (input) => classifyWithPipeline(pipeline, parseCompanyInput(input));
  return {
    taxonomy: ruleSet.taxonomy,
    rulesVersion: ruleSet.version,
    ruleSet,
    engine,
    classifySync,
    async classify(input) {
      if (engine === "compiled") return classifySync(input);
      const analysis = analyse(pipeline, parseCompanyInput(input));
      reference ??= createReferenceEngine(ruleSet.rules);
      return finish(pipeline, analysis, await reference.run(analysis.facts));
    }
  };
}
function classify(input) {
  defaultClassifier ??= createClassifier();
  return defaultClassifier.classify(input);
}
var defaultClassifier;
var init_classifier = __esm({
  "src/classifier.ts"() {
    "use strict";
    init_classify();
    init_parse();
    init_reference();
    init_load();
  }
});

// ../../tmp/pb/fin.mts
import { readFileSync as readFileSync2 } from "node:fs";
var { createClassifier: createClassifier2 } = await Promise.resolve().then(() => (init_classifier(), classifier_exports));
var { analyse: analyse2, finish: finish2, createPipeline: createPipeline2 } = await Promise.resolve().then(() => (init_classify(), classify_exports));
var { runCompiled: runCompiled2 } = await Promise.resolve().then(() => (init_compile(), compile_exports));
var c = createClassifier2();
var inputs = readFileSync2("/tmp/c20k.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
var p = createPipeline2(c.ruleSet);
var an = inputs.map((x) => analyse2(p, x));
var fr = an.map((x) => runCompiled2(p.compiled, x.facts));
var n = 0;
for (let pass = 0; pass < 10; pass++) for (let i = 0; i < an.length; i++) n += finish2(p, an[i], fr[i]).domains.length;
console.log(n, "fired avg", fr.reduce((a, f) => a + f.length, 0) / fr.length);
