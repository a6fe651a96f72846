/**
 * A varied synthetic corpus for benchmarks: descriptions of 300–800 characters assembled from
 * sentence parts across every domain, pricing style and some non-AI filler, from a seeded PRNG
 * so runs are comparable.
 */
const OPENERS = [
  "We are building", "Our team offers", "Founded by former researchers, we provide", "The company sells", "Meet", "We help enterprises with",
  "A seed-stage startup creating", "Trusted by 2,000 teams,", "Our platform delivers", "We run",
];
const PRODUCTS = [
  "an AI writing assistant that generates blog posts and ad copy for marketing teams",
  "a vector database with hybrid search and embeddings for retrieval-augmented generation",
  "GPU cloud capacity with H100 clusters for training and inference",
  "autonomous AI agents that resolve customer support tickets inside Zendesk",
  "an MLOps platform for experiment tracking, model registry and model monitoring",
  "a two-sided marketplace that matches freelancers with clients using smart matching",
  "computer vision models that detect defects on factory production lines",
  "predictive analytics and demand forecasting for grocery retailers",
  "a free consumer app with a personalized feed of short videos",
  "proprietary datasets of consumer transaction data for hedge funds",
  "speech-to-text transcription with speaker labels for call recordings",
  "an AI scribe that writes clinical notes for physicians in the EHR",
  "a family bakery with sourdough bread and pastries",
  "text-to-image generation for e-commerce product photos",
  "fraud detection models that score every payment in real time",
];
const DETAILS = [
  "It integrates with Slack, Salesforce and Microsoft Teams in minutes.",
  "Customers deploy it in their own cloud or on-premise with SOC 2 controls.",
  "The models are fine-tuned on millions of labelled examples.",
  "Our data pipelines clean and deduplicate every record before training.",
  "We never sell user data and we do not run ads.",
  "Latency stays under 50 ms at the 99th percentile.",
  "The open-source core has 20k stars on GitHub.",
  "Teams see ROI within the first quarter.",
  "It supports 40 languages out of the box.",
  "Analysts get dashboards with actionable insights every morning.",
];
const PRICING = [
  "Pricing is $29 per seat per month.", "Usage-based pricing: $0.50 per million tokens.", "We take a 12% commission on each booking.",
  "Enterprise contracts with annual licences.", "Pay as you go at $2.10 per GPU hour.", "Free tier, then premium plans.",
  "Advertisers pay on a CPM basis.", "Data is licensed to partners under data licenses.", "Priced per query through our API.",
  "Custom pricing per workflow.", "We charge per agent per month.", "Consulting fees for custom development projects.",
];

export function createRandom(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

export function syntheticDescription(rand: () => number): string {
  let text = `${pick(rand, OPENERS)} ${pick(rand, PRODUCTS)}. ${pick(rand, DETAILS)} ${pick(rand, PRICING)}`;
  while (text.length < 300 + rand() * 500) text += ` ${pick(rand, rand() < 0.5 ? DETAILS : PRODUCTS.map((p) => `We also offer ${p}.`))}`;
  return text.slice(0, 800);
}

export function syntheticCorpus(count: number, seed = 7): string[] {
  const rand = createRandom(seed);
  return Array.from({ length: count }, () => syntheticDescription(rand));
}
