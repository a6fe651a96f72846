import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/index.ts";
import { compileDomainPrior, readDomainPrior, trainDomainPrior } from "../../src/signal/domain-prior.ts";
import { copyRules, loadIssues } from "../helpers/rules-copy.ts";

const TIED = "We turn your wiki into an AI agent grounded in your documentation.";

/** A rules copy whose domain-prior.json is the given file (or none). */
function withPrior(file: unknown) {
  const dir = copyRules();
  if (file === undefined) rmSync(join(dir, "domain-prior.json"));
  else writeFileSync(join(dir, "domain-prior.json"), JSON.stringify(file));
  return createClassifier({ rulesDir: dir });
}

/** A prior that reads "agent" (the token "agent") as AI Agents, and everything else as RAG. */
const agentPrior = (weight: number) => ({
  weight,
  reach: 3,
  domains: { rag: { bias: 0, unseen: -1, weights: {} }, "ai-agents": { bias: 0, unseen: -1, weights: { agent: 4 } } },
});

describe("the learned domain prior", () => {
  it("reads each domain's probability, summing to 1, and quotes the words behind it but no function word", () => {
    const model = compileDomainPrior({ weight: 0.15, reach: 3, domains: { rag: { bias: 0, unseen: -1, weights: { wiki: 2, that: 3 } }, mlops: { bias: 0, unseen: -1, weights: {} } } }, ["that"]);
    const reading = readDomainPrior(model, "A wiki that answers");
    expect(reading.probability("rag") + reading.probability("mlops")).toBeCloseTo(1, 10);
    expect(reading.probability("rag")).toBeCloseTo(1 / (1 + Math.exp(-5)), 10);
    expect(reading.words("rag")).toEqual(["wiki"]);
    expect(reading.probability("ai-agents")).toBe(0);
  });

  it("settles a close call among the best-ranked domains, and says so", () => {
    expect(withPrior(undefined).classifySync({ description: TIED }).domains.slice(0, 2).map((d) => [d.id, d.score])).toEqual([["rag", 0.632], ["ai-agents", 0.632]]);
    const r = withPrior(agentPrior(0.15)).classifySync({ description: TIED });
    expect(r.primaryDomain).toBe("ai-agents");
    expect(r.domains.map((d) => d.id).slice(0, 2)).toEqual(["ai-agents", "rag"]);
    const reason = r.domains[0]!.reasons.find((x) => x.rule === "ranking/learned-prior");
    expect(reason?.message).toMatch(/^Ranked first among domains of close score: a model learned from the labelled fixtures reads the text as this kind of AI product \(\d+%\)$/);
    expect(reason?.evidence).toEqual(["agent"]);
  });

  it("leaves the order alone when no domain comes within its weight of the leader", () => {
    const r = withPrior(agentPrior(0.15)).classifySync({ description: "Chat with your PDFs: we index your documents and answer questions with an LLM. Our agent helps." });
    expect(r.primaryDomain).toBe("rag");
    expect(r.domains.some((d) => d.reasons.some((x) => x.rule === "ranking/learned-prior"))).toBe(false);
  });

  it("lifts a tieOnly domain over a leader of the same score, never over one the rules scored higher", () => {
    const saasPrior = (tieOnly?: string[]) => ({ weight: 0.3, reach: 3, ...(tieOnly === undefined ? {} : { tieOnly }), domains: { "ai-saas": { bias: 0, unseen: -1, weights: { banks: 4 } }, "ai-agents": { bias: 0, unseen: -1, weights: {} } } });
    const AHEAD = "Virtual agents for banks and insurers.";
    const EVEN = "Banks and insurers run virtual agents on their websites with our platform.";
    const top2 = (r: { domains: { id: string; score: number }[] }) => r.domains.slice(0, 2).map((d) => [d.id, d.score]);
    expect(top2(withPrior(undefined).classifySync({ description: AHEAD }))).toEqual([["ai-agents", 0.713], ["ai-saas", 0.528]]);
    expect(withPrior(saasPrior()).classifySync({ description: AHEAD }).primaryDomain).toBe("ai-saas");
    const held = withPrior(saasPrior(["ai-saas"])).classifySync({ description: AHEAD });
    expect(top2(held)).toEqual([["ai-agents", 0.713], ["ai-saas", 0.528]]);
    expect(held.domains.some((d) => d.reasons.some((x) => x.rule === "ranking/learned-prior"))).toBe(false);
    const even = withPrior(saasPrior(["ai-saas"])).classifySync({ description: EVEN });
    expect(top2(even)).toEqual([["ai-saas", 0.632], ["ai-agents", 0.632]]);
    expect(even.domains[0]!.reasons.find((x) => x.rule === "ranking/learned-prior")?.evidence).toEqual(["Banks"]);
  });

  it("fits naive Bayes: a token held at least minCount times weighs for its domain", () => {
    const file = trainDomainPrior(
      [
        { text: "answers from your wiki", domain: "rag" },
        { text: "answers from your handbook", domain: "rag" },
        { text: "an agent that books meetings", domain: "ai-agents" },
      ],
      ["rag", "ai-agents"],
      { alpha: 0.5, minCount: 2, weight: 0.15, reach: 3 },
    );
    expect(Object.keys(file.domains.rag!.weights).sort()).toEqual(["answer", "answer_from", "from", "from_your", "your"]);
    expect(file.domains["ai-agents"]!.weights).toEqual({});
    expect(file.domains.rag!.bias).toBeGreaterThan(file.domains["ai-agents"]!.bias);
  });
});

describe("naming a domain the rules cannot", () => {
  const TRIP = "Tell it where and when; it books the flights.";
  /** A rules copy whose AI signal reads "flights" as an AI product, and whose prior reads it as AI Agents. */
  function guessing(name: unknown, signalBias = -2, business: { businessThreshold?: number; multiSentenceBusinessThreshold?: number } = {}) {
    const dir = copyRules();
    writeFileSync(join(dir, "ai-signal.json"), JSON.stringify({ threshold: 0.85, bias: signalBias, weights: { flight: 6 }, ...business }));
    const prior = { weight: 0.15, reach: 3, ...(name === undefined ? {} : { name }), domains: { rag: { bias: 0, unseen: -1, weights: {} }, "ai-agents": { bias: 0, unseen: -1, weights: { flight: 4 } } } };
    writeFileSync(join(dir, "domain-prior.json"), JSON.stringify(prior));
    return createClassifier({ rulesDir: dir });
  }

  it("names the prior's domain when no phrase names AI but the learned AI signal reads an AI product, and says why", () => {
    const r = guessing({ signal: 0.9, probability: 0.9 }).classifySync({ description: TRIP });
    expect(r.primaryDomain).toBe("ai-agents");
    expect(r.abstain).toBeUndefined();
    expect(r.domains[0]!.reasons.map((x) => [x.rule, x.message, x.evidence])).toEqual([
      ["ai-signal/learned-domain", "Named though no rule found enough evidence: a model learned from the labelled fixtures reads the text as this kind of AI product (98%)", ["flights"]],
      ["ai-signal/learned", "Reads as an AI product though no phrase names AI: a model learned from the labelled fixtures gives 98%", ["flights"]],
    ]);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThan(0.98 * 0.98);
  });

  it("abstains without `name`, below either threshold, and on a text that says what it uses", () => {
    expect(guessing(undefined).classifySync({ description: TRIP }).abstain?.reason).toBe("no-ai-signal");
    expect(guessing({ signal: 0.99, probability: 0.9 }).classifySync({ description: TRIP }).abstain?.reason).toBe("no-ai-signal");
    expect(guessing({ signal: 0.9, probability: 0.99 }).classifySync({ description: TRIP }).abstain?.reason).toBe("no-ai-signal");
    expect(guessing({ signal: 0.9, probability: 0.9 }).classifySync({ description: "We use a tool that books the flights." }).primaryDomain).toBeNull();
  });

  it("reads a text that says what it uses, a customer's account, at the AI signal's businessThreshold", () => {
    const USES = "We use a tool that books the flights.";
    const named = guessing({ signal: 0.9, probability: 0.9 }, -2, { businessThreshold: 0.95 }).classifySync({ description: USES });
    expect([named.primaryDomain, named.domains[0]!.reasons.map((x) => x.rule)]).toEqual(["ai-agents", ["ai-signal/learned-domain", "ai-signal/learned"]]);
    expect(guessing({ signal: 0.9, probability: 0.9 }, -2, { businessThreshold: 0.99 }).classifySync({ description: USES }).abstain?.reason).toBe("no-ai-signal");
    expect(guessing({ signal: 0.9, probability: 0.9 }, -2, { businessThreshold: 0.95 }).classifySync({ description: TRIP }).primaryDomain).toBe("ai-agents");
  });

  it("reads such a text of two or more sentences at multiSentenceBusinessThreshold, one of one sentence at businessThreshold", () => {
    const story = "We use Tripwell for our company trips. It books the flights.";
    const lowered = guessing({ signal: 0.9, probability: 0.9 }, -2, { businessThreshold: 0.99, multiSentenceBusinessThreshold: 0.95 });
    expect(lowered.classifySync({ description: story }).primaryDomain).toBe("ai-agents");
    expect(lowered.classifySync({ description: "We use a tool that books the flights." }).abstain?.reason).toBe("no-ai-signal");
    expect(guessing({ signal: 0.9, probability: 0.9 }, -2, { businessThreshold: 0.99 }).classifySync({ description: story }).abstain?.reason).toBe("no-ai-signal");
    expect(guessing({ signal: 0.9, probability: 0.9 }, -2, { multiSentenceBusinessThreshold: 0.95 }).classifySync({ description: story }).abstain?.reason).toBe("no-ai-signal");
  });

  it("reads the business a customer's account names as the customer, not as the company the text is about", () => {
    const account = "We run a small travel agency in Leeds. Tripwell books the flights for our clients.";
    const r = guessing({ signal: 0.9, probability: 0.9 }, -2, { businessThreshold: 0.99, multiSentenceBusinessThreshold: 0.95 }).classifySync({ description: account });
    expect([r.primaryDomain, r.abstain, r.domains[0]!.reasons.map((x) => x.rule)]).toEqual(["ai-agents", undefined, ["ai-signal/learned-domain", "ai-signal/learned"]]);
  });

  it("names a less likely domain when the AI signal is surer (`name.sure`), and not when it is less sure", () => {
    // The signal reads TRIP at 98%; the prior gives ai-agents 98% too, so `probability` 0.99 alone is out of reach.
    expect(guessing({ signal: 0.9, probability: 0.99, sure: { signal: 0.97, probability: 0.5 } }).classifySync({ description: TRIP }).primaryDomain).toBe("ai-agents");
    expect(guessing({ signal: 0.9, probability: 0.99, sure: { signal: 0.99, probability: 0.5 } }).classifySync({ description: TRIP }).abstain?.reason).toBe("no-ai-signal");
    expect(guessing({ signal: 0.9, probability: 0.99, sure: { signal: 0.97, probability: 0.99 } }).classifySync({ description: TRIP }).abstain?.reason).toBe("no-ai-signal");
  });
});

describe("rules/domain-prior.json", () => {
  it("names each problem with its path", () => {
    const dir = copyRules();
    writeFileSync(join(dir, "domain-prior.json"), JSON.stringify({ weight: 2, reach: 3, name: { signal: 0.9, probability: 2 }, domains: { rag: { bias: 0, unseen: -1, weights: { Wiki: 1 } }, robots: { bias: 0, unseen: -1, weights: {} } } }));
    const issues = loadIssues(dir)!;
    expect(issues.map((i) => `${i.file} ${i.path}`)).toEqual(expect.arrayContaining(["domain-prior.json weight", "domain-prior.json name.probability", "domain-prior.json domains.rag.weights.Wiki"]));
    expect(issues.some((i) => i.file === "domain-prior.json" && /robots/.test(`${i.path} ${i.message}`))).toBe(true);
  });
});
