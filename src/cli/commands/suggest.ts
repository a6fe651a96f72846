import { defineCommand, fixturesListOption, reportFormatOption, rulesOption } from "../command.ts";

export const suggestCommand = defineCommand({
  name: "suggest",
  description: "Propose lexicon phrases from the fixtures the rules miss (Fightin' Words).",
  details:
    "Proposes lexicon phrases from the labelled fixtures: 1- to 3-word n-grams, stemmed as the matcher stems them, ranked per domain by Fightin' Words (Monroe, Colaresi & Quinn 2008: the log-odds of occurring in a fixture of the domain against the other domains, smoothed by an informative Dirichlet prior, as a z-score). Fixtures the rules miss count twice, and phrases already in the lexicon are left out. For each: support, precision on the fixtures, the feature it would join or a new one, example fixture ids, and JSON to paste into lexicon.json (and, for a new feature, a rule with weight 2 for \"valuechain tune\" to fit). It never edits a file.",
  options: {
    fixtures: fixturesListOption,
    rules: rulesOption,
    domain: { type: "string", valueName: "ID", defaultText: "every domain", description: "propose phrases for this domain only" },
    top: { type: "string", valueName: "N", default: "5", description: "phrases proposed per domain, at least 1" },
    format: reportFormatOption,
  },
  examples: [
    { command: "suggest", description: "phrases for every domain, from the shipped fixtures" },
    { command: "suggest --domain ai-saas --top 10 --format json", description: "the ten best for one domain, as JSON" },
  ],
  exitCodes: "0 success; 1 a fixture file is invalid or the rules do not load; 2 usage error.",
  run: async (args): Promise<number> => (await import("../suggest.ts")).runSuggest(args),
});
