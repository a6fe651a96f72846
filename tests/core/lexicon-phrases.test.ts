import { describe, expect, it } from "vitest";
import { builtIn } from "../helpers/classifier.ts";

const classify = (description: string) => builtIn().classifySync({ description });
const terms = (description: string) => classify(description).keywords.map((k) => `${k.feature}:${k.term}`);
const stated = (description: string) => classify(description).revenueModels.filter((m) => m.source === "stated").map((m) => m.id);

describe("how a text says which kind of AI it is (lexicon.json phrases)", () => {
  it.each([
    ["Lidmark builds 3D perception software for autonomous forklifts, tracking pallets and people from lidar.", "computer-vision:3D perception"],
    ["Vaultline: chat with your contracts and get every clause you need, with the page it came from.", "rag:chat with your contracts"],
    ["Payhand gives finance teams a virtual accounts-payable clerk that matches invoices and chases approvals.", "agent:virtual accounts-payable clerk"],
    ["Quillhost serves open-weight models behind one API, billed per million tokens.", "gpu-compute:serves open-weight models"],
    ["Helpdock: a support bot that knows your content. Upload your help centre and it answers customers in seconds.", "rag:knows your content"],
    ["Stemly takes a finished song and splits it into separate stems: vocals, drums, bass and the rest.", "speech:into separate stems"],
    ["Vocalis sells voice biometrics to banks, so callers are recognised by how they speak.", "speech:voice biometrics"],
    ["Cellcount Labs: segmentation models for microscopy images, API billed per image.", "computer-vision:segmentation models"],
    ["Minutebook: chat with ten years of board minutes, hosted on your own servers.", "rag:chat with ten years of"],
    ["Tallinn-based Fyma turns the cameras a building already has into counters: its software watches the video feeds.", "computer-vision:watches the video feeds"],
    ["Skua Survey counts seabirds and seals in drone footage for wildlife surveys.", "computer-vision:in drone footage"],
    ["Modelcrate: version, package and ship models the way you ship containers.", "mlops:ship models"],
    ["Kestrelgrip: vision that lets robot arms pick unfamiliar parts from cluttered bins.", "computer-vision:lets robot arms"],
    ["Loanleaf decides small-shop loans by estimating how likely the borrower is to repay.", "prediction:how likely"],
    ["Driftbell raises a flag when the data coming in stops looking like the data its models were built on.", "model-monitoring:stops looking like"],
    ["Clary Monitor keeps an eye on prediction models after they have gone live.", "model-monitoring:models after they have gone live"],
    ["Payrunner: digital payroll workers that reconcile timesheets and file returns.", "agent:digital payroll workers"],
    ["Trivia Tern: endless machine-written quiz rounds, free to play with ads.", "text-generation:machine-written"],
  ])("%s", (description, term) => {
    expect(terms(description)).toContain(term);
  });

  it("graphics cards and X-rays name AI only beside other evidence of it: a PC shop and a vet abstain", () => {
    expect(classify("Framerate Forge builds gaming PCs in Leeds. Pick your graphics cards and we match them with the right power supply.").abstain?.reason).toBe("no-ai-signal");
    expect(classify("Mosswood Veterinary Centre: small-animal vets with a 24-hour emergency service, in-house lab and digital X-ray.").abstain?.reason).toBe("no-ai-signal");
    const lab = classify("Research labs share a few dozen graphics cards. Queuewright gives them a queue: researchers submit training jobs and it schedules them across the cards.");
    expect(lab.primaryDomain).toBe("ai-infrastructure");
    expect(lab.keywords.map((k) => `${k.feature}:${k.term}`)).toContain("ai-chips:graphics cards");
  });

  it("jobs name no AI product: a recruiter of machine learning engineers abstains, and visa sponsorship sells no ads", () => {
    const r = classify("Northgate Talent is a recruitment firm placing machine learning engineers, data scientists and MLOps leads with fintechs in Leeds and Manchester. We run retained searches, and every placement comes with a 90-day guarantee and help with visa sponsorship.");
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
    expect(r.keywords.map((k) => `${k.feature}:${k.term}`)).toEqual(expect.arrayContaining(["machine-learning:machine learning engineers", "mlops:MLOps leads"]));
    expect(r.revenueModels.filter((m) => m.source === "stated")).toEqual([]);
    // Beside another word for AI, the same jobs are evidence: a team of ML engineers that builds models.
    const lab = classify("Kestrel Labs is a team of machine learning engineers and data scientists who build custom machine learning models for insurers.");
    expect(lab.primaryDomain).toBe("machine-learning");
  });

  it("software that generates a payroll filing or a shipping label is no generative AI; a vision API that counts products is computer vision", () => {
    const payroll = builtIn().classifySync({ language: "fr", description: "Paienet est un logiciel de paie et de gestion RH pour les TPE. Il gère les congés et les absences, génère la DSN et s'occupe des déclarations sociales. Abonnement mensuel par salarié." });
    expect(payroll.abstain?.reason).toBe("no-ai-signal");
    const thrift = builtIn().classifySync({ language: "pt", description: "O Brechó da Vila é um brechó online: você fotografa as peças que não usa mais e vende para o país inteiro; o site cuida do pagamento e gera a etiqueta de envio. Anunciar é gratuito, e cobramos uma comissão sobre cada venda." });
    expect(thrift.abstain?.reason).toBe("no-ai-signal");
    const vision = classify("Countly Vision API — detect and count parcels in warehouse photos. SDKs for iOS and Android.");
    expect(vision.primaryDomain).toBe("deep-learning");
    expect(vision.keywords.map((k) => `${k.feature}:${k.term}`)).toEqual(expect.arrayContaining(["computer-vision:Vision API", "computer-vision:detect and count"]));
  });

  it("a model promoted to production is no advertising", () => {
    const r = classify("Runlog records every training run with its code, data and metrics, and a model is promoted to production only after a reviewer signs off.");
    expect(r.primaryDomain).toBe("mlops");
    expect(r.revenueModels.filter((m) => m.source === "stated")).toEqual([]);
  });

  it("human transcription is a typing bureau's work, no speech recognition", () => {
    const r = classify("Ashgrove offers human transcription only: every minute of your audio is typed and proofread by trained staff.");
    expect(r.keywords.some((k) => k.feature === "speech")).toBe(false);
    expect(r.primaryDomain).toBeNull();
    const typed = classify("Every file is typed by a trained human transcriber, not software, and checked by a second editor. $1.50 per audio minute.");
    expect(typed.keywords.some((k) => k.feature === "speech")).toBe(false);
    expect(typed.abstain?.reason).toBe("no-ai-signal");
  });

  it("a reseller's note sells no data; content moderation is language and vision work; a bridge is no compute", () => {
    expect(terms("Reseller note: Stayfit Signals gives every gym member a weekly \"likely to leave\" score.").map((t) => t.split(":")[0])).not.toContain("data-selling");
    expect(terms("We buy, clean and resell public court records as a searchable database.")).toContain("data-selling:resell public");
    expect(terms("Sightengine sells content moderation through an API.")).toContain("nlp:content moderation");
    expect(terms("Models for the inspection of infrastructure such as bridges and rail.").map((t) => t.split(":")[0])).not.toContain("compute");
  });

  it("a kiln's temperature drift is no model drift, and miles travelled no travel industry", () => {
    expect(classify("Kilnmetric predicts temperature drift in ceramic kilns from sensor logs, hours before a batch is ruined.").primaryDomain).toBe("machine-learning");
    expect(terms("Vehicle counts and miles travelled on every road, from machine-learning models.")).not.toContain("industry-vertical:travelled");
  });

  it("a product's documentation is no documents", () => {
    expect(terms("An open-source LLM toolkit with comprehensive documentation.")).toEqual(["open-source:open-source", "llm:LLM", "dev-tool:toolkit"]);
  });
});

describe("how a text says it charges (lexicon.json price phrases)", () => {
  it.each([
    ["We build computer-vision inspection systems for bottling lines. Each project is quoted at a fixed price after a site survey.", "consulting"],
    ["AI voice agents that handle inbound sales calls around the clock. Clients pay a fixed monthly rate per dedicated agent.", "per-agent-pricing"],
    ["A speech corpus of 20,000 hours of Swahili conversation for teams training speech recognition. Companies license the recordings by the hour.", "data-licensing"],
    ["An AI photo editor that turns selfies into cartoon portraits. The basic app is free and carries ads; a Pro subscription removes them.", "advertising"],
    ["An image clean-up API for marketplaces. Each processed image consumes credits, so cost tracks volume.", "usage-based"],
    ["An AI freight broker: it earns the margin between what the shipper pays and what the carrier receives.", "transaction-fees"],
    ["An AI research assistant. Individuals subscribe monthly; enterprises sign custom contracts for on-premise deployment.", "enterprise-licensing"],
  ])("%s", (description, model) => {
    expect(stated(description)).toContain(model);
  });

  it("a project that is only mentioned is no project fee", () => {
    expect(stated("An AI assistant that turns meeting notes into project plans, $12 a month.")).not.toContain("consulting");
  });
});
