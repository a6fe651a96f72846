import { defineCommand, fixturesOption, reportFormatOption, rulesOption } from "../command.ts";

export const diffCommand = defineCommand({
  name: "diff",
  description: "What a rule change does to the fixtures: the rules that changed, answers that move, every metric.",
  details:
    "Runs the fixtures on the old rules (--against) and the new ones (--rules) and lists the rules that changed, every fixture whose primary domain, stages or stated revenue models move (old → new), and the change in every metric of validate.",
  options: {
    against: { type: "string", valueName: "DIR", path: "dir", required: true, description: "the rules to compare with (the old ones)" },
    rules: rulesOption,
    fixtures: fixturesOption,
    format: reportFormatOption,
  },
  examples: [
    { command: "diff --rules my-rules --against rules", description: "what your edited copy changes, against the shipped rules" },
    { command: "diff --rules my-rules --against rules --format json", description: "the same as JSON, every metric included" },
  ],
  exitCodes: "0 no fixture that passed before fails now; 1 some do, or a fixture file is invalid; 2 usage error.",
  run: async (args): Promise<number> => (await import("../diff.ts")).runDiff(args),
});
