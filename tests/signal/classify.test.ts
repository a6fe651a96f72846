import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPipeline, traceRules } from "../../src/core/pipeline.ts";
import { createClassifier } from "../../src/index.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

const MODEL_RISK = "Monitoring, audit trails and sign-off for the models a team runs in production. Priced per model per year.";

/** A rules copy whose ai-signal.json is the given model. */
function withSignal(weights: Record<string, number>, { priorNames = true, multiSentenceThreshold = 0.8, businessThreshold = undefined as number | undefined, withoutAiSignalFloor = undefined as number | undefined, bias = 0 } = {}) {
  const dir = copyRules();
  const optional = { ...(businessThreshold === undefined ? {} : { businessThreshold }), ...(withoutAiSignalFloor === undefined ? {} : { withoutAiSignalFloor }) };
  writeFileSync(join(dir, "ai-signal.json"), JSON.stringify({ threshold: 0.8, multiSentenceThreshold, ...optional, bias, weights }));
  if (!priorNames) editJson(dir, "domain-prior.json", (prior) => delete prior.name);
  return createClassifier({ rulesDir: dir });
}

describe("the learned AI signal", () => {
  it("names a domain that has evidence when the model reads a text with no AI phrase as an AI product, and says so in the text's words", () => {
    const r = withSignal({ monito: 3, audit: 1, the: 5 }).classifySync({ description: MODEL_RISK });
    expect(r.primaryDomain).toBe("mlops");
    expect(r.abstain).toBeUndefined();
    expect(r.domains[0]!.reasons.at(-1)).toEqual({
      rule: "ai-signal/learned",
      message: "Reads as an AI product though no phrase names AI: a model learned from the labelled fixtures gives 100%",
      evidence: ["Monitoring", "audit"],
    });
  });

  it("reads a text of two or more sentences with multiSentenceThreshold, one sentence with threshold", () => {
    // The model gives 73% (a weight of 1 on "monitoring").
    const lower = withSignal({ monito: 1 }, { multiSentenceThreshold: 0.7 });
    expect(lower.classifySync({ description: MODEL_RISK }).primaryDomain).toBe("mlops");
    expect(lower.classifySync({ description: MODEL_RISK.replace(". Priced", ", priced") }).abstain?.reason).toBe("no-ai-signal");
  });

  it("leaves the text abstained below the threshold, and without the file", () => {
    expect(withSignal({ monito: 1 }, { priorNames: false }).classifySync({ description: MODEL_RISK }).abstain?.reason).toBe("no-ai-signal");
    const dir = copyRules();
    rmSync(join(dir, "ai-signal.json"));
    const r = createClassifier({ rulesDir: dir }).classifySync({ description: MODEL_RISK });
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
  });

  it("never overrules a text that describes a business, nor names a domain without evidence", () => {
    const c = withSignal({ monito: 3, sourdo: 10, pastri: 10 });
    const firm = c.classifySync({ description: `Hartley & Co is a family-run accountancy firm in Leeds. We provide ${MODEL_RISK.toLowerCase()}` });
    expect([firm.primaryDomain, firm.abstain?.reason, firm.domains.map((d) => d.id)]).toEqual([null, "no-ai-signal", ["mlops"]]);
    // Without the prior's `name`, which may name its likeliest domain for a text the signal reads as AI.
    const bare = withSignal({ monito: 3, sourdo: 10, pastri: 10 }, { priorNames: false }).classifySync({ description: "Sourdough and pastries." });
    expect([bare.primaryDomain, bare.abstain?.reason, bare.domains]).toEqual([null, "no-ai-signal", []]);
  });

  it("reads a text that names a business only at businessThreshold, and then takes the business for a customer", () => {
    const description = `Our accountancy firm tried Modelwatch. ${MODEL_RISK}`;
    // A weight of 5 on "monitoring" gives 99.3%.
    const sure = withSignal({ monito: 5 }, { businessThreshold: 0.99 }).classifySync({ description });
    expect([sure.primaryDomain, sure.abstain]).toEqual(["mlops", undefined]);
    expect(sure.domains[0]!.reasons.at(-1)!.rule).toBe("ai-signal/learned");
    expect(withSignal({ monito: 5 }, { businessThreshold: 0.995, priorNames: false }).classifySync({ description }).abstain?.reason).toBe("no-ai-signal");
    expect(withSignal({ monito: 5 }, { priorNames: false }).classifySync({ description }).abstain?.reason).toBe("no-ai-signal");
  });

  it("reads a text whose only people at work are its customers (\"pro Anwältin\")", () => {
    const description = "Fristen, Gegenargumente, fehlende Anlagen: Klagewerk liest den gegnerischen Schriftsatz und legt Ihnen eine Übersicht samt Entwurf für die Erwiderung hin. Für Kanzleien jeder Größe; 129 € pro Anwältin oder Anwalt im Monat.";
    const r = builtIn().classifySync({ description });
    expect(r.primaryDomain).not.toBeNull();
    expect(r.domains[0]!.reasons.map((x) => x.rule)).toContain("ai-signal/learned");
    const firm = builtIn().classifySync({ description: "Kanzlei Berger & Partner in Köln: Unsere Anwältinnen und Anwälte prüfen Verträge und entwerfen Schriftsätze. 290 € pro Stunde." });
    expect([firm.primaryDomain, firm.abstain?.reason]).toEqual([null, "no-ai-signal"]);
  });

  it("names no domain for a text whose phrases gave none, unless the learned domain prior may (its `name`)", () => {
    const description = "Sermon outlines for pastors: pick a passage and get exegetical notes and illustrations for Sunday.";
    expect(withSignal({}).classifySync({ description }).domains).toEqual([]);
    const r = withSignal({ sermon: 5, exeget: 5 }, { priorNames: false }).classifySync({ description });
    expect([r.primaryDomain, r.abstain?.reason, r.domains]).toEqual([null, "no-ai-signal", []]);
    const named = withSignal({ sermon: 5, exeget: 5 }).classifySync({ description });
    expect([named.primaryDomain, named.domains[0]!.reasons.map((x) => x.rule)]).toEqual(["generative-ai", ["ai-signal/learned-domain", "ai-signal/learned"]]);
  });

  it("leaves alone a text the rules already classify without an AI signal (a data vendor)", () => {
    const r = withSignal({ licens: 10, anonym: 10 }).classifySync({ description: "Hedgerow licenses anonymised sales data from 400 bakeries to food brands, priced per dataset." });
    expect(r.primaryDomain).toBe("data-monetization");
    expect(r.domains.flatMap((d) => d.reasons.map((x) => x.rule))).not.toContain("ai-signal/learned");
  });

  it("names a data vendor without an AI signal only when the model reads the text at or above withoutAiSignalFloor", () => {
    const vendor = "Hedgerow licenses anonymised sales data from 400 bakeries to food brands, priced per dataset.";
    // With a bias of -3 and no weights the model gives 5%.
    expect(withSignal({}, { bias: -3 }).classifySync({ description: vendor }).primaryDomain).toBe("data-monetization");
    const floored = withSignal({}, { bias: -3, withoutAiSignalFloor: 0.3 }).classifySync({ description: vendor });
    expect(floored.primaryDomain).toBeNull();
    expect(floored.abstain?.reason).toBe("no-ai-signal");
    expect(withSignal({}, { bias: -3, withoutAiSignalFloor: 0.04 }).classifySync({ description: vendor }).primaryDomain).toBe("data-monetization");
  });

  it("the shipped model names a data vendor but not a data-entry bureau nor a stock photo library, though none names AI", () => {
    const C = builtIn();
    expect(C.classifySync({ description: "Hedgerow licenses anonymised sales data from 400 bakeries to food brands, priced per dataset." }).primaryDomain).toBe("data-monetization");
    for (const description of [
      "Offshore data entry from Cebu City. Our 60 encoders key invoices, claim forms, survey responses and handwritten registers into your system or into spreadsheets, with double-keying and a second-person check on every batch. Priced per record or per hour.",
      "A stock photo library of 60,000 travel images shot by 300 professional photographers. Subscriptions start at $29 a month for 10 downloads.",
    ]) {
      const r = C.classifySync({ description });
      expect([r.primaryDomain, r.abstain?.reason]).toEqual([null, "no-ai-signal"]);
    }
  });

  it("the rule trace names the rules of the second firing", () => {
    const dir = copyRules();
    writeFileSync(join(dir, "ai-signal.json"), JSON.stringify({ threshold: 0.8, bias: 0, weights: { monito: 3 } }));
    const { fired, classification } = traceRules(createPipeline(loadRuleSet(dir)), { description: MODEL_RISK });
    expect(classification.primaryDomain).not.toBeNull();
    for (const reason of classification.domains[0]!.reasons.filter((x) => !x.rule.startsWith("ai-signal/") && !x.rule.startsWith("ranking/"))) expect(fired.map((f) => f.name)).toContain(reason.rule);
  });

  it("the shipped model reads a model-risk product with no AI phrase as AI", () => {
    const r = builtIn().classifySync({ description: MODEL_RISK });
    expect(r.primaryDomain).toBe("mlops");
    const learned = r.domains[0]!.reasons.find((x) => x.rule === "ai-signal/learned")!;
    expect(learned.message).toMatch(/^Reads as an AI product though no phrase names AI: a model learned from the labelled fixtures gives (8\d|9\d|100)%$/);
    for (const word of learned.evidence) expect(MODEL_RISK).toContain(word);
  });
});
