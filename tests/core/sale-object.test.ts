import { describe, expect, it } from "vitest";
import { compileSaleObjects, saleObjects } from "../../src/core/sale-object.ts";
import { loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const rules = loadRuleSet();
const patterns = compileSaleObjects(rules.scoring.saleObjects!, rules.lexicon.negation.cues, rules.scoring.unitPrice!.currencies);

const stated = (description: string, model: string) => builtIn().classifySync({ description }).revenueModels.find((m) => m.id === model && m.source === "stated");

describe("what a company sells (scoring.json saleObjects)", () => {
  it.each([
    ["Hailo sells compact processors that run neural networks on the device itself.", [{ feature: "price-hardware", words: "sells compact processors" }]],
    ["Our models classify ore on the conveyor. We build and sell the sorting units.", [{ feature: "price-hardware", words: "build and sell the sorting units" }]],
    ["Microphones in pig barns hear the first coughs. Sensors are sold per barn.", [{ feature: "price-hardware", words: "Sensors are sold" }]],
    ["Murmur finds speakers of rare accents and sells the recordings to labs.", [{ feature: "price-data-licensing", words: "sells the recordings" }]],
    // A price beside an object (saleObjects.prices).
    ["Hears a bearing going bad before your technicians can. Clip-on acoustic sensors, $240 each.", [{ feature: "price-hardware", words: "sensors, $240 each" }]],
    ["Sensors that learn each machine's sound. €290 per sensor + €15/month.", [{ feature: "price-hardware", words: "€290 per sensor" }]],
    ["Keyless smart locks for short-term rentals, synced with your calendars. The lock is $229 and the app is free.", [{ feature: "price-hardware", words: "lock is $229" }]],
    ["Solar weather stations for vineyards. Stations from $1,450 plus a $15 monthly data plan.", [{ feature: "price-hardware", words: "Stations from $1,450" }]],
    // A sentence that opens with a sales cue, when the first sentence's first words name the object (saleObjects.openings).
    ["High-density 400G Ethernet switches for data-centre spine and leaf networks. Sold through distributors in 30 countries.", [{ feature: "price-hardware", words: "Sold through" }]],
    ["Ledgerwork closes the books for accounting firms overnight: it pulls bank and card feeds and codes transactions. Sold to firms per client.", []],
  ])("%s", (text, sales) => {
    expect(saleObjects(text, patterns)).toEqual(sales);
  });

  it.each([
    "We never sell user data.",
    "Your data is never sold to third parties.",
    "A marketplace where contractors sell used heavy equipment.",
    "Sell your devices for cash in minutes.",
    "We help retailers sell more cameras.",
    "Datacake sells a data platform for IoT teams.",
    "Our model cuts the servers and costs of serving.",
    "Hive monitoring: €15 per sensor per month.",
    "Cameras from $29 a month, no contract.",
  ])("not a sale of the company's own: %s", (text) => {
    expect(saleObjects(text, patterns)).toEqual([]);
  });

  it.each([
    ["en", "Hailo designs AI processors for edge devices; modules and kits are sold through distributors.", "hardware-sales"],
    ["en", "Murmur records rare accents with consent and sells the recordings to speech-AI labs.", "data-licensing"],
    ["es", "Visión artificial para minas: nuestras redes neuronales clasifican el mineral. Vendemos los equipos de clasificación y los sensores.", "hardware-sales"],
    ["pt", "Sensores com IA que ouvem o motor. Vendemos os sensores e a plataforma é gratuita.", "hardware-sales"],
    ["de", "Prüfzellen mit neuronalen Netzen für die Oberflächeninspektion. Die Anlagen verkaufen wir komplett.", "hardware-sales"],
    ["fr", "Kayrros mesure les émissions de méthane par satellite avec ses algorithmes d'IA. Ses données sont vendues aux négociants.", "data-licensing"],
  ])("%s: %s", (_code, description, model) => {
    expect(stated(description, model)).toBeDefined();
  });

  it("a language's negation cue denies a sale", () => {
    expect(stated("Plataforma de análisis con IA para tiendas. No vendemos datos de tus clientes.", "data-licensing")).toBeUndefined();
  });
});
