import { describe, expect, it } from "vitest";
import { compilePercentFee, percentFees } from "../../src/core/percent-fee.ts";
import { loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const pattern = compilePercentFee(loadRuleSet().scoring.percentFee!);

describe("a fee stated as a percentage (scoring.json percentFee)", () => {
  it.each([
    ["Musicians book session players; we take 12% of each session fee.", ["take 12% of each session fee"]],
    ["Rideshare for rural towns; we take 12% per trip.", ["take 12% per trip"]],
    ["Sellers list for free and pay a 7% commission on each sale.", ["pay a 7% commission"]],
    ["No monthly fee, then 1.69% per card transaction.", ["1.69% per card transaction"]],
    ["Pay 2% of phone orders it takes, nothing else.", ["Pay 2% of phone orders"]],
  ])("%s", (text, fees) => {
    expect(percentFees(text, pattern)).toEqual(fees);
  });

  it.each(["78% of invoices processed with no human touch.", "Customers pay 30% less than agency rates.", "Ships 99.8% of orders the same day."])("not a result or a saving: %s", (text) => {
    expect(percentFees(text, pattern)).toEqual([]);
  });

  it("is a stated transaction fee, quoted as written", () => {
    const r = builtIn().classifySync({ description: "An AI voice agent that takes phone orders for pizzerias. Pay 3% of the orders it takes, nothing else." });
    const fee = r.revenueModels.find((m) => m.id === "transaction-fees");
    expect(fee?.source).toBe("stated");
    expect(fee?.reasons.flatMap((x) => x.evidence)).toContain("Pay 3% of the orders");
  });
});
