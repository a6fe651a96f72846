import { describe, expect, it } from "vitest";
import { compileUnitPrice, unitFees, unitPrices } from "../../src/core/unit-price.ts";
import { loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const english = loadRuleSet().scoring.unitPrice!;
const pattern = compileUnitPrice(english, english.currencies!);

const stated = (description: string, model: string) => builtIn().classifySync({ description }).revenueModels.find((m) => m.id === model && m.source === "stated");

describe("a price per unit of use (scoring.json unitPrice)", () => {
  it.each([
    ["Speaker diarization API: who said what, down to the word. $0.004 a minute.", ["$0.004 a minute"]],
    ["Credits from €1.20 an image, no subscription.", ["€1.20 an image"]],
    ["Upload listing photos and get them staged. $39 a listing.", ["$39 a listing"]],
    ["Product photos without a studio: from $4 MXN for every image you keep.", ["$4 MXN for every image you keep"]],
    ["Drift alerts for models in production: $2 for every 10,000 predictions watched.", ["$2 for every 10,000 predictions watched"]],
  ])("%s", (text, prices) => {
    expect(unitPrices(text, pattern)).toEqual(prices);
  });

  it.each([
    "Plans from $49 a month.",
    "$12 a seat, billed yearly.",
    "Clip-on acoustic sensors, $240 each.",
    "The sensor kit is $89 a unit.",
    "$3 a room per month for hotels.",
    "Ask anything about a property: $0.25 a lookup.",
    "Team plans: $90 for every 10 seats.",
  ])("not a period, a seat, a device or a query: %s", (text) => {
    expect(unitPrices(text, pattern)).toEqual([]);
  });

  it.each([
    ["en", "Voice agents that answer, qualify and schedule every inbound call, at $0.12 a minute.", "$0.12 a minute."],
    ["pt", "Jingle do seu negócio pronto em 30 segundos, com letra original criada por IA. R$ 29 por faixa.", "R$ 29 por faixa."],
    ["fr", "Transcription d'écriture manuscrite par IA pour les archives départementales. 0,08 € la page.", "0,08 € la page."],
    ["de", "Hörbücher mit synthetischen KI-Stimmen für Verlage. 0,90 € pro fertiger Audiominute.", "0,90 € pro fertiger Audiominute."],
    ["pt", "Antifraude com IA para lojas virtuais: R$ 0,35 por pedido analisado, sem mensalidade.", "R$ 0,35 por pedido analisado"],
    ["de", "Tracing und Auswertung für LLM-Anwendungen mit KI. Gehostet: 0,50 € je 1.000 Traces.", "0,50 € je 1.000 Traces."],
  ])("%s: a unit price states usage-based pricing", (_code, description, words) => {
    const model = stated(description, "usage-based");
    expect(model?.reasons.flatMap((x) => x.evidence).map((w) => w.replace(/\.$/, ""))).toContain(words.replace(/\.$/, ""));
  });

  it("a price per person in another language is not a unit of use", () => {
    expect(stated("Software de IA para clínicas dentales: 15 € por usuario.", "usage-based")).toBeUndefined();
  });

  it.each([
    ["Theatre ticketing with reserved seating and Gift Aid. A flat £0.40 per ticket, no setup costs.", ["£0.40 per ticket"]],
    ["Invest in US stocks from India. We charge a flat ₹20 fee per executed order, nothing else.", ["₹20 fee per executed order"]],
    ["Fraud scores for every card payment in 40 ms, at $0.004 per scored transaction.", []],
    ["Plans from $49 a month.", []],
    ["Antifraude com IA para lojas virtuais: R$ 0,35 por pedido analisado.", []],
  ])("a fixed fee per transaction (unitPrice fees): %s", (text, fees) => {
    expect(unitFees(text, pattern)).toEqual(fees);
  });

  it.each([
    ["en", "AI matching for theatre ticketing. A flat £0.40 per ticket, no setup costs.", "£0.40 per ticket"],
    ["pt", "API de Pix com conciliação por IA para desenvolvedores. Tarifa de R$ 0,49 por Pix recebido, sem mensalidade.", "R$ 0,49 por Pix recebido"],
  ])("%s: a fixed fee per transaction states transaction fees", (_code, description, words) => {
    expect(stated(description, "transaction-fees")?.reasons.flatMap((x) => x.evidence)).toContain(words);
  });
});
