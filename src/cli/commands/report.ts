import { defineCommand, fixturesOption, reportFormatOption, rulesOption } from "../command.ts";

export const reportCommand = defineCommand({
  name: "report",
  description: "How each rule behaves on the labelled fixtures: coverage, precision, overlaps, conflicts; suspected mislabels.",
  details:
    "Snorkel's labelling-function analysis: per rule, its coverage (share of fixtures it fires on), correct and incorrect firings against the labels, precision, overlaps and conflicts with other rules; per domain pair, how often their rules fire on the same fixture; failing fixtures, by id with file:line; fixtures no domain rule covers; rules no fixture exercises; and suspected mislabels (failing fixtures whose label is contradicted by rules that are precise on every other fixture).",
  options: { fixtures: fixturesOption, rules: rulesOption, format: reportFormatOption },
  examples: [
    { command: "report", description: "the shipped rules on the shipped fixtures" },
    { command: "report --fixtures my-fixtures --format json", description: "your fixtures, as JSON for a script" },
  ],
  exitCodes: "0 nothing to look at; 1 failing, invalid or uncovered fixtures, unexercised rules or suspected mislabels; 2 usage error.",
  run: async (args): Promise<number> => (await import("../report.ts")).runReport(args),
});
