import { describe, expect, it } from "vitest";
import { lintRules } from "../../src/rules/lint.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

describe("lint: phrases that can never match", () => {
  it("the shipped rules have none", () => {
    expect(lintRules().warnings.filter((w) => w.message.includes("never matches"))).toEqual([]);
  });

  it("warns of a phrase or an ignored phrase written across a clause break, naming file and path", () => {
    const dir = copyRules();
    let at = -1;
    editJson(dir, "lexicon.json", (l) => {
      at = l.ignore.push("ai, eps") - 1;
      l.features["meeting-assistant"].phrases.push("records; transcribes");
    });
    editJson(dir, "lexicon/fr.json", (l) => l.features["meeting-assistant"].push("enregistre, transcrit"));
    const warnings = lintRules(dir).warnings.filter((w) => w.message.includes("never matches"));
    expect(warnings.map((w) => `${w.file} ${w.path}`)).toEqual([
      `lexicon.json ignore[${at}]`,
      expect.stringMatching(/^lexicon\.json features\.meeting-assistant\.phrases\[\d+\]$/),
      expect.stringMatching(/^lexicon\/fr\.json features\.meeting-assistant\[\d+\]$/),
    ]);
    expect(warnings[0]!.message).toBe('"ai, eps" never matches: a phrase never runs across a comma, a full stop or another clause break');
  });
});
