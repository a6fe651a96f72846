import { describe, expect, it } from "vitest";
import { builtIn } from "../helpers/classifier.ts";

const languageOf = (description: string, language?: string) => builtIn().classifySync(language ? { description, language } : { description });

describe("language detection", () => {
  it.each([
    ["es", "Ayudamos a las cadenas de supermercados a prever la demanda de cada tienda con modelos de aprendizaje automático."],
    ["fr", "Nous proposons la synthèse vocale en français pour les éditeurs de livres audio, facturée au nombre de caractères."],
    ["de", "Wir vermieten GPU-Cluster mit H100 in deutschen Rechenzentren für das Training von KI-Modellen, abgerechnet nach Stunden."],
    ["pt", "Treinamos modelos de linguagem em português do Brasil e disponibilizamos os modelos por meio de uma API cobrada por token."],
    ["en", "We rent H100 clusters by the hour to teams training large language models."],
    ["es", "Crea fondos de pantalla de Zoom con IA"],
    ["pt", "Transforme fotos de produto em anúncios com IA"],
  ])("reads a %s description in its language", (code, description) => {
    expect(languageOf(description).language).toBe(code);
  });

  it.each([
    // AI bookkeeping is AI software for one trade, or an agent that keeps the books: either reading is right.
    ["KI-Buchhaltung für Handwerker", ["ai-saas", "ai-agents"]],
    ["Vektordatenbank für KI-Anwendungen", ["rag"]],
  ])("reads a short German one-liner with one function word and none of English (%s) as German", (description, domains) => {
    const r = languageOf(description);
    expect(r.language).toBe("de");
    expect(domains).toContain(r.primaryDomain);
  });

  it.each([
    ["a product line of English terms", "GPU cloud. H100s on demand. $2.49/hr."],
    ["a short text with one Spanish word", "IA generativa para marketing"],
    ["English with a Spanish company name", "Casa de Datos builds machine learning models for retailers and sells them as an API."],
  ])("keeps %s English", (_name, description) => {
    expect(languageOf(description).language).toBe("en");
  });

  it.each([
    ["Malay by eld, a short list of terms", "Vector database API"],
    ["Malay by eld, three words", "Rumah rental listings"],
    ["Tagalog by eld, eight words without a function word", "studio sales AI agents surf hotel fintech vector"],
    ["Tagalog by eld, by a hair over English", "AI, halal, GPU, vector, database, lending, wallet, tracking"],
    ["Tagalog by eld, local names among English terms", "Bali karaoke rental kereta serverless analytics goreng Bali makan nasi"],
  ])("keeps English terms English when eld says another language (%s)", (_name, description) => {
    const r = languageOf(description);
    expect(r.language).toBe("en");
    expect(r.abstain?.reason).not.toBe("unsupported-language");
  });

  it.each([
    ["ms", "Malay", "Kami membangun platform kecerdasan buatan untuk membantu toko online di Indonesia menjawab pertanyaan pelanggan secara otomatis."],
    ["sv", "Swedish", "Vi utvecklar en AI-plattform som hjälper butiker att förutsäga efterfrågan och planera sina inköp varje vecka."],
    ["pl", "Polish", "Tworzymy platformę sztucznej inteligencji dla sklepów internetowych, która przewiduje popyt na każdy produkt."],
  ])("still names %s prose of eight words or more", (code, name, description) => {
    expect(languageOf(description).abstain?.message).toBe(`Language not supported: detected ${name} (${code}); the rules read English, German, Spanish, French and Portuguese`);
  });

  it.each([
    ["ja", "Japanese", "製造業向けに、ディープラーニングを用いた外観検査システムを開発・販売しています。カメラで製品の傷をリアルタイムで検出します。"],
    ["ar", "Arabic", "منصتنا تستخدم التعلم الآلي للتنبؤ بالطلب في المتاجر وتساعد تجار التجزئة على تقليل الهدر وتحسين المخزون في جميع الفروع."],
    ["ru", "Russian", "Мы разрабатываем системы компьютерного зрения для заводов, которые в реальном времени находят дефекты на конвейере."],
    ["it", "Italian", "Sviluppiamo modelli di intelligenza artificiale che prevedono la domanda nei negozi di abbigliamento e suggeriscono quanti capi ordinare."],
    ["nl", "Dutch", "Ons platform voorspelt met machine learning hoeveel energie zonnepanelen morgen opwekken, zodat netbeheerders hun capaciteit beter kunnen plannen."],
  ])("abstains on %s, naming the language and never reading it with English rules", (code, name, description) => {
    const r = languageOf(description);
    expect(r.language).toBe(code);
    expect(r.primaryDomain).toBeNull();
    expect(r.domains).toEqual([]);
    expect(r.keywords).toEqual([]);
    expect(r.abstain).toEqual({
      reason: "unsupported-language",
      message: `Language not supported: detected ${name} (${code}); the rules read English, German, Spanish, French and Portuguese`,
    });
  });

  it("takes the input's language over detection, and says so when the rules do not read it", () => {
    const text = "Chatbot für Stadtwerke, der Kundenanfragen beantwortet.";
    expect(languageOf(text).language).toBe("de");
    expect(languageOf(text, "en").language).toBe("en");
    expect(languageOf(text, "it").abstain).toEqual({
      reason: "unsupported-language",
      message: "Language not supported: the input says Italian (it); the rules read English, German, Spanish, French and Portuguese",
    });
  });

  it("rejects a language that is not an ISO 639-1 code, naming the field", async () => {
    await expect(builtIn().classify({ description: "Hola", language: "spanish" })).rejects.toMatchObject({
      issues: [{ path: "language", message: 'Expected an ISO 639-1 language code: two lower-case letters, like "es"' }],
    });
  });
});
