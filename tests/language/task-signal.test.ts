import { describe, expect, it } from "vitest";
import { firstSentenceEnd } from "../../src/core/lead.ts";
import { loadRuleSet } from "../../src/index.ts";
import { compileLanguageTaskSignal, customerBefore, offeredTaskIn } from "../../src/language/task-signal.ts";
import { builtIn } from "../helpers/classifier.ts";

const rules = loadRuleSet();
const patterns = (code: string) => compileLanguageTaskSignal(rules.languages.get(code)!.lexicon)!;
/** offeredTaskIn on a description's first sentence, as analyse reads it. */
const taskOf = (code: string, description: string, name?: string) => offeredTaskIn(description, firstSentenceEnd(description), patterns(code), name);
const classify = (language: string, description: string) => builtIn().classifySync({ description, language });

describe("another language's task signal (lexicon/<code>.json taskSignal)", () => {
  it.each([
    ["es", "Redacta contratos de alquiler y señala las cláusulas abusivas.", "Redacta"],
    ["es", "Automáticamente clasifica tus facturas por proveedor.", "clasifica"],
    ["es", "Contamina lee tus tickets, los clasifica y te prepara el libro de gastos.", "lee"],
    ["es", "Lexia escucha la reunión entera y resume los acuerdos.", "resume"],
    ["es", "Una app para gimnasios que recomienda rutinas a cada socio.", "app para gimnasios que recomienda"],
    ["es", "Agentes que atienden el teléfono de tu taller.", "Agentes que atienden"],
    ["es", "Tu recepcionista incansable: responde a los pacientes y da cita.", "responde a"],
    ["pt", "Transcreve e resume suas reuniões automaticamente.", "Transcreve"],
    ["pt", "O Fala Fácil atende o WhatsApp da sua clínica.", "atende"],
    ["pt", "Uma ferramenta que traduz seus vídeos mantendo a sua voz.", "ferramenta que traduz"],
    ["pt", "Lumo lê seus extratos e concilia os lançamentos.", "lê"],
    ["pt", "Para contabilistas com muitos clientes: o Quadrante lê as faturas e propõe o lançamento.", "lê"],
    ["es", "Cuentas Claras: descarga tus facturas, las clasifica por cuenta y te arma el libro de IVA.", "clasifica"],
    ["fr", "Pour les syndics : Copro lit les relevés et prépare les appels de fonds.", "lit"],
    ["fr", "Maths Futées, c'est l'appli qui corrige les devoirs de maths.", "appli qui corrige"],
    ["fr", "C'est l’outil qui résume vos réunions.", "outil qui résume"],
  ])("%s: %s → %s", (code, description, words) => {
    expect(taskOf(code, description)).toBe(words);
  });

  it.each([
    ["es", "Traductores jurados: traducimos contratos y escrituras."],
    ["es", "Redacta tu testamento con nuestros abogados colegiados."],
    ["es", "Ofrecemos software de gestión para clínicas dentales."],
    ["es", "Una app que muestra el horario de los autobuses."],
    ["pt", "Contadores certificados cuidam da sua contabilidade desde 1998."],
    ["pt", "Uma plataforma que conecta pequenos produtores a restaurantes."],
    ["es", "Traducciones Ortiz traduce escrituras y sentencias al inglés."],
    ["es", "Corrige tu TFG con nosotros en una sesión de dos horas."],
    ["pt", "A Mecânica Silva diagnostica falhas em motores a diesel."],
    ["es", "Horario de verano: abrimos de lunes a sábado y atendemos sin cita."],
    ["pt", "Para empresas: a Contabilidade Ramos trata da sua contabilidade."],
    ["fr", "C'est l'appli qui affiche les horaires de bus de la ville."],
  ])("%s: no signal in %s", (code, description) => {
    expect(taskOf(code, description)).toBeUndefined();
  });

  it("people named as whom the product serves do not stop it", () => {
    expect(taskOf("es", "Una herramienta para abogados que redacta demandas.")).toBe("herramienta para abogados que redacta");
    expect(taskOf("pt", "Um app pra advogados que resume processos.")).toBe("app pra advogados que resume");
  });

  it.each([
    ["Eine App, die Rechnungen automatisch ausliest und verbucht.", "App, die Rechnungen automatisch ausliest"],
    ["Software für Versicherer, die aus Fotos Schäden erkennt.", "Software für Versicherer, die aus Fotos Schäden erkennt"],
    ["Agenten, die Anrufe beantworten, Termine vergeben und Rückfragen klären.", "Agenten, die Anrufe beantworten"],
    ["Kanzleibot ist ein Assistent, der Schriftsätze in Minuten zusammenfasst – für Kanzleien.", "Assistent, der Schriftsätze in Minuten zusammenfasst"],
    ["Ein Tool, das übersetzt.", "Tool, das übersetzt"],
  ])("de: a verb ending the relative clause (taskSignal.verbFinal): %s → %s", (description, words) => {
    expect(taskOf("de", description)).toBe(words);
  });

  it.each([
    // the verb belongs to a later clause, or is too far from the relative
    "Eine App, die Ihnen zeigt, wann der Bus kommt, und Fahrpläne übersetzt.",
    "Eine Plattform, die Handwerker aus der Region mit Kunden aus der ganzen Stadt verbindet und Anfragen sortiert.",
    "Eine App, die nach einem langen Arbeitstag im Büro oder unterwegs Ihre Belege automatisch erkennt.",
    // the verb-final forms (plurals, infinitives) are not read anywhere else
    "Übersetzen und Dolmetschen für Behörden.",
    "Wir sind ein Übersetzungsbüro, das Verträge übersetzt.",
  ])("de: no signal in %s", (description) => {
    expect(taskOf("de", description)).toBeUndefined();
  });

  it("a language without verbFinal keeps the verb right after the relative", () => {
    expect(taskOf("es", "Una app que las facturas de tus proveedores lee.")).toBeUndefined();
  });

  it("a name given apart may open the sentence", () => {
    expect(taskOf("es", "Lexia: transcribe reuniones.", "Lexia")).toBe("transcribe");
  });

  it("lends AI to a text that names none, as English's does", () => {
    const r = classify("es", "Pautas escribe por ti las fichas de producto de tu tienda online y las traduce al inglés. Desde 15 € al mes.");
    expect(r.abstain).toBeUndefined();
    expect(r.primaryDomain).toBe("generative-ai");
  });

  it("a product after a use cue is used, not offered", () => {
    expect(classify("es", "Contamos con un software que clasifica los envíos por código postal.").abstain?.reason).toBe("no-ai-signal");
    expect(classify("pt", "Contamos com um software que classifica as entregas por bairro.").abstain?.reason).toBe("no-ai-signal");
  });

  it("gives no signal to a non-AI business", () => {
    expect(classify("es", "Gestoría Ruiz resuelve tus dudas fiscales y te prepara la renta.").abstain?.reason).toBe("no-ai-signal");
    expect(classify("pt", "A Padaria Sol atende encomendas de bolos e responde pelo WhatsApp.").abstain?.reason).toBe("no-ai-signal");
  });
});

describe("the product as a subject past the opening (taskSignal.subjects)", () => {
  it.each([
    ["es", "¿Necesitas una canción para tu boda? Escribes la historia, eliges el estilo y el sistema compone la letra y la música.", "compone"],
    ["de", "Schreibarbeit kostet Zeit. Nach dem Termin sprechen Sie ins Handy – die App macht daraus einen Bericht, erkennt Fristen und legt alles ab.", "erkennt"],
    ["fr", "Vous envoyez la photo d'une facture et l'application extrait le montant et la TVA.", "extrait"],
    ["pt", "Lumo é uma app para pequenos comércios. Lumo lê as notas fiscais e classifica cada despesa.", "lê"],
  ])("%s: %s → %s", (code, description, words) => {
    expect(taskOf(code, description)).toBe(words);
  });

  it.each([
    // a capitalised word opening a later sentence is a person as often as a product
    ["es", "Clases de guitarra en Sevilla para todas las edades. Marta compone canciones con sus alumnos."],
    ["de", "Übersetzungen aus dem Englischen seit 2004. Anna übersetzt Verträge und Urkunden."],
    // no listed verb
    ["fr", "Entreprise de nettoyage à Nantes. Le logiciel de planning affiche les créneaux et nos équipes interviennent sous 24 h."],
  ])("%s: no signal in %s", (code, description) => {
    expect(taskOf(code, description)).toBeUndefined();
  });

  it("stops at a use cue, in the first sentence or a later one", () => {
    expect(classify("es", "En la oficina usamos un programa y el sistema clasifica las facturas de cada cliente.").abstain).not.toBeUndefined();
    expect(classify("es", "Reparto de paquetería en Valencia y alrededores. Usamos un programa de rutas y el sistema clasifica los envíos por barrio.").abstain?.reason).not.toBeUndefined();
  });
});

describe("customer cues (lexicon/<code>.json customerCues)", () => {
  it.each([
    ["para clínicas, restaurantes o ", true],
    ["el WhatsApp de tu ", true],
    ["conecta a quien necesita un ", true],
    ["¿Tienes una ", true],
    ["¿Tenés una radio o una ", true],
    ["Somos una ", false],
    ["Desde 1990 somos la ", false],
  ])("es: %j before a business word → customer %s", (before, customer) => {
    expect(customerBefore(rules.languages.get("es")!.lexicon.customerCues)!.test(before)).toBe(customer);
  });

  it("a business the product serves does not make it a business that uses AI", () => {
    const r = classify("es", "Ponemos agentes de IA a contestar el teléfono de tu peluquería o restaurante: dan cita y confirman reservas.");
    expect(r.abstain).toBeUndefined();
    expect(r.primaryDomain).toBe("ai-agents");
    const p = classify("pt", "Agentes de IA que atendem o telefone da sua barbearia ou restaurante e marcam horários.");
    expect(p.abstain).toBeUndefined();
    expect(p.primaryDomain).toBe("ai-agents");
  });

  it("the company's own business still abstains", () => {
    expect(classify("es", "Somos una peluquería en Bilbao; usamos IA para organizar las citas.").abstain?.reason).toBe("ai-used-internally");
    expect(classify("pt", "Somos uma barbearia em Belo Horizonte; usamos IA para organizar a agenda.").abstain?.reason).toBe("ai-used-internally");
  });
});
