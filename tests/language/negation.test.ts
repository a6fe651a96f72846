import { describe, expect, it } from "vitest";
import { builtIn } from "../helpers/classifier.ts";

const featureTerms = (language: string, description: string, feature: string) =>
  builtIn()
    .classifySync({ description, language })
    .keywords.filter((k) => k.feature === feature)
    .map((k) => k.term);

// Each cue of each language, on a sentence whose affirmative twin does show the feature.
describe("negation cues per language", () => {
  it.each([
    ["es", "nunca", "Nunca mostramos anuncios en nuestra app de IA.", "Mostramos anuncios en nuestra app de IA.", "advertising", "Mostramos anuncios"],
    ["es", "sin", "Una app de IA para estudiantes, sin anuncios patrocinados.", "Una app de IA para estudiantes, con anuncios patrocinados.", "advertising", "anuncios patrocinados"],
    ["es", "no", "Agentes de IA para hoteles. No vendemos datos a terceros.", "Agentes de IA para hoteles. Vendemos datos a terceros.", "data-selling", "Vendemos datos"],
    ["fr", "ne … pas", "Nous ne vendons pas vos données : nos agents IA répondent aux clients.", "Nous vendons vos données : nos agents IA répondent aux clients.", "data-selling", "vendons vos données"],
    ["fr", "sans", "Une application d'IA sans publicité pour les infirmières.", "Une application d'IA avec publicité pour les infirmières.", "price-advertising", "avec publicité"],
    ["fr", "aucune", "Assistant IA pour les notaires, aucune publicité.", "Assistant IA pour les notaires, financé par la publicité.", "advertising", "financé par la publicité"],
    ["de", "keine", "Wir verkaufen keine Daten an Dritte, unsere KI-Agenten beantworten Kundenanfragen.", "Wir verkaufen Daten an Dritte, unsere KI-Agenten beantworten Kundenanfragen.", "data-selling", "verkaufen Daten"],
    ["de", "ohne", "KI-App ohne Werbung für Pflegekräfte.", "KI-App mit Werbung für Pflegekräfte.", "advertising", "Werbung"],
    ["de", "… nicht", "Wir verkaufen Ihre Daten nicht, unsere KI läuft in Ihrem Rechenzentrum.", "Wir verkaufen Ihre Daten, unsere KI läuft in Ihrem Rechenzentrum.", "data-selling", "verkaufen Ihre Daten"],
    ["pt", "não", "Não vendemos dados dos clientes; nossos agentes de IA atendem no WhatsApp.", "Vendemos dados dos clientes; nossos agentes de IA atendem no WhatsApp.", "data-selling", "Vendemos dados"],
    ["pt", "sem", "App de IA para professores, sem anúncios patrocinados.", "App de IA para professores, com anúncios patrocinados.", "advertising", "anúncios patrocinados"],
    ["pt", "nunca", "Nunca exibimos anúncios no nosso aplicativo de IA.", "Exibimos anúncios no nosso aplicativo de IA.", "advertising", "Exibimos anúncios"],
  ])("%s %s denies what follows", (language, _cue, denied, affirmed, feature, term) => {
    expect(featureTerms(language, affirmed, feature)).toContain(term);
    expect(featureTerms(language, denied, feature)).toEqual([]);
  });
});

describe("restrictive words (a language file's negation.restrictive)", () => {
  it("French 'ne … que' and 'rien que' mean 'only', not a denial", () => {
    expect(featureTerms("fr", "Assistant IA pour les PME : nous ne facturons qu'à la requête.", "price-per-query")).toEqual(["à la requête"]);
    expect(featureTerms("fr", "Une radio IA avec des playlists personnalisées rien que pour vous.", "recommendation")).toEqual(["playlists personnalisées"]);
  });

  it("a 'que' after a denial word is a relative: the denial holds", () => {
    expect(featureTerms("fr", "Nos agents IA répondent aux clients. Nous ne vendons jamais les données que vous nous confiez.", "data-selling")).toEqual([]);
    expect(featureTerms("fr", "Nos agents IA répondent aux clients. Nous vendons les données que vous nous confiez.", "data-selling")).not.toEqual([]);
  });
});
