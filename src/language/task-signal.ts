import { laterSentences } from "../core/task-later.ts";
import type { LanguageLexicon } from "../schemas/rules.ts";
import { phraseSource } from "../phrase-source.ts";

/*
 * The task signal of a language other than English: a first sentence whose subject is a product
 * doing a person's job, read from the words a language file lists (its `taskSignal`). English's is
 * src/core/task-signal.ts, which makes verb forms and reads "that"/"which" by English grammar; here
 * every form is listed as written, so one reader serves Spanish, Portuguese, French and German.
 */

/** A language file's taskSignal and customerCues, compiled once per language. */
export interface LanguageTaskPatterns {
  /** The lead opens with a listed verb, after adverbs or not ("Redacta contratos…", "Automaticamente classifica…"). */
  opening: RegExp;
  /** A name in capitals, then a listed verb, or a first clause joined to one ("Acme transcribe…", "Acme escucha la consulta y redacta…"). */
  named: RegExp;
  /** A short title and a colon, then a listed verb ("Tu SDR incansable: investiga cuentas…"). */
  titled: RegExp;
  /** The same, then a name (an article before it or not) or a first clause joined to the verb ("Para contables: el Asiento lee…", "Acme: baja tus facturas, las clasifica…"). */
  titledNamed: RegExp;
  /** An agent or product noun among the first words, a relative word and a listed verb ("una app para tiendas que reescribe…"). */
  product: RegExp | undefined;
  /** A name opening with a word that says it is a business, an article before it or not ("Traducciones Pérez", "A Mecânica do Zé"). */
  businessName: RegExp | undefined;
  /** Words that say people do the work ("nuestros abogados", "desde 19…"). */
  people: RegExp | undefined;
  /** An agent or product noun anywhere ("la app", "un asistente virtual"): a sentence holding one may speak of a product's work. */
  tools: RegExp | undefined;
  /** The end of the text before a business word that makes it a customer ("para clínicas, "); see customerBefore. */
  customer: RegExp | undefined;
  /** The same, with at most two words after the cue: what makes people a customer ("para despachos de abogados"), not "tu testamento con nuestros abogados". */
  customerNear: RegExp | undefined;
  /** The product as a later sentence's subject, then a listed verb or a first clause joined to one (see laterTaskIn). */
  later: LaterPatterns;
}

/** What reads a later sentence: its subjects with the verb after them, a capitalised opener with it, and the words no name is. */
interface LaterPatterns {
  /** "el sistema"/"die App" (and the company's name, added when read) opening the sentence or a clause of it, then the verb. */
  subjects: string | undefined;
  /** What follows a subject: adverbs, a first clause joined or not, the listed verb (its group 1). */
  verbAfter: string;
  /** Where a subject may stand: the sentence's start, after a comma, semicolon, dash or conjunction. */
  before: string;
  /** Lower-case function and common words: a capitalised one of them opening a sentence names no product. */
  notNames: Set<string>;
}

type TaskSignal = NonNullable<LanguageLexicon["taskSignal"]>;

/** Longest first, so "responde a" is tried before "responde". */
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(phraseSource).join("|");
/** The same, where a word opening with "-" is a compound's tail: "-büro" matches "Steuerbüro" and "Büro". */
const altTails = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => (w.startsWith("-") ? `\\p{L}*${phraseSource(w.slice(1))}` : phraseSource(w))).join("|");
/** Not followed by a letter or digit: `\b` reads only ASCII letters, and "lê" or "traduz" end in others. */
const END = "(?![\\p{L}\\p{N}])";
const START = "(?<![\\p{L}\\p{N}])";

/**
 * The regex a business word's preceding text (its sentence, at most 40 characters) matches when it
 * names a customer: a cue, then up to five words (lists repeat their article: "a quien necesita un
 * fontanero, un electricista").
 */
export function customerBefore(cues: string[], words = 5): RegExp | undefined {
  if (cues.length === 0) return undefined;
  return new RegExp(`${START}(?:${alt(cues)})\\s+(?:[\\p{L}\\p{N}&'’-]+[\\s,]+){0,${words}}$`, "iu");
}

/** Most words between a relative and the verb ending its clause: "die aus Fotos Schäden erkennt" has three. */
const FINAL_WORDS = 6;

/**
 * A relative clause ending in a listed verb, or in one of `finalVerbs` (read only there): up to
 * FINAL_WORDS words, none ending the clause, then the verb, then a comma, a dash, a sentence's end
 * or a conjunction (`join`) — so the verb is the clause's own, not a word of the next one.
 */
function verbLast(t: TaskSignal, finalVerbs: string[], join: string): string {
  const word = `[„"'«(]?[\\p{L}\\p{N}][^\\s.,;:!?]*`;
  return `\\s+(?:${word}\\s+){0,${FINAL_WORDS}}?(${alt([...t.verbs, ...finalVerbs])})${END}(?=\\s*[.,;:!?)–—]|\\s+-\\s|\\s*$|${join})`;
}

/** Compiles a language file's taskSignal and customerCues; undefined when it has no taskSignal. */
export function compileLanguageTaskSignal(lexicon: Pick<LanguageLexicon, "taskSignal" | "customerCues"> & Partial<Pick<LanguageLexicon, "functionWords" | "commonWords">>): LanguageTaskPatterns | undefined {
  const t: TaskSignal | undefined = lexicon.taskSignal;
  if (t === undefined) return undefined;
  const verb = `(${alt(t.verbs)})${END}`;
  const adverbs = t.adverbs.length > 0 ? `(?:(?:${alt(t.adverbs)})\\s+)*` : "";
  const join = t.conjunctions.length > 0 ? `\\s*,\\s*|\\s+(?:${alt(t.conjunctions)})\\s+` : "\\s*,\\s*";
  // A first clause joined to the verb: a lower-case word and up to eight more (an object, a parenthesis), none ending a clause.
  const clause = `(?:\\p{Ll}[\\p{L}'’-]*(?:\\s+[^\\s.;:!?]+){0,8}?(?:${join}))??`;
  const nouns = [...t.agents, ...t.products];
  const relative = `[\\s,]+(?:${alt(t.relatives)})`;
  // The verb right after the relative ("que recomienda"), or, where relatives put it last, ending the clause ("die Rechnungen ausliest").
  const after = t.verbFinal === undefined ? `\\s+${adverbs}${verb}` : `(?:\\s+${adverbs}${verb}|${verbLast(t, t.verbFinal.verbs, join)})`;
  return {
    opening: new RegExp(`^${adverbs}${verb}`, "iu"),
    named: new RegExp(`^${NAME}(?:\\s+(?:[:—–-]\\s*)?|\\s*,\\s*[^,.;:!?]{1,60},\\s*)${clause}${adverbs}${verb}`, "u"),
    titled: new RegExp(`^[^:;.!?]{1,60}:\\s+${adverbs}${verb}`, "iu"),
    titledNamed: new RegExp(`^[^:;.!?]{1,60}:\\s+(?:(?:\\p{Ll}{1,3}\\s+)?(?:[\\p{Lu}][\\p{L}\\p{N}.'’&+-]*\\s+){1,3})?${clause}${adverbs}${verb}`, "u"),
    // An elided article may be written onto the noun ("c'est l'appli qui explique…").
    product: nouns.length > 0 ? new RegExp(`^(?:\\S+\\s+){0,6}?(?:\\p{L}{1,2}['’])?((?:${alt(nouns)})(?:[\\s,]+[^\\s.;:!?]+){0,6}?${relative}${after})`, "iu") : undefined,
    businessName: t.businessNames.length > 0 ? new RegExp(`^(?:\\p{L}{1,3}\\s+)?${t.ours.length > 0 ? `(?:(?:${alt(t.ours)})\\s+)?` : ""}(?:${altTails(t.businessNames)})${END}`, "iu") : undefined,
    people: t.people.length > 0 ? new RegExp(`${START}(?:${altTails(t.people)})${END}`, "giu") : undefined,
    tools: nouns.length > 0 ? new RegExp(`${START}(?:${alt([...nouns, ...(t.subjects ?? [])])})${END}`, "iu") : undefined,
    customer: customerBefore(lexicon.customerCues),
    customerNear: customerBefore(lexicon.customerCues, 2),
    later: {
      subjects: (t.subjects ?? []).length > 0 ? alt(t.subjects ?? []) : undefined,
      verbAfter: `\\s+${clause}${adverbs}${verb}`,
      before: `(?:^|[;,]\\s+|\\s[—–-]\\s+|[—–]\\s*|\\s(?:${t.conjunctions.length > 0 ? alt(t.conjunctions) : "\\uFFFF"})\\s+)`,
      notNames: new Set([...(lexicon.functionWords ?? []), ...(lexicon.commonWords ?? [])].map((w) => w.toLowerCase())),
    },
  };
}

/**
 * A company's name: up to three capitalised words, with a short lower-case particle between them or not
 * ("Textwerk aus Köln", "Herbier de Poche"). After it, an apposition between commas may stand before the
 * verb ("Doublure, jeune pousse montréalaise, double…").
 */
const NAME = "[\\p{Lu}][\\p{L}\\p{N}.'’&+-]*(?:\\s+(?:\\p{Ll}{1,3}\\s+)?[\\p{Lu}][\\p{L}\\p{N}.'’&+-]*){0,2}";

/** Copulas after which a first sentence's opening name is its subject: "Acme es…", "Acme ist…", "Acme est…", "Acme é…". */
const COPULA = "(?:es|son|ist|sind|est|sont|é|são)";

/** The name a first sentence gives its subject: "Lexia es una app…", "Lexia —", "Lexia:"; not a word every sentence may open with. */
export function leadNameIn(lead: string, notNames: Set<string>): string | undefined {
  const m = new RegExp(`^\\s*([\\p{Lu}][\\p{L}\\p{N}.'’&-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}.'’&-]*){0,2})(?:\\s+${COPULA}${END}|\\s*[:—–|]|\\s+-\\s)`, "u").exec(lead);
  return m === null || notNames.has(m[1]!.toLowerCase()) ? undefined : m[1]!;
}

/**
 * The listed verb of a sentence after the first whose subject is the product: one of `subjects`
 * ("…y el sistema compone la música", "– die App macht daraus einen Bericht, erkennt Wunden") or the
 * company's name (given apart, or the first sentence's subject: "Lexia es…. Lexia resume…"), opening
 * the sentence or a clause of it, before a listed verb or a first clause joined to one. Any capitalised
 * word is not read as a name there: "Marta compone canciones con sus alumnos" is a teacher's work. Read
 * up to `end` (a later use cue: "Usamos un software. El sistema clasifica…" offers nothing).
 */
export function laterTaskIn(text: string, leadEnd: number, p: LanguageTaskPatterns, name?: string, end = text.length): string | undefined {
  const l = p.later;
  const sentences = laterSentences(text, leadEnd, end);
  const names = [name, leadNameIn(text.slice(0, leadEnd), l.notNames)].filter((n): n is string => n !== undefined && n.trim() !== "").map((n) => phraseSource(n.trim()));
  const subjects = [...names, ...(l.subjects === undefined ? [] : [l.subjects])];
  if (subjects.length === 0) return undefined;
  const within = new RegExp(`${l.before}(?:${subjects.join("|")})${l.verbAfter}`, "iu");
  // The first sentence too, past its opening ("Envías la foto y la app extrae el importe"): its opening is read by offeredTaskIn.
  for (const sentence of [text.slice(0, Math.min(leadEnd, end)), ...sentences]) {
    const w = within.exec(sentence);
    if (w) return w[1];
  }
  return undefined;
}

/** How much of a text is read for people doing the work: a one-liner, or a page's opening. */
const PEOPLE_REACH = 400;

/**
 * The words that say people do the work ("traductores jurados", "con nosotros"), not as whom the text
 * serves ("para abogados"). A phrase of several words ("con nosotros", "desde 19") is never a customer.
 */
function peopleDoingTheWork(text: string, p: LanguageTaskPatterns, notAfter?: RegExp): string | undefined {
  if (p.people === undefined) return undefined;
  for (const m of text.matchAll(new RegExp(p.people))) {
    if (NOT_PEOPLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    if (/\s/u.test(m[0])) return m[0];
    if (notAfter?.test(text.slice(Math.max(0, m.index - 8), m.index)) === true) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (p.customerNear === undefined || !p.customerNear.test(before)) return m[0];
  }
  return undefined;
}

/** Words after a people noun that make it no person: "collaborateurs numériques", "empleados virtuales", "Mitarbeiter mit KI". */
const NOT_PEOPLE_AFTER = /^[\s-]+(?:num[ée]riques?|digita(?:l|les|is|len?)|virtu(?:al|ales|ais|el|els|elle|elles|ellen?)|IA|KI|de\s+IA|d['’]IA|mit\s+KI|synth[ée]ti)/iu;

/** A definite article before a people noun: "Os técnicos fazem perguntas", "les avocats posent" speak of users, not of the company's people. */
const DEFINITE = /(?:^|\s)(?:los|las|el|la|os|as|o|a|les|le|die|der|den|dem|des)\s+$/iu;

/** The first sentence without the quotes, marks and brackets it may open with. */
const leadOf = (text: string, leadEnd: number) => text.slice(0, leadEnd).replace(/^[\s"'“«¿¡*#(-]+/u, "");

/**
 * The words of a text's opening that say people do its work, when they do: people named as doing it
 * ("nuestro equipo de recepcionistas", "nossos agrônomos"), or a business's name opening the first
 * sentence ("Consultoria de RH", "Traducciones Pérez"). What such a text says it does is their work.
 */
export function peopleRunIn(text: string, leadEnd: number, p: LanguageTaskPatterns): string | undefined {
  return peopleDoingTheWork(text.slice(0, PEOPLE_REACH), p) ?? p.businessName?.exec(leadOf(text, leadEnd))?.[0];
}

/**
 * Whether what a sentence says at `at` is people's work: people doing the work stand before it in the
 * sentence ("Nuestro equipo de recepcionistas atiende las llamadas", "Notre météorologue présente les
 * prévisions"), or it is in a first sentence opened by a business's name ("Consultoria de RH que faz
 * triagem de currículos"); and the sentence names no agent or product ("la app", "un asistente virtual").
 */
export function peopleDoIt(sentence: string, at: number, inLead: boolean, p: LanguageTaskPatterns): boolean {
  if (p.tools?.test(sentence) === true) return false;
  return peopleDoingTheWork(sentence.slice(0, at), p, DEFINITE) !== undefined || (inLead && p.businessName?.test(leadOf(sentence, sentence.length)) === true);
}

/**
 * The words of a first sentence that say the product itself does a person's job, when it does (see
 * LanguageTaskPatterns). `leadEnd` is firstSentenceEnd's answer, or where a use cue starts in the first
 * sentence ("Contamos con un software que…": what follows is used, not offered); the company's name,
 * given apart, may open the sentence.
 */
export function offeredTaskIn(text: string, leadEnd: number, p: LanguageTaskPatterns, name?: string, laterEnd?: number): string | undefined {
  if (peopleRunIn(text, leadEnd, p) !== undefined) return undefined;
  let lead = leadOf(text, leadEnd);
  if (name !== undefined && name.trim() !== "" && lead.toLowerCase().startsWith(name.trim().toLowerCase())) {
    const rest = lead.slice(name.trim().length).replace(/^\s*[:—–|-]?\s*/u, "");
    if (/^\p{Ll}/u.test(rest)) lead = rest;
  }
  for (const re of [p.opening, p.named, p.titled, p.titledNamed]) {
    const m = re.exec(lead);
    if (m !== null) return m[1];
  }
  const product = p.product?.exec(lead)?.[1];
  if (product !== undefined) return product;
  // The product as a subject past the opening, in the first sentence (up to a use cue: "Contamos con un
  // software y el sistema clasifica…" offers nothing) and, unless a use cue cut it short, in the next ones.
  const cut = /^[.!?\n]/u.test(text.slice(leadEnd, leadEnd + 1)) ? laterEnd : leadEnd;
  return laterTaskIn(text, leadEnd, p, name, cut);
}
