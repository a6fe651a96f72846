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

/** Each sentence alone, the English ones as one page with headings, and each sentence repeated to a long run. */
export function warmUpTexts(): string[] {
  const english = SENTENCES.slice(0, 13);
  const page = english.map((s, i) => `## Section ${i + 1}\n${s}`).join("\n\n");
  const runs = SENTENCES.map((s) => `${s} `.repeat(Math.ceil(LONG / (s.length + 1))).slice(0, LONG));
  return [...SENTENCES, page, ...runs, "b ".repeat(LONG / 2)];
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
