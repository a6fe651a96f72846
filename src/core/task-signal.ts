import { CUSTOMER_BEFORE } from "./lead.ts";

/*
 * The task signal: a text that names no AI may still offer it, read from its first sentence's
 * structure (scoring.json's taskSignal; docs/accuracy.md, `no-ai-signal`).
 */

/** scoring.json's taskSignal, compiled once per rule set (see compileTaskSignal). */
export interface TaskPatterns {
  /** The lead opens with a verb in the third person, after an adverb or not ("Drafts…", "Automatically tags…"). */
  opening: RegExp;
  /** A name in capitals, then such a verb in lower case ("Acme screens CVs…", "Acme — drafts…"). */
  named: RegExp;
  /** A short noun phrase and a colon, then such a verb ("Your always-on SDR: researches accounts…"). */
  titled: RegExp;
  /** An agent noun followed by "that" or "which" ("Agents that book…", "Acme is an assistant that…"). */
  agent: RegExp;
  /** A product noun followed by "that", "which" or "to" and a listed verb ("an app that recommends…"). */
  product: RegExp;
  /** An opener ("Autonomous bookkeeping", "Meet Hirehand: an autonomous recruiting coordinator"). */
  opener: RegExp | undefined;
  /** "helps" or "lets", whom, and a listed verb ("Helps support teams answer tickets faster"). */
  helps: RegExp;
  /** A listed verb's participle beside an adverb ("Site diaries written automatically", "stories written on the fly"). */
  participle: RegExp | undefined;
  /** An input asked for, then an output promised ("Hum a melody, get a track back"). */
  inputOutput: RegExp | undefined;
  /** In a later sentence, a subject and a listed verb in the third person ("Fieldnote identifies…", "the app recognises…"); the subject captured. */
  later: RegExp;
  /** An offering heading the lead ("Credit risk models for…"), the word before it captured. */
  offering: RegExp | undefined;
  notOfferings: Set<string>;
  /** Words that say people do the work ("certified", "accountants", "since 19…"). */
  people: RegExp | undefined;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s-]+/g, "[\\s-]+");

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

/** Subjects of a later sentence that name the product ("It", "The app"): a person's name or "we" never is one. */
const PRONOUN_SUBJECTS = "[Ii]t|(?:[Tt]he|[Oo]ur|[Ii]ts)\\s+(?:[\\p{Ll}-]+\\s+)?";

/** A verb in the third person joined to a listed one: "Tags and categorises", "Routes, triages". */
const JOINED = "[\\p{Ll}]+s(?:,\\s+|\\s+and\\s+)";

/** Compiles scoring.json's taskSignal: the patterns of a first sentence whose subject is a product doing a person's job. */
export function compileTaskSignal(t: { verbs: string[]; agents: string[]; products: string[]; adverbs: string[]; openers: string[]; offerings: string[]; notOfferings: string[]; people: string[]; inputs?: string[] }): TaskPatterns {
  const alt = (words: string[]) => words.map(escape).join("|");
  const third = alt(t.verbs.map(thirdPerson));
  const any = alt([...t.verbs, ...t.verbs.map(thirdPerson)]);
  const adverb = t.adverbs.length > 0 ? `(?:(?:${alt(t.adverbs)})\\s+)?` : "";
  const base = alt(t.verbs);
  // A short title and a colon or dash before the sentence proper ("VATpilot: agents that…", "Meet Hirehand: an…").
  const title = "(?:[^:;.!?—–]{1,40}(?:[:—–]|\\s-)\\s+)?";
  // What may stand before a noun heading the lead: an article or "your", a name and "is a", and up to three modifiers.
  const before = `^${title}(?:[\\p{Lu}][\\p{L}\\p{N}.'’&-]*\\s+){0,3}(?:(?:is|are)\\s+)?(?:(?:an?|the|your)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}`;
  return {
    opening: new RegExp(`^${adverb}(?:${JOINED})?(${third})\\b`, "iu"),
    named: new RegExp(`^(?:[\\p{Lu}][\\p{L}\\p{N}.'’&-]*\\s+){1,3}(?:[:—–-]\\s*)?${adverb.toLowerCase()}(${third})\\b`, "u"),
    titled: new RegExp(`^[^:;.!?—–]{1,60}(?:[:—–]|\\s-)\\s+${adverb}(?:${JOINED})?(${third})\\b`, "iu"),
    agent: new RegExp(`${before}(?:${alt(t.agents)})\\s+(?:that|which)\\s+${adverb}([\\p{Ll}]+)`, "iu"),
    product: new RegExp(`${before}(?:${alt(t.products)})\\s+(?:that|which)\\s+${adverb}(${any})\\b`, "iu"),
    opener: t.openers.length > 0 ? new RegExp(`^${title}(?:(?:an?|the|your|our)\\s+)?(?:${alt(t.openers)})\\s+[\\p{L}]`, "iu") : undefined,
    // Case-sensitive, so that only a name in capitals ("Acme helps…"), never "Our tutor helps…", stands before it.
    helps: new RegExp(`^(?:(?!(?:Our|We|I|You|They|Their|My)\\b)[\\p{Lu}][\\p{L}\\p{N}.'’&-]*\\s+){0,3}(?:[Hh]elps|[Ll]ets)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,4}?(?:to\\s+)?(${base.toLowerCase()})\\b`, "u"),
    participle: t.adverbs.length > 0 ? new RegExp(`\\b(${alt(t.verbs.map(participle))})\\s+(?:and\\s+[\\p{Ll}]+ed\\s+)?(?:${alt(t.adverbs)})\\b|\\b(?:${alt(t.adverbs)})\\s+(${alt(t.verbs.map(participle))})\\b`, "iu") : undefined,
    inputOutput: t.inputs !== undefined && t.inputs.length > 0 ? new RegExp(`^${title}(?:${alt(t.inputs)})\\s+(?!us\\b|me\\b)[^,.;:!?]{1,60}?(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*(?:→|->|—|–)\\s*)(?:get|receive)\\b`, "iu") : undefined,
    later: new RegExp(`(?:^|[\\s,;(])((?:${PRONOUN_SUBJECTS}(?:${alt(t.products)}))|[\\p{Lu}][\\p{L}\\p{N}'’&-]+)\\s+${adverb.toLowerCase()}(${third.toLowerCase()})\\b`, "gu"),
    offering: t.offerings.length > 0 ? new RegExp(`^(?:(?:an?|the|your|our)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?([\\p{L}\\p{N}'’-]+)\\s+(${alt(t.offerings)})\\s+(?:for|that|which|(?:pre-?|fine-)?trained\\s+on)\\b`, "iu") : undefined,
    notOfferings: new Set(t.notOfferings.map((w) => w.toLowerCase())),
    people: t.people.length > 0 ? new RegExp(`\\b(?:${t.people.map((w) => escape(w) + (/[\p{L}]$/u.test(w) ? "\\b" : "")).join("|")})`, "giu") : undefined,
  };
}

/** How much of a text is read for people doing the work: a one-liner, or a page's opening. */
const PEOPLE_REACH = 400;

/** Verbs after a people word that make them the product's users, not who does the work. */
const USER_VERBS = /^\s+(?:also\s+)?(?:can|could|get|use|pay|love|save|sign|log)\b/iu;

/** Whether the text names people doing the work ("certified engineers"), not as whom it serves ("for accountants", "your lawyers"). */
function peopleDoTheWork(text: string, people: RegExp): boolean {
  for (const m of text.matchAll(new RegExp(people))) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    // "with certified translators" says who does the work; "works with accountants" whom it serves.
    const served = CUSTOMER_BEFORE.test(before) && !/\bwith\s+(?:[\p{L}\p{N}&'’-]+[\s,]+){0,3}$/iu.test(before.replace(/\b(?:works?|working|partners?|partnering|integrates?)\s+with\b/giu, "for"));
    // People who can, get or use something are the product's users ("Teachers can also set up a class").
    const users = USER_VERBS.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
    if (!served && !users && !/\b(?:your|their|each|every|any|other|many)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) return true;
  }
  return false;
}

/** What follows a plural noun, not a verb with its object: "Answers to common questions", "Drafts for review". */
const NOUN_FOLLOWS = /^\s*(?:(?:to|for|of|from|in|on|at|with|by)\b|(?:and|or)\b(?!\s+\p{Ll}+s\b)|&|[,;:.!?]|$)/iu;

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
  for (const re of [p.opening, p.named, p.titled]) {
    const m = re.exec(lead);
    if (m !== null && !NOUN_FOLLOWS.test(lead.slice(m.index + m[0].length))) return m[1]!;
  }
  const agent = p.agent.exec(lead);
  if (agent !== null && !/^(?:is|are|was|were|has|have|had|we|you|i|they)$/i.test(agent[1]!)) return agent[0].slice(agent[0].search(/\S+\s+(?:that|which)\s/i)).trim();
  const product = p.product.exec(lead);
  if (product !== null) return product[0].slice(product[0].search(/\S+\s+(?:that|which)\s/i)).trim();
  const opener = p.opener?.exec(lead);
  if (opener) return opener[0].slice(0, -1).trim();
  const offering = p.offering?.exec(lead);
  if (offering && !p.notOfferings.has(offering[1]!.toLowerCase())) return `${offering[1]} ${offering[2]}`;
  const io = p.inputOutput?.exec(lead);
  if (io) return io[0].trim();
  const helps = p.helps.exec(lead);
  if (helps !== null) return helps[0].slice(helps[0].search(/\b(?:helps|lets)\b/i)).trim();
  const done = p.participle?.exec(lead);
  if (done) return done[0];
  return laterTask(text, leadEnd, lead, p, name);
}

/** How far past the first sentence a product's task is looked for: a one-liner's or a page's opening. */
const LATER_REACH = 600;

/**
 * A later sentence whose subject is the product doing a listed task: the company's name (given, or a
 * capitalised word of the first sentence: "Fieldnote is inspection software… Fieldnote identifies the
 * damage"), "it" or a product noun ("the app recognises…"). A person's name is not in the first sentence.
 */
function laterTask(text: string, leadEnd: number, lead: string, p: TaskPatterns, name?: string): string | undefined {
  const rest = text.slice(leadEnd, LATER_REACH);
  const names = new Set((name ?? "").split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
  for (const w of lead.match(/\p{Lu}[\p{L}\p{N}'’&-]+/gu) ?? []) names.add(w);
  for (const m of rest.matchAll(p.later)) {
    const subject = m[1]!;
    if (/^\p{Lu}/u.test(subject) && !/^(?:It|The|Our|Its)\b/.test(subject) && !names.has(subject)) continue;
    if (NOUN_FOLLOWS.test(rest.slice(m.index! + m[0].length))) continue;
    return `${subject} ${m[2]}`;
  }
  return undefined;
}
