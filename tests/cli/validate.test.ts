import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

function fixturesDir(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "vc-fixtures-"));
  writeFileSync(join(dir, "a.jsonl"), lines.join("\n") + "\n");
  return dir;
}

describe("valuechain validate", () => {
  it("passes on the shipped fixtures and prints the metrics", async () => {
    const r = await runCli(["validate"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^domain\s+precision\s+recall\s+f1\s+support$/m);
    expect(r.stdout).toMatch(/^generative-ai\s+1\.000\s+1\.000\s+1\.000\s+\d+$/m);
    expect(r.stdout).toContain("Confusion (rows: expected primary, columns: got):");
    expect(r.stdout).toContain("✔ every fixture passes");
    expect(r.stdout).toMatch(/^Reliability \(named primary domains by confidence\):\nconfidence\s+predictions\s+mean confidence\s+accuracy\n0\.0–0\.2 /m);
    // The curve is fitted to directory one-liners, right two times in three at best: the shipped
    // fixtures, all right, sit under it; those with a wide margin and much evidence reach 0.8.
    expect(r.stdout).toMatch(/^0\.6–0\.8\s+\d+\s+0\.\d{3}\s+1\.000$/m);
    expect(r.stdout).toMatch(/^0\.8–1\.0\s+\d+\s+0\.8\d{2}\s+1\.000$/m);
    expect(r.stdout).toMatch(/^expected calibration error 0\.\d{3}, accuracy at confidence ≥ 0\.8 1\.000$/m);
  });

  it("checks the abstain reason a fixture expects", async () => {
    const dir = fixturesDir([
      '{"id":"why","input":{"description":"A bakery that plans its ovens with AI."},"expect":{"domains":[],"abstain":"no-ai-signal"}}',
    ]);
    const r = await runCli(["validate", "--fixtures", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("    primary domain: expected abstain (no-ai-signal), got abstain (ai-used-internally)");
  });

  it("shows expected vs got with reasons for a failing fixture, and exits 1", async () => {
    const dir = fixturesDir([
      '{"id":"wrong","input":{"description":"Vector database for LLM apps."},"expect":{"domains":["mlops"],"revenueModels":["advertising"]}}',
    ]);
    const r = await runCli(["validate", "--fixtures", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✖ wrong (");
    expect(r.stdout).toContain("    primary domain: expected mlops, got rag");
    expect(r.stdout).toContain('      rag 0.895: rag/vector-db ["Vector database"]; rag/framework ["LLM apps"]');
    expect(r.stdout).toContain("    stated revenue models: missing advertising (got none)");
  });

  it("reports a bad fixture with its file and line", async () => {
    const dir = fixturesDir([
      '{"id":"ok","input":{"description":"GPU cloud."},"expect":{"domains":["ai-infrastructure"]}}',
      "{not json",
      '{"id":"bad","input":{"description":"x"},"expect":{"domains":["crypto"]}}',
    ]);
    const r = await runCli(["validate", "--fixtures", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.problems).toEqual([
      { file: expect.stringMatching(/a\.jsonl$/), line: 2, message: expect.stringMatching(/^Not valid JSON: /) },
      { file: expect.stringMatching(/a\.jsonl$/), line: 3, message: expect.stringMatching(/^expect\.domains\[0\]: Unknown value "crypto": expected one of generative-ai, /) },
    ]);
    expect(report.metrics.fixtures).toBe(1);
  });

  it("reads one .jsonl file, and a symbolic link to one inside a directory", async () => {
    const file = join(fixturesDir(['{"id":"one","input":{"description":"We rent H100 GPU clusters by the hour."},"expect":{"domains":["ai-infrastructure"]}}']), "a.jsonl");
    const byFile = await runCli(["validate", "--fixtures", file]);
    expect(byFile.code).toBe(0);
    expect(byFile.stdout).toContain("fixtures 1, passed 1, failed 0");
    const linked = mkdtempSync(join(tmpdir(), "vc-linked-"));
    symlinkSync(file, join(linked, "linked.jsonl"));
    const byLink = await runCli(["validate", "--fixtures", linked]);
    expect(byLink.code).toBe(0);
    expect(byLink.stdout).toContain("fixtures 1, passed 1, failed 0");
  });

  it("exit 2 for a directory with no fixture file, naming it", async () => {
    const empty = mkdtempSync(join(tmpdir(), "vc-empty-"));
    mkdirSync(join(empty, "sub"));
    const r = await runCli(["validate", "--fixtures", empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`No fixture files (*.jsonl) in ${empty}\nRun "valuechain validate --help" for usage.\n`);
  });

  it("exit 2 for a bad --format", async () => {
    const r = await runCli(["validate", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown --format "xml": expected table or json');
  });
});
