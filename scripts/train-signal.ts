// Writes rules/ai-signal.json, the learned AI signal, from labelled fixtures:
// `npm run --silent rules:train-signal [-- DIR...]` (default: fixtures/ and fixtures/signal/, whose
// rows only teach the signal and are not checked by validate). The same fixtures give the same file,
// byte for byte. The words the lexicon reads as AI are blanked out of every text first (the model
// only reads texts that name no AI), so a lexicon change calls for training again; tests/signal/train.test.ts checks that the shipped file is this output.
import { writeFileSync } from "node:fs";
import { aiWordSpans, createPipeline } from "../src/core/pipeline.ts";
import { loadRuleSet } from "../src/rules/load.ts";
import { SIGNAL_TRAINING_DIRS, trainingExamples } from "../src/signal/examples.ts";
import { trainAiSignal } from "../src/signal/train.ts";

const dirs = process.argv.length > 2 ? process.argv.slice(2) : SIGNAL_TRAINING_DIRS;
const pipeline = createPipeline(loadRuleSet());
const read = trainingExamples(dirs, (text) => aiWordSpans(pipeline, text));
if (!read.ok) {
  for (const p of read.problems) console.error(`✖ ${p.file}:${p.line}: ${p.message}`);
  process.exit(1);
}
const model = trainAiSignal(read.examples);
writeFileSync(new URL("../rules/ai-signal.json", import.meta.url), `${JSON.stringify(model, null, 1)}\n`);
const ai = read.examples.filter((e) => e.ai).length;
console.log(`rules/ai-signal.json: trained on ${read.examples.length} descriptions (${ai} AI, ${read.examples.length - ai} not), ${Object.keys(model.weights).length} weights`);
