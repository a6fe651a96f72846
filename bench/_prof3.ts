import { createClassifier } from "../src/classifier.ts";
import { extractFeatures } from "../src/extract/features.ts";
import { createPipeline } from "../src/classify.ts";
import { createRandom } from "./corpus.ts";
const c = createClassifier();
const p = createPipeline(c.ruleSet);
const rand = createRandom(3);
const letters = (n: number) => Array.from({ length: n }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(rand() * 26)]).join("");
const n = Number(process.argv[2] ?? 8);
for (let k = 0; k < 20; k++) {
  let d = ""; while (d.length + n + 1 <= 20000) d += letters(n) + " ";
  const t = performance.now(); extractFeatures(d, p.matcher); if (k % 4 == 0) console.log((performance.now() - t).toFixed(2));
}
