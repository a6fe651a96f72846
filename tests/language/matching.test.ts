import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/keywords.ts";
import { builtIn } from "../helpers/classifier.ts";

const classify = (description: string) => builtIn().classifySync({ description });
const terms = (description: string) => classify(description).keywords.map((k) => `${k.feature}:${k.term}`);

describe("reading other languages", () => {
  it.each([
    ["es", "Ofrecemos la API a 0,02 € por consulta.", "price-per-query:por consulta"],
    ["de", "Unsere Software kostet 30 Euro pro Nutzer im Monat.", "price-subscription:pro Nutzer im Monat"],
    ["fr", "Nous entraînons des modèles de langage souverains, facturés au token.", "llm:modèles de langage"],
    ["pt", "Plataforma de visão computacional para frigoríficos, com licença anual.", "computer-vision:visão computacional"],
  ])("quotes the %s input's own words, with offsets into it", (_code, description, expected) => {
    const [feature, term] = expected.split(":") as [string, string];
    const k = classify(description).keywords.find((x) => x.feature === feature)!;
    expect(k.term).toBe(term);
    expect(description.slice(k.start, k.end)).toBe(term);
  });

  it.each([
    ["es", "Etiquetado de imágenes para visión artificial. Cobramos por etiqueta entregada.", "usage-based"],
    ["pt", "Análise de sinistros com IA para seguradoras. Cobrança por sinistro analisado.", "usage-based"],
    ["pt", "Dublagem de vídeos com IA. Paga ao minuto de vídeo processado, sem mensalidades.", "usage-based"],
    ["de", "Synthetische Stimmen mit KI. Abgerechnet wird nach generierten Audiominuten.", "usage-based"],
    ["de", "Wir bauen KI-Server mit acht GPUs für Hochschulen. Kauf oder Leasing möglich.", "hardware-sales"],
    ["fr", "Des accélérateurs d'inférence, vendus sous forme de cartes PCIe aux hébergeurs.", "hardware-sales"],
    ["de", "Betrugserkennung mit KI für Onlinehändler, per REST-API, Abrechnung pro Scoring-Aufruf.", "usage-based"],
    ["fr", "Score de crédit par IA pour les banques : API REST facturée à l'appel.", "usage-based"],
    ["fr", "Estimation immobilière par IA via une API pour les agences : 0,10 € par requête.", "pay-per-query"],
    ["es", "Transcripción y carga de formularios para bancos con verificación por IA: 0,04 € por registro grabado.", "usage-based"],
    ["fr", "Détection de fraude par IA pour les mutuelles : le service est facturé au dossier analysé.", "usage-based"],
    ["de", "Ein KI-Marktplatz für gebrauchte CNC-Maschinen. Bei Abschluss fallen 4 % Verkaufsgebühr an.", "transaction-fees"],
    ["de", "Unsere KI berechnet für zwei Millionen Unternehmen einen Risikowert; jede Abfrage kostet 0,90 €.", "pay-per-query"],
    ["fr", "Nos agents immobiliers utilisent l'IA pour l'estimation. Honoraires de 4 % TTC du prix de vente.", "transaction-fees"],
    ["es", "Nuestra IA estima el precio justo de tu auto. Solo cobramos el 2% del precio cuando se concreta la venta.", "transaction-fees"],
    ["es", "Un agente de IA que agenda citas por WhatsApp para clínicas. Cada agente cuesta 35 USD al mes.", "per-agent-pricing"],
    ["de", "Marktplatz für gebrauchte Landmaschinen, dessen KI den Preis schätzt. Bei erfolgreichem Verkauf berechnen wir 4 % vom Kaufpreis.", "transaction-fees"],
    ["de", "Eine KI-Prüfstation für Schweißnähte mit Kamera und Auswerterechner, verkauft als Komplettsystem ab 18.900 €.", "hardware-sales"],
    ["de", "Vektordatenbank für KI-Anwendungen mit semantischer Suche, abgerechnet pro Terabyte und Monat.", "pay-as-you-go"],
    ["de", "Unsere Sprachaufnahmen in 40 Dialekten trainieren Spracherkennung; diese Daten lizenziert das Unternehmen an Autohersteller.", "data-licensing"],
    ["pt", "Plataforma com IA que recomenda influenciadores para marcas. As marcas pagam uma taxa de 15% sobre cada campanha contratada.", "transaction-fees"],
    ["es", "Vende tu coche usado: nuestra IA estima el precio de mercado. Solo pagas si vendes: el 4 % del precio final.", "transaction-fees"],
    ["es", "Tu tutor de matemáticas con IA: le sacás una foto al ejercicio y te lo explica. Es gratis porque aparecen anuncios entre explicaciones.", "advertising"],
  ])("reads how a %s text says it charges: %s", (_code, description, model) => {
    expect(classify(description).revenueModels.find((m) => m.id === model)?.source).toBe("stated");
  });

  it("matches English industry terms inside another language, in their plain form", () => {
    expect(terms("Plataforma de machine learning con GPUs H100 y modelos LLM, vendida como SaaS.")).toEqual(
      expect.arrayContaining(["machine-learning:machine learning", "ai-chips:GPUs", "gpu-compute:H100", "llm:LLM", "software:SaaS"]),
    );
    // A Porter stem would read German "Termine" as the English "terminal".
    expect(terms("Unser KI-Assistent vereinbart für Arztpraxen die Termine mit den Patienten.")).not.toContain("dataset:Termine");
  });

  it("drops a French elided article from a phrase's first word and from the quote, and reads phrases with elisions", () => {
    const r = classify("Logiciel de suivi des stocks piloté au quotidien par l'intelligence artificielle, facturé à l'usage.");
    expect(r.keywords.map((k) => k.term)).toEqual(expect.arrayContaining(["intelligence artificielle", "à l'usage"]));
    // Where a longer phrase holds the elision, the quote keeps it: the article is inside the phrase.
    expect(classify("Logiciel de suivi des stocks propulsé par l'intelligence artificielle.").keywords.map((k) => k.term)).toContain("propulsé par l'intelligence artificielle");
    expect(r.revenueModels.find((m) => m.id === "usage-based")?.source).toBe("stated");
  });

  it.each([
    ["es", "Analítica con IA para medios. No vendemos datos a terceros ni mostramos anuncios.", ["data-selling", "advertising"]],
    ["de", "KI-gestützte Webanalyse für Verlage. Wir verkaufen keine Daten und schalten keine Werbung.", ["advertising"]],
    ["fr", "Application d'IA pour les infirmières. Nous n'affichons aucune publicité.", ["advertising"]],
    ["pt", "Analytics com IA para portais. Não vendemos dados e não exibimos anúncios.", ["data-selling", "advertising"]],
  ])("honours %s negation: denied features are not evidence", (_code, description, denied) => {
    const r = classify(description);
    for (const feature of denied) expect(r.keywords.map((k) => k.feature)).not.toContain(feature);
    expect(r.primaryDomain).not.toBe("data-monetization");
    expect(r.primaryDomain).not.toBe("ad-supported");
    expect(r.revenueModels.map((m) => m.id)).not.toContain("advertising");
  });

  it.each([
    ["es", "Para quien vende su coche: subes las fotos y Rueda redacta el anuncio, sugiere el precio y lo publica en los portales. 9,99 € por anuncio."],
    ["pt", "Para corretores: você envia as fotos e o Vitrine escreve o anúncio do imóvel e publica nos portais. Grátis para até 5 anúncios por mês."],
  ])("reads a %s listing (anuncio, anúncio) as no ad: advertising needs ads shown, sold or paying for the product", (_code, description) => {
    const r = classify(description);
    expect(r.keywords.map((k) => k.feature)).not.toContain("advertising");
    expect(r.primaryDomain).not.toBe("ad-supported");
    expect(r.revenueModels.filter((m) => m.source === "stated").map((m) => m.id)).not.toContain("advertising");
  });

  it.each([
    ["es", "Juego de trivia con IA, gratis con anuncios.", "con anuncios"],
    ["pt", "App de receitas com IA que se sustenta com anúncios.", "se sustenta com anúncios"],
  ])("still reads %s ads that pay for the product", (_code, description, term) => {
    const r = classify(description);
    expect(r.keywords.filter((k) => k.feature === "advertising").map((k) => k.term)).toContain(term);
    expect(r.revenueModels.map((m) => m.id)).toContain("advertising");
  });

  it("never sells data in 'wir verkaufen keine Daten' nor in 'no vendemos datos'", () => {
    for (const text of ["Wir verkaufen keine Daten an Dritte, unsere KI-Agenten beantworten Kundenanfragen.", "No vendemos datos a terceros: nuestros agentes de IA atienden a los clientes."]) {
      const r = classify(text);
      expect(r.primaryDomain).toBe("ai-agents");
      expect(r.domains.map((d) => d.id)).not.toContain("data-monetization");
    }
  });

  it.each([
    ["fr", "Previsions de la demande et maintenance predictive par apprentissage automatique pour les reseaux de chaleur.", ["prediction:Previsions de la demande", "prediction:maintenance predictive", "machine-learning:par apprentissage automatique"]],
    ["pt", "Previsao de demanda e visao computacional para supermercados, com modelos de inteligencia artificial.", ["prediction:Previsao de demanda", "computer-vision:visao computacional"]],
  ])("reads %s words typed without their accents as the phrases written with them", (_code, description, expected) => {
    expect(terms(description)).toEqual(expect.arrayContaining(expected));
  });

  it("corrects a typing error outside English only when it keeps the first letter", () => {
    expect(terms("Una platafroma de IA para hospitales.")).toContain("software:platafroma");
    // "manuales" is one letter from "anuales" (annual), a lexicon word: a word of its own, not a typo.
    expect(terms("Plataforma de IA que resume los manuales de usuario de cada máquina.").map((t) => t.split(":")[0])).not.toContain("price-subscription");
  });

  it.each([
    ["AI meeting notes, from 39 € HT/mois.", ["39", "ht", "/", "mois"]],
    ["$129/adjuster/month", ["129", "/", "adjuster", "/", "month"]],
    ["R$ 99/mês", ["r", "99", "/", "mês"]],
    ["$39 per seat/month", ["39", "per", "seat", "/", "month"]],
    ["A/B tests, 24/7, CI/CD, and/or", ["a", "b", "tests", "24", "7", "ci", "cd", "and", "or"]],
    ["10,000 queries/month", ["10", "000", "queries", "/", "month"]],
    ["last month", ["last", "month"]],
  ])("keeps a price's slash as the word '/': %s", (text, words) => {
    const got = tokenize(text).words;
    expect(got.slice(-words.length)).toEqual(words);
  });

  it.each([
    ["es", "Notas de reuniones con IA para despachos, desde 20 €/mes.", "/mes"],
    ["pt", "Atas de reunião com IA para escritórios, R$ 99/mês por usuário.", "/mês"],
    ["de", "KI-Protokolle für Kanzleien und Praxen, 20 €/Monat je Nutzer.", "/Monat"],
    ["fr", "Comptes rendus de réunion rédigés par l'IA pour les cabinets, 19 € HT/mois.", "/mois"],
    ["en", "AI meeting notes for law firms, $20/month per seat.", "/month"],
  ])("%s: a price per month written with a slash states a subscription", (_code, description, term) => {
    const r = classify(description);
    expect(r.keywords.find((k) => k.feature === "price-subscription" && k.term === term)).toBeDefined();
    expect(r.revenueModels.find((m) => m.id === "subscription")?.source).toBe("stated");
  });

  it.each([
    ["es", "Agentes de IA para despachos de abogados. Lanzado el mes pasado en Madrid."],
    ["fr", "Clôture mensuelle automatisée par l'IA pour les cabinets d'expertise comptable."],
    ["fr", "Un agent IA qui prépare le rapport mensuel de vos campagnes."],
    ["en", "AI agents that draft month-end journals for accounting firms."],
  ])("%s: a month or a monthly task is no subscription: %s", (_code, description) => {
    expect(classify(description).revenueModels.find((m) => m.id === "subscription")?.source).not.toBe("stated");
  });

  it.each([
    ["es", "API de IA que predice la demanda de tus tiendas; se paga por cada llamada a la API."],
    ["pt", "API de IA que prevê a demanda das suas lojas, cobrada por chamada de API."],
  ])("%s: a price per API call states usage-based", (_code, description) => {
    expect(classify(description).revenueModels.find((m) => m.id === "usage-based")?.source).toBe("stated");
  });

  it.each([
    ["pt", "Licenciamos bases de dados de voz em português para treinar assistentes e sistemas de reconhecimento de fala."],
    ["de", "Deutschsprachige Sprachdaten für das Training von Spracherkennung, als Gesamtkorpus lizenzierbar."],
  ])("%s: speech data sold for training is data monetization", (_code, description) => {
    expect(classify(description).primaryDomain).toBe("data-monetization");
  });

  it("género (gender, genre) is not generativa", () => {
    expect(terms("Licenciamos corpora de fala com metadados de região, idade e género.")).not.toContain("generative:género");
    expect(terms("Uma plataforma de IA generativa para agências.")).toContain("generative:IA generativa");
  });

  it("commissioning a plant is no commission", () => {
    const r = classify("Our AI platform speeds up commissioning of wind farms and solar plants.");
    expect(r.revenueModels.map((m) => m.id)).not.toContain("transaction-fees");
    expect(classify("An AI marketplace for freelance designers; we take a 10% commission.").revenueModels.find((m) => m.id === "transaction-fees")?.source).toBe("stated");
  });

  it("splits text without spaces into one word per character, never one giant word", () => {
    const { words } = tokenize("当社は生成AIを活用");
    expect(words).toEqual(["当", "社", "は", "生", "成", "ai", "を", "活", "用"]);
  });
});
