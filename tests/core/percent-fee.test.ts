import { describe, expect, it } from "vitest";
import { compilePercentFee, percentFees } from "../../src/core/percent-fee.ts";
import { loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const pattern = compilePercentFee(loadRuleSet().scoring.percentFee!);

describe("a fee stated as a percentage (scoring.json percentFee)", () => {
  it.each([
    ["Musicians book session players; we take 12% of each session fee.", ["take 12% of each session fee"]],
    ["Rideshare for rural towns; we take 12% per trip.", ["take 12% per trip"]],
    ["Sellers list for free and pay a 7% commission on each sale.", ["pay a 7% commission"]],
    ["No monthly fee, then 1.69% per card transaction.", ["1.69% per card transaction"]],
    ["Pay 2% of phone orders it takes, nothing else.", ["Pay 2% of phone orders"]],
    ["Listing is free; we take 8% once the sale closes.", ["take 8% once the sale"]],
    // A charged percentage that ends its clause.
    ["Used camera gear, auto-priced and authenticated from photos. Sellers pay 8%.", ["pay 8%"]],
    ["Lunch from home cooks, matched by taste; we take 9%, cooks keep the rest.", ["take 9%"]],
    // A condition after the charged percentage, a fee word after one more word, a fixed amount added, a lead before it.
    ["Listing is free; we take 8% when it sells.", ["take 8% when"]],
    ["Buy, sell and store 90+ cryptoassets. 0.1% trading fee, lower at higher volumes.", ["0.1% trading fee"]],
    ["Accept cards online and in person. 1.4% + 20p for European cards.", ["1.4% + 20p"]],
    ["Free for solo stylists, $39/month for teams; card processing 2.75%.", ["card processing 2.75%"]],
    ["We charge a fee of 1.5% to 3% of each invoice.", ["fee of 1.5%"]],
    ["Rent collection and repairs for 8% of the monthly rent collected.", []],
    ["We handle tenant vetting and repairs; we charge 8% of the monthly rent collected.", ["charge 8% of the monthly rent"]],
    ["Auction buyers pay a 15% premium.", ["pay a 15% premium"]],
    ["Fees are 5% + £0.49 per ticket, passed on to the buyer.", ["Fees are 5%"]],
    ["Card payments: 2.6% + 10¢.", ["2.6% + 10¢"]],
  ])("%s", (text, fees) => {
    expect(percentFees(text, pattern)).toEqual(fees);
  });

  it.each(["78% of invoices processed with no human touch.", "Customers pay 30% less than agency rates.", "Ships 99.8% of orders the same day.", "Our model cuts churn by 12%.", "Processing 40% more claims a day.", "Holds a 40% market share."])("not a result or a saving: %s", (text) => {
    expect(percentFees(text, pattern)).toEqual([]);
  });

  it.each([
    ["es", "Plataforma con IA para freelancers. Publicar es gratis; cobramos un 10% sobre cada pago al freelancer.", "cobramos un 10% sobre cada pago"],
    ["pt", "Marketplace de fretes com IA que conecta embarcadores a caminhoneiros. Taxa de 8% sobre cada frete.", "Taxa de 8% sobre cada frete"],
    ["de", "KI-Marktplatz für freie GPU-Kapazität. Wir behalten 15 % jeder Buchung.", "behalten 15 % jeder Buchung"],
    ["fr", "Place de marché de modèles d'IA : la plateforme conserve 20 % de chaque vente.", "conserve 20 % de chaque vente"],
    // A few words may stand between the charged percentage and its unit.
    ["es", "Marketplace de maquinaria usada con tasación por IA. Publicar es gratis; cobramos 3,5 % al concretar la venta.", "cobramos 3,5 % al concretar la venta"],
    ["pt", "Marketplace de sobras de obra com preço sugerido por IA. Anunciar é grátis; cobramos 10 % só quando a venda acontece.", "cobramos 10 % só quando a venda"],
    ["pt", "O algoritmo escolhe o explicador certo para cada aluno. Os pais pagam cada aula na app e a plataforma retém 15%.", "retém 15%"],
    ["es", "Marketplace de tractores usados con tasación por IA. Solo cobramos un 3 % cuando se vende.", "cobramos un 3 % cuando"],
    ["pt", "Marketplace de GPUs ociosas para treinar modelos de IA. Cobramos 10% de cada hora negociada.", "Cobramos 10% de cada hora"],
  ])("%s: the language's own percentFee states a transaction fee", (_code, description, words) => {
    const fee = builtIn().classifySync({ description }).revenueModels.find((m) => m.id === "transaction-fees");
    expect(fee?.source).toBe("stated");
    expect(fee?.reasons.flatMap((x) => x.evidence)).toContain(words);
  });

  it.each([
    ["es", "Plataforma de IA que reduce un 30% de los costes de cada envío."],
    ["de", "Eine KI-Plattform, die 78 % der Rechnungen automatisch verarbeitet."],
  ])("%s: a saving or a result is no fee", (_code, description) => {
    expect(builtIn().classifySync({ description }).revenueModels.find((m) => m.id === "transaction-fees")?.source).not.toBe("stated");
  });

  it("is a stated transaction fee, quoted as written", () => {
    const r = builtIn().classifySync({ description: "An AI voice agent that takes phone orders for pizzerias. Pay 3% of the orders it takes, nothing else." });
    const fee = r.revenueModels.find((m) => m.id === "transaction-fees");
    expect(fee?.source).toBe("stated");
    expect(fee?.reasons.flatMap((x) => x.evidence)).toContain("Pay 3% of the orders");
  });
});
