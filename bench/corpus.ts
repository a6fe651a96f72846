/**
 * A varied synthetic corpus for benchmarks: descriptions of 300–800 characters, each about one
 * business, written the way company pages are — what it does, for whom, how it is different, some
 * company boilerplate and a pricing sentence — across every domain and some non-AI businesses.
 * A seeded PRNG makes runs comparable.
 */
const THEMES: string[][] = [
  ["an AI writing assistant that drafts blog posts, ad copy and product descriptions", "Marketing teams generate on-brand content in seconds.", "It learns your brand voice from past campaigns."],
  ["a managed vector database for semantic search and retrieval-augmented generation", "Developers store embeddings and query them with millisecond latency.", "Hybrid search combines keywords with vectors."],
  ["a GPU cloud with on-demand H100 clusters for training and inference", "AI labs spin up hundreds of GPUs in minutes.", "Our data centers run on renewable energy."],
  ["AI agents that resolve customer support tickets end to end", "The agents read your help center and take actions in Zendesk.", "Human agents step in only for edge cases."],
  ["an MLOps platform for experiment tracking, a model registry and model monitoring", "ML teams compare runs and catch drift in production.", "It works with PyTorch, TensorFlow and scikit-learn."],
  ["a freelance marketplace that matches companies with vetted designers", "Our matching algorithm shortlists talent within a day.", "Clients and freelancers rate each other after every project."],
  ["computer vision models that inspect parts on factory production lines", "Cameras flag defects before they reach customers.", "Models are trained on a few hundred labelled images."],
  ["demand forecasting for grocery retailers", "Our machine learning models predict sales for every store and product.", "Store managers cut waste by a fifth."],
  ["a free music app with personalized playlists", "Listeners discover new artists every day.", "The app is supported by audio ads between songs."],
  ["proprietary datasets of consumer transaction data", "Hedge funds and retailers use our data feeds to track spending.", "Every record is anonymized and aggregated."],
  ["an AI scribe that writes clinical notes for physicians", "Doctors see patients while notes land in the EHR.", "Health systems cut documentation time in half."],
  ["a family bakery with sourdough bread and pastries", "We bake everything by hand each morning.", "Local cafes stock our croissants."],
  ["a boutique accounting firm for small businesses", "We handle bookkeeping, payroll and tax returns.", "Clients get a dedicated accountant."],
];
const BOILERPLATE = [
  "Founded in 2021, the team has grown to forty people across three continents.",
  "We are backed by leading investors and trusted by thousands of customers.",
  "Security comes first: we are SOC 2 Type II certified and GDPR compliant.",
  "Setup takes minutes and our support team answers within the hour.",
  "Our mission is to make every team more productive.",
  "Customers report a return on investment within the first quarter.",
  "It integrates with Slack, Salesforce and Microsoft Teams.",
  "We serve customers in healthcare, finance and retail.",
];
const PRICING = [
  "Plans start at $29 per seat per month.", "Usage-based pricing: $0.50 per million tokens.", "We take a 12% commission on each booking.",
  "Enterprise customers sign annual licences.", "Pay as you go from $2.10 per GPU hour.", "Start with a free tier, then upgrade to premium plans.",
  "Advertisers pay on a CPM basis.", "Data is licensed to partners under annual data licenses.", "Priced per query through our API.",
  "Custom pricing per workflow.", "We charge per agent per month.", "Custom development is billed as fixed-fee projects.",
  "Pricing is available on request.",
];
const OPENERS = ["We build", "The company offers", "Meet", "We provide", "Our product is", "We run"];

export function createRandom(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

export function syntheticDescription(rand: () => number): string {
  const [product, ...details] = pick(rand, THEMES);
  const sentences = [`${pick(rand, OPENERS)} ${product}.`, ...details.filter(() => rand() < 0.8), pick(rand, PRICING)];
  const target = 300 + rand() * 500;
  let text = sentences.join(" ");
  const filler = [...BOILERPLATE];
  while (text.length < target && filler.length > 0) text += ` ${filler.splice(Math.floor(rand() * filler.length), 1)[0]}`;
  return text.length > 800 ? text.slice(0, text.lastIndexOf(" ", 800)) : text;
}

export function syntheticCorpus(count: number, seed = 7): string[] {
  const rand = createRandom(seed);
  return Array.from({ length: count }, () => syntheticDescription(rand));
}

/** Descriptions in the other languages valuechain reads, and a few it does not, for the mixed corpus. */
const OTHER_LANGUAGES: Record<string, { themes: string[]; pricing: string[] }> = {
  es: {
    themes: [
      "Creamos un asistente de redacción con IA generativa que escribe descripciones de producto y publicaciones para redes sociales.",
      "Alquilamos GPUs H100 en centros de datos en España para entrenar e inferir modelos, con facturación por horas.",
      "Nuestros agentes de IA atienden el teléfono de clínicas, agendan citas y envían recordatorios a los pacientes.",
      "Recopilamos datos de precios de comercio electrónico y vendemos esos datos a marcas mediante licencias de datos.",
    ],
    pricing: ["Suscripción mensual por usuario.", "Pago por uso.", "Precio por agente y mes.", "No vendemos datos a terceros."],
  },
  fr: {
    themes: [
      "Notre plateforme MLOps permet de versionner les modèles et de surveiller la dérive des modèles en production.",
      "Moteur de recherche sémantique pour les applications d'IA générative, avec génération augmentée par la recherche.",
      "Place de marché qui met en relation particuliers et artisans ; notre algorithme recommande les professionnels les plus adaptés.",
      "Logiciel d'aide au diagnostic qui analyse les radiographies grâce à des réseaux de neurones.",
    ],
    pricing: ["Abonnement mensuel par utilisateur.", "Nous prélevons une commission sur chaque devis signé.", "Tarification à l'usage.", "Licence annuelle par site."],
  },
  de: {
    themes: [
      "Unsere Machine-Learning-Modelle prognostizieren Maschinenausfälle in der Fertigung anhand von Sensordaten.",
      "Ein KI-Assistent beantwortet Fragen Ihrer Mitarbeitenden anhand interner Dokumente und nennt die Quelle.",
      "Kostenlose Sprachlern-App mit KI-Tutor, finanziert durch Werbung.",
      "Kamerabasierte Qualitätskontrolle: Neuronale Netze erkennen Lackfehler direkt am Band.",
    ],
    pricing: ["Abgerechnet wird monatlich pro Nutzer.", "Wir verkaufen keine Daten.", "Abrechnung pro Anfrage.", "Vertrieb über Jahreslizenzen."],
  },
  pt: {
    themes: [
      "Treinamos modelos de linguagem em português e disponibilizamos os modelos por meio de uma API.",
      "Agentes de IA que atendem clientes pelo WhatsApp e agendam visitas técnicas.",
      "Visão computacional para frigoríficos: redes neurais inspecionam cada carcaça na linha de produção.",
      "Empresa de rotulagem de dados que anota imagens e textos para treinar modelos de IA.",
    ],
    pricing: ["Assinatura mensal por equipe.", "Cobramos por token.", "Preço por agente por mês.", "Não exibimos anúncios."],
  },
};
const UNSUPPORTED = [
  "当社は生成AIを活用して、ECサイト向けの商品説明文や広告コピーを自動で作成するサービスを提供しています。料金は月額制です。",
  "Sviluppiamo modelli di intelligenza artificiale che prevedono la domanda nei negozi di abbigliamento.",
];

/**
 * The same corpus with `share` of its rows in Spanish, French, German or Portuguese (equally) and
 * one in a hundred in a language valuechain does not read, for the cost of detection and of the
 * other languages' matchers.
 */
export function mixedLanguageCorpus(count: number, share = 0.4, seed = 7): string[] {
  const rand = createRandom(seed);
  const codes = Object.keys(OTHER_LANGUAGES);
  return Array.from({ length: count }, () => {
    const roll = rand();
    if (roll < 0.01) return pick(rand, UNSUPPORTED);
    if (roll >= share) return syntheticDescription(rand);
    const { themes, pricing } = OTHER_LANGUAGES[pick(rand, codes)]!;
    return `${pick(rand, themes)} ${pick(rand, pricing)}`;
  });
}
