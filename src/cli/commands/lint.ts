import { defineCommand, reportFormatOption, rulesOption } from "../command.ts";

export const lintCommand = defineCommand({
  name: "lint",
  description: "Check a rules directory: every problem at once, each with its file and JSON path.",
  details:
    "Schema errors, duplicate keys, unknown facts, operators, features and ids (with the nearest known one), duplicate rule names, rules that can never fire, lexicon phrases claimed by two features, __proto__/constructor keys. These are the loader's own checks: a rule set that fails lint is never used by classify, batch or serve. Warnings (features no rule reads, ids no rule scores, phrases that match everyday words, phrases written across a comma or another clause break, which never match) are listed too but do not fail.",
  options: { rules: rulesOption, format: reportFormatOption },
  examples: [
    { command: "lint", description: "check the shipped rules" },
    { command: "lint --rules my-rules --format json", description: "check a copy you edited, as JSON for a script" },
  ],
  exitCodes: "0 the rule set is valid (warnings allowed); 1 it has errors; 2 usage error.",
  run: async (args): Promise<number> => (await import("../lint.ts")).runLint(args),
});
