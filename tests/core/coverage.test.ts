import { describe, expect, it } from "vitest";
import { compileCoverage, coverageClaims } from "../../src/core/coverage.ts";
import { loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const pattern = compileCoverage(loadRuleSet().scoring.dataCoverage!);

describe("data coverage (scoring.json dataCoverage): a claim to cover many things of one kind", () => {
  it.each([
    ["Tidewise tracks 150,000 vessels worldwide and adds predicted arrival times.", ["tracks 150,000 vessels"]],
    ["Firmly maintains profiles of 60 million companies, refreshed weekly.", ["maintains profiles of 60 million companies"]],
    ["It follows the receipts of 2.4 million opted-in shoppers.", ["follows the receipts of 2.4 million opted-in shoppers"]],
    ["An API covering 80m businesses and 1.5k data points each.", ["covering 80m businesses"]],
  ])("%s", (text, claims) => {
    expect(coverageClaims(text, pattern)).toEqual(claims);
  });

  it.each([
    "Our team tracks 12 projects for 40 companies.",
    "Trusted by 150,000 companies around the world.",
    "We stock 3,000 products in our warehouse.",
  ])("not a customer count, a small number, or a shop's stock: %s", (text) => {
    expect(coverageClaims(text, pattern)).toEqual([]);
  });

  it("is dataset evidence: a data vendor reads as Data Monetization, quoting the claim", () => {
    const r = builtIn().classifySync({ description: "Shipnote tracks 150,000 vessels with machine learning and publishes daily arrival estimates." });
    expect(r.primaryDomain).toBe("data-monetization");
    expect(r.domains[0]!.reasons.flatMap((x) => x.evidence)).toContain("tracks 150,000 vessels");
  });
});
