// Asking back: which structured answers would most change a classification, found by classifying
// the company again with each candidate answer added (never guessed from the rules' text).
import { factConditions } from "../rules/conditions.ts";
import type { RuleSet } from "../rules/load.ts";
import { MAX_LIST, type CompanyInput } from "../schemas/input.ts";
import { MAX_CHOICES, MAX_QUESTIONS, MIN_CHOICES, QUESTION_FIELDS, type Choice, type Question, type QuestionField } from "../schemas/questions.ts";
import type { Classification } from "../schemas/result.ts";

/** Most classifications one call of questions() runs to measure candidate answers (the company's own is one more). */
export const MAX_QUESTION_PROBES = 32;

/**
 * Whether to ask: the classifier abstains for too little evidence, or the runner-up's score is within
 * `closeWithin` of the leader's (at least (1 - closeWithin) times it).
 */
export function shouldAsk(result: Classification, closeWithin: number): boolean {
  if (result.abstain?.reason === "too-little-evidence") return true;
  if (result.primaryDomain === null) return false;
  const [leader, runnerUp] = result.domains;
  return leader !== undefined && runnerUp !== undefined && runnerUp.score >= leader.score * (1 - closeWithin);
}

/** The answer values a domain rule reads, per field, in the rule files' order: only these can move a domain. */
export function candidateAnswers(ruleSet: RuleSet): Map<QuestionField, string[]> {
  const out = new Map<QuestionField, string[]>(QUESTION_FIELDS.map((f) => [f, []]));
  for (const rule of ruleSet.rules) {
    if (!("domain" in rule.json.event.params)) continue;
    for (const c of factConditions(rule.json.conditions, { outsideNot: true })) {
      const list = out.get(c.fact as QuestionField);
      if (list === undefined || c.operator === "doesNotContain" || c.operator === "notIn" || c.operator === "notEqual") continue;
      for (const value of [c.value].flat()) if (!list.includes(value)) list.push(value);
    }
  }
  return out;
}

const scoreOf = (result: Classification, id: string | undefined) => (id === undefined ? 0 : (result.domains.find((d) => d.id === id)?.score ?? 0));

/** The two leading domains of a classification (either may be missing). */
const leadersOf = (result: Classification): (string | undefined)[] => [result.domains[0]?.id, result.domains[1]?.id];

/**
 * How much an answer moves the classification: the change in the gap between the two leading domains;
 * plus 1 and the new confidence when the primary domain changes (or a company that abstained gets one);
 * plus 2 when the primary domain it leads to is one of the two leaders (it decides between them).
 */
function effectOf(base: Classification, probe: Classification): number {
  const leaders = leadersOf(base);
  const gap = (r: Classification) => scoreOf(r, leaders[0]) - scoreOf(r, leaders[1]);
  let effect = Math.abs(gap(probe) - gap(base));
  if (effect === 0 && probe.primaryDomain === base.primaryDomain) return 0;
  if (probe.primaryDomain !== base.primaryDomain) effect += 1 + probe.confidence;
  if (probe.primaryDomain !== null && leaders.includes(probe.primaryDomain)) effect += 2;
  return Math.round(effect * 1000) / 1000;
}

function withAnswer(input: CompanyInput, field: QuestionField, value: string): CompanyInput {
  const answers = input.answers ?? {};
  return { ...input, answers: { ...answers, [field]: [...(answers[field] ?? []), value] } };
}

interface Measured extends Choice {
  effect: number;
}

/** The strongest answer for each primary domain they lead to, then the others (each part strongest first). */
function separating(choices: Measured[]): Measured[] {
  const seen = new Set<string | null>();
  const first: Measured[] = [];
  const rest: Measured[] = [];
  for (const c of choices) {
    if (seen.has(c.primaryDomain)) rest.push(c);
    else {
      seen.add(c.primaryDomain);
      first.push(c);
    }
  }
  return [...first, ...rest];
}

/**
 * Up to MAX_QUESTIONS questions for a company whose classification is unsure (see shouldAsk), [] for one
 * that is clear or that no answer can help (no AI signal, AI used internally, an unread language). Each
 * candidate answer a domain rule reads is measured by classifying with it added (at most
 * MAX_QUESTION_PROBES of them); a question keeps the 2–6 answers that move the leaders most (one per
 * outcome first), and questions rank by how many of the two leaders their answers lead to, then by how
 * many different primary domains, then by their strongest answer.
 */
export function questionsFor(ruleSet: RuleSet, input: CompanyInput, classify: (input: CompanyInput) => Classification): Question[] {
  const { questions: config } = ruleSet.scoring;
  const base = classify(input);
  if (!shouldAsk(base, config.closeWithin)) return [];
  const modelNames = new Map(ruleSet.taxonomy.revenueModels.map((m) => [m.id as string, m.name]));
  const label = (field: QuestionField, value: string) => (field === "revenueModels" ? modelNames.get(value) : (config[field].labels as Record<string, string>)[value]) ?? value;
  let probes = MAX_QUESTION_PROBES;
  const leaders = leadersOf(base);
  const asked: { question: Question; decides: number; outcomes: number; strongest: number }[] = [];
  for (const [field, values] of candidateAnswers(ruleSet)) {
    const given = new Set<string>(input.answers?.[field] ?? []);
    if (given.size >= MAX_LIST) continue;
    const choices: Measured[] = [];
    for (const value of values) {
      if (given.has(value)) continue;
      if (probes-- <= 0) break;
      const probe = classify(withAnswer(input, field, value));
      const effect = effectOf(base, probe);
      if (effect > 0) choices.push({ value, label: label(field, value), primaryDomain: probe.primaryDomain, confidence: probe.confidence, effect });
    }
    if (choices.length < MIN_CHOICES) continue;
    const kept = separating(choices.sort((x, y) => y.effect - x.effect)).slice(0, MAX_CHOICES);
    const outcomes = new Set(kept.map((c) => c.primaryDomain));
    asked.push({
      question: { field, text: config[field].text, choices: kept.map(({ effect: _, ...choice }) => choice) },
      decides: leaders.filter((d) => d !== undefined && outcomes.has(d as Choice["primaryDomain"])).length,
      outcomes: outcomes.size,
      strongest: kept[0]!.effect,
    });
  }
  return asked
    .sort((x, y) => y.decides - x.decides || y.outcomes - x.outcomes || y.strongest - x.strongest)
    .slice(0, MAX_QUESTIONS)
    .map((a) => a.question);
}
