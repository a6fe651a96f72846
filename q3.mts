import { readFileSync } from "node:fs";
const { createClassifier } = await import("./src/classifier.ts");
const c = createClassifier();
const rows = readFileSync("/tmp/c20k.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
for (let p=0;p<2;p++) for (const r of rows) JSON.stringify(c.classifySync(r));
