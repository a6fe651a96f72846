import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { CONFIDENCE_TERMS } from "../../src/core/confidence.ts";
import { copyRules } from "../helpers/rules-copy.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

/** Runs `npm run rules:calibrate` as written: the script with tsx, from the repository root. */
function calibrate(args: string[]) {
  return spawnSync(process.execPath, [TSX, "scripts/calibrate.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
}

/** The file's text with the values at `keys` cut out: what must stay as it was. */
function without(text: string, keys: string[]): string {
  const tree = parseTree(text)!;
  const spans = keys.map((k) => findNodeAtLocation(tree, [k])!).sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const s of spans) out = out.slice(0, s.offset) + "…" + out.slice(s.offset + s.length);
  return out;
}

describe("npm run rules:calibrate", () => {
  it("fits the confidence coefficients and a rising curve, rewrites only those two values, and gives the same file twice", () => {
    const rules = copyRules();
    const file = join(rules, "scoring.json");
    const before = readFileSync(file, "utf8");
    const run = calibrate(["--rules", rules, "fixtures", "fixtures/calibration"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^confidence fitted on \d+ named primary domains \(the curve on \d+\): bias -?[\d.]+, margin -?[\d.]+, evidence -?[\d.]+, afterLead -?[\d.]+, prior -?[\d.]+, words -?[\d.]+\ncalibration: \[\[0,0\],.*\]\n$/);
    const after = readFileSync(file, "utf8");
    expect(without(after, ["confidence", "calibration"])).toBe(without(before, ["confidence", "calibration"]));
    const scoring = JSON.parse(after);
    for (const term of CONFIDENCE_TERMS) expect(typeof scoring.confidence[term]).toBe("number");
    const curve: [number, number][] = scoring.calibration;
    expect(curve[0]).toEqual([0, 0]);
    expect(curve.every((p, i) => i === 0 || (p[0] > curve[i - 1]![0] && p[1] >= curve[i - 1]![1]))).toBe(true);
    expect(calibrate(["--rules", rules, "fixtures", "fixtures/calibration"]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(after);
  }, 240_000);

  it("needs a directory to fit the curve on", () => {
    const run = calibrate(["--rules", copyRules()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("Usage: npm run rules:calibrate -- [--rules RULES_DIR] CURVE_DIR [DIR...]\n");
  });
});
