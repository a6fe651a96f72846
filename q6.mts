import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const { createClassifier } = await import("./src/classifier.ts");
const { processChunk } = await import("./src/batch/process.ts");
const c = createClassifier();
const lines = readFileSync("/tmp/c20k.jsonl","utf8").trim().split("\n");
const raws = lines.map((json, i) => ({ line: i + 1, id: i + 1, json }));
for (let pass = 0; pass < 3; pass++) {
  let a = performance.now();
  for (let i = 0; i < raws.length; i += 250) await processChunk(c, raws.slice(i, i + 250), "jsonl");
  let b = performance.now();
  for (const l of lines) JSON.stringify({ id: 1, result: c.classifySync(JSON.parse(l)) });
  let d = performance.now();
  console.log(`processChunk ${((b - a) / 20).toFixed(0)} µs/row; parse+classify+stringify ${((d - b) / 20).toFixed(0)} µs/row`);
}
