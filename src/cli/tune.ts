import { parseArgs } from "node:util";
import { displayPath } from "../errors.ts";
import { DEFAULT_FIXTURES_DIR } from "../eval/fixtures.ts";
import { OVERFIT_GAP, tune, type TuneResult, type TuneScores } from "../eval/tune.ts";
import { outDirProblem, writeTunedRules } from "../eval/tune-write.ts";
import { DEFAULT_RULES_DIR, loadRuleSet } from "../rules/load.ts";
import { DOMAIN_IDS } from "../schemas/ids.ts";
import { EXIT, UsageError } from "./errors.ts";
import { parseCount, readFixtureDirs } from "./fixture-dirs.ts";
import { writeOut } from "./io.ts";
import { createStyle, fmt, renderTable, type Style } from "./style.ts";
import { parseFormat, renderProblems } from "./validate.ts";

export const tuneUsage = `Usage: valuechain tune --out DIR [--rules DIR] [--fixtures DIR]... [--folds 5] [--seed 1] [--format table|json]

Fits the weights of the domain rules to the labelled fixtures; it never adds, removes or rewrites a
condition, and keeps a fitted weight only where it wins more fixtures than the written one. The fit is
checked by k-fold cross-validation (folds stratified by label, shuffled by --seed), then made on every
fixture and written to --out: a copy of --rules whose only differences are those weights (in steps of
0.5, keeping their sign), so "valuechain diff --rules OUT --against RULES" shows what moves.
Prints, before → after, cross-validated top-1, top-3, abstain accuracy, calibration error (ECE) and
per-domain F1, and the gap between training and cross-validated top-1. The same seed gives the same output.
--fixtures may be given more than once. --out must be new or empty, and outside --rules.
Exit 0 when tuned, 1 when a fixture file is invalid or the rules do not load, 2 on a usage error.`;

const sign = (x: number) => `${x > 0 ? "+" : ""}${x.toFixed(3)}`;

function scoreRows(before: TuneScores, after: TuneScores): string[][] {
  const row = (name: string, a: number | null, b: number | null) => [name, fmt(a), fmt(b), a === null || b === null ? "–" : sign(b - a)];
  return [
    ["", "before", "after", "change"],
    row("top-1", before.top1, after.top1),
    row("top-3", before.top3, after.top3),
    row("abstain accuracy", before.abstainAccuracy, after.abstainAccuracy),
    row("calibration error (ECE)", before.calibrationError, after.calibrationError),
    ...DOMAIN_IDS.map((d) => row(`f1 ${d}`, before.f1[d], after.f1[d])),
  ];
}

export function renderTune(r: TuneResult, rulesDir: string, outDir: string, style: Style): string {
  const parts = [
    `Tuned ${displayPath(rulesDir)} on ${r.fixtures} fixtures: ${r.folds}-fold cross-validation, seed ${r.seed}. "before" is the written numbers, "after" each fold's fitted numbers on the fold held out.`,
    renderTable(scoreRows(r.before, r.after)),
    `Training top-1 ${fmt(r.trainTop1)}, cross-validated ${fmt(r.after.top1)}: gap ${fmt(r.gap)}`,
  ];
  if (r.overfits) parts.push(style.yellow(`⚠ The gap exceeds ${OVERFIT_GAP}: the numbers fit these fixtures better than new ones; add fixtures before trusting them.`));
  const changes = r.changes.map((c) => [`  ${c.file}`, c.name.startsWith("scoring.json: ") ? c.name.slice(14) : c.name, `${c.from} → ${c.to}`]);
  parts.push(`Numbers changed (${r.changes.length}), written to ${displayPath(outDir)}:\n${changes.length ? renderTable(changes) : "  none"}`);
  const delta = r.after.top1 - r.before.top1;
  const verdict =
    delta > 0
      ? style.green(`✔ Cross-validated top-1 rises ${fmt(r.before.top1)} → ${fmt(r.after.top1)}`)
      : style.yellow(`⚠ Cross-validated top-1 does not rise (${fmt(r.before.top1)} → ${fmt(r.after.top1)}): keep the written numbers`);
  const reach = `${r.outOfReach} of ${r.fixtures} fixtures are out of reach of numbers: no rule for a domain they accept fires on them. "valuechain suggest" proposes phrases for them.`;
  parts.push(`${verdict}\n${reach}\nReview: valuechain diff --rules ${displayPath(outDir)} --against ${displayPath(rulesDir)}`);
  return `${parts.join("\n\n")}\n`;
}

export async function runTune(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { rules: { type: "string" }, fixtures: { type: "string", multiple: true }, out: { type: "string" }, folds: { type: "string" }, seed: { type: "string" }, format: { type: "string" } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
  const format = parseFormat(values.format);
  if (values.out === undefined) throw new UsageError("tune needs --out DIR: a new directory for the tuned rules");
  const folds = parseCount("folds", values.folds, 5, 2);
  const seed = parseCount("seed", values.seed, 1, 0);
  const rulesDir = values.rules ?? DEFAULT_RULES_DIR;
  const refusal = outDirProblem(rulesDir, values.out);
  if (refusal !== null) throw new UsageError(refusal);
  const ruleSet = loadRuleSet(rulesDir);
  const { fixtures, problems } = readFixtureDirs(values.fixtures ?? [DEFAULT_FIXTURES_DIR]);
  if (problems.length > 0) {
    process.stderr.write(`Invalid fixtures: fix them before tuning, or the fit would silently lose them.\n${renderProblems(problems, createStyle(process.stderr))}\n`);
    return EXIT.failures;
  }
  if (fixtures.length < folds) throw new UsageError(`--folds ${folds} needs at least ${folds} labelled fixtures; ${fixtures.length === 1 ? "there is 1" : `there are ${fixtures.length}`}`);
  const result = tune(ruleSet, fixtures, { folds, seed });
  writeTunedRules(ruleSet, rulesDir, values.out, result.numbers);
  if (format === "json") {
    const { before, after, trainTop1, gap, overfits, outOfReach, changes } = result;
    await writeOut(`${JSON.stringify({ rules: displayPath(rulesDir), out: displayPath(values.out), fixtures: fixtures.length, folds, seed, before, after, trainTop1, gap, overfits, outOfReach, changes }, null, 2)}\n`);
  } else await writeOut(renderTune(result, rulesDir, values.out, createStyle()));
  return EXIT.ok;
}
