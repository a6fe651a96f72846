import { cpSync, readdirSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RuleSetError } from "../../src/errors.ts";
import { DEFAULT_RULES_DIR, loadRuleSet } from "../../src/rules/load.ts";
import { leanJson } from "../../src/rules/files.ts";

/** A fresh copy of the shipped rules in a temp directory, to break or change in a test. */
export function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), "valuechain-rules-"));
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  return dir;
}

/** Edits one JSON file of a rules copy in place. */
export function editJson(dir: string, file: string, edit: (json: any) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, "utf8"));
  edit(json);
  // As train-signal writes the learned files: re-indented, domain-prior.json would pass the rules-file size limit.
  writeFileSync(path, leanJson(json));
}

/** The layout kubelet makes of a ConfigMap: files in a timestamped directory, ..data linking to it, and a link per entry. */
export function mountLikeConfigMap(): string {
  const source = copyRules();
  const dir = copyRules();
  rmSync(dir, { recursive: true });
  mkdirSync(dir);
  cpSync(source, join(dir, "..2026_a"), { recursive: true });
  symlinkSync("..2026_a", join(dir, "..data"));
  for (const name of readdirSync(source)) symlinkSync(join("..data", name), join(dir, name));
  return dir;
}

/** The issues loadRuleSet reports for a rules directory (the test fails when it loads). */
export function loadIssues(dir: string) {
  try {
    loadRuleSet(dir);
  } catch (err) {
    if (err instanceof RuleSetError) return err.issues;
    throw err;
  }
  throw new Error("expected a RuleSetError");
}
