import { describe, expect, it } from "vitest";
import { compilePerson, personSubject, verbLed } from "../../src/core/person.ts";
import { loadRuleSet } from "../../src/index.ts";
import { builtIn } from "../helpers/classifier.ts";

const t = loadRuleSet().scoring.taskSignal!;
const person = compilePerson(t.givenNames, t.people, t.verbs);
const classify = (description: string, name?: string) => builtIn().classifySync(name === undefined ? { description } : { description, name });

describe("a person as the subject of a verb (taskSignal.givenNames, people)", () => {
  it.each([
    ["Jess ", true],
    ["Priya Shah ", true],
    ["The menu is seasonal, and Tom ", true],
    ["I ", true],
    ["She also ", true],
    ["Our team of writers ", true],
    ["Our writers draft adverts and ", true],
    ["Paperhand ", false],
    ["Our AI writers ", false],
    ["Our writers use AI to ", false],
    ["Our engineers build custom models that ", false],
    ["We ", false],
  ])("%j → %s", (before, expected) => {
    expect(personSubject(before, person)).toBe(expected);
  });

  it("a given name that is the company's own is the product", () => {
    expect(personSubject("Emma ", person, ["Emma"])).toBe(false);
  });

  it("reads only phrases that open with a listed verb in lower case", () => {
    expect(verbLed("writes your", person)).toBe(true);
    expect(verbLed("summarises", person)).toBe(true);
    expect(verbLed("transcription", person)).toBe(false);
    expect(verbLed("AI", person)).toBe(false);
  });

  it.each([
    "Bright Words is a copywriting studio in Bristol. Jess writes your website copy and newsletters.",
    "Inkwell is a freelance copywriter in Leeds. I write your product descriptions, with two rounds of edits.",
    "Our team of writers drafts adverts and summarises reports for local charities.",
  ])("an AI phrase whose subject is a person is no AI signal: %s", (description) => {
    const r = classify(description);
    expect(r.primaryDomain).toBeNull();
    expect(r.abstain?.reason).toBe("no-ai-signal");
  });

  it("the product named as a person still does the work", () => {
    expect(classify("Quillby writes your product descriptions from a photo of the item.").primaryDomain).toBe("generative-ai");
    expect(classify("Ellie is a writing app for online sellers. Ellie writes your product descriptions from a photo.").primaryDomain).toBe("generative-ai");
  });
});
