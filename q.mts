import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const t0 = performance.now();
const { createClassifier } = await import("./src/classifier.ts");
const t1 = performance.now();
const c = createClassifier();
const t2 = performance.now();
console.log(`import ${(t1-t0).toFixed(0)} ms, createClassifier ${(t2-t1).toFixed(0)} ms`);
const rows = readFileSync("/tmp/c20k.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
for (let pass=0; pass<3; pass++) {
  let a=performance.now(); const res = rows.map(r=>c.classifySync(r)); let b=performance.now();
  let bytes=0; for (const r of res) bytes+=JSON.stringify({id:"x",result:r}).length; let d=performance.now();
  console.log(`pass ${pass}: classify ${(20000/((b-a)/1000)).toFixed(0)}/s (${((b-a)/20000*1000).toFixed(0)} µs), stringify ${((d-b)/20000*1000).toFixed(1)} µs/row, ${(bytes/20000).toFixed(0)} B/row, ${(bytes/1e6/((d-b)/1000)).toFixed(0)} MB/s`);
}
