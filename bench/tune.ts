/**
 * npm run bench:tune [-- --fixtures 3000 --rules 200 --folds 5] — the time `tune` and `suggest` take
 * on a corpus larger than the shipped one: the shipped fixtures sampled with replacement and perturbed
 * (sentences shuffled and dropped, a boilerplate sentence added), and the shipped rules with copies of
 * some domain rules (other weights) up to the rule count. Targets: tune < 60 s, suggest < 10 s.
 */
import { parseArgs } from "node:util";
import { loadFixtures, type LocatedFixture } from "../src/eval/fixtures.ts";
import { createRandom, shuffled } from "../src/eval/random.ts";
import { SUGGEST_DEFAULTS, suggestPhrases } from "../src/eval/suggest.ts";
import { tune } from "../src/eval/tune.ts";
import { loadRuleSet, type RuleSet } from "../src/rules/load.ts";
import { DOMAIN_IDS } from "../src/schemas/ids.ts";

const { values } = parseArgs({ options: { fixtures: { type: "string", default: "3000" }, rules: { type: "string", default: "200" }, folds: { type: "string", default: "5" } } });
const random = createRandom(11);
const ASIDES = ["Founded in 2019, we are a remote team.", "Customers include banks and retailers.", "Setup takes minutes.", "We are SOC 2 certified.", "Support answers within the hour."];

function perturb(f: LocatedFixture, k: number): LocatedFixture {
  const text = f.fixture.input.description ?? "";
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s, i) => i === 0 || random() > 0.2);
  const description = [...shuffled(sentences, random), ASIDES[Math.floor(random() * ASIDES.length)]!].join(" ");
  return { ...f, fixture: { ...f.fixture, id: `${f.fixture.id}~${k}`, input: { ...f.fixture.input, description } } };
}

function moreRules(ruleSet: RuleSet, count: number): RuleSet {
  const domainRules = ruleSet.rules.filter((r) => "domain" in r.json.event.params);
  const extra = shuffled(domainRules, random)
    .slice(0, Math.max(0, count - ruleSet.rules.length))
    .map((r) => ({ ...r, name: `${r.name}.copy`, json: { ...r.json, name: `${r.name}.copy`, event: { ...r.json.event, params: { ...r.json.event.params, weight: 1 + Math.floor(random() * 8) } } } }));
  return { ...ruleSet, rules: [...ruleSet.rules, ...extra] };
}

const shipped = loadFixtures().fixtures;
const fixtures = Array.from({ length: Number(values.fixtures) }, (_, k) => perturb(shipped[Math.floor(random() * shipped.length)]!, k));
const ruleSet = moreRules(loadRuleSet(), Number(values.rules));
const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

let t = performance.now();
const result = tune(ruleSet, fixtures, { folds: Number(values.folds), seed: 1 });
console.log(`tune: ${fixtures.length} fixtures, ${ruleSet.rules.length} rules, ${values.folds} folds: ${seconds(t)} s (target < 60 s); CV top-1 ${result.before.top1} → ${result.after.top1}`);
t = performance.now();
const list = suggestPhrases(ruleSet, fixtures, { ...SUGGEST_DEFAULTS, domains: DOMAIN_IDS });
console.log(`suggest: ${fixtures.length} fixtures, ${DOMAIN_IDS.length} domains: ${seconds(t)} s (target < 10 s); ${list.length} phrases`);
