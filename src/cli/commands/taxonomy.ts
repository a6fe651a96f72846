import { defineCommand, reportFormatOption, rulesOption } from "../command.ts";

export const taxonomyCommand = defineCommand({
  name: "taxonomy",
  description: "List the taxonomy: the domains, value-chain stages and revenue models, with their ids.",
  details: "Read from the rules directory's taxonomy.json (the article's tables as data). The JSON is that of GET /v1/taxonomy.",
  options: { format: reportFormatOption, rules: rulesOption },
  examples: [
    { command: "taxonomy", description: "the ids and names, as tables", showOutput: true },
    { command: "taxonomy --format json", description: "everything in taxonomy.json, as JSON" },
  ],
  exitCodes: "0 listed; 1 the rules are invalid; 2 usage error.",
  run: async (args): Promise<number> => (await import("../taxonomy.ts")).runTaxonomy(args),
});
