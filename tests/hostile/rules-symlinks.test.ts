import { cpSync, mkdtempSync, renameSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listJsonFiles } from "../../src/rules/files.ts";
import { DEFAULT_RULES_DIR, loadRuleSet } from "../../src/rules/load.ts";
import { runCli } from "../helpers/cli.ts";
import { copyRules, mountLikeConfigMap } from "../helpers/rules-copy.ts";

const shipped = () => listJsonFiles(DEFAULT_RULES_DIR);

describe("symbolic links in a rules directory", () => {
  it("a ConfigMap-style mount (links into ..data/) loads as the very same rule set", () => {
    const dir = mountLikeConfigMap();
    expect(listJsonFiles(dir)).toEqual(shipped());
    expect(loadRuleSet(dir).version).toBe(loadRuleSet().version);
  });

  it("a linked file and a linked directory are read; a dangling link and a loop are not", () => {
    const dir = copyRules();
    const elsewhere = mkdtempSync(join(tmpdir(), "valuechain-elsewhere-"));
    renameSync(join(dir, "lexicon.json"), join(elsewhere, "lexicon.json"));
    symlinkSync(join(elsewhere, "lexicon.json"), join(dir, "lexicon.json"));
    cpSync(join(dir, "domains"), join(elsewhere, "domains"), { recursive: true });
    renameSync(join(dir, "domains"), join(elsewhere, "old-domains"));
    symlinkSync(join(elsewhere, "domains"), join(dir, "domains"));
    symlinkSync(join(elsewhere, "missing.json"), join(dir, "dangling.json"));
    symlinkSync(dir, join(elsewhere, "domains", "loop"));
    expect(listJsonFiles(dir)).toEqual(shipped());
    expect(loadRuleSet(dir).version).toBe(loadRuleSet().version);
  });

  it("lint passes on a mounted directory", async () => {
    const run = await runCli(["lint", "--rules", mountLikeConfigMap(), "--format", "json"]);
    expect([run.code, JSON.parse(run.stdout).ok, JSON.parse(run.stdout).errors]).toEqual([0, true, []]);
  });
});
