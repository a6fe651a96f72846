import { describe, expect, it } from "vitest";
import { Classification, createClassifier } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";
import { copyRules, editJson, loadIssues } from "../helpers/rules-copy.ts";

const ONE_DOMAIN = "Weekly crop-yield predictions for commodity traders before harvest.";

describe("candidates from the learned domain prior", () => {
  it("are listed after the domains the rules found, scored below them, with the prior's reason and words", () => {
    const r = builtIn().classifySync({ description: ONE_DOMAIN });
    expect(r.primaryDomain).toBe("machine-learning");
    expect(r.domains.map((d) => d.id)).toEqual(["machine-learning", "data-monetization"]);
    const [found, candidate] = r.domains;
    expect(candidate!.score).toBeLessThan(found!.score);
    // The percentage and the order of the words are the retrained model's; which words it names is the text's.
    expect(candidate!.reasons).toEqual([
      {
        rule: "ranking/learned-candidate",
        message: expect.stringMatching(/^A candidate without rule evidence: a model learned from the labelled fixtures reads the text as this kind of AI product \((?:9\d|100)%\)$/),
        evidence: expect.arrayContaining(["traders", "commodity", "before"]),
      },
    ]);
    expect(candidate!.reasons[0]!.evidence).toHaveLength(3);
    expect(r.stages.flatMap((s) => s.reasons.map((x) => x.rule))).not.toContain("ranking/learned-candidate");
    expect(Classification.parse(r)).toEqual(r);
  });

  it("are never listed for a company that abstains", () => {
    const r = builtIn().classifySync({ description: "A family bakery selling sourdough bread with a weekly subscription box." });
    expect(r.primaryDomain).toBeNull();
    expect(r.domains).toEqual([]);
  });

  it("are off when rules/domain-prior.json has no `candidates`", () => {
    const dir = copyRules();
    editJson(dir, "domain-prior.json", (j) => {
      delete j.candidates;
    });
    expect(createClassifier({ rulesDir: dir }).classifySync({ description: ONE_DOMAIN }).domains.map((d) => d.id)).toEqual(["machine-learning"]);
  });

  it("are checked when loaded: a problem is named with its path", () => {
    const dir = copyRules();
    editJson(dir, "domain-prior.json", (j) => {
      j.candidates = { upTo: 0, minProbability: 0.02 };
    });
    expect(loadIssues(dir)).toEqual([{ file: "domain-prior.json", path: "candidates.upTo", message: "Too small: expected number to be >=1" }]);
  });
});
