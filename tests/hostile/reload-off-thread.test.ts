import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/index.ts";
import { createRulesHolder } from "../../src/http/rules-holder.ts";
import { readRulesDir } from "../../src/rules/files.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { copyRules } from "../helpers/rules-copy.ts";

describe("a reload validated on a worker thread (serve --watch)", () => {
  it("swaps in the same rule set a reload on the event loop would", async () => {
    const dir = copyRules();
    const holder = createRulesHolder({ rulesDir: dir });
    const before = holder.current()?.rulesVersion;
    const rules = ragRules(dir);
    rules[0]!.event.params.weight = 1.25;
    writeFileSync(join(dir, "domains/rag.json"), JSON.stringify(rules, null, 2));
    const outcome = await holder.reloadOffThread!(readRulesDir(dir));
    const want = loadRuleSet(dir).version;
    expect(want).not.toBe(before);
    expect(outcome).toEqual({ ok: true, version: want });
    expect(holder.current()!.rulesVersion).toBe(want);
    const input = { description: "Chat with your contracts: every answer links to the clause it comes from." };
    expect(holder.current()!.classifySync(input)).toEqual(createClassifier({ rulesDir: dir }).classifySync(input));
  }, 30_000);

  it("rejects a broken file with the issues a reload on the event loop gives, and keeps serving the last good set", async () => {
    const dir = copyRules();
    const holder = createRulesHolder({ rulesDir: dir });
    const good = holder.current()?.rulesVersion;
    writeFileSync(join(dir, "domains/rag.json"), '[{"name": "rag/broken", "conditions": {"all": []}, "event": {"type": "score", "params": {"domain": "nope", "weight": 1}}}]');
    const offThread = await holder.reloadOffThread!(readRulesDir(dir));
    const onLoop = createRulesHolder({ rulesDir: copyRules() });
    const sync = onLoop.reload(readRulesDir(dir));
    expect(sync.ok).toBe(false);
    expect(offThread).toEqual(sync);
    expect(offThread.ok ? [] : offThread.issues.map((i) => i.file)).toContain("domains/rag.json");
    expect(holder.current()!.rulesVersion).toBe(good);
    expect(holder.rejected!()).toEqual(offThread.ok ? undefined : offThread.issues);
  }, 30_000);

  it("runs reloads one after another, in the order they were asked for", async () => {
    const dir = copyRules();
    const holder = createRulesHolder({ rulesDir: dir });
    const first = readRulesDir(dir);
    const rules = ragRules(dir);
    rules[0]!.event.params.weight = 1.5;
    writeFileSync(join(dir, "domains/rag.json"), JSON.stringify(rules, null, 2));
    const second = readRulesDir(dir);
    const [a, b] = await Promise.all([holder.reloadOffThread!(first), holder.reloadOffThread!(second)]);
    expect(a.ok && b.ok && a.version !== b.version).toBe(true);
    expect(holder.current()!.rulesVersion).toBe(b.ok ? b.version : "");
  }, 30_000);
});

/** domains/rag.json of a rules directory, to edit. */
function ragRules(dir: string): { event: { params: { weight: number } } }[] {
  return JSON.parse(readFileSync(join(dir, "domains/rag.json"), "utf8"));
}
