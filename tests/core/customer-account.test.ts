import { describe, expect, it } from "vitest";
import { customerAccount } from "../../src/core/customer-account.ts";
import { MAX_DESCRIPTION_LENGTH } from "../../src/schemas/limits.ts";

describe("customerAccount", () => {
  it.each([
    ["Review: Tillbot, 5/5. We run customer service for an online furniture shop.", true],
    ["★★★★★ I run two cafés in Wellington and Aider answers my questions.", true],
    ["We hooked Tallyhawk up to Chargebee and Mixpanel in a day.", true],
    ["Our ops team set up two agents; then we set up two Tasksmith agents at $500 a month each.", true],
    ["I used to finish my records at 9pm. With Tailnote I glance at the draft note.", true],
    ["We run three restaurants and Eighty-Six has changed how we order.", true],
    ["honestly the best thing our clinic bought this year is Vetcadence.", true],
    ["Found Cogniflow through a no-code newsletter.", true],
  ])("reads %j as a customer's account", (text, expected) => {
    expect(customerAccount(text)).toBe(expected);
  });

  it.each([
    // A rating with no business of the reviewer's: a visitor's review of a business.
    ["★★★★★ Took my van to Ortiz Auto Repair; they ran an AI diagnostic scan."],
    // A month or a pronoun names no product.
    ["Since March our claims team has triaged photos with AI."],
    ["Our head brewer watches the tanks, and it's saved us two batches already."],
    // Hotel stars after a name are no rating.
    ["Seaview Hotel ★★★★, a family-run hotel. We use AI to price our rooms."],
    ["We are a bakery in Leeds and we use AI to plan our ovens."],
  ])("does not read %j as one", (text) => {
    expect(customerAccount(text)).toBe(false);
  });

  it("reads a description of the longest length made of capitalised names without backtracking: it answers", () => {
    const fill = (unit: string) => unit.repeat(Math.floor(MAX_DESCRIPTION_LENGTH / unit.length));
    expect(customerAccount(fill("Aa."))).toBe(false);
    expect(customerAccount(fill("Aa-"))).toBe(false);
    expect(customerAccount(`We hooked ${fill("Aa.")}`)).toBe(true);
  });
});
