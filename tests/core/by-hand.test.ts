import { describe, expect, it } from "vitest";
import { builtIn } from "../helpers/classifier.ts";

const classify = (description: string, language?: string) => builtIn().classifySync({ description, ...(language === undefined ? {} : { language }) });

describe("a business whose own staff work by hand (scoring.json byHand)", () => {
  it.each([
    ["en", "Keystone Bureau transcribes handwritten forms and reads scanned invoices for insurers. Our 40 data-entry operators key every field twice."],
    ["es", "Capturas del Valle presta servicios de digitalización y captura de datos desde Cali: escaneo de archivos y transcripción de formularios. Contamos con 120 digitadores y doble verificación de cada registro."],
    ["pt", "A DigitaSul presta serviços de digitação de documentos e transcrição de formulários para planilhas. Nossa equipe de digitadores trabalha com dupla conferência."],
    ["fr", "Clavier Océan Indien est une société de services à Antananarivo. Nos 120 opérateurs assurent la saisie et la transcription de documents pour les banques."],
    ["de", "Die Tippstube Görlitz überträgt handschriftliche Formulare in Ihre Datenbank. Unser Team aus dreißig Erfasserinnen prüft jede Seite doppelt."],
  ])("%s: abstains, its transcription being its staff's work", (language, description) => {
    const r = classify(description, language);
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
  });

  it("a product that types for you is still AI, a verb like digitar names no typists", () => {
    expect(classify("Figurinhas infinitas pro seu zap! Digita o que você imaginar e o app de IA cria a figurinha na hora.", "pt").primaryDomain).not.toBeNull();
    expect(classify("Anyline liefert ein Scan-SDK mit KI, mit dem Apps Zählerstände und Ausweise erfassen.", "de").primaryDomain).not.toBeNull();
  });

  it("names a technology still as AI: speech recognition is no typist's work", () => {
    const r = classify("Our data-entry operators check what our speech recognition engine transcribes from call recordings, sold to contact centres as an API.");
    expect(r.primaryDomain).not.toBeNull();
  });

  it("a customer's clerks are not the company's own: a product that replaces them is still AI", () => {
    const r = classify("Ledgerly replaces data-entry clerks: it reads invoices and receipts and posts them to your accounting system automatically.");
    expect(r.primaryDomain).toBe("ai-saas");
  });
});
