// Writes the learned models rules/ai-signal.json (the AI signal), rules/sells-ai.json (sells AI or
// uses it) and rules/domain-prior.json (which kind of AI product) from labelled fixtures:
// `npm run --silent rules:train-signal [-- DIR...]` (default: fixtures/, whose rows count twice, and
// fixtures/signal/, whose rows only teach the models and are not checked by validate; each DIR given
// counts once). The same fixtures and lexicon give the same files, byte for byte: the AI signal learns
// from texts with the words the lexicon reads as AI blanked out, so a lexicon change calls for training
// again. tests/signal/train.test.ts checks that the shipped files are this output.
import { writeFileSync } from "node:fs";
import { lexiconAiSpans, lexiconSellsText, SIGNAL_TRAINING_DIRS, trainingExamples } from "../src/signal/examples.ts";
import { trainAiSignal, trainSellsAi, type SignalExample } from "../src/signal/train.ts";
import { trainDomainPrior } from "../src/signal/domain-prior.ts";
import { DOMAIN_IDS } from "../src/schemas/ids.ts";
import { leanJson } from "../src/rules/files.ts";

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((dir) => ({ dir, times: 1 })) : SIGNAL_TRAINING_DIRS;
const read = trainingExamples(dirs, lexiconAiSpans(), lexiconSellsText());
if (!read.ok) {
  for (const p of read.problems) console.error(`✖ ${p.file}:${p.line}: ${p.message}`);
  process.exit(1);
}
const write = (file: string, model: { weights: Record<string, number> }, examples: SignalExample[]) => {
  writeFileSync(new URL(`../rules/${file}`, import.meta.url), leanJson(model));
  const ai = examples.filter((e) => e.ai).length;
  console.log(`rules/${file}: trained on ${examples.length} examples (${ai} AI, ${examples.length - ai} not), ${Object.keys(model.weights).length} weights`);
};
write("ai-signal.json", trainAiSignal(read.signal), read.signal);
write("sells-ai.json", trainSellsAi(read.sells), read.sells);
const prior = trainDomainPrior(read.domains, DOMAIN_IDS);
writeFileSync(new URL("../rules/domain-prior.json", import.meta.url), leanJson(prior));
console.log(`rules/domain-prior.json: trained on ${read.domains.length} AI examples, ${Object.values(prior.domains).reduce((n, d) => n + Object.keys(d.weights).length, 0)} weights`);
