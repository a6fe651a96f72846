import { defineCommand, engineOption, rulesOption } from "../command.ts";

export const classifyCommand = defineCommand({
  name: "classify",
  description: "Classify one company: its description (an argument or stdin) and/or structured --answers.",
  details: 'Prints a readable summary (primary domain and confidence, every domain, stage and revenue model with the reason and the words that led to it), or with --json the Classification itself. With --ask, an unsure result (too little evidence, or two domains close) is followed by up to three questions, such as "How do you charge?", whose choices were each measured by classifying again with that answer.',
  args: [{ name: "TEXT", description: 'the company\'s description; "-" reads it from stdin' }],
  options: {
    answers: {
      type: "string",
      valueName: "JSON|@FILE",
      description: 'structured answers as JSON, or @ and a file holding them: {"offerings", "capabilities", "customers", "revenueModels", "industry"}',
    },
    name: { type: "string", valueName: "NAME", description: "the company's name, shown in the summary" },
    lang: { type: "string", valueName: "CODE", defaultText: "detected", description: "the description's language (en, es, fr, de, pt)" },
    json: { type: "boolean", description: "print the Classification as JSON instead of the summary" },
    ask: {
      type: "boolean",
      description:
        "when the result is unsure, ask the questions whose answers would most change it: on a terminal one by one (numbered choices, Enter skips), then classify again with the answers; otherwise print them after the result (with --json, {\"classification\", \"questions\"})",
    },
    rules: rulesOption,
    engine: engineOption,
  },
  examples: [
    { command: 'classify "We rent H100 clusters by the hour to AI labs."', description: "the summary for one description" },
    {
      command: `classify --json --name Acme - --answers '{"offerings":["saas"],"industry":"healthcare"}' < about.txt`,
      description: "the Classification as JSON, from a description on stdin plus answers",
    },
  ],
  exitCodes: "0 classified (abstaining is a result too); 1 the input is invalid (every problem on stderr); 2 usage error.",
  run: async (args): Promise<number> => (await import("../classify.ts")).runClassify(args),
});
