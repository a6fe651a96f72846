import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const { createClassifier } = await import("./src/classifier.ts");
const c = createClassifier();
const rows = readFileSync("/tmp/c20k.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
const res = rows.map(r=>({id: r.id, result: c.classifySync(r)}));
const quoted = new Map<string,string>();
const q = (s: string) => { let v = quoted.get(s); if (v === undefined) { v = JSON.stringify(s); if (quoted.size < 50000) quoted.set(s, v); } return v; };
const qs = (s: string) => JSON.stringify(s);
function reasons(rs: any[]): string { let o = "["; for (let i=0;i<rs.length;i++){ const r=rs[i]; if(i) o+=","; o+=`{"rule":${q(r.rule)},"message":${q(r.message)},"evidence":[`; const e=r.evidence; for(let j=0;j<e.length;j++){ if(j) o+=","; o+=q(e[j]); } o+="]}"; } return o+"]"; }
function ser(row: any): string {
  const r = row.result;
  let o = `{"id":${typeof row.id === "string" ? q(row.id) : row.id},"result":{"primaryDomain":${r.primaryDomain===null?"null":q(r.primaryDomain)},"confidence":${r.confidence},"domains":[`;
  for (let i=0;i<r.domains.length;i++){ const d=r.domains[i]; if(i) o+=","; o+=`{"id":${q(d.id)},"name":${q(d.name)},"score":${d.score},"reasons":${reasons(d.reasons)}}`; }
  o+=`],"stages":[`;
  for (let i=0;i<r.stages.length;i++){ const d=r.stages[i]; if(i) o+=","; o+=`{"id":${q(d.id)},"name":${q(d.name)},"score":${d.score},"reasons":${reasons(d.reasons)}}`; }
  o+=`],"revenueModels":[`;
  for (let i=0;i<r.revenueModels.length;i++){ const d=r.revenueModels[i]; if(i) o+=","; o+=`{"id":${q(d.id)},"name":${q(d.name)},"source":${q(d.source)},"reasons":${reasons(d.reasons)}}`; }
  o+=`],"keywords":[`;
  for (let i=0;i<r.keywords.length;i++){ const k=r.keywords[i]; if(i) o+=","; o+=`{"term":${q(k.term)},"feature":${q(k.feature)},"start":${k.start},"end":${k.end}}`; }
  return o+`],"rulesVersion":${q(r.rulesVersion)}}}`;
}
for (let p=0;p<3;p++){
  let a=performance.now(); let n=0; for (const r of res) n+=JSON.stringify(r).length; let b=performance.now();
  let m=0; for (const r of res) m+=ser(r).length; let d=performance.now();
  let t=""; for (const r of res) t+=JSON.stringify(r); let e=performance.now();
  console.log(`JSON.stringify ${((b-a)/20).toFixed(1)} µs/row; custom ${((d-b)/20).toFixed(1)} µs/row; equal ${n===m}; concat-stringify ${((e-d)/20).toFixed(1)}`);
}
console.log(ser(res[0]) === JSON.stringify(res[0]));
