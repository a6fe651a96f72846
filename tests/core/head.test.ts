import { describe, expect, it } from "vitest";
import { headSpan } from "../../src/core/head.ts";
import { rankDomains, type DomainTally } from "../../src/core/rank.ts";
import type { Scoring } from "../../src/schemas/rules.ts";

const head = (text: string) => {
  const span = headSpan(text, text.length);
  return span === undefined ? undefined : text.slice(span[0], span[1]);
};
const headWord = (text: string) => {
  const span = headSpan(text, text.length);
  return span === undefined ? undefined : text.slice(span[2], span[1]);
};

describe("the head of the first sentence: what the company sells", () => {
  it.each([
    ["Marketplace for freelance voice actors; AI reads your script and shortlists voices", "Marketplace"],
    ["Object storage built for ML training datasets", "Object storage"],
    ["Castmatch — marketplace for voice actors", "marketplace"],
    ["Ledgerline: model monitoring for banks", "model monitoring"],
    ["Claimwell is claims-handling software for property insurers", "claims-handling software"],
    ["We're an AI agent that books freight", "AI agent"],
    ["A GPU cloud with per-second billing", "GPU cloud"],
  ])("%s → %s", (text, expected) => {
    expect(head(text)).toBe(expected);
  });

  it.each([
    ["Matching headshots for your whole team, from a few selfies", "headshots"],
    ["Object storage built for ML training datasets", "storage"],
    ["Marketplace for freelance voice actors", "Marketplace"],
    ["Model monitoring platform for banks", "monitoring platform"],
    ["An AI platform for clinics", "AI platform"],
  ])("%s: its head word, the last, is %s", (text, expected) => {
    expect(headWord(text)).toBe(expected);
  });

  it("has none when the opening runs past four words into a verb", () => {
    expect(head("Our platform tracks every ML model in a bank")).toBeUndefined();
  });
});

describe("the head bonus", () => {
  const tally = (id: DomainTally["id"], raw: number, isHead: boolean): DomainTally => ({ id, raw, rank: raw, reasons: [{ weight: raw, reason: { rule: id, message: id, evidence: [id] } }], evidence: new Set([id]), lead: [], head: isHead });
  const scoring = { ranking: { leadBonus: 2, headBonus: 1, genericFeatures: [] } } as unknown as Scoring;

  it("lifts the domain named by the head above an equal one named later", () => {
    const ranked = rankDomains([tally("generative-ai", 3, false), tally("ai-marketplaces", 3, true)], scoring, false, []);
    expect(ranked.map((d) => d.id)).toEqual(["ai-marketplaces", "generative-ai"]);
  });

  it("does not overturn stronger evidence", () => {
    const ranked = rankDomains([tally("generative-ai", 5, false), tally("ai-marketplaces", 3, true)], scoring, false, []);
    expect(ranked.map((d) => d.id)).toEqual(["generative-ai", "ai-marketplaces"]);
  });
});
