import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/index.ts";
import { createPipeline } from "../../src/core/pipeline.ts";
import { compileLanguageTaskSignal, peopleDoIt, peopleRunIn } from "../../src/language/task-signal.ts";
import { builtIn } from "../helpers/classifier.ts";

const rules = loadRuleSet();
const patterns = (code: string) => compileLanguageTaskSignal(rules.languages.get(code)!.lexicon)!;
const classify = (language: string, description: string) => builtIn().classifySync({ description, language });

describe("people doing the work (usedInternally.peopleWork, a language file's taskSignal.people and businessNames)", () => {
  it.each([
    ["es", "Nuestro equipo de recepcionistas atiende las llamadas de tu despacho en tu nombre.", "no-ai-signal"],
    ["es", "Nuestros comerciales visitan a cada cliente y le recomiendan los productos que mejor se adaptan a su negocio.", "no-ai-signal"],
    ["es", "Consultora que ayuda a las empresas a prever su tesorería y planificar su crecimiento.", "no-ai-signal"],
    ["es", "Centro de contacto con 300 teleoperadores que atienden a tus clientes por teléfono, correo y WhatsApp.", "no-ai-signal"],
    ["fr", "Notre météorologue présente chaque soir les prévisions du week-end sur la chaîne régionale.", "no-ai-signal"],
    ["fr", "Notre standard est tenu par une équipe de secrétaires qui répond à vos appels du lundi au samedi.", "no-ai-signal"],
    ["es", "Somos una firma de reclutamiento potenciada por IA: encontramos perfiles financieros y tecnológicos en Lima.", "ai-used-internally"],
    ["pt", "Contabilidade digital com inteligência artificial para pequenas empresas: cuidamos dos impostos e da folha.", "ai-used-internally"],
    ["fr", "Comptabilité augmentée par l'IA : nos experts-comptables tiennent vos comptes, l'intelligence artificielle saisit vos factures.", "ai-used-internally"],
    ["de", "KI-gestützte Tourenplanung: Die Spedition Keller fährt mit 60 eigenen Lkw Komplettladungen durch ganz Europa.", "ai-used-internally"],
  ])("%s: a service people run, or a trade that names AI in its lead, abstains: %s (%s)", (code, description, reason) => {
    const r = classify(code, description);
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe(reason);
  });

  it.each([
    ["es", "Nuestro equipo de ingenieros ha creado un asistente virtual que atiende las llamadas de tu clínica.", "ai-agents"],
    ["es", "Encuentra a tu psicólogo online. Respondes un breve cuestionario y el sistema te recomienda profesionales colegiados.", "ai-marketplaces"],
    ["fr", "Nos collaborateurs numériques traitent les courriels entrants et répondent aux clients, de bout en bout.", "ai-agents"],
  ])("%s: an AI product keeps its domain: %s", (code, description, domain) => {
    expect(classify(code, description).primaryDomain).toBe(domain);
  });

  it.each([
    ["fr", "Hébergeur à Lille : serveurs dédiés et VPS dans deux datacenters. Notre support technique répond au téléphone 7 j/7."],
    ["de", "Rechenzentrum in Nürnberg mit Serverschränken zur Miete. Der Support nimmt Anrufe entgegen, rund um die Uhr."],
    ["es", "Clínica dental en Valencia. Nuestra recepción atiende las llamadas y concierta citas de lunes a sábado."],
    ["pt", "Hospedagem de sites e servidores VPS em Lisboa. O suporte atende chamadas todos os dias."],
    ["pt", "Placas gráficas RTX, processadores e PCs montados para gaming e streaming, com envio em 24 horas."],
    ["es", "Agencia de modelos en Barcelona: representamos modelos para moda y publicidad, con castings y entrenamiento de pasarela."],
  ])("%s: a language's weakAiPhrases are no AI signal on their own: %s", (code, description) => {
    const r = classify(code, description);
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
  });

  it("reads a language's weakAiPhrases only in its own texts; English's in every language's", () => {
    const weak = createPipeline(rules).weakAiPhrases;
    expect(weak.get("de")!.has("training")).toBe(true);
    expect(weak.get("en")!.has("training")).toBe(false);
    expect(weak.get("es")!.has("training")).toBe(false);
    expect(weak.get("es")!.has("answer the phone")).toBe(true);
  });

  it.each([
    ["fr", "Notre assistant téléphonique IA répond au téléphone pour votre cabinet et prend vos rendez-vous."],
    ["es", "Agente de voz con inteligencia artificial que atiende las llamadas de tu clínica y concierta citas."],
  ])("%s: beside a word that names AI they are still evidence: %s", (code, description) => {
    expect(classify(code, description).primaryDomain).toBe("ai-agents");
  });

  it("finds the words that say people do the work, and not digital workers or whom the product serves", () => {
    const es = patterns("es");
    expect(peopleRunIn("Nuestro equipo de recepcionistas atiende las llamadas.", 55, es)).toBe("Nuestro equipo");
    expect(peopleRunIn("Consultora de recursos humanos: entrevistas y ranking de candidatos.", 68, es)).toBe("Consultora");
    expect(peopleRunIn("Una herramienta para abogados que redacta demandas.", 51, es)).toBeUndefined();
    expect(peopleRunIn("Nos collaborateurs numériques traitent les courriels.", 53, patterns("fr"))).toBeUndefined();
  });

  it("reads a phrase as the people's work only after them in its sentence, and not beside a product or after an article", () => {
    const pt = patterns("pt");
    expect(peopleDoIt("A nossa equipa atende o telefone de segunda a sexta.", 15, true, pt)).toBe(true);
    expect(peopleDoIt("Os técnicos fazem perguntas em linguagem natural.", 29, false, pt)).toBe(false);
    expect(peopleDoIt("A nossa equipa criou uma plataforma que atende o telefone.", 40, true, pt)).toBe(false);
  });
});

describe("English: a person opening a sentence with its verb (person.ts)", () => {
  it.each([
    "Our radiologists read X-rays and MRI scans and send reports to your GP within 48 hours.",
    "Our vets visit your farm, and our radiologists read X-rays of your horses on the same day.",
  ])("a people-run service abstains: %s", (description) => {
    const r = builtIn().classifySync({ description });
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
  });

  it("a tool people use is still AI they use, not their work", () => {
    const r = builtIn().classifySync({ description: "We are a small creative agency making brand identities and websites; our designers use Midjourney for mood boards." });
    expect(r.abstain?.reason).toBe("ai-used-internally");
  });

  it("a product reading X-rays is still AI", () => {
    expect(builtIn().classifySync({ description: "Our software reads chest X-rays and flags nodules for radiologists." }).primaryDomain).toBe("deep-learning");
  });
});
