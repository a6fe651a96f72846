import { describe, expect, it } from "vitest";
import { createClassifier, loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const SYNTHESIA =
  "No camera, no studio, no actors. Synthesia (London) turns a written script into a video presented by a lifelike avatar, in 140+ languages, and over half of the Fortune 100 use it for training, onboarding and internal comms.";
const BAKERY = "Crust is an established family bakery in Leeds. We use AI to forecast how many loaves to bake.";

/** The shipped rules without usedInternally.sellsOverrule: the phrase rules decide alone. */
function withoutOverrule() {
  const ruleSet = loadRuleSet();
  const { sellsOverrule: _bar, ...usedInternally } = ruleSet.scoring.usedInternally;
  return createClassifier({ ruleSet: { ...ruleSet, scoring: { ...ruleSet.scoring, usedInternally } } });
}

describe("the learned sells-AI reading overrules a use reading it is sure of (usedInternally.sellsOverrule)", () => {
  it("a hook sentence before the product: the phrase rules read a business that uses AI, the learned reading an AI product", () => {
    const alone = withoutOverrule().classifySync({ description: SYNTHESIA });
    expect(alone.primaryDomain).toBeNull();
    expect(alone.abstain?.reason).toBe("ai-used-internally");
    expect(builtIn().classifySync({ description: SYNTHESIA }).primaryDomain).toBe("generative-ai");
  });

  it("a business that says it uses AI still abstains", () => {
    expect(builtIn().classifySync({ description: BAKERY }).abstain?.reason).toBe("ai-used-internally");
  });

  it("is optional: a rule set without it loads", () => {
    expect(loadRuleSet().scoring.usedInternally.sellsOverrule).toBe(0.95);
    expect(withoutOverrule().ruleSet.scoring.usedInternally.sellsOverrule).toBeUndefined();
  });
});
