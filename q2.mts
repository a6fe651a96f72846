import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const { createClassifier } = await import("./src/classifier.ts");
const c = createClassifier();
const rows = readFileSync("/tmp/c20k.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
let a = performance.now();
for (let i=0;i<rows.length;i++){ c.classifySync(rows[i]); if ((i+1)%2500===0){const b=performance.now(); console.log(i+1, ((b-a)/2500*1000).toFixed(0),"µs/row"); a=b;} }
