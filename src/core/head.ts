/**
 * The head of a description: the opening noun phrase of its first sentence, which names what the
 * company sells ("Marketplace for voice actors; AI reads…", "Object storage built for ML datasets",
 * "Claimwell is claims-handling software for insurers"). A name before a dash or colon ("Castmatch —"),
 * a self-description ("X is a", "We are an", "We're a") and an opening article are skipped; the head
 * ends at the first word that starts a qualifier (a preposition, a relative, a participle such as
 * "built") or at a clause break. Its head word is its last word, as English noun phrases put the
 * noun last ("Matching headshots" sells headshots, not matching), or the last before a generic product
 * word ("Model monitoring platform"). English only: other languages put their qualifiers elsewhere.
 */

/** A name, one to three words, before a dash or colon that opens the text. */
const NAME_BEFORE_BREAK = /^\s*[^\s—–:;,.]+(?:\s+[^\s—–:;,.]+){0,2}\s*(?:—|–|-|:)\s+/u;
/** "X is a", "X is an", "X is", "We are a", "We're an", "It is a": a self-description's verb. */
const SELF_DESCRIPTION = /^(?:[^\s]+(?:\s+[^\s]+){0,3}?\s+(?:is|are)|we're|we are|it's|it is)\s+(?:(?:a|an|the)\s+)?/iu;
/** An opening article. */
const ARTICLE = /^(?:a|an|the)\s+/iu;
/** The most words a head has. */
const MAX_WORDS = 4;
/** Product words that say nothing of the kind: "Model monitoring platform" sells model monitoring. */
const GENERIC_NOUN = /^(?:platforms?|software|tools?|toolkits?|apps?|applications?|solutions?|services?|suites?|systems?|apis?|sdks?|products?|engines?|layers?|frameworks?|librar(?:y|ies)|company|startup)$/iu;
/** Words that end the head: what follows qualifies it. */
const HEAD_END = /\s(?:for|that|which|who|whose|to|with|from|by|on|in|of|at|across|built|designed|made|used|powered|where|so|and|or|than|because|while|when|you|your|we|our|it)\b|[,;:.!?()—–]|\s-\s/iu;

/**
 * The character span [start, end) of the head of `text`'s first sentence (ending at or before
 * `leadEnd`) and the offset where its head word starts, or undefined when the opening
 * is no noun phrase that could name a product (the head would be empty).
 */
export function headSpan(text: string, leadEnd: number): [start: number, end: number, word: number] | undefined {
  let start = 0;
  const lead = text.slice(0, leadEnd);
  const name = NAME_BEFORE_BREAK.exec(lead);
  if (name !== null) start = name[0].length;
  const self = SELF_DESCRIPTION.exec(lead.slice(start));
  if (self !== null) start += self[0].length;
  else {
    const article = ARTICLE.exec(lead.slice(start));
    if (article !== null) start += article[0].length;
  }
  const rest = lead.slice(start);
  const stop = HEAD_END.exec(rest);
  const end = start + (stop === null ? rest.length : stop.index);
  // A noun phrase of more than four words has run into a verb ("Our platform tracks every model").
  const phrase = lead.slice(start, end).trimEnd();
  const tokens = [...phrase.matchAll(/\S+/gu)];
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
  let headWord = tokens.length - 1;
  while (headWord > 0 && GENERIC_NOUN.test(tokens[headWord]![0])) headWord -= 1;
  return [start, start + phrase.length, start + tokens[headWord]!.index];
}
