// Fits the confidence of rules/scoring.json to labelled fixtures (tuning data, never a held-out part):
// `npm run --silent rules:calibrate -- [--rules RULES_DIR] CURVE_DIR [DIR...]`. Each named primary
// domain gives its confidence signals and whether it was right. The `confidence` model's
// coefficients are fitted to those of every directory (fitLogistic), from zero so that the same data
// give the same file; the calibration curve to the model's raw values on the first directory alone
// (fitCalibration), the hardest source (the corpus's tuning part), so that a confidence claims no
// more than it holds there.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scriptArgs } from "./args.ts";
import { CONFIDENCE_TERMS, confidenceInputs, rawConfidence, type ConfidenceModel, type ConfidenceSignals } from "../src/core/confidence.ts";
import { analyse, createPipeline, finish, scoreContext } from "../src/core/pipeline.ts";
import { primarySignals, rankFired } from "../src/core/score.ts";
import { fitCalibration, fitLogistic } from "../src/eval/calibration.ts";
import { judge } from "../src/eval/evaluate.ts";
import { loadFixtures } from "../src/eval/fixtures.ts";
import { runCompiled } from "../src/rules/compile.ts";
import { DEFAULT_RULES_DIR, loadRuleSet } from "../src/rules/load.ts";
import { replaceJsonValues } from "../src/json-edit.ts";

const USAGE = "Usage: npm run rules:calibrate -- [--rules RULES_DIR] CURVE_DIR [DIR...]";
const { values, positionals: dirs } = scriptArgs({ options: { rules: { type: "string" } }, allowPositionals: true }, USAGE);
if (dirs.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const rulesDir = values.rules ?? DEFAULT_RULES_DIR;
const ruleSet = loadRuleSet(rulesDir);
const pipeline = createPipeline(ruleSet);
const rows: { signals: ConfidenceSignals; correct: boolean; curve: boolean }[] = [];
for (const located of dirs.flatMap((dir, i) => loadFixtures(dir).fixtures.map((f) => ({ ...f, curve: i === 0 })))) {
  const analysis = analyse(pipeline, located.fixture.input);
  if (analysis.abstain !== undefined) continue;
  const fired = runCompiled(pipeline.compiled, analysis.facts);
  const ctx = scoreContext(pipeline, analysis);
  const { ranked, primary } = rankFired(pipeline.tables, fired, ctx);
  if (primary === undefined) continue;
  const correct = judge(located, finish(pipeline, analysis, fired)).primaryOk;
  rows.push({ signals: primarySignals(pipeline.tables, primary, ranked, ctx), correct, curve: located.curve });
}
const written = ruleSet.scoring.confidence;
const coefficients = fitLogistic(
  rows.map((r) => ({ inputs: confidenceInputs(written, r.signals), correct: r.correct })),
  CONFIDENCE_TERMS.map(() => 0),
);
const model: ConfidenceModel = { ...written };
CONFIDENCE_TERMS.forEach((term, i) => (model[term] = coefficients[i]!));
const curve = fitCalibration(rows.filter((r) => r.curve).map((r) => ({ raw: rawConfidence(model, r.signals), correct: r.correct })));
const file = join(rulesDir, "scoring.json");
// Only the two fitted values are rewritten; the rest of the file keeps its layout.
const indented = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, "\n  ");
writeFileSync(
  file,
  replaceJsonValues(readFileSync(file, "utf8"), [
    { path: ["confidence"], text: indented(model), type: "object" },
    { path: ["calibration"], text: indented(curve), type: "array" },
  ]),
);
console.log(`confidence fitted on ${rows.length} named primary domains (the curve on ${rows.filter((r) => r.curve).length}): ${CONFIDENCE_TERMS.map((t) => `${t} ${model[t]}`).join(", ")}`);
console.log(`calibration: ${JSON.stringify(curve)}`);
