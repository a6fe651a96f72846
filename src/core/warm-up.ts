import { MAX_WORD_LENGTH } from "../extract/bounds.ts";
import type { Classifier } from "./bind.ts";

/**
 * Sentences of the kinds the pipeline reads differently: AI products of several domains, businesses
 * that use AI, a self-description, a denial, prices, boilerplate, and descriptions in the languages
 * the built-in rules read.
 */
const SENTENCES = [
  "An AI writing assistant that drafts blog posts and ad copy in your brand voice; $29 per seat per month.",
  "GPU cloud with on-demand H100 clusters for training and inference, billed per GPU-hour.",
  "Autonomous AI agents resolve support tickets end to end and take actions in your CRM.",
  "Retrieval-augmented generation over your documents: ask questions and get cited answers.",
  "We monitor models in production, detect drift and evaluate LLM outputs before every release.",
  "Demand forecasting with machine learning for grocery chains, priced per store.",
  "Computer vision that inspects welds on the production line from camera images.",
  "We license anonymised transaction data and sell insights to hedge funds; we do not sell personal data.",
  "A free photo app with AI filters, funded by ads, with a premium tier without ads.",
  "A marketplace where developers sell fine-tuned models and we take a 20% commission.",
  "Hartley's Bakery is a family-run bakery in Leeds. We use AI to plan our ovens, and our bakers check every batch.",
  "Our law firm uses AI tools to draft contracts; our lawyers review every clause.",
  "Investors\nBacked by leading funds. Careers: we're hiring engineers. © 2026 All rights reserved. Privacy policy.",
  "Una plataforma de IA que redacta contratos para despachos de abogados; no vendemos datos. Precio por usuario al mes.",
  "Une plateforme d'IA qui rédige des réponses aux clients ; nous ne revendons pas vos données. Abonnement mensuel.",
  "Eine KI-Plattform, die Rechnungen automatisch prüft; wir verkaufen keine Daten. Preis pro Nutzer und Monat.",
  "Uma plataforma de IA que gera relatórios para clínicas; não vendemos dados. Assinatura mensal por usuário.",
];

/** How long the repeated texts are: long enough for a page's reading, within every input limit. */
const LONG = 6_000;

/** Endings each step of the Porter stemmer looks for, so the words below take its every branch. */
const ENDINGS = "sses ies ss s eed ed ing at bl iz ational tional enci anci izer abli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize e ll y".split(" ");

/**
 * Words no lexicon knows, drawn from a fixed sequence: random letters, random stems with every ending
 * the stemmer reads, and some of the longest length still read. The path a word takes the first time
 * it is met (stemming, typo lookup, memoising).
 */
function unknownWords(length: number, seed: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 16) % n;
  };
  const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + next(26))).join("");
  const words: string[] = [];
  for (let size = 0; size < length; size += words.at(-1)!.length + 1) {
    const word = letters(2 + next(11));
    const kind = words.length % 10;
    words.push(kind === 9 ? word.padEnd(MAX_WORD_LENGTH, word) : kind % 2 === 0 ? word + ENDINGS[next(ENDINGS.length)] : word);
  }
  return words.join(" ");
}

/** Each sentence alone, the English ones as one page with headings, each sentence repeated to a long run, and runs of unknown words. */
export function warmUpTexts(): string[] {
  const english = SENTENCES.slice(0, 13);
  const page = english.map((s, i) => `## Section ${i + 1}\n${s}`).join("\n\n");
  const runs = SENTENCES.map((s) => `${s} `.repeat(Math.ceil(LONG / (s.length + 1))).slice(0, LONG));
  return [...SENTENCES, page, ...runs, "b ".repeat(LONG / 2), ...[1, 2, 3, 4].map((seed) => unknownWords(LONG, seed))];
}

/**
 * Classifies texts of every shape a few times, so that the code each path runs is compiled before
 * the first real request: a first long or repetitive text would otherwise pay the compilation. A
 * server does this at start, in its own thread and in each worker, before it says it is ready.
 */
export function warmUp(classifier: Classifier, rounds = 3): void {
  const texts = warmUpTexts();
  for (let r = 0; r < rounds; r++) for (const description of texts) classifier.classifySync({ description });
}
