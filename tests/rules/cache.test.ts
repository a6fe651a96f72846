import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RuleSetError } from "../../src/errors.ts";
import { cacheFile, defaultRuleSetCache, encodeCacheEntry, loadRuleSetCached, type RuleSetCache } from "../../src/rules/cache.ts";
import { readRulesDir } from "../../src/rules/files.ts";
import { DEFAULT_RULES_DIR, loadRuleSet } from "../../src/rules/load.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

const newCache = (build = "build-a"): RuleSetCache => ({ dir: mkdtempSync(join(tmpdir(), "valuechain-cache-")), build });
const cached = (cache: RuleSetCache) => readdirSync(cache.dir).filter((f) => f.endsWith(".bin"));

describe("loadRuleSetCached", () => {
  it("validates once, writes the set, and later runs read back the very same set", () => {
    const cache = newCache();
    const first = loadRuleSetCached(DEFAULT_RULES_DIR, cache);
    expect(cached(cache)).toEqual([cacheFile(cache, readRulesDir(DEFAULT_RULES_DIR)).split("/").pop()]);
    const again = loadRuleSetCached(DEFAULT_RULES_DIR, cache);
    expect(again).toEqual(first);
    expect(again).toEqual(loadRuleSet(DEFAULT_RULES_DIR));
    expect(again.stems).toBeInstanceOf(Map);
    expect(again.stems.get("learning")).toBe("learn");
  });

  it("a hit is served from the file, without validating again", () => {
    const cache = newCache();
    const set = loadRuleSetCached(DEFAULT_RULES_DIR, cache);
    const file = cacheFile(cache, readRulesDir(DEFAULT_RULES_DIR));
    // The stems are not compared with the files (they are derived, and checksummed): a changed one shows a hit.
    writeFileSync(file, encodeCacheEntry({ ...set, stems: new Map([...set.stems, ["learning", "cached"]]) }));
    expect(loadRuleSetCached(DEFAULT_RULES_DIR, cache).stems.get("learning")).toBe("cached");
  });

  it("an edited rules file is validated afresh: its change shows, and it gets a file of its own", () => {
    const cache = newCache();
    const dir = copyRules();
    const before = loadRuleSetCached(dir, cache);
    editJson(dir, "domains/rag.json", (rules) => (rules[0].event.params.weight = 1));
    const after = loadRuleSetCached(dir, cache);
    expect(after.version).not.toBe(before.version);
    expect(after.rules.find((r) => r.file === "domains/rag.json" && r.index === 0)!.json.event.params.weight).toBe(1);
    expect(cached(cache)).toHaveLength(2);
  });

  it("another build never uses this build's file", () => {
    const a = newCache("build-a");
    const b: RuleSetCache = { dir: a.dir, build: "build-b" };
    const set = loadRuleSetCached(DEFAULT_RULES_DIR, a);
    writeFileSync(cacheFile(a, readRulesDir(DEFAULT_RULES_DIR)), encodeCacheEntry({ ...set, stems: new Map([...set.stems, ["learning", "cached"]]) }));
    expect(loadRuleSetCached(DEFAULT_RULES_DIR, b).stems.get("learning")).toBe("learn");
    expect(cached(a)).toHaveLength(2);
  });

  it("a cached set whose version is not the files' is not used", () => {
    const cache = newCache();
    const set = loadRuleSetCached(DEFAULT_RULES_DIR, cache);
    writeFileSync(cacheFile(cache, readRulesDir(DEFAULT_RULES_DIR)), encodeCacheEntry({ ...set, version: "000000000000", stems: new Map([...set.stems, ["learning", "cached"]]) }));
    expect(loadRuleSetCached(DEFAULT_RULES_DIR, cache)).toEqual(set);
  });

  it("a corrupt cache file is validated over and rewritten", () => {
    const cache = newCache();
    const file = cacheFile(cache, readRulesDir(DEFAULT_RULES_DIR));
    writeFileSync(file, "not a rule set");
    expect(loadRuleSetCached(DEFAULT_RULES_DIR, cache).version).toBe(loadRuleSet().version);
    expect(readFileSync(file).length).toBeGreaterThan(10_000);
  });

  it("invalid rules throw loadRuleSet's RuleSetError and nothing is cached", () => {
    const cache = newCache();
    const dir = copyRules();
    writeFileSync(join(dir, "scoring.json"), "{");
    let error: unknown;
    try {
      loadRuleSetCached(dir, cache);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).issues[0]).toMatchObject({ file: "scoring.json", path: "(root)" });
    expect((error as RuleSetError).message).toBe(captureMessage(() => loadRuleSet(dir)));
    expect(cached(cache)).toEqual([]);
  });

  it("a cache directory that cannot be written still gives the rule set", () => {
    const parent = mkdtempSync(join(tmpdir(), "valuechain-cache-"));
    writeFileSync(join(parent, "file"), "");
    const cache: RuleSetCache = { dir: join(parent, "file", "valuechain"), build: "b" };
    expect(loadRuleSetCached(DEFAULT_RULES_DIR, cache).version).toBe(loadRuleSet().version);
    expect(existsSync(cache.dir)).toBe(false);
  });

  it("keeps the 16 most recently written sets", () => {
    const cache = newCache();
    for (let i = 0; i < 20; i++) writeFileSync(join(cache.dir, `rules-old${String(i).padStart(2, "0")}.bin`), "x");
    for (let i = 0; i < 20; i++) utimesSync(join(cache.dir, `rules-old${String(i).padStart(2, "0")}.bin`), 1_000 + i, 1_000 + i);
    loadRuleSetCached(DEFAULT_RULES_DIR, cache);
    const kept = cached(cache).sort();
    expect(kept).toHaveLength(16);
    expect(kept).toContain(cacheFile(cache, readRulesDir(DEFAULT_RULES_DIR)).split("/").pop());
    expect(kept).not.toContain("rules-old04.bin"); // the five oldest went
    expect(kept).toContain("rules-old05.bin");
  });
});

describe("defaultRuleSetCache", () => {
  it("is off when running the TypeScript (no build id), and when VALUECHAIN_NO_CACHE is set", () => {
    expect(defaultRuleSetCache()).toBeUndefined();
    expect(defaultRuleSetCache({ VALUECHAIN_NO_CACHE: "1" }, "b")).toBeUndefined();
  });

  it("lives in VALUECHAIN_CACHE_DIR, else XDG_CACHE_HOME/valuechain, else ~/.cache/valuechain", () => {
    expect(defaultRuleSetCache({ VALUECHAIN_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x" }, "b")).toEqual({ dir: "/c", build: "b" });
    expect(defaultRuleSetCache({ XDG_CACHE_HOME: "/x" }, "b")).toEqual({ dir: "/x/valuechain", build: "b" });
    expect(defaultRuleSetCache({ HOME: "/h" }, "b")?.dir).toMatch(/\/\.cache\/valuechain$/);
  });
});

function captureMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected an error");
}
