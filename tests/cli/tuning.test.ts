import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

describe("valuechain lint", () => {
  it("passes on the shipped rules", async () => {
    const r = await runCli(["lint"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ rules: 215 rules, version [0-9a-f]{12}, no problems\n$/);
  });

  it("names the file, JSON path and operator of a rule changed to notAnOperator, and exits 1", async () => {
    const dir = copyRules();
    editJson(dir, "domains/rag.json", (r) => (r[1].conditions.all[0].operator = "notAnOperator"));
    const r = await runCli(["lint", "--rules", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `✖  domains/rag.json  [1].conditions.all[0].operator  Unknown operator "notAnOperator": expected one of contains, doesNotContain, in, notIn, equal, notEqual\n\n` +
        `✖ 1 problem in 1 file of ${dir}: this rule set cannot be used\n`,
    );
  });

  it("lists every problem at once, as JSON for scripts", async () => {
    const dir = copyRules();
    editJson(dir, "domains/rag.json", (r) => {
      r[0].conditions.all[0].fact = "revenue";
      r[2].name = r[1].name;
      r[3].conditions.all.push({ fact: "features", operator: "doesNotContain", value: r[3].conditions.all[0].value });
    });
    editJson(dir, "lexicon.json", (l) => l.features["enterprise-search"].phrases.push("vector databases"));
    writeFileSync(join(dir, "extra.json"), '[{"constructor": {}}]');
    const r = await runCli(["lint", "--rules", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e: { file: string; path: string }) => `${e.file} ${e.path}`)).toEqual([
      "extra.json [0].constructor",
      expect.stringMatching(/^lexicon\.json features\.enterprise-search\.phrases\[\d+\]$/),
      "domains/rag.json [0].conditions.all[0].fact",
      "domains/rag.json [2].name",
      "domains/rag.json [3].conditions.all[2]",
      "extra.json [0].name",
      "extra.json [0].conditions",
      "extra.json [0].event",
      "extra.json [0]",
    ]);
  });

  it.each([
    ["a second lexicon feature of the same name", "lexicon.json", '"vector-db": {', '"vector-db": { "phrases": ["vector thing"] },\n  "vector-db": {', "✖  lexicon.json  features.vector-db  Duplicate key \"vector-db\": only the last would be kept (lines LINE and NEXT)"],
    ["a key written twice in a rule", "domains/rag.json", '"name": "rag/vector-db",', '"name": "rag/vector-db", "name": "rag/vector-db-2",', "✖  domains/rag.json  [1].name  Duplicate key \"name\": only the last would be kept (lines LINE and LINE)"],
    ["an unknown feature", "domains/rag.json", '"value": "vector-db"', '"value": "vectr-db"', "✖  domains/rag.json  [1].conditions.all[0].value  Unknown feature (not in lexicon.json) \"vectr-db\" — did you mean \"vector-db\"?"],
    ["an unknown domain", "domains/rag.json", '"domain": "rag"', '"domain": "rga"', "✖  domains/rag.json  [0].event.params.domain  Unknown value \"rga\": expected one of generative-ai, machine-learning, deep-learning, rag, ai-agents, mlops, ai-marketplaces, ai-infrastructure, ai-saas, ad-supported, data-monetization — did you mean \"rag\"?"],
  ])("fails on %s, naming file, JSON path and the fix", async (_, file, from, to, line) => {
    const dir = copyRules();
    const text = readFileSync(join(dir, file), "utf8");
    writeFileSync(join(dir, file), text.replace(from, to));
    const at = text.slice(0, text.indexOf(from)).split("\n").length; // the line the edit is on
    const r = await runCli(["lint", "--rules", dir]);
    expect(r.code).toBe(1);
    const expected = line.replace("LINE", String(at)).replace("LINE", String(at)).replace("NEXT", String(at + 1));
    expect(r.stdout).toBe(`${expected}\n\n✖ 1 problem in 1 file of ${dir}: this rule set cannot be used\n`);
  });

  it("warns about a feature no rule reads without failing", async () => {
    const dir = copyRules();
    editJson(dir, "lexicon.json", (l) => (l.features["frobnication"] = { phrases: ["frobnicator"] }));
    const r = await runCli(["lint", "--rules", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('⚠  lexicon.json  features.frobnication  Feature "frobnication" is read by no rule nor by scoring.json, so its phrases change nothing');
    expect(r.stdout).toContain("no problems, 1 warning");
  });
});

describe("valuechain report", () => {
  it("covers every rule on the shipped fixtures and finds nothing to look at", async () => {
    const r = await runCli(["report", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rules).toHaveLength(215);
    expect(report.unexercised).toEqual([]);
    expect(report.uncovered).toEqual([]);
    expect(report.suspects).toEqual([]);
    const vectorDb = report.rules.find((s: { rule: string }) => s.rule === "rag/vector-db");
    expect(vectorDb.target).toEqual({ kind: "domain", id: "rag", weight: 6 });
    expect(vectorDb.fires).toBe(vectorDb.correct + vectorDb.incorrect);
    expect(vectorDb.precision).toBe(Math.round((vectorDb.correct / vectorDb.fires) * 1000) / 1000);
    expect(vectorDb.coverage).toBe(Math.round((vectorDb.fires / report.fixtures) * 1000) / 1000);
  });

  it("lists failing fixtures by id with file:line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vc-fixtures-"));
    writeFileSync(
      join(dir, "mine.jsonl"),
      [
        '{"id":"gpu","input":{"description":"We rent H100 clusters by the hour to AI labs."},"expect":{"domains":["ai-infrastructure"]}}',
        '{"id":"mislabelled","input":{"description":"Vector database for LLM apps."},"expect":{"domains":["mlops"]}}',
      ].join("\n"),
    );
    const r = await runCli(["report", "--fixtures", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Failing fixtures \(validate shows why\):\n {2}✖ mislabelled \(\S+mine\.jsonl:2\) primary domain: expected mlops, got rag\n\nRules on 2 fixtures/);
    expect(r.stdout.endsWith("\n✖ see above\n")).toBe(true);
    const json = JSON.parse((await runCli(["report", "--fixtures", dir, "--format", "json"])).stdout);
    expect(json.failures).toEqual([{ id: "mislabelled", at: `${join(dir, "mine.jsonl")}:2`, problem: "primary domain: expected mlops, got rag" }]);
  });

  it("prints the rule table, the domain-pair matrix and exits 1 on a suspected mislabel", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vc-fixtures-"));
    const lines = ["Vector database for LLM apps.", "A vector DB for LLM apps.", "Open-source vector database for LLM apps.", "Managed vector database for LLM apps."].map(
      (d, i) => JSON.stringify({ id: `v${i}`, input: { description: d }, expect: { domains: ["rag"] } }),
    );
    lines.push(JSON.stringify({ id: "wrong", input: { description: "Vector database for LLM apps, hosted." }, expect: { domains: ["mlops"] } }));
    writeFileSync(join(dir, "a.jsonl"), `${lines.join("\n")}\n`);
    const r = await runCli(["report", "--fixtures", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^rule\s+target\s+weight\s+fires\s+coverage\s+correct\s+incorrect\s+precision\s+overlaps\s+conflicts$/m);
    expect(r.stdout).toMatch(/^rag\/vector-db\s+domain rag\s+6\s+5\s+1\.000\s+4\s+1\s+0\.800\s+1\.000\s+1\.000$/m);
    expect(r.stdout).toMatch(/^rag\s+0\s+0\s+0\s+·/m);
    expect(r.stdout).toContain(
      `  ? wrong (${join(dir, "a.jsonl")}:5) labelled mlops, classifier says rag, rules say rag: rag/vector-db (precision 1.000 on 4 others), rag/framework (precision 1.000 on 4 others)`,
    );
  });
});

describe("valuechain diff", () => {
  it("prints what one changed weight does, and exits 1 when fixtures regress", async () => {
    // The rules alone, without the learned domain prior, which would settle the close call this weight makes.
    const [base, dir] = [copyRules(), copyRules()];
    for (const d of [base, dir]) rmSync(join(d, "domain-prior.json"));
    editJson(dir, "domains/rag.json", (r) => (r.find((x: { name: string }) => x.name === "rag/vector-db").event.params.weight = 1));
    // Only the article's own companies, so the figures do not move whenever a fixture file grows.
    const fixtures = mkdtempSync(join(tmpdir(), "vc-fixtures-"));
    copyFileSync("fixtures/article-examples.jsonl", join(fixtures, "article-examples.jsonl"));
    const r = await runCli(["diff", "--rules", dir, "--against", base, "--fixtures", fixtures]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Rule changes:\n  ~ rag/vector-db: event.params.weight: 6 → 1\n");
    expect(r.stdout).toContain(`Fixtures whose answer changes (1):\n  weaviate (${join(fixtures, "article-examples.jsonl")}:12)  ✖ now fails\n      primary domain   rag → ai-infrastructure\n`);
    expect(r.stdout).toContain("Metrics that change (6 of 39; --format json lists all):\n");
    expect(r.stdout).toMatch(/^rag recall\s+1\.000\s+0\.500\s+-0\.500$/m);
    expect(r.stdout).toMatch(/^passed\s+29\s+28\s+-1$/m);
    expect(r.stdout).not.toContain("abstain accuracy");
    expect(r.stdout).toContain("✖ 1 fixture now fails, 0 now pass\n");
  });

  it("says nothing changed for identical rules, as JSON", async () => {
    const r = await runCli(["diff", "--against", copyRules(), "--format", "json"]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.before).toBe(d.after);
    expect(d.changes).toEqual([]);
    expect(d.rules).toEqual({ added: [], removed: [], changed: [], data: [] });
    expect(d.metrics.every((m: { change: number | null }) => m.change === 0 || m.change === null)).toBe(true);
  });

  it("needs --against", async () => {
    const r = await runCli(["diff"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Missing --against DIR: the rules to compare with (the old ones)\nRun "valuechain diff --help" for usage.\n');
  });
});

describe("validate on fixtures/invalid", () => {
  it("reports every broken fixture with file, line and path", async () => {
    const r = await runCli(["validate", "--fixtures", "fixtures/invalid"]);
    expect(r.code).toBe(1);
    const f = "fixtures/invalid/broken-fixtures.jsonl";
    expect(r.stdout).toContain(
      [
        "Invalid fixtures:",
        `✖ ${f}:2: Not valid JSON: Expected ',' or '}' after property value in JSON at position 54`,
        `✖ ${f}:3: expect.domains[0]: Unknown value "vector-stuff": expected one of generative-ai, machine-learning, deep-learning, rag, ai-agents, mlops, ai-marketplaces, ai-infrastructure, ai-saas, ad-supported, data-monetization`,
        `✖ ${f}:4: expect: Required: expected an object`,
        `✖ ${f}:5: Duplicate fixture id "ok" (first at ${f}:1)`,
        `✖ ${f}:6: input: Empty input: give a description, answers, or both`,
        `✖ ${f}:7: input.answers.offerings[0]: Unknown value "telepathy": expected one of api, saas, platform, agent, marketplace, consumer-app, hardware, compute, dataset, consulting, open-source`,
        `✖ ${f}:7: expect.stages[0]: Unknown value "training": expected one of data, model, deployment, monetization`,
        `✖ ${f}:8: expect: Duplicate key "expect": only the last would be kept`,
      ].join("\n"),
    );
  });
});
