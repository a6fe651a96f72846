import { CUSTOMER_BEFORE } from "./lead.ts";
import { laterTask, NOUN_FOLLOWS, type LaterPatterns } from "./task-later.ts";
import { compilePerson, givenName } from "./person.ts";
import { phraseSource } from "../phrase-source.ts";

/*
 * The task signal: a text that names no AI may still offer it, read from its first sentence's
 * structure (scoring.json's taskSignal; docs/accuracy.md, `no-ai-signal`).
 */

/** scoring.json's taskSignal, compiled once per rule set (see compileTaskSignal). */
export interface TaskPatterns extends LaterPatterns {
  /** The lead opens with a verb in the third person, after an adverb or not ("Drafts…", "Automatically tags…"). */
  opening: RegExp;
  /** A name in capitals, then such a verb in lower case ("Acme screens CVs…", "Acme — drafts…"). */
  named: RegExp;
  /** A short noun phrase and a colon or a dash, then such a verb ("Your always-on SDR: researches accounts…", "Contract review — flags…"). */
  titled: RegExp;
  /** An agent noun followed by "that" or "which" ("Agents that book…", "Acme is an assistant that…"). */
  agent: RegExp;
  /** A product noun followed by "that", "which" or "to" and a listed verb ("an app that recommends…"). */
  product: RegExp;
  /** An opener ("Autonomous bookkeeping"). */
  opener: RegExp | undefined;
  /** "helps" or "lets", whom, and a listed verb ("Helps support teams answer tickets faster"). */
  helps: RegExp;
  /** Customers using the product, named in capitals, to do a listed task ("Support teams use Acme to classify tickets"). */
  uses: RegExp;
  /** A listed verb's participle beside an adverb ("Site diaries written automatically", "stories written on the fly"). */
  participle: RegExp | undefined;
  /** An offering heading the lead ("Credit risk models for…", "A fraud model trained on…"), the word before it captured. */
  offering: RegExp | undefined;
  notOfferings: Set<string>;
  /** An imperative giving the product some content, then what the reader gets back ("Hum a melody, get a track"); the output captured. */
  inputOutput: RegExp | undefined;
  /** Words that, opening what the reader gets, say a person or a shop serves them ("quotes", "prints", "a discount"). */
  notOutputs: RegExp | undefined;
  /** Nouns of made content in what the reader gets, by the feature they are evidence of ("track" → audio-generation). */
  outputs: { feature: string; pattern: RegExp }[];
  /** Words that say people do the work ("certified", "accountants", "since 19…"). */
  people: RegExp | undefined;
}


/** A verb's third-person form: "drafts", "replies", "triages", "searches". */
function thirdPerson(verb: string): string {
  const [first, ...rest] = verb.split(/\s+/);
  const w = first!;
  const third = /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(w) ? `${w}es` : `${w}s`;
  return [third, ...rest].join(" ");
}

/** A listed verb's past participle: "drafted", "classified", "written" (irregular ones listed here). */
function participle(verb: string): string {
  const [first, ...rest] = verb.split(/\s+/);
  const w = first!;
  const irregular: Record<string, string> = { write: "written", read: "read", understand: "understood", learn: "learned", dub: "dubbed" };
  const p = irregular[w] ?? (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : w.endsWith("e") ? `${w}d` : `${w}ed`);
  return [p, ...rest].join(" ");
}

/**
 * A first clause joined to a listed verb after a name: a verb in the third person and up to eight words
 * more, none ending a clause ("Gridwatch connects to your substation cameras and detects…").
 */
const FIRST_CLAUSE = "[\\p{Ll}]+s(?:\\s+[^\\s.;:!?,]+){0,8}?(?:,\\s+|\\s+and\\s+)";

/** A verb in the third person joined to a listed one: "Tags and categorises", "Routes, triages". */
const JOINED = "[\\p{Ll}]+s(?:,\\s+|\\s+and\\s+)";

/**
 * Compiles scoring.json's taskSignal: the patterns of a first sentence whose subject is a product doing a person's job.
 * `businessHeads` (usedInternally's) name a business as a verb's subject after "our" ("Our lead generation agency writes…").
 */
export function compileTaskSignal(t: { verbs: string[]; leadOnlyVerbs?: string[]; agents: string[]; products: string[]; subjects?: string[]; adverbs: string[]; openers: string[]; offerings: string[]; notOfferings: string[]; inputs?: string[]; notOutputs?: string[]; outputs?: Record<string, string[]>; people: string[]; givenNames?: string[] }, businessHeads: string[] = []): TaskPatterns {
  const alt = (words: string[]) => words.map(phraseSource).join("|");
  const third = alt(t.verbs.map(thirdPerson));
  const any = alt([...t.verbs, ...t.verbs.map(thirdPerson)]);
  const adverb = t.adverbs.length > 0 ? `(?:(?:${alt(t.adverbs)})\\s+)?` : "";
  const base = alt(t.verbs);
  // What may stand before a noun heading the lead: an article or "your", a name and "is a", and up to three modifiers.
  const before = `^(?:[\\p{Lu}][\\p{L}\\p{N}.'’&-]*\\s+){0,3}(?:(?:is|are)\\s+)?(?:(?:an?|the|your)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}`;
  return {
    opening: new RegExp(`^${adverb}(?:${JOINED})?(${third})\\b`, "iu"),
    named: new RegExp(`^(?:[\\p{Lu}][\\p{L}\\p{N}.'’&-]*\\s+){1,3}(?:[:—–-]\\s*)?(?:${FIRST_CLAUSE})??${adverb.toLowerCase()}(${third})\\b`, "u"),
    titled: new RegExp(`^[^:;.!?]{1,60}?(?::|\\s[—–-]|—|–)\\s+${adverb}(?:${JOINED})?(${third})\\b`, "iu"),
    agent: new RegExp(`${before}(?:${alt(t.agents)})\\s+(?:that|which)\\s+${adverb}([\\p{Ll}]+)`, "iu"),
    product: new RegExp(`${before}(?:${alt(t.products)})\\s+(?:that|which)\\s+${adverb}(${any})\\b`, "iu"),
    opener: t.openers.length > 0 ? new RegExp(`^(?:(?:an?|the|your)\\s+)?(${alt(t.openers)})\\s+[\\p{L}]`, "iu") : undefined,
    offering: t.offerings.length > 0 ? new RegExp(`^(?:(?:an?|the|your|our)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?([\\p{L}\\p{N}'’-]+)\\s+(${alt(t.offerings)})\\s+(?:for|that|which|(?:pre-?|fine-)?trained\\s+on)\\b`, "iu") : undefined,
    // Case-sensitive, so that only a name in capitals ("Acme helps…"), never "Our tutor helps…", stands before it.
    helps: new RegExp(`^(?:(?!(?:Our|We|I|You|They|Their|My)\\b)[\\p{Lu}][\\p{L}\\p{N}.'’&-]*\\s+){0,3}(?:[Hh]elps|[Ll]ets)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,4}?(?:to\\s+)?(${base.toLowerCase()})\\b`, "u"),
    // As "helps", the name in capitals; the customers before it are not the company ("We use Acme to…", "Our accountants use…").
    uses: new RegExp(`^(?!(?:Our|We|I|You|They|Their|My)\\b)(?:[\\p{L}\\p{N},'’&-]+\\s+){1,4}(?:use|uses|rely\\s+on|relies\\s+on)\\s+(?:[\\p{Lu}][\\p{L}\\p{N}.'’&-]*\\s+){1,3}to\\s+(${base.toLowerCase()})\\b`, "u"),
    participle: t.adverbs.length > 0 ? new RegExp(`\\b(${alt(t.verbs.map(participle))})\\s+(?:and\\s+[\\p{Ll}]+ed\\s+)?(?:${alt(t.adverbs)})\\b|\\b(?:${alt(t.adverbs)})\\s+(${alt(t.verbs.map(participle))})\\b`, "iu") : undefined,
    notOfferings: new Set(t.notOfferings.map((w) => w.toLowerCase())),
    inputOutput: t.inputs !== undefined && t.inputs.length > 0 ? new RegExp(`^((?:${alt(t.inputs)})\\s+[^.;!?]{1,80}?)(?:,\\s*(?:and\\s+|then\\s+)?|\\s+and\\s+(?:then\\s+)?|\\s*(?:[—–→]|->)\\s*)(?:get|receive)\\s+([^.;!?]{1,80})`, "iu") : undefined,
    notOutputs: t.notOutputs !== undefined && t.notOutputs.length > 0 ? new RegExp(`^(?:[\\p{L}\\p{N}'’$£€-]+\\s+){0,3}(?:${alt(t.notOutputs)})\\b`, "iu") : undefined,
    outputs: Object.entries(t.outputs ?? {}).filter(([, words]) => words.length > 0).map(([feature, words]) => ({ feature, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(words)})(?![\\p{L}\\p{N}])`, "iu") })),
    listed: new RegExp(`^(?:${alt(t.verbs.filter((v) => !t.leadOnlyVerbs?.includes(v)).map(thirdPerson))})$`, "iu"),
    adverb,
    subjects: t.subjects !== undefined && t.subjects.length > 0 ? new RegExp(`(?:${alt(t.subjects)})`) : undefined,
    person: t.givenNames !== undefined && t.givenNames.length > 0 ? compilePerson(t.givenNames, [...t.people, ...businessHeads], t.verbs) : undefined,
    people: t.people.length > 0 ? new RegExp(`\\b(?:${t.people.map((w) => phraseSource(w) + (/[\p{L}]$/u.test(w) ? "\\b" : "")).join("|")})`, "giu") : undefined,
  };
}

/**
 * The content an input→output task (offeredTask's answer) makes, when what the reader gets names it:
 * the feature and the noun, the earliest in the output ("Hum a melody, get back a finished track" →
 * audio-generation, "track").
 */
export function madeContent(task: string, p: TaskPatterns): { feature: string; term: string } | undefined {
  const output = p.inputOutput?.exec(task)?.[2];
  if (output === undefined) return undefined;
  let made: { feature: string; term: string; at: number } | undefined;
  for (const { feature, pattern } of p.outputs) {
    const m = pattern.exec(output);
    if (m !== null && (made === undefined || m.index < made.at)) made = { feature, term: m[0], at: m.index };
  }
  return made === undefined ? undefined : { feature: made.feature, term: made.term };
}

/** How much of a text is read for people doing the work: a one-liner, or a page's opening. */
const PEOPLE_REACH = 400;

/** What customers do with a product, after their plural opens a sentence ("Teachers can…", "Accountants love…"). */
const CUSTOMERS_MAY = /^\s+(?:also\s+)?(?:can|could|get|love|use|say|pay|save|see|invite|share|sign up)\b/i;

/** Whether the text names people doing the work ("certified engineers"), not as whom it serves ("for accountants", "your lawyers"). */
function peopleDoTheWork(text: string, people: RegExp): boolean {
  for (const m of text.matchAll(new RegExp(people))) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    // "with certified translators" says who does the work; "works with accountants" whom it serves.
    // "Teachers can also set up a class": people opening a sentence before what they may do are customers.
    if (/(?:^|[.!?]\s+)$/.test(before) && CUSTOMERS_MAY.test(text.slice(m.index! + m[0].length))) continue;
    const served = CUSTOMER_BEFORE.test(before) && !/\bwith\s+(?:[\p{L}\p{N}&'’-]+[\s,]+){0,3}$/iu.test(before.replace(/\b(?:works?|working|partners?|partnering|integrates?)\s+with\b/giu, "for"));
    if (!served && !/\b(?:your|their|each|every|any|other|many)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) return true;
  }
  return false;
}

/**
 * The words of a first sentence that say the product itself does a person's job, when it does:
 * the sentence opens with a listed verb in the third person, its subject the product ("Drafts
 * contracts…", "Acme screens CVs…"), or with an agent or a product doing something ("Agents that
 * book meetings", "an app that recommends outfits"), or with an opener ("Autonomous bookkeeping").
 * The company's name, given apart, may open the sentence. `leadEnd` is firstSentenceEnd's answer.
 */
export function offeredTask(text: string, leadEnd: number, p: TaskPatterns, name?: string): string | undefined {
  if (p.people !== undefined && peopleDoTheWork(text.slice(0, PEOPLE_REACH), p.people)) return undefined;
  let lead = text.slice(0, leadEnd).replace(/^[\s"'“*#(-]+/, "");
  if (name !== undefined && name.trim() !== "" && lead.toLowerCase().startsWith(name.trim().toLowerCase())) {
    const rest = lead.slice(name.trim().length).replace(/^\s*[:—–|-]?\s*/, "");
    if (/^\p{Ll}/u.test(rest)) lead = rest;
  }
  // "Maria Costa translates contracts…": a given name opening the lead is a person's, unless it is the company's name.
  const first = /^[\p{Lu}][\p{L}'’-]*/u.exec(lead)?.[0];
  const person = first !== undefined && p.person !== undefined && givenName(first, p.person) && !(name !== undefined && name.trim().split(/\s+/)[0]!.toLowerCase() === first.toLowerCase());
  for (const re of person ? [p.opening, p.titled] : [p.opening, p.named, p.titled]) {
    const m = re.exec(lead);
    if (m !== null && !NOUN_FOLLOWS.test(lead.slice(m.index + m[0].length))) return m[1]!;
  }
  const titled = untitled(lead);
  for (const what of titled === undefined ? [lead] : [lead, titled]) {
    const found = headedBy(what, p);
    if (found !== undefined) return found;
  }
  const helps = p.helps.exec(lead);
  if (helps !== null) return helps[0].slice(helps[0].search(/\b(?:helps|lets)\b/i)).trim();
  const uses = p.uses.exec(lead);
  if (uses !== null) return uses[0].slice(uses[0].search(/\b(?:use|uses|rely|relies)\b/)).trim();
  const done = p.participle?.exec(lead);
  if (done) return done[0];
  return laterTask(text, leadEnd, p, name);
}

/**
 * What follows a name or a short title and a colon or a dash ("VATpilot: agents that file…", "Meet
 * Hirehand: an autonomous recruiting coordinator…", "Meet Tally, the…"): the noun phrase that says what it is.
 */
function untitled(lead: string): string | undefined {
  const m = /^(?:meet\s+[\p{Lu}][\p{L}\p{N}.'’&-]*(?:\s+[\p{Lu}][\p{L}\p{N}.'’&-]*){0,2}\s*[,:—–]|[^:;.!?,]{1,40}?(?::|\s[—–-]|—|–))\s+(?=\S)/iu.exec(lead);
  return m === null ? undefined : lead.slice(m[0].length);
}

/** Whether an agent noun names whom the product serves: "A CRM for recruiters that tracks…", "calendars for busy accountants that…". */
function servedAgent(match: string): boolean {
  const at = match.search(/\S+\s+(?:that|which)\s/i);
  return /\b(?:for|to|serving|serves|among)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu.test(match.slice(0, at));
}

/** An agent or a product doing a listed task, an opener or an offering heading a noun phrase. */
function headedBy(lead: string, p: TaskPatterns): string | undefined {
  const agent = p.agent.exec(lead);
  if (agent !== null && !/^(?:is|are|was|were|has|have|had|we|you|i|they)$/i.test(agent[1]!) && !servedAgent(agent[0])) return agent[0].slice(agent[0].search(/\S+\s+(?:that|which)\s/i)).trim();
  const product = p.product.exec(lead);
  if (product !== null) return product[0].slice(product[0].search(/\S+\s+(?:that|which)\s/i)).trim();
  const opener = p.opener?.exec(lead);
  if (opener) return opener[1]!;
  const offering = p.offering?.exec(lead);
  if (offering && !p.notOfferings.has(offering[1]!.toLowerCase())) return `${offering[1]} ${offering[2]}`;
  const io = p.inputOutput?.exec(lead);
  if (io && !p.notOutputs?.test(io[2]!)) return io[0].trim();
  return undefined;
}
