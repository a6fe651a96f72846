import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { syntheticFixtures, syntheticRules } from "../helpers/synthetic.ts";

const rules = syntheticRules();
const fixtures = syntheticFixtures();
const newDir = () => join(mkdtempSync(join(tmpdir(), "vc-tune-")), "out");
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();

describe("valuechain tune", () => {
  it("writes a copy of the rules that differs only in numbers, and diff shows exactly those", async () => {
    const out = newDir();
    const r = await runCli(["tune", "--rules", rules, "--fixtures", fixtures, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("top-1                    0.556   0.889  +0.333");
    expect(r.stdout).toContain("  domains/synthetic.json  ai-infrastructure/gpu  0.5 → 4");
    expect(r.stdout).toContain("✔ Cross-validated top-1 rises 0.556 → 0.889");
    expect(files(out)).toEqual(files(rules));
    const before = readFileSync(join(rules, "domains/synthetic.json"), "utf8").split("\n");
    const after = readFileSync(join(out, "domains/synthetic.json"), "utf8").split("\n");
    const changed = after.filter((line, i) => line !== before[i]);
    expect(after).toHaveLength(before.length);
    for (const line of changed) expect(line).toMatch(/^ +"weight": [\d.]+,$/);
    expect(changed).toContain(`        "weight": 4,`);
    const d = await runCli(["diff", "--rules", out, "--against", rules, "--fixtures", fixtures, "--format", "json"]);
    const diff = JSON.parse(d.stdout);
    expect(diff.rules.added).toEqual([]);
    expect(diff.rules.removed).toEqual([]);
    for (const c of diff.rules.changed) for (const f of c.fields) expect(f).toMatch(/^event\.params\.weight: [\d.]+ → [\d.]+$/);
    expect(diff.rules.data).toEqual([]);
    expect(diff.fixed).toBe(24);
  });

  it("prints the same output and writes the same files for the same seed", async () => {
    const [a, b] = [newDir(), newDir()];
    const ra = await runCli(["tune", "--rules", rules, "--fixtures", fixtures, "--out", a, "--seed", "3", "--format", "json"]);
    const rb = await runCli(["tune", "--rules", rules, "--fixtures", fixtures, "--out", b, "--seed", "3", "--format", "json"]);
    expect(rb.stdout.replaceAll(b, a)).toBe(ra.stdout);
    for (const f of files(a)) expect(readFileSync(join(b, f))).toEqual(readFileSync(join(a, f)));
    expect(JSON.parse(ra.stdout)).toMatchObject({ fixtures: 72, folds: 5, seed: 3, overfits: false });
  });

  it.each([
    [["--out", rules], `--out ${rules} is the rules directory being tuned: give a new, empty directory`],
    [["--out", join(rules, "tuned")], `--out ${join(rules, "tuned")} is inside the rules directory ${rules}, whose files would then load with it: give a directory outside it`],
    [["--out", fixtures], `--out ${fixtures} is not empty: tune never overwrites files; give a new or empty directory`],
    [["--out", "x", "--folds", "1"], `--folds must be a whole number of at least 2, not "1"`],
    [["--out", "x", "--folds", "80"], "--folds 80 needs at least 80 labelled fixtures; there are 72"],
    [[], "tune needs --out DIR: a new directory for the tuned rules"],
  ])("refuses %j with exit 2", async (args, message) => {
    const r = await runCli(["tune", "--rules", rules, "--fixtures", fixtures, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\nRun "valuechain tune --help" for usage.\n`);
    expect(r.stdout).toBe("");
  });

  it("refuses fixtures that do not parse, naming file and line, and writes nothing", async () => {
    const bad = mkdtempSync(join(tmpdir(), "vc-bad-fixtures-"));
    writeFileSync(join(bad, "broken.jsonl"), '{"id":"a","input":{"description":"GPU cloud."},"expect":{"domains":["ai-infrastructure"]}}\n{"id":"b", "input":\n');
    const out = newDir();
    const r = await runCli(["tune", "--rules", rules, "--fixtures", fixtures, "--fixtures", bad, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^Invalid fixtures: fix them before tuning, or the fit would silently lose them\\.\\n✖ .*broken\\.jsonl:2: Not valid JSON: `));
    expect(() => readdirSync(out)).toThrow();
  });

  it("accepts an empty --out directory", async () => {
    const out = newDir();
    mkdirSync(out);
    expect((await runCli(["tune", "--rules", rules, "--fixtures", fixtures, "--out", out])).code).toBe(0);
  });
});

describe("valuechain suggest", () => {
  it("ranks the planted phrase first for its domain and edits nothing", async () => {
    const before = files(rules).map((f) => readFileSync(join(rules, f), "utf8"));
    const r = await runCli(["suggest", "--rules", rules, "--fixtures", fixtures, "--domain", "ai-saas", "--top", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "Phrases for ai-saas from 72 fixtures (Fightin' Words z against the other domains; fixtures the rules miss count twice):",
        "",
        "ai-saas",
        '  1. "meeting notes"  z 6.59  support 16  precision 1.000  misses 8  → new feature meeting-notes',
        "     examples: notes-b-0, notes-b-1, notes-b-2",
        '     lexicon.json, into features:  "meeting-notes": {"description":"Mentions meeting notes","phrases":["meeting notes"]}',
        '     domains/ai-saas.json, a new rule:  {"name":"ai-saas/meeting-notes","conditions":{"all":[{"fact":"features","operator":"contains","value":"meeting-notes"}]},"event":{"type":"score","params":{"domain":"ai-saas","weight":2,"reason":"Mentions meeting notes"}}}',
        "",
      ].join("\n"),
    );
    expect(files(rules).map((f) => readFileSync(join(rules, f), "utf8"))).toEqual(before);
  });

  it("lists suggestions as JSON", async () => {
    const r = await runCli(["suggest", "--rules", rules, "--fixtures", fixtures, "--domain", "ai-saas", "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.fixtures).toBe(72);
    expect(json.suggestions[0]).toMatchObject({ phrase: "meeting notes", z: 6.592 });
  });

  it.each([
    [["--domain", "ragg"], 'Unknown --domain "ragg": expected one of generative-ai, machine-learning, deep-learning, rag, ai-agents, mlops, ai-marketplaces, ai-infrastructure, ai-saas, ad-supported, data-monetization'],
    [["--top", "0"], '--top must be a whole number of at least 1, not "0"'],
    [["--fixtures", "/no/such/dir"], "Cannot read fixtures /no/such/dir: ENOENT"],
  ])("refuses %j with exit 2", async (args, message) => {
    const r = await runCli(["suggest", "--rules", rules, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\nRun "valuechain suggest --help" for usage.\n`);
  });
});
