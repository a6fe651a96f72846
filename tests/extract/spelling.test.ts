import { describe, expect, it } from "vitest";
import { stemWord } from "../../src/extract/keywords.ts";
import { americanSpelling } from "../../src/extract/spelling.ts";

describe("British and American spellings read as one word", () => {
  it.each([
    ["personalised", "personalized"],
    ["organisation", "organization"],
    ["summarises", "summarizes"],
    ["analyse", "analyze"],
    ["colour", "color"],
    ["behavioural", "behavioral"],
    ["centre", "center"],
    ["catalogue", "catalog"],
    ["licence", "license"],
    ["programme", "program"],
    ["enquiries", "inquiries"],
  ])("%s and %s have one stem", (uk, us) => {
    expect(stemWord(uk)).toBe(stemWord(us));
  });

  it.each(["advertise", "exercise", "enterprise", "expertise", "premises", "noise", "promise", "otherwise", "raise", "our", "hour"])(
    "%s is spelt so in American English too",
    (word) => {
      expect(americanSpelling(word)).toBe(word);
    },
  );

  it("only English words are folded", () => {
    expect(stemWord("organisation", "fr")).not.toBe(stemWord("organization", "fr"));
  });
});
