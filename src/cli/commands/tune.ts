import { defineCommand, fixturesListOption, reportFormatOption, rulesOption } from "../command.ts";

export const tuneCommand = defineCommand({
  name: "tune",
  description: "Fit the weights of the domain rules to the labelled fixtures by cross-validation; writes a tuned copy.",
  details:
    'Fits the weights of the domain rules to the labelled fixtures; it never adds, removes or rewrites a condition, and keeps a fitted weight only where it wins more fixtures than the written one. The fit is checked by k-fold cross-validation (folds stratified by label, shuffled by --seed), then made on every fixture and written to --out: a copy of --rules whose only differences are those weights (in steps of 0.5, keeping their sign), so "valuechain diff --rules OUT --against RULES" shows what moves. Prints, before → after, cross-validated top-1, top-3, abstain accuracy, calibration error (ECE) and per-domain F1, and the gap between training and cross-validated top-1. The same seed gives the same output.',
  options: {
    out: { type: "string", valueName: "DIR", description: "where to write the tuned copy of --rules: a new or empty directory, outside --rules (required)" },
    rules: rulesOption,
    fixtures: fixturesListOption,
    folds: { type: "string", valueName: "N", default: "5", description: "cross-validation folds, at least 2" },
    seed: { type: "string", valueName: "N", default: "1", description: "the seed that shuffles the folds (a whole number, 0 or more)" },
    format: reportFormatOption,
  },
  examples: [
    { command: "tune --out tuned-rules", description: "fit the shipped rules' weights to the shipped fixtures, writing tuned-rules/" },
    { command: "tune --rules my-rules --fixtures my-fixtures --out tuned --folds 10 --seed 3 --format json", description: "your rules and fixtures, 10 folds, as JSON" },
  ],
  exitCodes: "0 tuned; 1 a fixture file is invalid or the rules do not load; 2 usage error.",
  run: async (args): Promise<number> => (await import("../tune.ts")).runTune(args),
});
