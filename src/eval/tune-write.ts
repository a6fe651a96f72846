import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { JSONPath } from "jsonc-parser";
import { replaceJsonValues } from "../json-edit.ts";
import type { RuleSet } from "../rules/load.ts";
import { SCORING_FILE } from "../rules/load.ts";
import type { Numbers } from "./firing.ts";

/** Why an output directory may not receive tuned rules, or null when it may. */
export function outDirProblem(rulesDir: string, outDir: string): string | null {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const rules = real(rulesDir);
  const out = real(outDir);
  if (out === rules) return `--out ${outDir} is the rules directory being tuned: give a new, empty directory`;
  const inside = relative(rules, out);
  if (!inside.startsWith("..") && !isAbsolute(inside)) return `--out ${outDir} is inside the rules directory ${rulesDir}, whose files would then load with it: give a directory outside it`;
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) return `--out ${outDir} exists and is not a directory`;
    if (readdirSync(outDir).length > 0) return `--out ${outDir} is not empty: tune never overwrites files; give a new or empty directory`;
  }
  return null;
}

/** Replaces the numbers at JSON paths in a file's text, leaving every other byte as it was. */
function replaceNumbers(text: string, edits: { path: JSONPath; value: number }[]): string {
  return replaceJsonValues(text, edits.map(({ path, value }) => ({ path, text: String(value), type: "number" })));
}

/**
 * Copies the rules directory to outDir and writes the tuned numbers into the copy, number by number,
 * so the two directories differ in those numbers and nothing else (not even whitespace).
 */
export function writeTunedRules(ruleSet: RuleSet, rulesDir: string, outDir: string, numbers: Numbers): void {
  mkdirSync(outDir, { recursive: true });
  cpSync(rulesDir, outDir, { recursive: true });
  const edits = new Map<string, { path: JSONPath; value: number }[]>();
  const add = (file: string, path: JSONPath, value: number) => edits.set(file, [...(edits.get(file) ?? []), { path, value }]);
  ruleSet.rules.forEach((r, i) => {
    if (numbers.weights[i] !== r.json.event.params.weight) add(r.file, [r.index, "event", "params", "weight"], numbers.weights[i]!);
  });
  for (const key of ["scale", "abstainBelow", "withoutAiSignalBelow"] as const) {
    if (numbers.scoring[key] !== ruleSet.scoring[key]) add(SCORING_FILE, [key], numbers.scoring[key]);
  }
  for (const [file, list] of edits) {
    const path = join(outDir, file);
    writeFileSync(path, replaceNumbers(readFileSync(path, "utf8"), list));
  }
}
