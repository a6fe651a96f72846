/*
 * A person as the subject of a verb: "Jess writes your website copy", "Maria identifies the cause of
 * your pain", "our translators summarise…". What a person does is a service, not an AI product, so
 * neither the task signal nor an AI phrase reads it as the product's doing.
 */

/** What person.ts needs: scoring.json's taskSignal.givenNames and people, compiled once. */
export interface PersonPatterns {
  /** Common given names, lower case ("maria", "jess", "tom"). */
  names: Set<string>;
  /** A clause's subject naming a person, up to the verb: a given name (and surname), "I", "he", "she", or "our" or "whose" and a `people` word ("our team of writers", "a call centre whose trained agents"). */
  subject: RegExp;
  /** The same, opening a sentence and followed by its verb: "Our writers draft adverts and summarise reports". */
  opening: RegExp;
  /** The listed verbs (taskSignal.verbs), in the base form and the third person: "write", "writes". */
  verbs: Set<string>;
}

/** Words before a people noun that make it no person: "our AI writers", "our digital workers". */
const NOT_PEOPLE = "(?:AI|A\\.I\\.|digital|virtual|robot|robotic|software|synthetic|autonomous)";
/** Words after a person's verb that bring in another subject: "Our writers brief the app, which summarises…", "…use AI to summarise". */
const OTHER_SUBJECT = "(?:it|its|which|that|who|app|software|tool|platform|system|model|models|bot|assistant|agent|AI|algorithm|algorithms)";

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** Compiles the given names, the words that say people do the work (taskSignal.people) and the listed verbs (with their third-person forms) into subject patterns. */
export function compilePerson(givenNames: string[], people: string[], verbs: string[]): PersonPatterns {
  const names = new Set(givenNames.map((n) => n.toLowerCase()));
  const nouns = people.filter((w) => /^[\p{L}-]+$/u.test(w)).map(escape);
  // "our AI writers", "our digital workers" are no people.
  const our = nouns.length > 0 ? `|(?:[Oo]ur|[Mm]y|whose)\\s+(?:(?!${NOT_PEOPLE}\\b)[\\p{L}-]+\\s+){0,3}(?:${nouns.join("|")})` : "";
  // The name itself is checked against `names` by personSubject; here only its shape.
  // "Our team of writers" is tried before a name in capitals, which "Our" would otherwise be read as.
  const who = `(?:I|[Hh]e|[Ss]he${our}|([\\p{Lu}][\\p{Ll}'’-]+(?:\\s+[\\p{Lu}][\\p{Ll}'’-]+)?))\\s+`;
  const adverb = "(?:also\\s+|then\\s+|now\\s+|personally\\s+|herself\\s+|himself\\s+)?";
  return {
    names,
    subject: new RegExp(`(?:^|[.!?;:,(—–]\\s*|\\s(?:and|then|while|where|so)\\s+|\\s(?=whose\\s))${who}${adverb}$`, "u"),
    opening: new RegExp(`(?:^|[.!?;]\\s+)${who}${adverb}\\p{Ll}+(?:[\\s,]+(?!${OTHER_SUBJECT}\\b)[\\p{L}\\p{N}'’&-]+)*[\\s,]*$`, "u"),
    verbs: new Set(verbs.flatMap((v) => [v.split(/\\s+/)[0]!, thirdPerson(v.split(/\\s+/)[0]!)])),
  };
}

/** A verb's third-person form: "drafts", "replies", "summarises". */
function thirdPerson(w: string): string {
  return /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(w) ? `${w}es` : `${w}s`;
}

/** Whether a term found in the text opens with a listed verb in lower case ("writes your", "summarises"): what a subject does. */
export function verbLed(term: string, p: PersonPatterns): boolean {
  const first = /^\p{Ll}+/u.exec(term)?.[0];
  return first !== undefined && p.verbs.has(first);
}

/** Whether a capitalised word is a common given name, not a product's name: "Maria", "Tom". */
export function givenName(word: string, p: PersonPatterns): boolean {
  return p.names.has(word.toLowerCase());
}

/**
 * Whether the words just before a verb (`before`, the text up to it) make a person its subject, or the
 * sentence opens with one and its verb ("Our writers draft adverts and summarise…"): a given
 * name, with a surname or not ("Jess writes", "Priya Shah translates"), unless it is the company's own
 * name (`names`: "Ada reads your scans" after "Ada is an AI radiologist"); "I", "he", "she"; or "our" and a
 * word that says people do the work ("our translators", "our team of writers").
 */
export function personSubject(before: string, p: PersonPatterns, names: readonly string[] = []): boolean {
  const m = p.subject.exec(before.slice(-80)) ?? p.opening.exec(before.slice(-160));
  if (m === null) return false;
  // Group 1 is a name in capitals; without it, "I", "he", "she" or "our translators" matched.
  const who = m[1];
  if (who === undefined || /^(?:He|She)$/.test(who)) return true;
  const first = who.split(/\s+/)[0]!;
  if (names.some((n) => n.trim().toLowerCase() === who.toLowerCase() || n.trim().toLowerCase() === first.toLowerCase())) return false;
  return givenName(first, p);
}
