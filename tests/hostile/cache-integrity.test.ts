import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/classifier.ts";
import { cacheFile, decodeCacheEntry, encodeCacheEntry, loadRuleSetCached, type RuleSetCache } from "../../src/rules/cache.ts";
import { readRulesDir } from "../../src/rules/files.ts";
import { lintRules } from "../../src/rules/lint.ts";
import { loadRuleSet, type RuleSet } from "../../src/rules/load.ts";
import { copyRules } from "../helpers/rules-copy.ts";

const newCache = (): RuleSetCache => ({ dir: mkdtempSync(join(tmpdir(), "valuechain-cache-")), build: "build-a" });
/** A rule lint rejects: the rag rule made to fire on any description and score an unknown domain. */
function withBadRule(set: RuleSet): RuleSet {
  const rules = set.rules.map((r, i) => (i === 0 ? { ...r, json: { ...r.json, conditions: { all: [{ fact: "nope", operator: "contains", value: "x" }] }, event: { type: "score", params: { domain: "crypto", weight: 99, reason: "tampered" } } } } : r)) as RuleSet["rules"];
  return { ...set, rules };
}

describe("the rule-set cache is checked, never trusted as is", () => {
  it("an entry edited to hold a rule lint rejects, checksum recomputed, is ignored and rebuilt", async () => {
    const dir = copyRules();
    const cache = newCache();
    const good = loadRuleSetCached(dir, cache);
    const file = cacheFile(cache, readRulesDir(dir));
    const tampered = withBadRule(good);
    // Written into the files, the tampered rule is one lint rejects.
    const shown = copyRules();
    const rules = JSON.parse(readFileSync(join(shown, good.rules[0]!.file), "utf8"));
    rules[0] = tampered.rules[0]!.json;
    writeFileSync(join(shown, good.rules[0]!.file), JSON.stringify(rules));
    expect(lintRules(shown).errors.map((e) => e.path)).toEqual(["[0].conditions.all[0].fact", "[0].event.params.domain", "[0].event.params.weight"]);
    writeFileSync(file, encodeCacheEntry(tampered));
    expect(decodeCacheEntry(readFileSync(file))!.rules[0]!.json.event.params).toMatchObject({ reason: "tampered" });

    const loaded = loadRuleSetCached(dir, cache);
    expect(loaded).toEqual(loadRuleSet(dir));
    expect(decodeCacheEntry(readFileSync(file))).toEqual(loaded); // rewritten from the files
    const result = await createClassifier({ ruleSet: loaded }).classify({ description: "We bake bread." });
    expect(result.domains).toEqual([]);
  });

  it("an entry whose bytes were edited without a new checksum is ignored and rebuilt", () => {
    const dir = copyRules();
    const cache = newCache();
    const good = loadRuleSetCached(dir, cache);
    const file = cacheFile(cache, readRulesDir(dir));
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from("Uses machine learning"));
    expect(at).toBeGreaterThan(0);
    bytes.write("Uses machine LEARNING", at); // same length: still a well-formed serialisation
    writeFileSync(file, bytes);
    expect(decodeCacheEntry(bytes)).toBeUndefined();
    expect(loadRuleSetCached(dir, cache)).toEqual(good);
    expect(decodeCacheEntry(readFileSync(file))).toEqual(good);
  });

  it("an entry of another shape (the old format: a bare rule set) is ignored", () => {
    const dir = copyRules();
    const cache = newCache();
    const good = loadRuleSetCached(dir, cache);
    writeFileSync(cacheFile(cache, readRulesDir(dir)), serialize(withBadRule(good)));
    expect(loadRuleSetCached(dir, cache)).toEqual(good);
  });
});
