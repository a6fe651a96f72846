import { defineCommand, engineOption, fixturesOption, reportFormatOption, rulesOption } from "../command.ts";

export const validateCommand = defineCommand({
  name: "validate",
  description: "Run the labelled fixtures: failures with reasons, per-domain precision and recall, a confusion matrix.",
  options: { fixtures: fixturesOption, rules: rulesOption, format: reportFormatOption, engine: engineOption },
  examples: [
    { command: "validate", description: "the shipped rules on the shipped fixtures" },
    { command: "validate --rules my-rules --fixtures my-fixtures --format json", description: "your rules on your fixtures, as JSON for a script" },
  ],
  exitCodes: "0 every fixture passes; 1 some fixture fails or a fixture file is invalid; 2 usage error.",
  run: async (args): Promise<number> => (await import("../validate.ts")).runValidate(args),
});
