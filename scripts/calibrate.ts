// Fits the confidence calibration curve of rules/scoring.json to labelled fixtures (a tuning corpus,
// never the held-out part): `npm run --silent rules:calibrate -- DIR`. Each named primary domain's raw
// confidence (the curve set to identity) is paired with whether it was right; see fitCalibration.
import { readFileSync, writeFileSync } from "node:fs";
import { classifyWithPipeline, createPipeline } from "../src/core/pipeline.ts";
import { fitCalibration } from "../src/eval/calibration.ts";
import { judge } from "../src/eval/evaluate.ts";
import { loadFixtures } from "../src/eval/fixtures.ts";
import { loadRuleSet } from "../src/rules/load.ts";

const dir = process.argv[2];
if (dir === undefined) throw new Error("Usage: tsx scripts/calibrate.ts FIXTURES_DIR");
const ruleSet = loadRuleSet();
const pipeline = createPipeline({ ...ruleSet, scoring: { ...ruleSet.scoring, calibration: [[0, 0], [1, 1]] } });
const pairs: { raw: number; correct: boolean }[] = [];
for (const located of loadFixtures(dir).fixtures) {
  const result = classifyWithPipeline(pipeline, located.fixture.input);
  if (result.primaryDomain !== null) pairs.push({ raw: result.confidence, correct: judge(located, result).primaryOk });
}
const curve = fitCalibration(pairs);
const file = new URL("../rules/scoring.json", import.meta.url);
const scoring = JSON.parse(readFileSync(file, "utf8"));
scoring.calibration = curve;
writeFileSync(file, `${JSON.stringify(scoring, null, 2)}\n`);
console.log(`calibration fitted on ${pairs.length} named primary domains: ${JSON.stringify(curve)}`);
