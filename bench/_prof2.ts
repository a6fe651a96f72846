import { createClassifier } from "../src/classifier.ts";
import { extractFeatures } from "../src/extract/features.ts";
import { createPipeline } from "../src/classify.ts";
const c = createClassifier();
const p = createPipeline(c.ruleSet);
const d = process.argv[2] === "fdfa" ? "\uFDFA".repeat(20000) : "b ".repeat(10000);
for (let k = 0; k < 30; k++) { const t = performance.now(); extractFeatures(d, p.matcher); if (k % 5 == 0) console.log((performance.now() - t).toFixed(2)); }
